/** Keys in the grid and gathering a copy's rows across pages. */
import assert from 'node:assert/strict';
import type { GridRow } from '../../../src/protocol';
import { CopyCollector } from '../../../webview/grid/copy-collector';
import { keyAction, movedColumn, movedRow } from '../../../webview/grid/grid-keys';

const key = (k: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {}) => keyAction({ key: k, ctrl: false, shift: false, alt: false, ...mods }, 30);
const rows = (start: number, count: number, offset = 1000): GridRow[] =>
  Array.from({ length: count }, (_, i) => ({ row: offset + start + i, line: 0, outcome: 'success', code: '0', cells: [] }));

describe('grid keys', () => {
  it('maps navigation, selection and actions', () => {
    assert.deepEqual(key('ArrowDown'), { type: 'move', rows: 1, columns: 0, extend: false, keepSelection: false });
    assert.deepEqual(key('PageUp', { shift: true }), { type: 'move', rows: -30, columns: 0, extend: true, keepSelection: false });
    assert.deepEqual(key('End', { ctrl: true }), { type: 'move', rows: 'last', columns: 0, extend: false, keepSelection: true });
    assert.deepEqual(key('ArrowLeft', { ctrl: true }), { type: 'move', rows: 0, columns: 'first', extend: false, keepSelection: true });
    assert.deepEqual(key('Enter'), { type: 'activate' });
    assert.deepEqual(key('a', { ctrl: true }), { type: 'selectAll' });
    assert.deepEqual(key('c', { ctrl: true }), { type: 'copy', format: 'csv' });
    assert.equal(key('C', { ctrl: true, shift: true }), undefined, 'left to the workbench');
    assert.deepEqual(key('ArrowRight', { alt: true }), { type: 'resize', delta: 16 });
    assert.equal(key('Tab'), undefined);
    assert.equal(key('x'), undefined);
  });

  it('clamps moves to the view (row -1 is the header)', () => {
    assert.equal(movedRow(0, -1, 100), -1);
    assert.equal(movedRow(-1, -5, 100), -1);
    assert.equal(movedRow(90, 30, 100), 99);
    assert.equal(movedRow(50, 'first', 100), 0);
    assert.equal(movedRow(50, 'last', 100), 99);
    assert.equal(movedColumn(0, -1, 10), 0);
    assert.equal(movedColumn(3, 'last', 10), 9);
  });
});

describe('gathering a copy', () => {
  it('fetches only the pages it lacks, a few at a time, and keeps view order', () => {
    const c = new CopyCollector(7, [[150, 160], [390, 420]], 'csv', 100);
    assert.equal(c.size, 11 + 31);
    c.take(7, 100, rows(100, 100)); // held already
    assert.deepEqual(c.nextPages(2), [300, 400]);
    assert.deepEqual(c.nextPages(2), [], 'two in flight');
    c.take(6, 300, rows(300, 100)); // another view: ignored
    c.take(7, 300, rows(300, 100));
    c.take(7, 400, rows(400, 100));
    assert.ok(c.done);
    const result = c.result();
    assert.equal(result.length, 42);
    assert.deepEqual(result.slice(0, 2), [1150, 1151]);
    assert.deepEqual(result.slice(-1), [1420]);
  });

  it('gives up on rows the host no longer has, after asking twice', () => {
    const c = new CopyCollector(1, [[0, 9]], 'markdown', 100);
    assert.deepEqual(c.nextPages(4), [0]);
    c.take(1, 0, rows(0, 5));
    assert.deepEqual(c.nextPages(4), [0]);
    c.take(1, 0, rows(0, 5));
    assert.deepEqual(c.nextPages(4), []);
    assert.ok(c.done);
    assert.equal(c.result().length, 5);
  });
});
