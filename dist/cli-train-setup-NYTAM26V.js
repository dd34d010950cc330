#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openTrain,
  settingsProblems
} from "./cli-chunk-DIPUYV24.js";
import "./cli-chunk-343HVAZN.js";
import "./cli-chunk-CVEEIK7M.js";
import "./cli-chunk-YRMC5HOG.js";
import "./cli-chunk-VQMZR5VU.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";
export {
  openTrain,
  settingsProblems
};
