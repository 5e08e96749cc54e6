/**
 * The rows of the current view that the grid holds: whole pages, least recently used evicted first, so memory stays
 * at `maxPages × pageSize` rows whatever the file's size. Knows which pages are asked for and not answered yet, so a
 * page is asked for once, and which pages came back short (the host had fewer rows then), so they are asked again
 * only once the view has grown. DOM-free (unit-tested in Node).
 */
import type { GridRow } from '../../src/protocol';

export interface PageRequest {
  readonly start: number;
  readonly count: number;
}

interface InFlight {
  readonly at: number;
  readonly rowCount: number;
}

export class PageCache {
  /** Pages by first row; Map order is the recency order (oldest first). */
  private readonly pages = new Map<number, readonly GridRow[]>();
  private readonly inFlight = new Map<number, InFlight>();
  /** Pages answered with fewer rows than the view then had room for: start → the row count at that time. */
  private readonly shortAt = new Map<number, number>();
  private currentViewId = -1;

  constructor(
    readonly pageSize = 200,
    readonly maxPages = 4,
    /** An unanswered request is given up after this long and may be sent again. */
    private readonly requestTimeoutMs = 10_000,
  ) {}

  get viewId(): number {
    return this.currentViewId;
  }

  /** Starts over for a new view: every row held so far belongs to an older order. */
  reset(viewId: number): void {
    this.currentViewId = viewId;
    this.pages.clear();
    this.inFlight.clear();
    this.shortAt.clear();
  }

  pageStartOf(index: number): number {
    return index - (index % this.pageSize);
  }

  /** The row at a position of the current view, if held (marks its page as recently used). */
  get(index: number): GridRow | undefined {
    const start = this.pageStartOf(index);
    const page = this.pages.get(start);
    if (!page) return undefined;
    this.touch(start, page);
    return page[index - start];
  }

  /** Like `get`, without changing the recency order (for bulk reads). */
  peek(index: number): GridRow | undefined {
    const start = this.pageStartOf(index);
    return this.pages.get(start)?.[index - start];
  }

  /**
   * Stores a page the host sent. Returns false (and stores nothing) for a page of another view or a start that is
   * not a page boundary of this cache. `keep` lists pages that must not be evicted to make room (the visible ones).
   */
  put(viewId: number, start: number, rows: readonly GridRow[], rowCount: number, keep: ReadonlySet<number> = new Set()): boolean {
    if (viewId !== this.currentViewId || start % this.pageSize !== 0) return false;
    const askedAt = this.inFlight.get(start)?.rowCount ?? rowCount;
    this.inFlight.delete(start);
    // Short for the view as it is now: ask again, but only once the view has more rows than when this was asked.
    if (rows.length < Math.min(this.pageSize, Math.max(0, rowCount - start))) this.shortAt.set(start, askedAt);
    else this.shortAt.delete(start);
    this.pages.delete(start);
    this.pages.set(start, rows.slice(0, this.pageSize));
    this.evict(new Set([...keep, start]));
    return true;
  }

  /**
   * The requests to send so that rows `first..last` (inclusive) of a view of `rowCount` rows are held: pages not held
   * (or held short while the view has grown since), and not already asked for.
   */
  missing(first: number, last: number, rowCount: number, now = Date.now()): PageRequest[] {
    const requests: PageRequest[] = [];
    if (rowCount <= 0 || last < first) return requests;
    const lo = Math.max(0, first);
    const hi = Math.min(rowCount - 1, last);
    for (let start = this.pageStartOf(lo); start <= hi; start += this.pageSize) {
      if (this.isHeld(start, rowCount)) continue;
      const asked = this.inFlight.get(start);
      if (asked && now - asked.at < this.requestTimeoutMs) continue;
      requests.push({ start, count: this.pageSize });
    }
    return requests;
  }

  /** Records that a request was sent, so `missing` does not list it again until answered or timed out. */
  markRequested(start: number, rowCount: number, now = Date.now()): void {
    this.inFlight.set(start, { at: now, rowCount });
  }

  get pendingCount(): number {
    return this.inFlight.size;
  }

  /** Forgets requests that will never be answered (the host dropped them); they may be sent again. */
  expire(now = Date.now()): void {
    for (const [start, asked] of this.inFlight) if (now - asked.at >= this.requestTimeoutMs) this.inFlight.delete(start);
  }

  /** How many rows are held (for tests and the memory bound). */
  get heldRows(): number {
    let n = 0;
    for (const page of this.pages.values()) n += page.length;
    return n;
  }

  /** Page starts held, oldest first. */
  heldPages(): number[] {
    return [...this.pages.keys()];
  }

  private isHeld(start: number, rowCount: number): boolean {
    const page = this.pages.get(start);
    if (!page) return false;
    if (page.length >= Math.min(this.pageSize, rowCount - start)) return true;
    const shortAt = this.shortAt.get(start);
    return shortAt !== undefined && rowCount <= shortAt;
  }

  private touch(start: number, page: readonly GridRow[]): void {
    if (this.pages.size > 1) {
      this.pages.delete(start);
      this.pages.set(start, page);
    }
  }

  private evict(keep: ReadonlySet<number>): void {
    for (const start of [...this.pages.keys()]) {
      if (this.pages.size <= this.maxPages) return;
      if (!keep.has(start)) {
        this.pages.delete(start);
        this.shortAt.delete(start);
      }
    }
  }
}
