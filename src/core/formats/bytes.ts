/**
 * A copy of bytes [start, end). Not `slice`: on a Node `Buffer` that shares memory instead of copying, and a reader
 * that keeps a "copy" of a reused read buffer (or of a 1 MiB chunk, keeping it all alive) must really own it.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}
