/**
 * Filtering and sorting the rows of an index for a grid view, without touching the file. Substring filters test each
 * distinct value once (interned ids), then rows by id; sorting compares ranks of distinct values. Costs: filters
 * O(rows + distinct values); sort O(rows log rows) plus O(distinct log distinct) for a string column.
 */
import type { Outcome } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import type { IndexedField, ReportIndex } from '../model/report-index';
import type { StringPool } from '../model/string-pool';

export interface RowFilter {
  readonly outcomes?: readonly Outcome[];
  /** Exact code. */
  readonly code?: string;
  /** Case-insensitive substrings. */
  readonly user?: string;
  readonly app?: string;
  readonly ip?: string;
  /** Milliseconds since the epoch, inclusive. */
  readonly from?: number;
  readonly to?: number;
}

/** A column's values for every row: interned ids into `pool` (an indexed field, or a column extracted on demand). */
export interface ColumnValues {
  readonly ids: Uint32Array;
  readonly pool: StringPool;
}

export type SortKey = { readonly by: 'time' } | { readonly by: 'outcome' } | { readonly by: 'line' } | { readonly by: 'values'; readonly values: ColumnValues };

/** For each distinct value of `pool`, whether it contains `needle` (case-insensitive). */
function matchTable(pool: StringPool, needle: string): Uint8Array {
  const lower = needle.toLowerCase();
  const table = new Uint8Array(pool.size);
  for (let id = 0; id < pool.size; id++) if (pool.get(id).toLowerCase().includes(lower)) table[id] = 1;
  return table;
}

/**
 * Rows (in file order) that pass `filter` and, when given, `mask` (1 = keep; e.g. a text-search result). `except`
 * leaves one filter out, for facet counts ("how many rows per code, whatever code is picked").
 */
export function filterRows(index: ReportIndex, filter: RowFilter, mask?: Uint8Array, except?: keyof RowFilter): Uint32Array {
  const n = index.rowCount;
  const keep = new Uint8Array(n).fill(1);
  const f = (key: keyof RowFilter) => (key === except ? undefined : filter[key]);
  const outcomes = f('outcomes') as readonly Outcome[] | undefined;
  if (outcomes && outcomes.length < OUTCOMES.length) {
    const allowed = new Uint8Array(OUTCOMES.length);
    for (const o of outcomes) allowed[OUTCOMES.indexOf(o)] = 1;
    const column = index.columns.outcome;
    for (let r = 0; r < n; r++) if (!allowed[column[r]!]) keep[r] = 0;
  }
  const code = f('code') as string | undefined;
  if (code !== undefined && code !== '') {
    const id = index.strings.find(code);
    const column = index.columns.fields.code;
    for (let r = 0; r < n; r++) if (column[r] !== id) keep[r] = 0;
  }
  for (const field of ['user', 'app', 'ip'] as const satisfies readonly IndexedField[]) {
    const needle = (f(field) as string | undefined)?.trim();
    if (!needle) continue;
    const table = matchTable(index.strings, needle);
    const column = index.columns.fields[field];
    for (let r = 0; r < n; r++) if (!table[column[r]!]) keep[r] = 0;
  }
  const from = f('from') as number | undefined;
  const to = f('to') as number | undefined;
  if (from !== undefined || to !== undefined) {
    const time = index.columns.time;
    const lo = from ?? -Infinity;
    const hi = to ?? Infinity;
    for (let r = 0; r < n; r++) {
      const t = time[r]!;
      if (!(t >= lo && t <= hi)) keep[r] = 0; // NaN (no time) fails any range
    }
  }
  if (mask) for (let r = 0; r < n; r++) if (!mask[r]) keep[r] = 0;
  let count = 0;
  for (let r = 0; r < n; r++) count += keep[r]!;
  const rows = new Uint32Array(count);
  for (let r = 0, i = 0; r < n; r++) if (keep[r]) rows[i++] = r;
  return rows;
}

/**
 * Rank of each distinct value the column uses, in sorted order (numbers numerically, then text by locale). Only the
 * ids present are ranked: the pool is shared by every field of the index.
 */
function ranks(values: ColumnValues): Uint32Array {
  const used = new Uint8Array(values.pool.size);
  for (let i = 0; i < values.ids.length; i++) used[values.ids[i]!] = 1;
  const ids: number[] = [];
  for (let id = 0; id < used.length; id++) if (used[id]) ids.push(id);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  ids.sort((a, b) => collator.compare(values.pool.get(a), values.pool.get(b)));
  const rank = new Uint32Array(values.pool.size);
  ids.forEach((id, position) => (rank[id] = position));
  return rank;
}

/** `rows` sorted by `key` (stable: ties keep file order); empty values and missing times go last either way. */
export function sortRows(index: ReportIndex, rows: Uint32Array, key: SortKey, direction: 'asc' | 'desc'): Uint32Array {
  const sign = direction === 'asc' ? 1 : -1;
  const sorted = rows.slice();
  let keyOf: (row: number) => number;
  let missing: (row: number) => boolean;
  switch (key.by) {
    case 'time': {
      const time = index.columns.time;
      keyOf = (r) => time[r]!;
      missing = (r) => Number.isNaN(time[r]!);
      break;
    }
    case 'outcome': {
      const column = index.columns.outcome;
      keyOf = (r) => column[r]!;
      missing = () => false;
      break;
    }
    case 'line': {
      keyOf = (r) => r;
      missing = () => false;
      break;
    }
    case 'values': {
      const rank = ranks(key.values);
      const ids = key.values.ids;
      keyOf = (r) => rank[ids[r]!]!;
      missing = (r) => ids[r] === 0;
      break;
    }
  }
  sorted.sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return (ma ? 0 : sign * (keyOf(a) - keyOf(b))) || a - b;
  });
  return sorted;
}

/** Rows per code among `rows`, most frequent first. */
export function codeCounts(index: ReportIndex, rows: Uint32Array): Array<{ code: string; count: number }> {
  const counts = new Map<number, number>();
  const column = index.columns.fields.code;
  for (let i = 0; i < rows.length; i++) {
    const id = column[rows[i]!]!;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id, count]) => ({ code: index.strings.get(id), count }));
}

/** An indexed field as column values (shares the index's pool). */
export function indexedValues(index: ReportIndex, field: IndexedField): ColumnValues {
  return { ids: index.columns.fields[field], pool: index.strings };
}
