import base from './jest.config.js'

/**
 * `npm run test:package`: the package as a user installs it. It packs this
 * repository with `npm pack`, installs the tarball into fresh projects and uses
 * every export from there, so it sees what the other suites, which import the
 * TypeScript sources, cannot: the bundles in dist/ and the shipped .d.ts.
 * Separate from `npm test` because installing takes a while; `.ci/run` runs it.
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test-package/**/*.test.ts'],
  maxWorkers: 1,
  testTimeout: 300000
}
