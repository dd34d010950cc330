/**
 * Jest in ESM mode. swc strips the types of each file on its own (tsconfig sets
 * isolatedModules, so nothing needs the whole program); `npm run typecheck` does
 * the type check. The target matches tsconfig's, so class fields keep ES2022's
 * define semantics.
 */
/**
 * Files too slow for the suite a contributor runs often, each for a reason no
 * shortcut removes; `npm run test:slow` runs them, and CI runs both.
 */
export const SLOW_ONLY = [
  // Four full builds of dist/ (esbuild and tsc) in a clone: two releases, each checked.
  '<rootDir>/test/build/release.test.ts',
  // A fresh build of dist/ and every generator, compared with what is committed.
  '<rootDir>/test/build/generated-files.test.ts'
]

/**
 * Files whose properties `npm test` runs a fifth of (test/support/property.ts);
 * `npm run test:slow` runs their full counts.
 */
export const PROPERTIES = [
  '<rootDir>/test/property/never-throws.test.ts',
  '<rootDir>/test/gitops/config-map.test.ts',
  '<rootDir>/test/plan/check.test.ts',
  '<rootDir>/test/routing/scale.test.ts',
  '<rootDir>/test/train/names.test.ts'
]

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  resolver: 'ts-jest-resolver',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/', ...SLOW_ONLY],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          transform: { useDefineForClassFields: true },
          // `import ... with { type: 'json' }` stays as written, as Node needs it.
          experimental: { keepImportAttributes: true }
        }
      }
    ]
  },
  // Jest's default is one worker fewer than the cores, which is one on a 2-core
  // machine; most test files wait on loopback sockets and child processes, so two
  // keep both cores busy.
  maxWorkers: 2,
  testTimeout: 60000
}
