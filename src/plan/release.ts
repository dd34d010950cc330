import semver from 'semver'
import type { Pin } from '../gitops/image-pin.js'

/** A release as the plan records it. */
export interface Release {
  ref: string
  pin: Pin
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/

/**
 * Reads a release given as a tag (v1.5.0), a digest (sha256:...), or a full
 * reference to the service's image (ghcr.io/acme/checkout:v1.5.0 or @sha256:...).
 * Returns an error message that says how to fix the value.
 */
export function parseRelease(ref: string, image: string): Release | { error: string } {
  let value = ref.trim()
  if (value.startsWith(`${image}@`)) value = value.slice(image.length + 1)
  else if (value.startsWith(`${image}:`)) value = value.slice(image.length + 1)
  else if (value.includes('/')) {
    return {
      error: `release "${ref}" names another image; this service's image is ${image}. Give a tag (v1.5.0), a digest (sha256:...), or ${image}:<tag>.`
    }
  }
  if (DIGEST.test(value)) return { ref, pin: { digest: value } }
  if (value.startsWith('sha256:')) {
    return {
      error: `release "${ref}" is not a valid digest: a digest is sha256: followed by 64 lower-case hex digits.`
    }
  }
  if (TAG.test(value)) return { ref, pin: { tag: value } }
  return {
    error: `release "${ref}" is not an image tag or digest. A tag is up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-' (such as v1.5.0); a digest is sha256:<64 hex digits>.`
  }
}

export function pinText(pin: Pin): string {
  return pin.tag ?? pin.digest
}

/** True when both are semantic versions (v1.2.3) and `a` is the newer; other tags and digests have no order. */
export function isNewer(a: string, b: string): boolean {
  const [x, y] = [semver.valid(a), semver.valid(b)]
  return x !== null && y !== null && semver.gt(x, y)
}
