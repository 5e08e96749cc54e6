/**
 * Hostile and broken inputs for the core, each made from a seeded random source so any one can be made again from
 * the run's seed and its number. Most start from a real export (fixtures, samples, benchmark output) and break it the
 * way files really break: cut off, re-saved in another encoding, edited by hand, concatenated; the rest are made from
 * scratch (random bytes, empty files, deep nesting, one huge field).
 */
import { pick, shiftJis, utf16, utf8, concatBytes } from '../formats/text-helpers';
import { baseExports, decodeAs, type BaseExport } from './corpus';

export interface FuzzInput {
  readonly family: string;
  /** Enough to rebuild the input by hand: what was done to which file. */
  readonly about: string;
  readonly bytes: Uint8Array;
  /** Pushed to the builder in chunks of this size (the streaming paths must give the same guarantees). */
  readonly chunkSize: number;
  /** Whether UTF-8 is validated with Node's `isUtf8` (the extension host, the CLI) or decoded (the browser). */
  readonly validateUtf8: boolean;
}

export type Random = () => number;
type Made = Pick<FuzzInput, 'about' | 'bytes'>;

const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function baseOf(random: Random, container?: 'csv' | 'json'): BaseExport {
  const all = baseExports().filter((b) => !container || b.index.info.container === container);
  return pick(random, all);
}

/** `bytes` with `insert` put in place of `[at, at + remove)`. */
export function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  return concatBytes(bytes.subarray(0, at), insert, bytes.subarray(at + remove));
}

/** Offsets of the line starts of `bytes` (after each LF or lone CR). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** A valid export cut at a random byte; often inside a multi-byte character or a UTF-16 code unit. */
function truncated(random: Random): Made {
  const base = baseOf(random);
  const { bytes } = base;
  let cut = int(random, 0, bytes.length);
  if (random() < 0.4) {
    // Just after the lead byte of a multi-byte character, when there is one.
    const start = int(random, 0, bytes.length);
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i]! >= 0xc0) {
        cut = i + 1;
        break;
      }
    }
  }
  return { about: `${base.name} cut at byte ${cut} of ${bytes.length}`, bytes: bytes.subarray(0, cut) };
}

const CSV_TOKENS = ['a', 'xyz', '0', '50126', ',', ',', ';', '\t', '"', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '東京', '\u3000', '\ufeff', '\0', '2025-12-01T00:00:00Z'];
const JSON_TOKENS = ['{', '}', '[', ']', '"', '"', ':', ',', '\\', '\\"', '\n', '\r\n', ' ', 'null', 'true', '1e999', '-0', '"value"', '"records"', '"createdDateTime"', '"status"', '{"errorCode":50126}', 'é', '\ufeff', '\0', '][', '\\u0000', '\\ud800'];

/** Random bytes: uniform noise, noise shaped like CSV or JSON, or text with control characters. */
function randomBytes(random: Random): Made {
  const mode = pick(random, ['uniform', 'csv', 'json', 'controls', 'high'] as const);
  const n = int(random, 0, 3000);
  if (mode === 'csv' || mode === 'json') {
    const tokens = mode === 'csv' ? CSV_TOKENS : JSON_TOKENS;
    let text = '';
    while (text.length < n) text += pick(random, tokens);
    return { about: `${mode}-shaped noise ${JSON.stringify(text.slice(0, 200))}${text.length > 200 ? '…' : ''}`, bytes: utf8(text) };
  }
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (mode === 'uniform') bytes[i] = int(random, 0, 255);
    else if (mode === 'controls') bytes[i] = random() < 0.2 ? int(random, 0, 31) : int(random, 32, 126);
    else bytes[i] = random() < 0.5 ? int(random, 0x80, 0xff) : int(random, 0x20, 0x7e);
  }
  return { about: `${n} random bytes (${mode})`, bytes };
}

