#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadInputs
} from "./cli-chunk-O6VE6RSW.js";
import "./cli-chunk-T7O25SVE.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";
export {
  loadInputs
};
