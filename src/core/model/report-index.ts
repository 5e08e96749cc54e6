/**
 * The one-pass index of an export. Per row: its line, byte offset and length in the file (so the raw row can be
 * read again on demand), its time, its outcome, and interned ids of the fields analysis needs. Nothing downstream
 * parses the file again; anything else about a row comes from re-reading its bytes.
 *
 * Memory per row: 4 (line) + 8 (offset) + 4 (length) + 8 (time) + 1 (outcome) + 4 × INDEXED_FIELDS bytes, plus one
 * copy of each distinct string.
 */
import type { Catalog, CatalogRecord, Family, Localized, Outcome } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import type { CsvDialect } from '../formats/csv';
import type { ColumnSource } from '../formats/detect';
import type { TextEncodingName } from '../formats/encoding';
import type { Confidence, Dialect, EventDraft, ReportKind } from '../formats/kinds/kind';
import type { ProblemLog } from './problems';
import type { StringPool } from './string-pool';

export const INDEXED_FIELDS = [
  'user', 'code', 'detail', 'method', 'app', 'ip', 'location', 'country', 'clientApp', 'session', 'requestId',
  'userAgent', 'activity', 'actor', 'protocol', 'authRequirement', 'methodDetail', 'role', 'ssprRegistered',
] as const satisfies readonly (keyof EventDraft)[];

export type IndexedField = (typeof INDEXED_FIELDS)[number];

export interface ColumnInfo {
  /** The kind's name for the field (`code`, `time`, `user`, …). */
  readonly field: string;
  /** CSV: column index and its header text; JSON: the path read. */
  readonly column?: number;
  readonly header?: string;
  readonly path?: string;
  readonly source: ColumnSource;
}

export interface ReportInfo {
  readonly kind: ReportKind;
  readonly title: Localized;
  readonly dialect: Dialect;
  readonly container: 'csv' | 'json' | 'none';
  readonly variant?: string;
  readonly confidence: Confidence;
  readonly encoding: TextEncodingName;
  readonly encodingConfidence: 'certain' | 'high' | 'low';
  readonly encodingReason: string;
  readonly bomLength: number;
  readonly csvDialect?: CsvDialect;
  /** CSV header row as written (duplicates and trailing spaces kept). */
  readonly headers?: readonly string[];
  readonly columns: readonly ColumnInfo[];
  readonly codeFamilies: readonly Family[];
  readonly detailFamilies: readonly Family[];
  readonly bytes: number;
}

export interface IndexColumns {
  readonly line: Uint32Array;
  readonly byteOffset: Float64Array;
  readonly byteLength: Uint32Array;
  readonly time: Float64Array;
  readonly outcome: Uint8Array;
  readonly fields: Readonly<Record<IndexedField, Uint32Array>>;
}

export class ReportIndex {
  private readonly recordMemo = new Map<number, CatalogRecord | null>();
  private readonly detailMemo = new Map<number, CatalogRecord | null>();
  private readonly activityMemo = new Map<number, CatalogRecord | null>();

  constructor(
    readonly info: ReportInfo,
    readonly rowCount: number,
    readonly columns: IndexColumns,
    readonly strings: StringPool,
    readonly problems: ProblemLog,
    private readonly catalog: Catalog,
  ) {}

  line(row: number): number {
    return this.columns.line[row]!;
  }

  time(row: number): number {
    return this.columns.time[row]!;
  }

  outcome(row: number): Outcome {
    return OUTCOMES[this.columns.outcome[row]!]!;
  }

  id(field: IndexedField, row: number): number {
    return this.columns.fields[field][row]!;
  }

  value(field: IndexedField, row: number): string {
    return this.strings.get(this.columns.fields[field][row]!);
  }

  /** The catalog record explaining the row's code (memoized per distinct code). */
  codeRecord(row: number): CatalogRecord | undefined {
    return this.recordFor(this.id('code', row), this.info.codeFamilies, this.recordMemo);
  }

  /** The catalog record explaining the row's detail (MFA result, classic `Result`, …). */
  detailRecord(row: number): CatalogRecord | undefined {
    return this.recordFor(this.id('detail', row), this.info.detailFamilies, this.detailMemo);
  }

  /** Audit exports: the catalog record of the row's activity name, whichever of reason or activity is its code. */
  activityRecord(row: number): CatalogRecord | undefined {
    return this.recordFor(this.id('activity', row), ['audit-activity'], this.activityMemo);
  }

  /** The catalog record for an interned code id. */
  recordForCode(codeId: number): CatalogRecord | undefined {
    return this.recordFor(codeId, this.info.codeFamilies, this.recordMemo);
  }

  private recordFor(id: number, families: readonly Family[], memo: Map<number, CatalogRecord | null>): CatalogRecord | undefined {
    if (id === 0) return undefined;
    let hit = memo.get(id);
    if (hit === undefined) {
      hit = this.catalog.lookup(this.strings.get(id), families.length ? families : undefined) ?? null;
      memo.set(id, hit);
    }
    return hit ?? undefined;
  }

  /** The row whose record starts at or before `line` (binary search), or -1 before the first row. */
  rowAtLine(line: number): number {
    const lines = this.columns.line;
    let lo = 0;
    let hi = this.rowCount - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]! <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
