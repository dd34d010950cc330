#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFailed,
  readRepoInputs,
  runPlan
} from "./cli-chunk-AV2FB3NJ.js";
import "./cli-chunk-DMJN7MOR.js";
import "./cli-chunk-NTGRQHDS.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-4DSKGDYI.js";
import "./cli-chunk-343HVAZN.js";
import "./cli-chunk-CVEEIK7M.js";
import "./cli-chunk-O6VE6RSW.js";
import "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";
export {
  planFailed,
  readRepoInputs,
  runPlan
};
