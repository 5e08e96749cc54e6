/**
 * What must hold for every input, however broken: the index is consistent with the file (every problem names a line
 * the file has, with a known code and an English and a Japanese message; every row's byte range lies in the file, starts
 * on the row's line and re-reads as a record holding the row's values; bytes that do not decode are reported), and
 * everything built on the index (summary, detections, timeline, ranking, hovers, decorations, grid queries, JSON cells)
 * runs without throwing and gives finite numbers.
 *
 * Each check returns the broken promises as sentences (empty when all hold), so a failure names what went wrong.
 */
import { isUtf8 } from 'node:buffer';
import { catalog } from '../../../src/core/catalog';
import { OUTCOMES } from '../../../src/core/catalog/types';
import { buildTimeline, detectThreats, joinAuthDetails, rankUsersByFailures, resolveSettings, SETTING_SPECS, summarize } from '../../../src/core/analysis';
import { targetAt, type TextLines } from '../../../src/core/explain/at-position';
import { codeCells } from '../../../src/core/explain/code-cells';
import type { ProblemCode } from '../../../src/core/formats/records';
import { indexBytes } from '../../../src/core/model/build-index';
import { problemMessage } from '../../../src/core/model/problems';
import { readRawRow } from '../../../src/core/model/raw-row';
import type { ReportIndex } from '../../../src/core/model/report-index';
import { jsonCells, jsonColumns } from '../../../src/core/table/flatten';
import { codeCounts, filterRows, indexedValues, sortRows } from '../../../src/core/table/query';
import { pick } from '../formats/text-helpers';
import type { FuzzInput, Random } from './generators';

/** Every problem code there is: the compiler fails here when one is added or renamed without the fuzzer knowing. */
const PROBLEM_CODES: Readonly<Record<ProblemCode, true>> = {
  'empty-file': true, 'binary-file': true, 'encoding-lossy': true, 'csv-quotes': true, 'csv-field-count': true,
  'csv-header-only': true, 'json-syntax': true, 'json-truncated': true, 'json-unclosed': true,
  'json-unexpected-text': true, 'json-not-object': true, 'duplicate-column': true, 'unknown-code': true, 'bad-time': true,
  'too-many-problems': true,
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Codes whose detail quotes the file's own text (a snippet, a time, a code, a header, the engine's JSON error): a file
 * may well say "undefined" or "NaN" there, so for these only the message around the detail is checked.
 */
const QUOTES_FILE_TEXT: ReadonlySet<ProblemCode> = new Set(['json-unexpected-text', 'json-syntax', 'bad-time', 'unknown-code', 'duplicate-column']);

const SENSITIVE = resolveSettings(Object.fromEntries(SETTING_SPECS.map((s) => [s.key, s.minimum]))).settings;

export function indexInput(input: FuzzInput): ReportIndex {
  return indexBytes(input.bytes, { chunkSize: input.chunkSize, isUtf8: input.validateUtf8 ? isUtf8 : undefined });
}

/** The file as an editor shows it: decoded in the index's encoding, split at CRLF, LF and lone CR. */
export interface FileText {
  readonly text: string;
  readonly lines: TextLines;
  /** Offset in `text` where each line starts. */
  readonly lineStarts: readonly number[];
}

export function fileText(bytes: Uint8Array, index: ReportIndex): FileText {
  const text = new TextDecoder(index.info.encoding, { ignoreBOM: true }).decode(bytes.subarray(index.info.bomLength));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineAt = (l: number) => {
    const end = l + 1 < lineStarts.length ? lineStarts[l + 1]! : text.length;
    return text.slice(lineStarts[l], end).replace(/\r?\n$|\r$/, '');
  };
  return { text, lineStarts, lines: { lineCount: lineStarts.length, lineAt } };
}

export function checkProblems(index: ReportIndex, file: FileText): string[] {
  const broken: string[] = [];
  const lineCount = file.lineStarts.length;
  for (const p of [...index.problems.list, ...index.problems.sorted()]) {
    const what = `problem ${p.code} at line ${p.line} (${(p.detail ?? '').slice(0, 80)})`;
    if (!Object.hasOwn(PROBLEM_CODES, p.code)) broken.push(`${what}: unknown code`);
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lineCount) broken.push(`${what}: the file has lines 1–${lineCount}`);
    const template = QUOTES_FILE_TEXT.has(p.code) && p.detail !== undefined ? { ...p, detail: 'x' } : p;
    const en = problemMessage(template, 'en');
    const ja = problemMessage(template, 'ja');
    if (!en || /undefined|NaN/.test(en)) broken.push(`${what}: English message ${JSON.stringify(en)}`);
    if (!ja || !JAPANESE.test(ja) || /undefined|NaN/.test(ja)) broken.push(`${what}: Japanese message ${JSON.stringify(ja)}`);
  }
  return broken;
}

