import { setFlagsFromString } from 'node:v8'

/**
 * Imported first by src/cli.ts, before any other module is evaluated. A CLI
 * command is a short process: with V8's default budget, TurboFan optimises
 * the YAML and schema code it runs once, on background threads, and that
 * compile cost a quarter of `validate`'s CPU time (bench/plan/startup.ts).
 * A larger budget (bytecode run before a function is considered hot; V8's
 * default is 132 KB) leaves code that runs briefly in the interpreter and
 * still optimises what a long run (a plan of 1,000 regions, a train) keeps
 * calling, a few milliseconds later.
 */
setFlagsFromString('--interrupt-budget=1000000')
