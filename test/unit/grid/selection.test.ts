/** Row selection as ranges: click, Shift+click, Ctrl+click, select all — without one entry per row. */
import assert from 'node:assert/strict';
import { normalize, Selection } from '../../../webview/grid/selection';

describe('grid selection', () => {
  it('selects, extends from the anchor and toggles like a file list', () => {
    const s = new Selection();
    s.select(5);
    s.extend(9);
    assert.deepEqual(s.rangesWithin(100), [[5, 9]]);
    s.extend(2); // from the same anchor, the other way
    assert.deepEqual(s.rangesWithin(100), [[2, 5]]);
    s.toggle(3);
    s.toggle(20); // Ctrl+click moves the anchor too
    assert.deepEqual(s.rangesWithin(100), [[2, 2], [4, 5], [20, 20]]);
    assert.equal(s.count, 4);
    assert.ok(s.has(4) && !s.has(3) && s.has(20));
    s.extend(25, true); // Ctrl+Shift: add the range from the anchor (20)
    assert.deepEqual(s.rangesWithin(100), [[2, 2], [4, 5], [20, 25]]);
    assert.deepEqual(s.rangesWithin(22), [[2, 2], [4, 5], [20, 21]]);
  });

  it('selects 250,000 rows as one range', () => {
    const s = new Selection();
    s.selectAll(250_000);
    assert.equal(s.count, 250_000);
    assert.deepEqual(s.rangesWithin(250_000), [[0, 249_999]]);
    s.clear();
    assert.ok(s.isEmpty);
  });

  it('merges overlapping and touching ranges', () => {
    assert.deepEqual(normalize([[10, 12], [1, 3], [4, 5], [11, 20]]), [[1, 5], [10, 20]]);
  });
});