/** Bytes that do not decode in the chosen encoding are always reported (never silent garbage), and only then. */
export function checkEncoding(bytes: Uint8Array, index: ReportIndex): string[] {
  if (index.problems.count('binary-file') || index.problems.count('empty-file')) return [];
  let lossy = false;
  try {
    new TextDecoder(index.info.encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(index.info.bomLength));
  } catch {
    lossy = true;
  }
  const reported = index.problems.count('encoding-lossy') > 0;
  if (lossy === reported) return [];
  return [lossy ? `bytes that are not ${index.info.encoding} were not reported (encoding-lossy)` : `encoding-lossy reported for valid ${index.info.encoding}`];
}

/** String and number leaves of a parsed record, walked without recursion (records may nest 100,000 levels). */
function leaves(value: unknown): string {
  const out: string[] = [];
  const stack = [value];
  while (stack.length && out.length < 20_000) {
    const v = stack.pop();
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else if (v && typeof v === 'object') stack.push(...Object.values(v as object));
  }
  return out.join('\u0001');
}

const COPIED_FIELDS = ['user', 'ip', 'requestId'] as const;

/** Rows lie in the file, in order, each on its line; re-reading a row's bytes gives a record with the row's values. */
export async function checkRows(bytes: Uint8Array, index: ReportIndex, file: FileText, random: Random): Promise<string[]> {
  const broken: string[] = [];
  const { line, byteOffset, byteLength, time, outcome, fields } = index.columns;
  const n = index.rowCount;
  for (const [name, column] of Object.entries({ line, byteOffset, byteLength, time, outcome, ...fields })) {
    if (column.length !== n) broken.push(`column ${name} has ${column.length} entries for ${n} rows`);
  }
  for (let r = 0; r < n; r++) {
    const end = byteOffset[r]! + byteLength[r]!;
    if (byteOffset[r]! < index.info.bomLength || end > bytes.length) broken.push(`row ${r}: bytes [${byteOffset[r]}, ${end}) outside the file (${bytes.length} bytes)`);
    if (r > 0 && byteOffset[r]! < byteOffset[r - 1]! + byteLength[r - 1]!) broken.push(`row ${r}: starts at byte ${byteOffset[r]}, inside row ${r - 1}`);
    if (line[r]! < 1 || line[r]! > file.lineStarts.length || (r > 0 && line[r]! < line[r - 1]!)) broken.push(`row ${r}: line ${line[r]} out of order or outside the file`);
    if (outcome[r]! >= OUTCOMES.length) broken.push(`row ${r}: outcome ${outcome[r]}`);
    if (broken.length > 5) return broken;
  }
  const read = async (offset: number, length: number) => bytes.subarray(offset, offset + length);
  const sample = n <= 12 ? [...Array(n).keys()] : [0, n - 1, ...Array.from({ length: 10 }, () => Math.floor(random() * n))];
  const decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
  // Lines as the readers count them: at LF (CRLF, LF), or at CR in a CSV whose line ending is CR alone. A lone CR in
  // an LF or CRLF file is not a line break for them, though an editor shows one (a known limit).
  const lineBreak = index.info.container === 'csv' && index.info.csvDialect?.newline === '\r' ? '\r' : '\n';
  for (const r of sample) {
    const before = decoder.decode(bytes.subarray(index.info.bomLength, byteOffset[r]));
    const expectedLine = before.split(lineBreak).length;
    if (expectedLine !== line[r]) broken.push(`row ${r}: said to start on line ${line[r]}, its first byte is on line ${expectedLine}`);
    let content: string;
    try {
      const raw = await readRawRow(index, r, read);
      content = raw.kind === 'csv' ? raw.fields.join('\u0001') : leaves(raw.record);
    } catch (error) {
      broken.push(`row ${r}: its bytes do not re-read (${(error as Error).message})`);
      continue;
    }
    for (const field of COPIED_FIELDS) {
      const value = index.value(field, r);
      if (value && !content.includes(value)) broken.push(`row ${r}: ${field} ${JSON.stringify(value.slice(0, 60))} is not in its re-read record`);
    }
  }
  return broken;
}

