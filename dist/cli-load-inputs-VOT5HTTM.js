#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadInputs
} from "./cli-chunk-YPK2WSN3.js";
import "./cli-chunk-VQMZR5VU.js";
import "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";
export {
  loadInputs
};
