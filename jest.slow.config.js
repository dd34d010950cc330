import base, { PROPERTIES, SLOW_ONLY } from './jest.config.js'

/**
 * `npm run test:slow`: what `npm test` leaves out to stay quick, run by CI
 * after it: the files too slow for every run, and every property at its full
 * count (the script sets PROPERTY_RUNS=1).
 */
export default {
  ...base,
  testMatch: [...SLOW_ONLY, ...PROPERTIES],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  testTimeout: 600000
}
