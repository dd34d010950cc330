#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FILE_HEADERS_ONLY,
  createTwoFilesPatch
} from "./cli-chunk-CVEEIK7M.js";

// src/plan/file-edit.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function unifiedDiff(path, before, after) {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, void 0, void 0, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  });
}
function createdFileDiff(path, after) {
  const header = `--- a/${path}
+++ b/${path}
`;
  if (after === "") return header;
  const lines = after.split("\n");
  const complete = lines.at(-1) === "";
  if (complete) lines.pop();
  const body = `+${lines.join("\n+")}
${complete ? "" : "\\ No newline at end of file\n"}`;
  return `${header}@@ -0,0 +1,${lines.length} @@
${body}`;
}
function fileEdit(path, before, after, change) {
  const base = before ?? "";
  const edit = {
    path,
    ...change,
    baseSha256: sha256(base),
    content: after,
    diff: before === void 0 ? createdFileDiff(path, after) : unifiedDiff(path, base, after)
  };
  if (before === void 0) edit.created = true;
  return edit;
}

export {
  sha256,
  unifiedDiff,
  fileEdit
};