/** Quotes added, removed or left unclosed in a CSV export. */
function brokenQuotes(random: Random): Made {
  const base = baseOf(random, 'csv');
  let bytes = base.bytes;
  const edits: string[] = [];
  for (let k = int(random, 1, 4); k > 0; k--) {
    const quotes: number[] = [];
    for (let i = bytes.indexOf(0x22); i !== -1; i = bytes.indexOf(0x22, i + 1)) quotes.push(i);
    if (quotes.length && random() < 0.5) {
      const at = pick(random, quotes);
      bytes = splice(bytes, at, 1, new Uint8Array(0));
      edits.push(`removed the quote at ${at}`);
    } else {
      const at = random() < 0.5 ? pick(random, lineStarts(bytes)) : int(random, 0, bytes.length);
      bytes = splice(bytes, at, 0, utf8('"'));
      edits.push(`inserted a quote at ${at}`);
    }
  }
  return { about: `${base.name}: ${edits.join(', ')}`, bytes };
}

/** Rows with fields missing or extra (delimiters removed or added). */
function raggedRows(random: Random): Made {
  const base = baseOf(random, 'csv');
  const delimiter = (base.index.info.csvDialect?.delimiter ?? ',').charCodeAt(0);
  let bytes = base.bytes;
  const edits: string[] = [];
  for (let k = int(random, 1, 6); k > 0; k--) {
    const line = pick(random, lineStarts(bytes));
    const end = bytes.indexOf(0x0a, line);
    const stop = end === -1 ? bytes.length : end;
    const at = bytes.indexOf(delimiter, int(random, line, stop));
    if (random() < 0.5 && at !== -1 && at < stop) {
      bytes = splice(bytes, at, 1, new Uint8Array(0));
      edits.push(`removed a delimiter at ${at}`);
    } else {
      const n = int(random, 1, 5);
      const pos = int(random, line, stop);
      bytes = splice(bytes, pos, 0, new Uint8Array(n).fill(delimiter));
      edits.push(`inserted ${n} delimiters at ${pos}`);
    }
  }
  return { about: `${base.name}: ${edits.join(', ')}`, bytes };
}

/** NUL bytes: a few anywhere, a run of them, or a file that is NULs after its first line. */
function nulBytes(random: Random): Made {
  const base = baseOf(random);
  const mode = pick(random, ['scattered', 'run', 'after-header'] as const);
  let bytes = base.bytes;
  if (mode === 'after-header') {
    const nl = bytes.indexOf(0x0a);
    const keep = nl === -1 ? 0 : nl + 1;
    return { about: `${base.name}: NULs after byte ${keep}`, bytes: concatBytes(bytes.subarray(0, keep), new Uint8Array(bytes.length - keep)) };
  }
  const places: number[] = [];
  for (let k = mode === 'run' ? 1 : int(random, 1, 20); k > 0; k--) {
    const at = int(random, 0, bytes.length);
    bytes = splice(bytes, at, 0, new Uint8Array(mode === 'run' ? int(random, 2, 600) : 1));
    places.push(at);
  }
  return { about: `${base.name}: NUL ${mode} at ${places.join(', ')}`, bytes };
}

/** Line breaks of one file replaced at random by CRLF, LF or CR. */
function mixedLineEndings(random: Random): Made {
  const base = baseOf(random);
  if (base.index.info.encoding !== 'utf-8') return mixedLineEndings(random);
  const parts = decodeAs(base.bytes, base.index).split(/\r\n|\n|\r/);
  const breaks = ['\r\n', '\n', '\r'];
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i++) text += pick(random, breaks) + parts[i];
  return { about: `${base.name} with its line breaks mixed at random (CRLF, LF, CR)`, bytes: concatBytes(base.index.info.bomLength ? BOM : new Uint8Array(0), utf8(text)) };
}

