/**
 * Which text encoding an export is in, decided from its first bytes.
 *
 * Entra exports are UTF-8 (portal downloads, with or without BOM), UTF-16 (Windows PowerShell 5.1 `Out-File`
 * writes UTF-16 LE with BOM) or Shift_JIS (a download re-saved by Japanese Excel). Shift_JIS is only chosen when the
 * bytes are not valid UTF-8 and are valid Shift_JIS, or lose far fewer characters as Shift_JIS; everything else that is not UTF-16 decodes as UTF-8, and any
 * bytes that do not decode are counted so the caller can report lossy decoding instead of showing silent garbage.
 */
import { COUNTED_REPLACEMENT_BYTES, ReplacementWidths, shiftJisLeadAfter, shiftJisReplacements, utf8Replacements } from './replacement-widths';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface EncodingGuess {
  readonly encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start of the file (0, 2 or 3). */
  readonly bomLength: number;
  readonly confidence: 'certain' | 'high' | 'low';
  /** Why this encoding was chosen, in English, for `detect` output. */
  readonly reason: string;
}

/** How many leading bytes `sniffEncoding` wants to see; fewer is fine for small files. */
export const SNIFF_BYTES = 1 << 20;

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, confidence: 'certain', reason: 'UTF-8 byte-order mark' };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) {
    return { encoding: 'utf-16le', bomLength: 2, confidence: 'certain', reason: 'UTF-16 LE byte-order mark' };
  }
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) {
    return { encoding: 'utf-16be', bomLength: 2, confidence: 'certain', reason: 'UTF-16 BE byte-order mark' };
  }
  const utf16 = guessUtf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0, confidence: 'high', reason: 'NUL bytes in every other position (UTF-16 text without byte-order mark)' };
  if (decodesWithoutError('utf-8', head)) {
    const ascii = isAscii(head);
    return {
      encoding: 'utf-8',
      bomLength: 0,
      confidence: ascii ? 'high' : 'certain',
      reason: ascii ? 'only ASCII characters in the first bytes' : 'valid UTF-8 without byte-order mark',
    };
  }
  if (decodesWithoutError('shift_jis', head)) {
    return { encoding: 'shift_jis', bomLength: 0, confidence: 'high', reason: 'not valid UTF-8 but valid Shift_JIS (a file re-saved by Japanese Excel)' };
  }
  // A Shift_JIS file with a few damaged bytes is still Shift_JIS: decoding it as UTF-8 would lose every Japanese
  // character, not just the damaged ones. Chosen when Shift_JIS loses far fewer characters than UTF-8 would.
  const sjisLost = replacementCount('shift_jis', head);
  const utf8Lost = replacementCount('utf-8', head);
  if (sjisLost * 10 <= utf8Lost) {
    return { encoding: 'shift_jis', bomLength: 0, confidence: 'low', reason: `Shift_JIS but for ${sjisLost} undecodable sequences (UTF-8 would lose ${utf8Lost} characters)` };
  }
  return { encoding: 'utf-8', bomLength: 0, confidence: 'low', reason: 'neither valid UTF-8 nor Shift_JIS; decoding as UTF-8 and counting lost characters' };
}

