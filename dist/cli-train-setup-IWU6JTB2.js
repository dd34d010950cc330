#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openTrain,
  settingsProblems
} from "./cli-chunk-6E6MA7GN.js";
import "./cli-chunk-343HVAZN.js";
import "./cli-chunk-CVEEIK7M.js";
import "./cli-chunk-YRMC5HOG.js";
import "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";
export {
  openTrain,
  settingsProblems
};
