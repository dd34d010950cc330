#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/plan/release.ts
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseRelease(ref, image) {
  let value = ref.trim();
  if (value.startsWith(`${image}@`)) value = value.slice(image.length + 1);
  else if (value.startsWith(`${image}:`)) value = value.slice(image.length + 1);
  else if (value.includes("/")) {
    return {
      error: `release "${ref}" names another image; this service's image is ${image}. Give a tag (v1.5.0), a digest (sha256:...), or ${image}:<tag>.`
    };
  }
  if (DIGEST.test(value)) return { ref, pin: { digest: value } };
  if (value.startsWith("sha256:")) {
    return {
      error: `release "${ref}" is not a valid digest: a digest is sha256: followed by 64 lower-case hex digits.`
    };
  }
  if (TAG.test(value)) return { ref, pin: { tag: value } };
  return {
    error: `release "${ref}" is not an image tag or digest. A tag is up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (such as v1.5.0); a digest is sha256:<64 hex digits>.`
  };
}
function pinText(pin) {
  return pin.tag ?? pin.digest;
}

export {
  parseRelease,
  pinText
};
