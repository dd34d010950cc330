import base from './jest.config.js'

/**
 * `npm run test:pg`: the suite against real PostgreSQL, one cluster per region
 * started on loopback ports by test-pg/clusters.mjs. Separate from `npm test`
 * because it needs PostgreSQL installed; it fails, never skips, without it.
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test-pg/**/*.test.ts'],
  globalSetup: '<rootDir>/test-pg/clusters.mjs',
  globalTeardown: '<rootDir>/test-pg/teardown.mjs',
  // The clusters are shared, and replication and lock tests are timing-sensitive: one file at a time.
  maxWorkers: 1,
  testTimeout: 120000
}