/** A header without rows, or an empty record list, in any encoding. */
function headerOnly(random: Random): Made {
  const base = baseOf(random);
  if (base.index.info.container === 'json') {
    const text = pick(random, ['[]', '[\r\n]\r\n', '{"@odata.context":"x","value":[]}', '{"records":[]}', '{}', '[{}]', '][']);
    return { about: `JSON with no records: ${text}`, bytes: utf8(text) };
  }
  const text = decodeAs(base.bytes, base.index);
  const header = text.split(/\r?\n|\r/)[0]!;
  const eol = pick(random, ['', '\r\n', '\n', '\r\n\r\n']);
  const form = pick(random, ['utf-8', 'utf-8 BOM', 'utf-16le BOM', 'utf-16be'] as const);
  const body = header + eol;
  const bytes =
    form === 'utf-8' ? utf8(body) : form === 'utf-8 BOM' ? concatBytes(BOM, utf8(body)) : form === 'utf-16le BOM' ? utf16(body, 'le', true) : utf16(body, 'be');
  return { about: `the header of ${base.name} alone (${form}, end ${JSON.stringify(eol)})`, bytes };
}

const EMPTY: ReadonlyArray<[string, Uint8Array]> = [
  ['no bytes', new Uint8Array(0)],
  ['spaces and line breaks', utf8('  \r\n\n\t\r')],
  ['a UTF-8 BOM only', BOM],
  ['a UTF-16 LE BOM only', new Uint8Array([0xff, 0xfe])],
  ['a UTF-16 BE BOM and a line break', new Uint8Array([0xfe, 0xff, 0x00, 0x0a])],
  ['one NUL byte', new Uint8Array(1)],
  ['one comma', utf8(',')],
  ['one quote', utf8('"')],
  ['one brace', utf8('{')],
  ['a BOM and an empty array', concatBytes(BOM, utf8('[]'))],
];

function empty(random: Random): Made {
  const [about, bytes] = pick(random, EMPTY);
  return { about: `empty file: ${about}`, bytes };
}

/** Byte-order marks in the middle: files appended together, or a BOM pasted into a cell. */
function bomInMiddle(random: Random): Made {
  const base = baseOf(random);
  let bytes = base.bytes;
  const places: number[] = [];
  for (let k = int(random, 1, 3); k > 0; k--) {
    const at = random() < 0.6 ? pick(random, lineStarts(bytes)) : int(random, 0, bytes.length);
    bytes = splice(bytes, at, 0, random() < 0.8 ? BOM : new Uint8Array([0xff, 0xfe]));
    places.push(at);
  }
  return { about: `${base.name} with a BOM inserted at ${places.join(', ')}`, bytes };
}

/** The text of an export saved in another encoding (UTF-16 LE/BE with or without BOM, Shift_JIS), sometimes cut. */
function reEncoded(random: Random): Made {
  const base = baseOf(random);
  const text = decodeAs(base.bytes, base.index);
  const form = pick(random, ['utf-16le', 'utf-16le BOM', 'utf-16be', 'utf-16be BOM', 'shift_jis'] as const);
  let bytes: Uint8Array;
  try {
    bytes = form === 'shift_jis' ? shiftJis(text) : utf16(text, form.slice(7, 9) as 'le' | 'be', form.endsWith('BOM'));
  } catch {
    bytes = utf16(text, 'le', true); // a character Shift_JIS cannot hold
  }
  const cut = random() < 0.5 ? int(random, 0, bytes.length) : bytes.length;
  return { about: `${base.name} saved as ${form}${cut < bytes.length ? `, cut at byte ${cut}` : ''}`, bytes: bytes.subarray(0, cut) };
}

/** Bytes of one encoding pasted into a file of another: Shift_JIS or Latin-1 into UTF-8, UTF-8 into Shift_JIS. */
function wrongEncoding(random: Random): Made {
  const base = baseOf(random);
  const foreign = pick(random, [
    ['Shift_JIS', shiftJis('山田 太郎,失敗,ﾔﾏﾀﾞ')],
    ['Latin-1', new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])],
    ['UTF-8', utf8('東京都 渋谷区 😀')],
    ['a cut UTF-8 character', new Uint8Array([0xe6, 0x9d])],
  ] as const);
  const at = int(random, 0, base.bytes.length);
  return { about: `${base.name} with ${foreign[0]} bytes at ${at}`, bytes: splice(base.bytes, at, 0, foreign[1]) };
}

