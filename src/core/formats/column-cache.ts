/** Decoded values of one CSV column, for the byte-level reader (`fast-csv.ts`). */
import { copyBytes } from './bytes';

/** Bytes → string per column, remembering values that repeat (users, apps, codes) so each is decoded once. */
export class ColumnCache {
  private readonly map = new Map<number, { bytes: Uint8Array; value: string }>();
  private lookups = 0;
  private hits = 0;
  /** A column whose values rarely repeat (ids, times) is not cached: it would only cost memory. */
  private enabled = true;

  get(bytes: Uint8Array, start: number, end: number, decode: (s: number, e: number) => string): string {
    if (!this.enabled || end - start > 200) return decode(start, end);
    let hash = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const entry = this.map.get(hash);
    this.lookups++;
    if (entry && equal(entry.bytes, bytes, start, end)) {
      this.hits++;
      return entry.value;
    }
    const value = decode(start, end);
    if (!entry) this.map.set(hash, { bytes: copyBytes(bytes, start, end), value });
    if (this.lookups === 4_096 && this.hits < 1_024) {
      this.enabled = false;
      this.map.clear();
    }
    return value;
  }
}

function equal(a: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[start + i]) return false;
  return true;
}
