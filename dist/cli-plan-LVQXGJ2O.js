#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFailed,
  readRepoInputs,
  runPlan
} from "./cli-chunk-J3FO7QUL.js";
import "./cli-chunk-DMJN7MOR.js";
import "./cli-chunk-MJIWIIMF.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-3YLAANSM.js";
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
