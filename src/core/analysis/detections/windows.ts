/**
 * Sliding time windows over rows in time order, with two pointers: each row enters the window once and leaves it
 * once, so finding every burst in a group of n rows is O(n) whatever the window. Overlapping qualifying windows merge
 * into one burst, so a 40-prompt attack is one finding, not 34.
 */
import type { ReportIndex } from '../../model/report-index';
import type { TimeOrder } from '../time-order';

/** What a window keeps count of as rows enter and leave it. */
export interface WindowCounter {
  add(row: number): void;
  remove(row: number): void;
  /** Whether the rows now in the window are enough to call it a burst. */
  qualifies(): boolean;
}

/** A burst: the rows `rows[first..last]` (inclusive) of its group. */
export interface Burst {
  readonly first: number;
  readonly last: number;
}

/**
 * Bursts among `rows` (time-ordered rows of one group): maximal runs covered by windows of at most `windowMs` that
 * qualify. A window holds the rows whose time is within `windowMs` of its newest row.
 */
export function findBursts(rows: readonly number[], times: Float64Array, windowMs: number, counter: WindowCounter): Burst[] {
  const bursts: Array<{ first: number; last: number }> = [];
  let lo = 0;
  for (let hi = 0; hi < rows.length; hi++) {
    counter.add(rows[hi]!);
    const newest = times[rows[hi]!]!;
    while (newest - times[rows[lo]!]! > windowMs) counter.remove(rows[lo++]!);
    if (!counter.qualifies()) continue;
    const previous = bursts[bursts.length - 1];
    if (previous && lo <= previous.last) previous.last = hi;
    else bursts.push({ first: lo, last: hi });
  }
  return bursts;
}

/** Counts rows: qualifies at `min` rows. */
export class RowCounter implements WindowCounter {
  private n = 0;
  constructor(private readonly min: number) {}
  add(): void {
    this.n++;
  }
  remove(): void {
    this.n--;
  }
  qualifies(): boolean {
    return this.n >= this.min;
  }
}

/** Counts rows and distinct values of a field (interned ids; 0 = empty is not a value). */
export class DistinctCounter implements WindowCounter {
  private readonly counts = new Map<number, number>();
  private n = 0;

  constructor(
    private readonly valueOf: (row: number) => number,
    private readonly minDistinct: number,
    private readonly minRows = 0,
  ) {}

  add(row: number): void {
    this.n++;
    const v = this.valueOf(row);
    if (v) this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
  }

  remove(row: number): void {
    this.n--;
    const v = this.valueOf(row);
    if (!v) return;
    const c = this.counts.get(v)! - 1;
    if (c === 0) this.counts.delete(v);
    else this.counts.set(v, c);
  }

  qualifies(): boolean {
    return this.counts.size >= this.minDistinct && this.n >= this.minRows;
  }
}

/**
 * The time-ordered rows that `accept` keeps, grouped by an interned key (0 = no key: the row is skipped). One pass over
 * the time order; every group keeps time order.
 */
export function groupByKey(
  order: TimeOrder,
  keyOf: (row: number) => number,
  accept: (row: number) => boolean,
): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const row of order.rows) {
    if (!accept(row)) continue;
    const key = keyOf(row);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}

/** The rows of a burst. */
export function burstRows(rows: readonly number[], burst: Burst): number[] {
  return rows.slice(burst.first, burst.last + 1);
}

/** The field's interned id of a row, as a key function. */
export const keyField = (index: ReportIndex, field: 'user' | 'ip' | 'location' | 'country') => (row: number) => index.id(field, row);
