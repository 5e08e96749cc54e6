/**
 * Which rows to draw and where, for a scroll position: fixed row height, so it is arithmetic, not measurement. Above
 * `MAX_SCROLL_HEIGHT` the scrollable height is capped (browsers stop laying out elements taller than ~16–33 M px) and
 * a scroll position maps proportionally onto the rows. DOM-free (unit-tested in Node).
 */

/** Safely below every browser's element height limit. */
export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface ViewportInput {
  readonly rowCount: number;
  readonly rowHeight: number;
  /** Scroll position of the rows area (px from its top). */
  readonly scrollTop: number;
  /** Height of the area the rows are visible in (px). */
  readonly viewportHeight: number;
  /** Extra rows drawn above and below, so fast scrolling does not show gaps. */
  readonly overscan: number;
  /** Never draw more rows than this, whatever the viewport's height. */
  readonly maxRendered: number;
}

export interface RowWindow {
  /** First and last row drawn (inclusive); `last < first` when there is nothing to draw. */
  readonly first: number;
  readonly last: number;
  /** First and last row actually in view. */
  readonly firstVisible: number;
  readonly lastVisible: number;
  /** Height of the scrollable area (px). */
  readonly scrollHeight: number;
}

/** Height of the scrollable area for `rowCount` rows. */
export function scrollHeightFor(rowCount: number, rowHeight: number): number {
  return Math.min(Math.max(0, rowCount) * rowHeight, MAX_SCROLL_HEIGHT);
}

/** The row at the top edge of the viewport, fractional (2.5 = half of row 2 is scrolled away). */
export function exactTopRow(rowCount: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const full = rowCount * rowHeight;
  const height = scrollHeightFor(rowCount, rowHeight);
  if (full <= height) return Math.max(0, scrollTop) / rowHeight;
  // Capped: the scroll range maps linearly onto the range of top rows.
  const scrollRange = Math.max(1, height - viewportHeight);
  const rowRange = Math.max(0, rowCount - viewportHeight / rowHeight);
  return (Math.min(Math.max(0, scrollTop), scrollRange) / scrollRange) * rowRange;
}

/** The scroll position that puts row `index` at the top edge of the viewport. */
export function scrollTopFor(index: number, rowCount: number, rowHeight: number, viewportHeight: number): number {
  const full = rowCount * rowHeight;
  const height = scrollHeightFor(rowCount, rowHeight);
  if (full <= height) return Math.max(0, index) * rowHeight;
  const scrollRange = Math.max(1, height - viewportHeight);
  const rowRange = Math.max(1, rowCount - viewportHeight / rowHeight);
  return (Math.min(Math.max(0, index), rowRange) / rowRange) * scrollRange;
}

/** Where row `index` is drawn, in px from the top of the scrollable area. */
export function rowTop(index: number, input: Pick<ViewportInput, 'rowCount' | 'rowHeight' | 'scrollTop' | 'viewportHeight'>): number {
  const { rowCount, rowHeight, scrollTop, viewportHeight } = input;
  if (rowCount * rowHeight <= scrollHeightFor(rowCount, rowHeight)) return index * rowHeight;
  return Math.max(0, scrollTop) + (index - exactTopRow(rowCount, rowHeight, scrollTop, viewportHeight)) * rowHeight;
}

export function rowWindow(input: ViewportInput): RowWindow {
  const { rowCount, rowHeight, scrollTop, viewportHeight, overscan, maxRendered } = input;
  const scrollHeight = scrollHeightFor(rowCount, rowHeight);
  if (rowCount <= 0 || viewportHeight <= 0) return { first: 0, last: -1, firstVisible: 0, lastVisible: -1, scrollHeight };
  const top = exactTopRow(rowCount, rowHeight, scrollTop, viewportHeight);
  const firstVisible = Math.min(rowCount - 1, Math.floor(top));
  const lastVisible = Math.min(rowCount - 1, Math.max(firstVisible, Math.ceil(top + viewportHeight / rowHeight) - 1));
  let first = Math.max(0, firstVisible - overscan);
  let last = Math.min(rowCount - 1, lastVisible + overscan);
  if (last - first + 1 > maxRendered) {
    // A very tall viewport: keep what is in view, trim the overscan, and never exceed the bound.
    first = Math.max(0, firstVisible);
    last = Math.min(rowCount - 1, first + maxRendered - 1);
  }
  return { first, last, firstVisible, lastVisible: Math.min(lastVisible, last), scrollHeight };
}

/** How many whole rows fit in the viewport (the Page Up/Down step). */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}

/**
 * The scroll position that brings row `index` fully into view, moving as little as possible; `undefined` when it is
 * already in view.
 */
export function scrollToReveal(index: number, input: Pick<ViewportInput, 'rowCount' | 'rowHeight' | 'scrollTop' | 'viewportHeight'>): number | undefined {
  const { rowCount, rowHeight, scrollTop, viewportHeight } = input;
  const top = exactTopRow(rowCount, rowHeight, scrollTop, viewportHeight);
  const inView = viewportHeight / rowHeight;
  if (index >= top && index + 1 <= top + inView) return undefined;
  const target = index < top ? index : index + 1 - inView;
  return scrollTopFor(Math.max(0, target), rowCount, rowHeight, viewportHeight);
}

/** The scroll position that puts row `index` in the middle of the viewport (clamped at both ends of the view). */
export function scrollTopToCenter(index: number, input: Pick<ViewportInput, 'rowCount' | 'rowHeight' | 'viewportHeight'>): number {
  const { rowCount, rowHeight, viewportHeight } = input;
  const inView = viewportHeight / rowHeight;
  const top = Math.min(Math.max(0, index + 0.5 - inView / 2), Math.max(0, rowCount - inView));
  return scrollTopFor(top, rowCount, rowHeight, viewportHeight);
}