/** Random single-byte edits anywhere in an export. */
function byteFlips(random: Random): Made {
  const base = baseOf(random);
  let bytes = base.bytes;
  const edits: string[] = [];
  for (let k = int(random, 1, 12); k > 0; k--) {
    const at = int(random, 0, Math.max(0, bytes.length - 1));
    const op = pick(random, ['set', 'insert', 'delete'] as const);
    const value = random() < 0.5 ? pick(random, [0x22, 0x2c, 0x0a, 0x0d, 0x7b, 0x7d, 0x5b, 0x5d, 0x5c, 0x3a, 0x00]) : int(random, 0, 255);
    if (op === 'delete') bytes = splice(bytes, at, 1, new Uint8Array(0));
    else bytes = splice(bytes, at, op === 'set' ? 1 : 0, new Uint8Array([value]));
    edits.push(`${op} ${value} at ${at}`);
  }
  return { about: `${base.name}: ${edits.join(', ')}`, bytes };
}

/** The start of one export followed by the end of another (a file overwritten in place, two downloads appended). */
function spliced(random: Random): Made {
  const a = baseOf(random);
  const b = baseOf(random);
  const cutA = int(random, 0, a.bytes.length);
  const cutB = int(random, 0, b.bytes.length);
  return { about: `${a.name}[0, ${cutA}) + ${b.name}[${cutB}, end)`, bytes: concatBytes(a.bytes.subarray(0, cutA), b.bytes.subarray(cutB)) };
}

/** The records of a JSON export written in another shape exporters use, sometimes cut or with noise between records. */
function jsonVariant(random: Random): Made {
  const base = baseOf(random, 'json');
  const text = decodeAs(base.bytes, base.index);
  const { index } = base;
  const records: string[] = [];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
  for (let r = 0; r < index.rowCount; r++) {
    const start = index.columns.byteOffset[r]!;
    records.push(decoder.decode(base.bytes.subarray(start, start + index.columns.byteLength[r]!)));
  }
  if (records.length === 0) return { about: `${base.name} as is`, bytes: encoder.encode(text) };
  const compact = records.map((r) => JSON.stringify(JSON.parse(r)));
  const shape = pick(random, ['array', 'graph page', 'appended', 'ndjson', 'records', 'nested array'] as const);
  const noise = random() < 0.3 ? pick(random, ['garbage', '{"broken": [1, 2', '}', ']', '"', ',,', '\ufeff']) : '';
  const join = (list: string[], sep: string) => list.map((r, i) => (i === 1 && noise ? noise + sep : '') + r).join(sep);
  const body =
    shape === 'array' ? `[\r\n${join(records, ',\r\n')}\r\n]`
    : shape === 'graph page' ? `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns","value":[${join(compact, ',')}],"@odata.nextLink":"x"}`
    : shape === 'appended' ? `[${join(compact.slice(0, 2), ',')}][${join(compact.slice(2), ',')}]`
    : shape === 'ndjson' ? join(compact, '\n') + '\n'
    : shape === 'records' ? `{"records": [${join(compact, ', ')}]}`
    : `[[${join(compact, ',')}]]`;
  const bytes = encoder.encode(body);
  const cut = random() < 0.4 ? int(random, 0, bytes.length) : bytes.length;
  return { about: `records of ${base.name} as ${shape}${noise ? ` with ${JSON.stringify(noise)} before record 2` : ''}${cut < bytes.length ? `, cut at byte ${cut}` : ''}`, bytes: bytes.subarray(0, cut) };
}

export const DEEP = 100_000;

