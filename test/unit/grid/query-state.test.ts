/** Filters and sort → the host's query; saved state restored only for the same content. */
import assert from 'node:assert/strict';
import type { GridInit } from '../../../src/protocol';
import { hasFilters, nextSort, NO_FILTERS, toQuery } from '../../../webview/grid/query-model';
import { restoreGrid, saveGrid } from '../../../webview/grid/saved-state';
import { fill, formatCount } from '../../../webview/grid/format';
import { gridText } from '../../../webview/grid/texts';

const INIT = {
  file: 'a.csv', fingerprint: 'abc', lang: 'en', title: 'Sign-ins',
  columns: Array.from({ length: 20 }, (_, id) => ({ id, name: `c${id}` })),
  timeColumn: 3,
  outcomes: [{ outcome: 'success', name: 'success' }, { outcome: 'failure', name: 'failure' }],
  strings: {},
} as unknown as GridInit;

describe('grid query and saved state', () => {
  it('drops empty fields, trims text and makes the date range explicit (the "to" day included)', () => {
    assert.deepEqual(toQuery(NO_FILTERS, undefined), {});
    assert.equal(hasFilters(NO_FILTERS), false);
    const query = toQuery({ ...NO_FILTERS, outcomes: ['failure'], code: ' 50126 ', user: '  alice ', from: '2025-05-01', to: '2025-05-02', search: '' }, { column: 3, direction: 'desc' });
    assert.deepEqual(query, {
      sort: { column: 3, direction: 'desc' }, outcomes: ['failure'], code: '50126', user: 'alice', from: '2025-05-01T00:00:00.000Z', to: '2025-05-02T23:59:59.999Z',
    });
    assert.deepEqual(toQuery({ ...NO_FILTERS, from: '05/01/2025' }, undefined), {}, 'a malformed date is no filter');
  });

  it('cycles a header ascending → descending → unsorted', () => {
    const a = nextSort(undefined, 4);
    const d = nextSort(a, 4);
    assert.deepEqual([a, d, nextSort(d, 4), nextSort(d, 5)], [{ column: 4, direction: 'asc' }, { column: 4, direction: 'desc' }, undefined, { column: 5, direction: 'asc' }]);
  });

  it('restores scroll, filters, sort and columns for the same fingerprint only', () => {
    const fresh = restoreGrid(INIT, undefined);
    const layout = { ...fresh.layout, hidden: new Set([1]), widths: new Map([[2, 300]]) };
    const saved = JSON.parse(JSON.stringify(saveGrid('abc', 1234, { ...NO_FILTERS, outcomes: ['failure'], user: 'bob' }, { column: 3, direction: 'asc' }, layout)));
    const same = restoreGrid(INIT, saved);
    assert.equal(same.topRow, 1234);
    assert.deepEqual(same.filters.outcomes, ['failure']);
    assert.equal(same.filters.user, 'bob');
    assert.deepEqual(same.sort, { column: 3, direction: 'asc' });
    assert.deepEqual([...same.layout.hidden], [1]);
    assert.equal(same.layout.widths.get(2), 300);
    const other = restoreGrid({ ...INIT, fingerprint: 'other' }, saved);
    assert.deepEqual(other, fresh);
    // Junk in the saved state is dropped, not trusted.
    const junk = restoreGrid(INIT, { ...saved, topRow: -5, sort: { column: 999, direction: 'up' }, filters: { outcomes: ['nope', 'failure'], from: 'x' } });
    assert.equal(junk.topRow, 0);
    assert.equal(junk.sort, undefined);
    assert.deepEqual(junk.filters.outcomes, ['failure']);
    assert.equal(junk.filters.from, '');
  });

  it('fills the host’s templates and formats counts per language', () => {
    assert.equal(fill('{0} of {1} rows', '1,234', '98,765'), '1,234 of 98,765 rows');
    assert.equal(fill('{0} / {1} 行', 1, 2), '1 / 2 行');
    assert.equal(fill('{2}', 'a'), '{2}');
    assert.equal(formatCount(98765, 'en'), '98,765');
    assert.equal(formatCount(98765, 'ja'), '98,765');
    assert.equal(gridText({ search: 'Search' })('search'), 'Search');
    assert.equal(gridText({})('dismiss'), 'dismiss');
  });
});
