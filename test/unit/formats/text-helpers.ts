/** Shared helpers for the reader tests: seeded randomness, encoders for the encodings we read, chunking. */

/** mulberry32: small, fast, seeded; every random test is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf16(text: string, endian: 'le' | 'be', bom = false): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  const put = (unit: number) => {
    if (endian === 'le') {
      out[at++] = unit & 0xff;
      out[at++] = unit >> 8;
    } else {
      out[at++] = unit >> 8;
      out[at++] = unit & 0xff;
    }
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

let sjisTable: Map<string, number[]> | undefined;

/**
 * Character → Shift_JIS bytes, built by inverting this runtime's own `TextDecoder('shift_jis')` over every one- and
 * two-byte sequence, so the bytes are exactly what the product's decoder turns back into the text.
 */
export function shiftJisTable(): Map<string, number[]> {
  if (sjisTable) return sjisTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const tryDecode = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let b = 0; b < 0x100; b++) tryDecode([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) tryDecode([lead, trail]);
  }
  sjisTable = table;
  return table;
}

export function shiftJis(text: string): Uint8Array {
  const table = shiftJisTable();
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not encodable in Shift_JIS: U+${ch.codePointAt(0)!.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Slices of `size` code units (a chunk may end between the halves of a surrogate pair, as a decoder's may not). */
export function textChunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

export function byteChunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * How many times longer `work` takes than `baseline` (the fastest of `runs` each), both measured here and now: a
 * guard against quadratic time that holds on a loaded machine, where a fixed number of milliseconds does not.
 */
export function timeRatio(work: () => unknown, baseline: () => unknown, runs = 3): number {
  const fastest = (f: () => unknown) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      f();
      best = Math.min(best, performance.now() - start);
    }
    return Math.max(best, 0.5);
  };
  return fastest(work) / fastest(baseline);
}
