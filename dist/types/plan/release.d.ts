import type { Pin } from '../gitops/image-pin.js';
/** A release as the plan records it. */
export interface Release {
    ref: string;
    pin: Pin;
}
/**
 * Reads a release given as a tag (v1.5.0), a digest (sha256:...), or a full
 * reference to the service's image (ghcr.io/acme/checkout:v1.5.0 or @sha256:...).
 * Returns an error message that says how to fix the value.
 */
export declare function parseRelease(ref: string, image: string): Release | {
    error: string;
};
export declare function pinText(pin: Pin): string;
/** True when both are semantic versions (v1.2.3) and `a` is the newer; other tags and digests have no order. */
export declare function isNewer(a: string, b: string): boolean;
