/**
 * Where values sit in a line of text, for hovers and decorations: the fields of one CSV record with their character
 * spans, and the `"key": value` pairs on one line of JSON. Only one record or line is ever scanned, so this stays
 * cheap enough for every hover and every scroll.
 */

export interface FieldSpan {
  /** Offset of the field's first character in the record text (the opening quote for a quoted field). */
  readonly start: number;
  /** Offset just after the field (after the closing quote). */
  readonly end: number;
  /** The value, unquoted, doubled quotes undone. */
  readonly value: string;
}

/** The fields of one CSV record (which may span lines when quoted fields hold line breaks). */
export function csvFieldSpans(record: string, delimiter: string): FieldSpan[] {
  const spans: FieldSpan[] = [];
  let i = 0;
  const n = record.length;
  for (;;) {
    const start = i;
    let value = '';
    if (record[i] === '"') {
      i++;
      for (;;) {
        const q = record.indexOf('"', i);
        if (q === -1) {
          value += record.slice(i);
          i = n;
          break;
        }
        value += record.slice(i, q);
        if (record[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter belongs to the field (malformed, but shown as is).
      const next = record.indexOf(delimiter, i);
      const stop = next === -1 ? lineEnd(record, i) : Math.min(next, lineEnd(record, i));
      value += record.slice(i, stop);
      i = stop;
    } else {
      const next = record.indexOf(delimiter, i);
      const stop = next === -1 ? lineEnd(record, i) : Math.min(next, lineEnd(record, i));
      value = record.slice(i, stop);
      i = stop;
    }
    spans.push({ start, end: i, value });
    if (i >= n || record[i] !== delimiter) return spans;
    i += delimiter.length;
  }
}

function lineEnd(text: string, from: number): number {
  let end = text.length;
  const nl = text.indexOf('\n', from);
  if (nl !== -1) end = text[nl - 1] === '\r' ? nl - 1 : nl;
  const cr = text.indexOf('\r', from);
  if (cr !== -1 && cr < end) end = cr;
  return end;
}

export interface JsonPair {
  readonly key: string;
  readonly keyStart: number;
  /** Span of the value as written (with its quotes for a string). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value as text (string unescaped; numbers, booleans and null as written). */
  readonly value: string;
}

/**
 * A JSON string is written `[^"\\]*(?:\\.[^"\\]*)*` (the unrolled loop), never `(?:[^"\\]|\\.)*`: the alternation keeps a
 * backtracking entry per character, and a string of a few megabytes on one line overflowed the stack (found by the
 * fuzzer: a hover on a 10 MB JSON value threw RangeError).
 */
const PAIR = /"([^"\\]*(?:\\.[^"\\]*)*)"\s*:\s*("[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/g;

/** Every `"key": scalar` pair on one line of JSON (pretty-printed, NDJSON or minified). */
export function jsonPairs(line: string): JsonPair[] {
  const pairs: JsonPair[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(line); m; m = PAIR.exec(line)) {
    const raw = m[2]!;
    const valueStart = m.index + m[0].length - raw.length;
    pairs.push({ key: unescapeJson(m[1]!), keyStart: m.index, valueStart, valueEnd: valueStart + raw.length, value: raw.startsWith('"') ? unescapeJson(raw.slice(1, -1)) : raw });
  }
  return pairs;
}

function unescapeJson(text: string): string {
  if (!text.includes('\\')) return text;
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

/** The JSON key at `character` when the cursor is on a key (`"status"` in `"status": {`), for header-like hovers. */
export function jsonKeyAt(line: string, character: number): { key: string; start: number; end: number } | undefined {
  const re = /"([^"\\]*(?:\\.[^"\\]*)*)"\s*:/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const end = m.index + m[1]!.length + 2;
    if (character >= m.index && character <= end) return { key: unescapeJson(m[1]!), start: m.index, end };
  }
  return undefined;
}
