#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openFleet,
  openTrain,
  settingsProblems,
  trainContext
} from "./cli-chunk-R5XWP734.js";
import "./cli-chunk-MJIWIIMF.js";
import "./cli-chunk-ZNUBSWMV.js";
import "./cli-chunk-3YLAANSM.js";
import "./cli-chunk-ML6K4HLN.js";
import "./cli-chunk-YRMC5HOG.js";
import "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-DUZMPWI2.js";
import "./cli-chunk-HWCCQPND.js";
export {
  openFleet,
  openTrain,
  settingsProblems,
  trainContext
};
