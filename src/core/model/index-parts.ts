/**
 * One export indexed as several slices at once (worker threads, one per core), then joined into the index a single
 * pass would have built. A slice is indexed by an ordinary `IndexBuilder` fed the file's header bytes and then the
 * slice, so every slice reads the header, detects the kind and reads rows exactly as the whole file would; here its
 * rows are moved to their place in the file (lines, byte offsets), its strings re-numbered into one pool, its problems
 * combined. Only CSV read from bytes is sliced; anything unusual (a slice that does not end on a row boundary, a
 * different detection, lossy decoding) makes `joinParts` decline, and the caller reads the file in one pass instead.
 */
import type { Catalog } from '../catalog';
import type { ParseProblem, ProblemCode } from '../formats/records';
import { ProblemLog } from './problems';
import { INDEXED_FIELDS, ReportIndex, type IndexColumns, type IndexedField, type ReportInfo } from './report-index';
import { StringPool } from './string-pool';

/** Where a slice sits in the file. */
export interface SlicePlacement {
  /** File offset of the slice's first byte (a row start; 0 for the first slice, which also holds the header). */
  readonly start: number;
  /** Bytes of the header fed before the slice (0 for the first slice). */
  readonly prefixBytes: number;
  /** Line breaks in the file before `start`, and in the header prefix fed before the slice. */
  readonly lineBreaksBefore: number;
  readonly prefixLineBreaks: number;
}

/** A slice's index in a form that crosses threads (plain data and typed arrays). */
export interface IndexPart {
  readonly info: ReportInfo;
  readonly rowCount: number;
  readonly columns: IndexColumns;
  readonly strings: readonly string[];
  readonly problems: readonly ParseProblem[];
  readonly problemCounts: ReadonlyArray<readonly [ProblemCode, number]>;
  /** Bytes after the slice's last complete row: must be 0 for every slice but the last. */
  readonly partialRowBytes: number | undefined;
  /** Line breaks in the slice itself. */
  readonly lineBreaks: number;
}

export function toPart(index: ReportIndex, partialRowBytes: number | undefined, lineBreaks: number): IndexPart {
  return {
    info: index.info,
    rowCount: index.rowCount,
    columns: index.columns,
    strings: index.strings.all(),
    problems: index.problems.list,
    problemCounts: [...index.problems.counts],
    partialRowBytes,
    lineBreaks,
  };
}

/** The typed arrays of a part, to transfer rather than copy between threads. */
export function partBuffers(part: IndexPart): ArrayBuffer[] {
  const { fields, ...rest } = part.columns;
  return [...Object.values(rest), ...Object.values(fields)].map((a) => a.buffer as ArrayBuffer);
}

/** Problems of the header, which every slice reads again; kept from the first slice only. */
const HEADER_PROBLEMS: ReadonlySet<ProblemCode> = new Set(['duplicate-column', 'csv-header-only']);

/** Why the slices cannot be joined, or undefined when they can. */
export function unjoinable(parts: readonly IndexPart[]): string | undefined {
  const first = parts[0];
  if (!first) return 'no slices';
  const shape = (p: IndexPart) =>
    JSON.stringify([p.info.kind, p.info.variant, p.info.container, p.info.encoding, p.info.bomLength, p.info.csvDialect, p.info.headers, p.info.columns]);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.partialRowBytes === undefined) return `slice ${k + 1} was not read as CSV bytes`;
    if (k < parts.length - 1 && part.partialRowBytes !== 0) return `slice ${k + 1} ends inside a row`;
    if (shape(part) !== shape(first)) return `slice ${k + 1} was detected differently`;
    if (part.problemCounts.some(([code]) => code === 'encoding-lossy')) return `slice ${k + 1} has undecodable bytes`;
  }
  return undefined;
}

/**
 * The index of the whole file from its slices in file order, or undefined when they cannot be joined (see
 * `unjoinable`). `totalBytes` is the file's size.
 */
export function joinParts(parts: readonly IndexPart[], placements: readonly SlicePlacement[], totalBytes: number, catalog: Catalog): ReportIndex | undefined {
  if (parts.length !== placements.length || unjoinable(parts)) return undefined;
  const rowCount = parts.reduce((n, p) => n + p.rowCount, 0);
  const pool = StringPool.of(parts[0]!.strings);
  const line = new Uint32Array(rowCount);
  const byteOffset = new Float64Array(rowCount);
  const byteLength = new Uint32Array(rowCount);
  const time = new Float64Array(rowCount);
  const outcome = new Uint8Array(rowCount);
  const fields = Object.fromEntries(INDEXED_FIELDS.map((f) => [f, new Uint32Array(rowCount)])) as Record<IndexedField, Uint32Array>;
  const problems = new ProblemLog();
  const reportedCodes = new Set<string>();
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const place = placements[k]!;
    const lineShift = place.lineBreaksBefore - place.prefixLineBreaks;
    const byteShift = place.start - place.prefixBytes;
    const n = part.rowCount;
    const c = part.columns;
    for (let r = 0; r < n; r++) {
      line[at + r] = c.line[r]! + lineShift;
      byteOffset[at + r] = c.byteOffset[r]! + byteShift;
    }
    byteLength.set(c.byteLength, at);
    time.set(c.time, at);
    outcome.set(c.outcome, at);
    // Ids of this slice's strings in the joined pool (the first slice's pool is the joined pool's start).
    const ids = k === 0 ? undefined : Uint32Array.from(part.strings, (s) => pool.intern(s));
    for (const f of INDEXED_FIELDS) {
      const from = c.fields[f];
      if (!ids) fields[f].set(from, at);
      else for (let r = 0; r < n; r++) fields[f][at + r] = ids[from[r]!]!;
    }
    addProblems(problems, part, k === 0, lineShift, reportedCodes);
    at += n;
  }
  const info: ReportInfo = { ...parts[0]!.info, bytes: totalBytes };
  return new ReportIndex(info, rowCount, { line, byteOffset, byteLength, time, outcome, fields }, pool, problems, catalog);
}

/**
 * A slice's problems at their file lines. Each unknown code is reported once, at its first row, as in one pass. A code
 * whose kept list was cut in a slice is counted in full but only the kept ones are listed (the cap is per code anyway).
 */
function addProblems(log: ProblemLog, part: IndexPart, first: boolean, lineShift: number, reportedCodes: Set<string>): void {
  const kept = new Map<ProblemCode, number>();
  for (const p of part.problems) {
    if (!first && HEADER_PROBLEMS.has(p.code)) continue;
    if (p.code === 'unknown-code') {
      if (reportedCodes.has(p.detail ?? '')) continue;
      reportedCodes.add(p.detail ?? '');
    }
    log.add({ ...p, line: p.line + lineShift });
    kept.set(p.code, (kept.get(p.code) ?? 0) + 1);
  }
  // Problems counted beyond the slice's kept list.
  for (const [code, count] of part.problemCounts) {
    const extra = count - (part.problems.filter((p) => p.code === code).length);
    if (extra > 0 && !(HEADER_PROBLEMS.has(code) && !first)) log.addUnlisted(code, extra);
  }
}
