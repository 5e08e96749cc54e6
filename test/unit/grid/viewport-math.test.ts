/** Which rows the grid draws for a scroll position: bounded, exact at both ends, and capped for huge views. */
import assert from 'node:assert/strict';
import { exactTopRow, MAX_SCROLL_HEIGHT, rowsPerPage, rowTop, rowWindow, scrollHeightFor, scrollTopFor, scrollToReveal } from '../../../webview/grid/viewport-math';

const base = { rowHeight: 24, viewportHeight: 720, overscan: 10, maxRendered: 140 };

describe('grid viewport math', () => {
  it('draws the rows in view plus the overscan, and no more', () => {
    const w = rowWindow({ ...base, rowCount: 100_000, scrollTop: 24 * 500 });
    assert.deepEqual([w.firstVisible, w.lastVisible], [500, 529]);
    assert.deepEqual([w.first, w.last], [490, 539]);
    assert.equal(w.scrollHeight, 2_400_000);
  });

  it('stays within the view at both ends', () => {
    const top = rowWindow({ ...base, rowCount: 100_000, scrollTop: 0 });
    assert.equal(top.first, 0);
    const end = rowWindow({ ...base, rowCount: 100_000, scrollTop: 24 * 100_000 - 720 });
    assert.equal(end.last, 99_999);
    assert.equal(end.lastVisible, 99_999);
    const small = rowWindow({ ...base, rowCount: 5, scrollTop: 0 });
    assert.deepEqual([small.first, small.last], [0, 4]);
    const none = rowWindow({ ...base, rowCount: 0, scrollTop: 0 });
    assert.ok(none.last < none.first);
  });

  it('never draws more than maxRendered rows, however tall the viewport', () => {
    const w = rowWindow({ ...base, viewportHeight: 10_000, rowCount: 100_000, scrollTop: 24 * 1000 });
    assert.equal(w.last - w.first + 1, 140);
    assert.equal(w.first, 1000);
  });

  it('caps the scroll height for huge views and still reaches the last row', () => {
    const rowCount = 1_000_000;
    assert.equal(scrollHeightFor(rowCount, 24), MAX_SCROLL_HEIGHT);
    const g = { rowCount, rowHeight: 24, viewportHeight: 720 };
    const end = rowWindow({ ...base, ...g, scrollTop: MAX_SCROLL_HEIGHT - 720 });
    assert.equal(end.lastVisible, rowCount - 1);
    const middle = rowWindow({ ...base, ...g, scrollTop: (MAX_SCROLL_HEIGHT - 720) / 2 });
    assert.ok(Math.abs(middle.firstVisible - rowCount / 2) < 50);
    // Rows are placed relative to the scroll position, so the visible ones are inside the viewport.
    const scrollTop = (MAX_SCROLL_HEIGHT - 720) / 3;
    const w = rowWindow({ ...base, ...g, scrollTop });
    const y = rowTop(w.firstVisible, { ...g, scrollTop });
    assert.ok(y <= scrollTop && y > scrollTop - 24);
    // And scrollTopFor is the inverse of exactTopRow.
    assert.ok(Math.abs(exactTopRow(rowCount, 24, scrollTopFor(654_321, rowCount, 24, 720), 720) - 654_321) < 1e-6 * rowCount);
  });

  it('scrolls as little as needed to reveal a row', () => {
    const g = { rowCount: 1000, rowHeight: 24, viewportHeight: 240, scrollTop: 24 * 100 };
    assert.equal(scrollToReveal(105, g), undefined);
    assert.equal(scrollToReveal(99, g), 24 * 99);
    assert.equal(scrollToReveal(110, g), 24 * 111 - 240);
    assert.equal(rowsPerPage(240, 24), 9);
  });
});
