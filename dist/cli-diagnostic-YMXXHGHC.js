#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_QUOTED,
  clip,
  hasErrors,
  listSome,
  quote,
  sortDiagnostics
} from "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";
export {
  MAX_QUOTED,
  clip,
  hasErrors,
  listSome,
  quote,
  sortDiagnostics
};
