import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../test/support/paths.js'

/**
 * The code block after each `<!-- example: NAME -->` marker of a Markdown file,
 * by name, exactly as written there: the tests run and compile these, so an
 * example that stops working fails a test instead of a reader.
 */
export function examples(file: string): Map<string, { lang: string; code: string }> {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const found = new Map<string, { lang: string; code: string }>()
  for (const m of text.matchAll(/<!-- example: ([\w-]+) -->\n+```(\w+)\n([\s\S]*?)\n```/g)) {
    if (found.has(m[1])) throw new Error(`${file}: two examples named ${m[1]}`)
    found.set(m[1], { lang: m[2], code: m[3] + '\n' })
  }
  return found
}

/** Every code block of a Markdown file in a language, with or without a marker, to check none goes untested. */
export function codeBlocks(file: string, lang: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```', 'g'))].map(
    m => m[1] + '\n'
  )
}
