#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_FILE_BYTES
} from "./cli-chunk-T7O25SVE.js";

// src/workspace/migration-files.ts
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function readMigrationFiles(manifest, folder) {
  if (folder === void 0) return [];
  const dir = join(dirname(manifest), folder);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const names = entries.filter((e) => e.isFile() && e.name.endsWith(".sql")).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const text = await readFile(path, "utf8");
      if (Buffer.byteLength(text) > MAX_FILE_BYTES)
        throw new Error(`${path} is larger than ${MAX_FILE_BYTES} bytes; split the migration.`);
      return { name, path, text };
    })
  );
}

export {
  readMigrationFiles
};