/** U+FFFD produced by decoding `bytes` (the file's own U+FFFD counted too: only compared between encodings). */
function replacementCount(encoding: TextEncodingName, bytes: Uint8Array): number {
  const text = new TextDecoder(encoding).decode(bytes, { stream: true });
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

function guessUtf16WithoutBom(head: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16: one byte of each pair is NUL almost always, the other almost never.
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decodesWithoutError(encoding: TextEncodingName, bytes: Uint8Array): boolean {
  try {
    // stream: true so a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** Share of NUL and other control bytes that no text export contains; high values mean a binary file. */
export function looksBinary(head: Uint8Array, encoding: TextEncodingName): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const n = Math.min(head.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  }
  return control / n > 0.1;
}

/**
 * Streaming decoder that also counts characters that could not be decoded (U+FFFD replacements), and knows how many
 * bytes each decoded character took so readers can give rows exact byte offsets (`widths`, for the replacements).
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private skipBom: number;
  /** Characters replaced because the bytes were invalid in this encoding. */
  replacements = 0;
  /** U+FFFD as this encoding writes it; Shift_JIS cannot encode it. */
  private readonly literal: readonly number[] | undefined;
  /** Bytes decoded before the current chunk (after the BOM), for UTF-16 code-unit alignment. */
  private inputBytes = 0;
  /** The last bytes of the previous chunks, where an encoded U+FFFD that ends in the current chunk may begin. */
  private tail: number[] = [];
  /** Bytes each replacement character stands for, where that differs from what `encodedLength` counts. */
  readonly widths = new ReplacementWidths();
  /** Characters decoded before the current chunk: positions in `widths` are counted from the start of the text. */
  private charsOut = 0;
  /** UTF-8: the last 3 bytes before the current chunk, where a character cut by the chunk boundary begins. */
  private primer: Uint8Array = new Uint8Array(0);
  /** Shift_JIS: a lead byte left waiting for its second byte by the previous chunk. */
  private sjisLead = 0;

  constructor(readonly encoding: TextEncodingName, bomLength: number) {
    // ignoreBOM: the leading BOM is skipped by length below; any later U+FEFF (files appended together) is kept
    // as text so byte accounting stays exact, and readers treat it as whitespace.
    this.decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.skipBom = bomLength;
    this.literal = LITERAL_REPLACEMENT[encoding];
  }

  decode(bytes: Uint8Array, final = false): string {
    let input = bytes;
    if (this.skipBom > 0) {
      const skip = Math.min(this.skipBom, input.length);
      input = input.subarray(skip);
      this.skipBom -= skip;
    }
    const text = this.decoder.decode(input, { stream: !final });
    let found = 0;
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) found++;
    // A U+FFFD that the file itself contains (an upstream system already lost a character) decoded fine; only the
    // ones the decoder put in stand for lost bytes. Without this a valid file was reported as wrongly encoded.
    if (found > 0) found -= this.encodedReplacementChars(input);
    this.replacements += found;
    if (found > 0) this.measureReplacements(input, text, final);
    this.keepTail(input);
    this.charsOut += text.length;
    if (this.encoding === 'utf-8') this.primer = lastBytes(this.primer, input, 3);
    else if (this.encoding === 'shift_jis') this.sjisLead = shiftJisLeadAfter(input, this.sjisLead);
    return text;
  }

  /** Records the bytes of each replacement in `text` (only called for chunks with bytes that did not decode). */
  private measureReplacements(input: Uint8Array, text: string, final: boolean): void {
    const counted = COUNTED_REPLACEMENT_BYTES[this.encoding];
    const found: Array<[number, number]> = [];
    const report = (index: number, bytes: number) => found.push([index, bytes]);
    let units: number;
    if (this.encoding === 'utf-8') units = utf8Replacements(this.primer, input, final, report);
    else if (this.encoding === 'shift_jis') units = shiftJisReplacements(this.sjisLead, input, text, final, report);
    else {
      // UTF-16: a lone surrogate is two bytes, as counted; only a last odd byte is one.
      units = text.length;
      if (final && (this.inputBytes + input.length) % 2 === 1) report(text.lastIndexOf('\ufffd'), 1);
    }
    // The walk follows the decoder's own algorithm; were it ever to disagree, approximate offsets beat wrong ones.
    if (units !== text.length) return;
    for (const [index, bytes] of found) this.widths.add(this.charsOut + index, bytes - counted);
  }

  /** Encoded U+FFFD characters that end in `input` (one may begin in the previous chunk). */
  private encodedReplacementChars(input: Uint8Array): number {
    const pattern = this.literal;
    if (!pattern) return 0;
    const k = pattern.length;
    const bytes = this.tail.length ? concatBytes(Uint8Array.from(this.tail), input) : input;
    const origin = this.inputBytes - this.tail.length; // stream offset of bytes[0]
    let n = 0;
    for (let j = bytes.indexOf(pattern[0]!); j !== -1 && j + k <= bytes.length; j = bytes.indexOf(pattern[0]!, j + 1)) {
      if (k === 2 && (origin + j) % 2 !== 0) continue; // UTF-16: only at a code-unit boundary
      if (bytes[j + 1] === pattern[1] && (k === 2 || bytes[j + 2] === pattern[2])) n++;
    }
    return n;
  }

  private keepTail(input: Uint8Array): void {
    const k = this.literal?.length ?? 0;
    if (k > 1) {
      const all = this.tail.length + input.length;
      const keep = Math.min(k - 1, all);
      const next: number[] = [];
      for (let j = all - keep; j < all; j++) next.push(j < this.tail.length ? this.tail[j]! : input[j - this.tail.length]!);
      this.tail = next;
    }
    this.inputBytes += input.length;
  }
}

/** The last `n` bytes of `before` followed by `bytes`. */
function lastBytes(before: Uint8Array, bytes: Uint8Array, n: number): Uint8Array {
  if (bytes.length >= n) return bytes.slice(bytes.length - n);
  return concatBytes(before, bytes).slice(-n);
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const LITERAL_REPLACEMENT: Record<TextEncodingName, readonly number[] | undefined> = {
  'utf-8': [0xef, 0xbf, 0xbd],
  'utf-16le': [0xfd, 0xff],
  'utf-16be': [0xff, 0xfd],
  shift_jis: undefined,
};

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Bytes taken by `text[from, to)` in `encoding`. Exact for text that decoded without replacements; a replacement
 * character counts as U+FFFD written in `encoding`, and `ChunkDecoder.widths` corrects that for lost bytes.
 */
export function encodedLength(text: string, from: number, to: number, encoding: TextEncodingName): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return (to - from) * 2;
  const span = to - from;
  if (span > 64 && ASCII_ONLY.test(from === 0 && to === text.length ? text : text.slice(from, to))) return span;
  let bytes = 0;
  if (encoding === 'utf-8') {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdfff) bytes += 2; // each half of a surrogate pair: 4 bytes per pair
      else bytes += 3;
    }
    return bytes;
  }
  // Shift_JIS: ASCII and half-width katakana are one byte, everything else two.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x81 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return bytes;
}
