/**
 * Gathers the file row numbers of a selection for `copy`: the selection is of view positions, but only a few pages
 * of the view are held at a time, so the pages not held are fetched (a few at a time) and only their row numbers are
 * kept. DOM-free (unit-tested in Node).
 */
import type { GridRow, GridToHost } from '../../src/protocol';
import type { PageCache } from './page-cache';
import type { Range } from './selection';

export class CopyCollector {
  private readonly rows: Int32Array;
  /** Offset in `rows` of each range's first position. */
  private readonly offsets: number[] = [];
  private filled = 0;
  private readonly asked = new Set<number>();
  private readonly attempts = new Map<number, number>();

  constructor(
    readonly viewId: number,
    private readonly ranges: readonly Range[],
    readonly format: 'csv' | 'markdown',
    private readonly pageSize: number,
  ) {
    let total = 0;
    for (const [first, last] of ranges) {
      this.offsets.push(total);
      total += last - first + 1;
    }
    this.rows = new Int32Array(total).fill(-1);
  }

  get size(): number {
    return this.rows.length;
  }

  get done(): boolean {
    return this.filled === this.rows.length;
  }

  /** Takes the row numbers of rows `start…` of the view that are selected. */
  take(viewId: number, start: number, rows: readonly GridRow[]): void {
    if (viewId !== this.viewId) return;
    this.asked.delete(start - (start % this.pageSize));
    const end = start + rows.length - 1;
    this.ranges.forEach(([first, last], r) => {
      const lo = Math.max(first, start);
      const hi = Math.min(last, end);
      for (let position = lo; position <= hi; position++) {
        const slot = this.offsets[r]! + position - first;
        if (this.rows[slot] === -1) {
          this.rows[slot] = rows[position - start]!.row;
          this.filled++;
        }
      }
    });
  }

  /** Up to `limit` page starts still needed and not asked for yet (marked as asked). */
  nextPages(limit: number): number[] {
    const out: number[] = [];
    const budget = Math.max(0, limit - this.asked.size);
    this.ranges.forEach(([first, last], r) => {
      for (let start = first - (first % this.pageSize); start <= last && out.length < budget; start += this.pageSize) {
        if (this.asked.has(start)) continue;
        const lo = Math.max(first, start);
        const hi = Math.min(last, start + this.pageSize - 1);
        let missing = false;
        for (let position = lo; position <= hi && !missing; position++) missing = this.rows[this.offsets[r]! + position - first] === -1;
        if (!missing) continue;
        const attempts = this.attempts.get(start) ?? 0;
        // The host answered this page short twice: its rows are gone from the view; copy without them.
        if (attempts >= 2) {
          this.giveUp(r, lo, hi, first);
          continue;
        }
        this.attempts.set(start, attempts + 1);
        this.asked.add(start);
        out.push(start);
      }
    });
    return out;
  }

  private giveUp(range: number, lo: number, hi: number, first: number): void {
    for (let position = lo; position <= hi; position++) {
      const slot = this.offsets[range]! + position - first;
      if (this.rows[slot] === -1) {
        this.rows[slot] = -2;
        this.filled++;
      }
    }
  }

  /** The row numbers in view order (rows never delivered are left out). */
  result(): number[] {
    const out: number[] = [];
    for (const row of this.rows) if (row >= 0) out.push(row);
    return out;
  }
}

/**
 * The copy in progress, if any: held pages are used first, the others asked for a few at a time. The grid cancels it
 * when a new view comes (positions no longer match the selection).
 */
export class CopyRun {
  private collector: CopyCollector | undefined;

  constructor(
    private readonly post: (message: GridToHost) => void,
    private readonly pageSize: number,
    private readonly pagesInFlight: number,
  ) {}

  start(viewId: number, ranges: readonly Range[], format: 'csv' | 'markdown', cache: PageCache): void {
    const collector = (this.collector = new CopyCollector(viewId, ranges, format, this.pageSize));
    for (const start of cache.heldPages()) {
      const rows: GridRow[] = [];
      for (let i = start; i < start + this.pageSize; i++) {
        const row = cache.peek(i);
        if (!row) break;
        rows.push(row);
      }
      collector.take(viewId, start, rows);
    }
    this.continue();
  }

  /** A page came: takes its row numbers, and sends the copy once complete. */
  take(viewId: number, start: number, rows: readonly GridRow[]): void {
    if (this.collector?.viewId !== viewId) return;
    this.collector.take(viewId, start, rows);
    this.continue();
  }

  cancel(): void {
    this.collector = undefined;
  }

  private continue(): void {
    const collector = this.collector;
    if (!collector) return;
    if (collector.done) {
      this.collector = undefined;
      this.post({ type: 'copy', rows: collector.result(), format: collector.format });
      return;
    }
    for (const start of collector.nextPages(this.pagesInFlight)) this.post({ type: 'getPage', viewId: collector.viewId, start, count: this.pageSize });
  }
}
