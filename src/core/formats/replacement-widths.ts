/**
 * How many bytes each U+FFFD a decoder put in really stands for.
 *
 * Readers that work on decoded text (JSON in any encoding, UTF-16 CSV) turn character positions back into byte offsets
 * with `encodedLength`, which counts U+FFFD as that encoding writes it (3 bytes in UTF-8). A replacement for bytes that
 * did not decode stands for 1 to 3 bytes instead, so without a correction every row after a bad byte pointed a few
 * bytes early and no longer re-read (found by the fuzzer: Latin-1 pasted into a Graph export, a UTF-16 file cut at an
 * odd byte). The decoder works out the real widths only for chunks that had such bytes; clean input costs nothing.
 */
import type { TextEncodingName } from './encoding';

const REPLACEMENT = 0xfffd;

/**
 * Bytes to add to `encodedLength` for replacement characters, by position in the whole decoded stream (characters
 * from the start of the text, across chunks).
 */
export class ReplacementWidths {
  private positions: number[] = [];
  private extras: number[] = [];
  /** Entries before this one lie before every range still to be asked about. */
  private first = 0;

  add(position: number, extraBytes: number): void {
    if (extraBytes !== 0) {
      this.positions.push(position);
      this.extras.push(extraBytes);
    }
  }

  /**
   * Extra bytes of the replacements in stream characters `[from, to)`. `from` never goes back between calls (readers
   * only move forward), so what lies before it is forgotten: a file full of bad bytes does not pile up entries.
   */
  extraBytes(from: number, to: number): number {
    const positions = this.positions;
    if (this.first === positions.length) return 0;
    while (this.first < positions.length && positions[this.first]! < from) this.first++;
    let sum = 0;
    for (let k = this.first; k < positions.length && positions[k]! < to; k++) sum += this.extras[k]!;
    if (this.first > 4096 && this.first * 2 > positions.length) {
      this.positions = positions.slice(this.first);
      this.extras = this.extras.slice(this.first);
      this.first = 0;
    }
    return sum;
  }
}

/** Reports each replacement in a decoded chunk: its index in the chunk's text and the bytes it stands for. */
type Report = (index: number, bytes: number) => void;

/**
 * The WHATWG UTF-8 decoder (what `TextDecoder` runs), followed only to learn the bytes of each error. `primer` holds
 * the last bytes before `input`: they re-create a character still open at the chunk boundary, whose error (if any)
 * appears at the start of this chunk's text.
 */
export function utf8Replacements(primer: Uint8Array, input: Uint8Array, final: boolean, report: Report): number {
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let unit = 0;
  let counting = false;
  const error = (bytes: number) => {
    if (counting) report(unit++, bytes);
  };
  for (const bytes of [primer, input]) {
    counting = bytes === input;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (needed === 0) {
        if (b <= 0x7f) unit++;
        else if (b >= 0xc2 && b <= 0xdf) needed = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          needed = 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          needed = 3;
        } else error(1);
        continue;
      }
      if (b < lower || b > upper) {
        error(seen + 1);
        needed = seen = 0;
        lower = 0x80;
        upper = 0xbf;
        i--; // the byte starts over, as the decoder does
        continue;
      }
      lower = 0x80;
      upper = 0xbf;
      if (++seen === needed) {
        unit += needed === 3 ? 2 : 1;
        needed = seen = 0;
      }
    }
    if (!counting) unit = 0; // the primer's characters belong to the previous chunk
  }
  if (final && needed) error(seen + 1);
  return unit;
}

const isSjisLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
const isSjisTrail = (b: number) => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc);

/**
 * Shift_JIS as this runtime's decoder (ICU) reads it, which is not quite the WHATWG algorithm: a lead byte and any
 * byte of the second-byte range are one character (U+FFFD when unassigned); a lead byte followed by anything else,
 * and any other byte, are one character each. Only the 1-byte replacements differ from what is counted.
 */
export function shiftJisReplacements(lead: number, input: Uint8Array, text: string, final: boolean, report: Report): number {
  let unit = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i]!;
    if (lead) {
      lead = 0;
      if (isSjisTrail(b)) {
        unit++;
        continue;
      }
      report(unit++, 1); // the lead byte alone; this byte starts over
    }
    if (isSjisLead(b)) lead = b;
    else if (text.charCodeAt(unit++) === REPLACEMENT) report(unit - 1, 1);
  }
  if (final && lead) report(unit++, 1);
  return unit;
}

/**
 * The Shift_JIS lead byte still waiting for its second byte after `input` (0 when none). A byte below 0x40 is never a
 * second byte, so the state is known after the last one; only the bytes after it are followed.
 */
export function shiftJisLeadAfter(input: Uint8Array, leadBefore: number): number {
  let start = input.length - 1;
  while (start >= 0 && input[start]! >= 0x40) start--;
  let lead = start >= 0 ? 0 : leadBefore;
  for (let i = start + 1; i < input.length; i++) {
    const b = input[i]!;
    lead = lead ? 0 : isSjisLead(b) ? b : 0;
  }
  return lead;
}

/** `encodedLength` of one U+FFFD in each encoding: what a replacement is counted as before correction. */
export const COUNTED_REPLACEMENT_BYTES: Record<TextEncodingName, number> = { 'utf-8': 3, 'utf-16le': 2, 'utf-16be': 2, shift_jis: 2 };
