/** What every detection reads: the index, its rows in time order, the row facts and the thresholds. */
import type { ReportIndex } from '../../model/report-index';
import { RowFacts } from '../row-facts';
import { timeOrder, type TimeOrder } from '../time-order';
import type { DetectionSettings } from './settings';

export interface DetectionContext {
  readonly index: ReportIndex;
  readonly settings: DetectionSettings;
  readonly facts: RowFacts;
  readonly order: TimeOrder;
  readonly times: Float64Array;
}

export function detectionContext(index: ReportIndex, settings: DetectionSettings): DetectionContext {
  return { index, settings, facts: new RowFacts(index), order: timeOrder(index), times: index.columns.time };
}

/** Appends `row` to the list kept under `key`. */
export function pushTo(map: Map<number, number[]>, key: number, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** The first row of a time-ordered list whose time is at least `from` (binary search), or -1. */
export function firstAtOrAfter(rows: readonly number[], times: Float64Array, from: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[rows[mid]!]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length ? lo : -1;
}
