/**
 * What bench/data/run.ts measures of multiregion/data, bundled as
 * dist/data.js is (script/build.mjs bundleData): the API, and the parts its
 * own-work figure drives against a backend that answers at once.
 */
export { openData } from '../../src/data-api/index.js'
export { openTable } from '../../src/data-api/table.js'
export { keyHasher } from '../../src/data-api/audit.js'