/** Deeply nested JSON (100,000 levels), closed or not, as the file, inside a record or between good records. */
function deepJson(random: Random): Made {
  const open = pick(random, ['[', '{"a":', '[{"a":', '{"value":['] as const);
  const close = { '[': ']', '{"a":': '}', '[{"a":': '}]', '{"value":[': ']}' }[open];
  const closed = random() < 0.5;
  const nest = open.repeat(DEEP) + (closed ? '1' + close.repeat(DEEP) : '');
  const where = pick(random, ['file', 'record', 'ndjson'] as const);
  const body =
    where === 'file' ? nest
    : where === 'record' ? `[{"userPrincipalName":"a@x","v":${nest}},{"userPrincipalName":"b@x"}]`
    : `{"userPrincipalName":"a@x"}\n{"v":${nest}}\n{"userPrincipalName":"b@x"}\n`;
  return { about: `${DEEP} levels of ${open} (${closed ? 'closed' : 'never closed'}) as the ${where}`, bytes: utf8(body) };
}

export const BIG_FIELD = 10 * 1024 * 1024;

/** One 10 MB field: quoted or not in CSV, a JSON string, or a quote opened and never closed. */
export function bigField(variant: number): Made {
  const big = 'x'.repeat(BIG_FIELD);
  const header = 'Date (UTC),User,Sign-in error code\r\n';
  const row = '2025-12-01T00:00:00Z,a@contoso.com,50126\r\n';
  switch (variant % 5) {
    case 0: return { about: '10 MB quoted CSV field between good rows', bytes: utf8(`${header}${row}2025-12-01T00:00:01Z,"${big}",0\r\n${row}`) };
    case 1: return { about: '10 MB unquoted CSV field between good rows', bytes: utf8(`${header}${row}2025-12-01T00:00:01Z,${big},0\r\n${row}`) };
    case 2: return { about: '10 MB JSON string in a Graph array', bytes: utf8(`[{"createdDateTime":"2025-12-01T00:00:00Z","userPrincipalName":"${big}"},{"userPrincipalName":"b@x"}]`) };
    case 3: return { about: '10 MB CSV field whose quote never closes', bytes: utf8(`${header}${row}2025-12-01T00:00:01Z,"${big}\r\n${row}`) };
    default: return { about: '10 MB CSV field of doubled quotes and line breaks', bytes: utf8(`${header}${row}2025-12-01T00:00:01Z,"${'""\n'.repeat(BIG_FIELD / 3)}",0\r\n${row}`) };
  }
}

export const FAMILIES: ReadonlyArray<{ name: string; weight: number; make: (random: Random) => Made }> = [
  { name: 'truncated', weight: 16, make: truncated },
  { name: 'random-bytes', weight: 10, make: randomBytes },
  { name: 'broken-quotes', weight: 12, make: brokenQuotes },
  { name: 'ragged-rows', weight: 8, make: raggedRows },
  { name: 'nul-bytes', weight: 5, make: nulBytes },
  { name: 'mixed-line-endings', weight: 5, make: mixedLineEndings },
  { name: 'header-only', weight: 3, make: headerOnly },
  { name: 'empty', weight: 1, make: empty },
  { name: 'bom-in-middle', weight: 4, make: bomInMiddle },
  { name: 're-encoded', weight: 6, make: reEncoded },
  { name: 'wrong-encoding', weight: 4, make: wrongEncoding },
  { name: 'byte-flips', weight: 10, make: byteFlips },
  { name: 'spliced', weight: 4, make: spliced },
  { name: 'json-variant', weight: 10, make: jsonVariant },
  { name: 'deep-json', weight: 0.15, make: deepJson },
];

/** Chunk size for an input: the 1 MiB the CLI and editor read, or small ones that cut everything everywhere. */
export function chunkSizeFor(random: Random, length: number): number {
  const size = pick(random, [1 << 20, 1 << 20, 65_536, 4_096, 1_000, 97, 7]);
  // A thousand pushes is plenty to cross every boundary; more only costs time.
  return Math.max(size, Math.ceil(length / 1_000));
}
