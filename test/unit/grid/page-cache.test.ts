/** The grid's page cache: bounded memory, one request per page, stale views ignored, short pages asked again. */
import assert from 'node:assert/strict';
import type { GridRow } from '../../../src/protocol';
import { PageCache } from '../../../webview/grid/page-cache';

const rows = (start: number, count: number): GridRow[] =>
  Array.from({ length: count }, (_, i) => ({ row: start + i, line: start + i + 2, outcome: 'success', code: '0', cells: [] }));

describe('grid page cache', () => {
  it('asks for each missing page once, until answered or timed out', () => {
    const cache = new PageCache(100, 4, 1_000);
    cache.reset(1);
    assert.deepEqual(cache.missing(150, 260, 10_000, 0), [{ start: 100, count: 100 }, { start: 200, count: 100 }]);
    cache.markRequested(100, 10_000, 0);
    cache.markRequested(200, 10_000, 0);
    assert.deepEqual(cache.missing(150, 260, 10_000, 500), []);
    assert.deepEqual(cache.missing(150, 260, 10_000, 1_500).map((r) => r.start), [100, 200], 'retried after the timeout');
    assert.ok(cache.put(1, 100, rows(100, 100), 10_000));
    assert.equal(cache.get(150)?.row, 150);
    assert.equal(cache.pendingCount, 1);
  });

  it('ignores pages of another view and starts that are not page boundaries', () => {
    const cache = new PageCache(100, 4);
    cache.reset(2);
    assert.equal(cache.put(1, 0, rows(0, 100), 1_000), false);
    assert.equal(cache.put(2, 50, rows(50, 100), 1_000), false);
    assert.equal(cache.get(0), undefined);
    cache.reset(3);
    assert.equal(cache.viewId, 3);
  });

  it('holds at most maxPages pages, evicting the least recently used but never the kept ones', () => {
    const cache = new PageCache(100, 3);
    cache.reset(1);
    for (const start of [0, 100, 200]) cache.put(1, start, rows(start, 100), 100_000);
    cache.get(0); // page 0 is now the most recent
    cache.put(1, 300, rows(300, 100), 100_000, new Set([100]));
    assert.deepEqual(cache.heldPages().sort((a, b) => a - b), [0, 100, 300]);
    assert.equal(cache.heldRows, 300);
    for (let start = 400; start < 100_000; start += 100) cache.put(1, start, rows(start, 100), 100_000);
    assert.equal(cache.heldRows, 300, 'bounded whatever the number of pages seen');
  });

  it('asks again for a page answered short once the view has grown', () => {
    const cache = new PageCache(100, 4);
    cache.reset(1);
    cache.markRequested(0, 40);
    cache.put(1, 0, rows(0, 40), 40);
    assert.deepEqual(cache.missing(0, 99, 40), [], 'complete for a view of 40 rows');
    assert.deepEqual(cache.missing(0, 99, 120), [{ start: 0, count: 100 }], 'short for a view of 120');
    // A host that answers short for the size it had: not asked again until the view grows further.
    cache.markRequested(0, 120);
    cache.put(1, 0, rows(0, 90), 120);
    assert.deepEqual(cache.missing(0, 99, 120), []);
    assert.deepEqual(cache.missing(0, 99, 130).length, 1);
  });

  it('lists nothing for an empty view or range', () => {
    const cache = new PageCache(100, 4);
    cache.reset(1);
    assert.deepEqual(cache.missing(0, 50, 0), []);
    assert.deepEqual(cache.missing(10, 5, 100), []);
    assert.deepEqual(cache.missing(0, 500, 150).map((r) => r.start), [0, 100]);
  });
});
