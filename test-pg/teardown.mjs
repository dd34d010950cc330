export { teardown as default } from './clusters.mjs'
