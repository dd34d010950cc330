#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ArgoCDError
} from "./cli-chunk-YRMC5HOG.js";
import {
  clip
} from "./cli-chunk-FELDZ6CB.js";
import "./cli-chunk-HWCCQPND.js";

// src/commands/service-errors.ts
function permissionFor(method, url) {
  const write = method !== "GET" && method !== "HEAD";
  const level = write ? "write" : "read";
  if (/\/graphql$/.test(url)) return "contents: read, pull-requests: write";
  if (/\/git\//.test(url) || /\/contents\//.test(url)) return `contents: ${level}`;
  if (/\/pulls/.test(url)) return `pull-requests: ${level}`;
  if (/\/issues\/\d+\/(comments|labels)/.test(url)) return `pull-requests: ${level}`;
  if (/\/issues/.test(url)) return `issues: ${level}`;
  if (/\/deployments/.test(url)) return `deployments: ${level}`;
  if (/\/check-runs|\/status/.test(url)) return `checks: read, statuses: read`;
  return `contents: ${level}`;
}
function endpoint(url) {
  try {
    const parsed = new URL(url ?? "");
    return { host: parsed.host, path: parsed.pathname };
  } catch {
    return { host: "the GitHub API", path: "" };
  }
}
function plainText(body, secrets = []) {
  let text = typeof body === "string" ? body : String(body?.message ?? "");
  text = text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return clip(redact(text, secrets), 200);
}
function redact(text, secrets = []) {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("***");
  return out.replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, "***");
}
function causeOf(error) {
  let cause = error;
  for (let i = 0; i < 4 && cause; i++) {
    const code = cause.code;
    if (typeof code === "string") return code;
    cause = cause.cause;
  }
  return error.message ?? String(error);
}
function explainServiceError(error, source) {
  const secrets = source.secrets ?? [];
  if (error instanceof ArgoCDError) return clip(redact(error.message, secrets), 1e3);
  const e = error;
  if (typeof e !== "object" || e === null || typeof e.status !== "number" || !e.request)
    return void 0;
  const method = e.request.method ?? "GET";
  const { host, path } = endpoint(e.request.url);
  const what = `${method} ${path}`;
  if (!e.response) {
    return `Cannot reach GitHub at ${host} (${redact(causeOf(e.cause ?? e), secrets)}) for ${what}. Check ${source.apiUrl} and the network.`;
  }
  const headers = e.response.headers ?? {};
  const contentType = headers["content-type"] ?? "";
  const said = contentType.includes("html") ? "" : plainText(e.response.data ?? e.message, secrets);
  const detail = said ? `: ${said}` : "";
  if (e.status === 401)
    return `GitHub at ${host} rejected the token (401${detail}) for ${what}: the token is invalid or expired. Check ${source.token}.`;
  if (e.status === 403) {
    const needed = headers["x-accepted-github-permissions"] ? headers["x-accepted-github-permissions"].replace(/=/g, ": ").replace(/,/g, ", ") : permissionFor(method, e.request.url ?? "");
    return `GitHub at ${host} refused ${what} (403${detail}): the token lacks a permission. Give it ${needed} (${source.token}).`;
  }
  if (e.status === 404)
    return `GitHub at ${host} has no ${path} (404${detail}), or the token cannot see it. Check the repository name and that ${source.token} may read it.`;
  if (e.status >= 500)
    return `GitHub at ${host} is unavailable (${e.status}${detail}) for ${what}, after retries. Retry later; https://www.githubstatus.com says whether GitHub is down.`;
  return `GitHub at ${host} refused ${what} (${e.status}${detail}).`;
}
export {
  explainServiceError,
  plainText,
  redact
};
