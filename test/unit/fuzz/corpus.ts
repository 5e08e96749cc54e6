/**
 * The valid exports the fuzzer starts from: every generated fixture, the real samples, the ordinary (non-export) files
 * and small outputs of the benchmark generator (the portal's 57-column CSV, an indented Graph array, NDJSON). Each is
 * read once and indexed once, so mutations know where each row of the original is (line, byte range, values).
 *
 * A base above 48 KB is cut to its first rows (keeping what follows its last row, such as an array's `]`): the 400 KB
 * audit sample took a third of the run's time, and more rows of the same shape find nothing new.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { signinCsv, signinJson } from '../../../bench/generate';
import { indexBytes } from '../../../src/core/model/build-index';
import { INDEXED_FIELDS, type ReportIndex } from '../../../src/core/model/report-index';

const FIXTURES = path.join(__dirname, '../../fixtures');
const MAX_BASE_BYTES = 48 * 1024;

export interface BaseExport {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The index of the unmodified file: where each row is and what it holds. */
  readonly index: ReportIndex;
}

/** One row of an index as plain values: what must survive when another row of the file is broken. */
export interface RowValues {
  readonly line: number;
  readonly byteOffset: number;
  readonly byteLength: number;
  readonly time: number;
  readonly outcome: string;
  readonly fields: readonly string[];
}

export function rowValues(index: ReportIndex, row: number): RowValues {
  return {
    line: index.line(row),
    byteOffset: index.columns.byteOffset[row]!,
    byteLength: index.columns.byteLength[row]!,
    time: index.time(row),
    outcome: index.outcome(row),
    fields: INDEXED_FIELDS.map((f) => index.value(f, row)),
  };
}

function fromFolder(folder: string): Array<{ name: string; bytes: Uint8Array }> {
  const dir = path.join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f !== 'expected.json' && !f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
}

function fromGenerator(name: string, blocks: Iterable<string>): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode([...blocks].join('')) };
}

let corpus: BaseExport[] | undefined;

/** Every base export, indexed (loaded once per run). */
export function baseExports(): readonly BaseExport[] {
  corpus ??= [
    ...fromFolder('generated'),
    ...fromFolder('samples'),
    ...fromFolder('ordinary'),
    fromGenerator('bench/signin-csv-40', signinCsv({ rows: 40, seed: 9 })),
    fromGenerator('bench/signin-json-array-16', signinJson({ rows: 16, seed: 9, shape: 'array' })),
    fromGenerator('bench/signin-ndjson-24', signinJson({ rows: 24, seed: 9, shape: 'ndjson' })),
  ].map(({ name, bytes }) => firstRows(name, bytes, indexBytes(bytes)));
  return corpus;
}

/** The export cut after its last row that ends within `MAX_BASE_BYTES`, followed by what followed its last row. */
function firstRows(name: string, bytes: Uint8Array, index: ReportIndex): BaseExport {
  const end = (r: number) => index.columns.byteOffset[r]! + index.columns.byteLength[r]!;
  if (bytes.length <= MAX_BASE_BYTES || index.rowCount < 2) return { name, bytes, index };
  let keep = 1;
  while (keep < index.rowCount && end(keep) <= MAX_BASE_BYTES) keep++;
  const cut = new Uint8Array([...bytes.subarray(0, end(keep - 1)), ...bytes.subarray(end(index.rowCount - 1))]);
  const trimmed = indexBytes(cut);
  // Only when the cut file reads as cleanly as the whole one (same kind, no new problem).
  if (trimmed.info.kind !== index.info.kind || trimmed.problems.list.length !== index.problems.list.length) return { name, bytes, index };
  return { name: `${name} (first ${keep} rows)`, bytes: cut, index: trimmed };
}

/** Base exports of one container whose every row starts on a line of its own (one-row corruption needs that). */
export function rowBases(container: 'csv' | 'json'): readonly BaseExport[] {
  return baseExports().filter(({ index }) => {
    if (index.info.container !== container || index.rowCount < 3) return false;
    for (let r = 1; r < index.rowCount; r++) if (index.line(r) === index.line(r - 1)) return false;
    return true;
  });
}

/** The text of `bytes` in the encoding the index found, without its byte-order mark. */
export function decodeAs(bytes: Uint8Array, index: ReportIndex): string {
  return new TextDecoder(index.info.encoding, { ignoreBOM: true }).decode(bytes.subarray(index.info.bomLength));
}
