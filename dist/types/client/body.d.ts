/** A request body. */
export type Body = string | Uint8Array;
