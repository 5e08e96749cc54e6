/**
 * Rows in time order, computed once per index and shared by the analyses that slide windows over time. Exports come
 * newest-first (portal), oldest-first (Graph paging) or interleaved (several pages appended), so file order says
 * nothing. O(rows · log rows) once, then O(1) per lookup; rows without a time are left out (they cannot be placed in
 * a window) and counted.
 */
import type { ReportIndex } from '../model/report-index';

export interface TimeOrder {
  /** Row numbers of the rows that have a time, oldest first; rows with the same time keep file order. */
  readonly rows: Uint32Array;
  /** Rows without a readable time. */
  readonly undated: number;
}

const cache = new WeakMap<ReportIndex, TimeOrder>();

export function timeOrder(index: ReportIndex): TimeOrder {
  const cached = cache.get(index);
  if (cached) return cached;
  const times = index.columns.time;
  let dated = 0;
  for (let row = 0; row < index.rowCount; row++) if (times[row] === times[row]) dated++;
  const rows = new Uint32Array(dated);
  let at = 0;
  for (let row = 0; row < index.rowCount; row++) if (times[row] === times[row]) rows[at++] = row;
  // Array.prototype.sort is stable; typed-array sort with a comparator is too (ES2019+).
  rows.sort((a, b) => times[a]! - times[b]! || a - b);
  const order = { rows, undated: index.rowCount - dated };
  cache.set(index, order);
  return order;
}

export const MINUTE = 60_000;
