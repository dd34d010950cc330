#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFailed,
  readRepoInputs,
  runPlan
} from "./cli-chunk-YMGNVTLT.js";
import "./cli-chunk-KCXB3Z4N.js";
import "./cli-chunk-I3ZFHD75.js";
import "./cli-chunk-GOYL7OLI.js";
import "./cli-chunk-4DSKGDYI.js";
import "./cli-chunk-343HVAZN.js";
import "./cli-chunk-CVEEIK7M.js";
import "./cli-chunk-YPK2WSN3.js";
import "./cli-chunk-VQMZR5VU.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";
export {
  planFailed,
  readRepoInputs,
  runPlan
};