/** Every number in `value` is finite (walked without recursion); returns the paths of those that are not. */
export function nonFinite(value: unknown, root: string): string[] {
  const bad: string[] = [];
  const stack: Array<[unknown, string]> = [[value, root]];
  const seen = new Set<unknown>();
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) bad.push(`${at} = ${v}`);
    } else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (ArrayBuffer.isView(v)) continue;
      for (const [k, child] of Object.entries(v)) stack.push([child, `${at}.${k}`]);
    }
  }
  return bad;
}

/**
 * Runs everything built on the index on it; returns the broken promises. Throws only what the core throws (the caller
 * catches it and names the input).
 */
export async function analyse(bytes: Uint8Array, index: ReportIndex, file: FileText, random: Random): Promise<string[]> {
  const broken: string[] = [];
  const n = index.rowCount;
  const someRow = () => Math.floor(random() * n);

  const summary = summarize(index, { join: joinAuthDetails(index, index) });
  broken.push(...nonFinite(summary, 'summary'));
  const sensitive = detectThreats(index, SENSITIVE);
  for (const finding of [...summary.findings, ...sensitive]) {
    for (const e of finding.evidence) if (e.row >= n || e.line !== index.line(e.row)) broken.push(`finding ${finding.id}: evidence row ${e.row} line ${e.line}`);
  }
  broken.push(...nonFinite(sensitive, 'findings'));
  broken.push(...nonFinite(rankUsersByFailures([index]), 'ranking'));
  const user = n ? index.value('user', someRow()) : 'nobody@contoso.com';
  broken.push(...nonFinite(buildTimeline([index], user, { sessionGapMinutes: pick(random, [0, 30, 1e9]) }), 'timeline'));

  // Hovers and decorations where the editor would ask: random places, and the first line of random rows.
  const { lines } = file;
  for (let k = 0; k < 6; k++) {
    const l = n && k % 2 ? index.line(someRow()) - 1 : Math.floor(random() * lines.lineCount);
    if (l < 0 || l >= lines.lineCount) continue;
    const character = Math.floor(random() * (Math.min(lines.lineAt(l).length, 5_000) + 1));
    const target = targetAt(index, lines, catalog, l, character);
    if (target && (target.span.line < 0 || target.span.line >= lines.lineCount)) broken.push(`hover at ${l}:${character} names line ${target.span.line}`);
  }
  const from = Math.floor(random() * lines.lineCount);
  for (const cell of codeCells(index, lines, from, from + 60)) {
    if (cell.span.line < from || cell.span.line > from + 60 || cell.row >= n) broken.push(`code cell of row ${cell.row} on line ${cell.span.line}, asked ${from}–${from + 60}`);
  }

  // The grid: a random filter, every sort, facet counts; rows returned are rows of the index, each once.
  const rows = filterRows(index, {
    outcomes: OUTCOMES.filter(() => random() < 0.5),
    ...(n && random() < 0.3 ? { code: index.value('code', someRow()) } : {}),
    ...(random() < 0.3 ? { user: user.slice(0, 3) } : {}),
    ...(random() < 0.3 ? { from: index.time(someRow()), to: index.time(someRow()) } : {}),
  });
  for (const key of [{ by: 'time' }, { by: 'outcome' }, { by: 'line' }, { by: 'values', values: indexedValues(index, 'user') }] as const) {
    const sorted = sortRows(index, rows, key, random() < 0.5 ? 'asc' : 'desc');
    if (sorted.length !== rows.length || new Set(sorted).size !== rows.length || sorted.some((r) => r >= n)) broken.push(`sort by ${key.by} lost or invented rows`);
  }
  const counts = codeCounts(index, rows);
  if (counts.reduce((s, c) => s + c.count, 0) > rows.length) broken.push('code counts exceed the rows');

  // JSON records as grid cells (nested objects flattened, the rest as JSON text).
  if (index.info.container === 'json' && n) {
    const read = async (offset: number, length: number) => bytes.subarray(offset, offset + length);
    const records: Record<string, unknown>[] = [];
    for (let k = 0; k < 3; k++) {
      const raw = await readRawRow(index, someRow(), read);
      if (raw.kind === 'json') records.push(raw.record);
    }
    const columns = jsonColumns(records);
    for (const record of records) if (jsonCells(record, columns).length !== columns.length) broken.push('a JSON record gave the wrong number of cells');
  }
  return broken;
}
