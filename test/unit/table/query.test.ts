/** Filtering, sorting and faceting rows for the grid, on a real generated export. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indexBytes } from '../../../src/core/model/build-index';
import { toCsv, toMarkdown } from '../../../src/core/table/export';
import { flattenRecord, jsonCells, jsonColumns, jsonPrefix } from '../../../src/core/table/flatten';
import { codeCounts, filterRows, indexedValues, sortRows } from '../../../src/core/table/query';

const index = indexBytes(new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/generated/signin-portal-57.csv'))));
const all = (rows: Uint32Array) => Array.from(rows);

describe('grid queries over the index', () => {
  it('no filter keeps every row in file order', () => {
    assert.deepEqual(all(filterRows(index, {})), Array.from({ length: index.rowCount }, (_, i) => i));
  });

  it('filters by outcome, exact code, user substring (any case), IP and time range', () => {
    const failed = filterRows(index, { outcomes: ['failure', 'blocked'] });
    assert.equal(failed.length, 7);
    assert.ok(all(failed).every((r) => ['failure', 'blocked'].includes(index.outcome(r))));
    const code = filterRows(index, { code: '50126' });
    assert.ok(code.length === 2 && all(code).every((r) => index.value('code', r) === '50126'));
    const bob = filterRows(index, { user: 'BOB.SMITH' });
    assert.ok(bob.length >= 1 && all(bob).every((r) => index.value('user', r).includes('bob.smith')));
    const ip = index.value('ip', 0);
    assert.ok(all(filterRows(index, { ip })).every((r) => index.value('ip', r).includes(ip)));
    const from = Date.UTC(2025, 11, 4, 8, 30);
    const late = filterRows(index, { from });
    assert.ok(late.length > 0 && late.length < index.rowCount && all(late).every((r) => index.time(r) >= from));
    assert.equal(filterRows(index, { code: 'no-such-code' }).length, 0);
  });

  it('a search mask and the other filters combine; facets leave out their own filter', () => {
    const mask = new Uint8Array(index.rowCount);
    mask[1] = mask[2] = 1;
    assert.deepEqual(all(filterRows(index, {}, mask)), [1, 2]);
    const facets = codeCounts(index, filterRows(index, { code: '50126' }, undefined, 'code'));
    assert.ok(facets.length > 3, 'all codes are offered while one is picked');
    assert.deepEqual(facets.find((f) => f.code === '50126'), { code: '50126', count: 2 });
  });

  it('sorts by time both ways and by text values, ties in file order, empties last', () => {
    const rows = filterRows(index, {});
    const asc = all(sortRows(index, rows, { by: 'time' }, 'asc')).map((r) => index.time(r));
    assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
    const desc = all(sortRows(index, rows, { by: 'time' }, 'desc')).map((r) => index.time(r));
    assert.deepEqual(desc, [...asc].reverse());
    const byUser = all(sortRows(index, rows, { by: 'values', values: indexedValues(index, 'user') }, 'asc')).map((r) => index.value('user', r));
    assert.deepEqual(byUser, [...byUser].sort((a, b) => a.localeCompare(b)));
    const byCode = all(sortRows(index, rows, { by: 'values', values: indexedValues(index, 'code') }, 'asc')).map((r) => index.value('code', r));
    assert.deepEqual(byCode.slice(0, 2), ['0', '0'], 'numbers sort numerically: 0 first');
  });
});

describe('grid rows as text', () => {
  it('flattens Graph records into dotted columns; arrays become JSON', () => {
    const record = { id: 'a', status: { errorCode: 50126, additionalDetails: 'x' }, location: { geo: { lat: 1 } }, steps: [{ m: 'Password' }] };
    const flat = flattenRecord(record);
    assert.equal(flat.get('status.errorCode'), '50126');
    assert.equal(flat.get('location.geo.lat'), '1');
    assert.equal(flat.get('steps'), '[{"m":"Password"}]');
    assert.deepEqual(jsonColumns([record, { extra: true }]), ['id', 'status.errorCode', 'status.additionalDetails', 'location.geo.lat', 'steps', 'extra']);
    assert.deepEqual(jsonCells({ extra: false }, ['id', 'extra']), ['', 'false']);
  });

  it('shows a value nested 100,000 levels deep as the start of its JSON, without overflowing the stack', () => {
    // JSON.parse reads such a record (it does not recurse); JSON.stringify of it threw RangeError.
    const record = JSON.parse(`{"id":"a","steps":${'['.repeat(100_000)}1${']'.repeat(100_000)}}`) as Record<string, unknown>;
    const cell = jsonCells(record, jsonColumns([record]))[1]!;
    assert.equal(cell, `${'['.repeat(2_000)}…`);
  });

  it('writes nested values exactly as JSON.stringify does, up to the cell limit', () => {
    const values = [{ a: [1, 'x', null, true, { b: {} }], 'q"k': [[]], e: -0, f: 1e21, g: '\u2028"\\' }, [], {}, ['😀', { z: [1, [2, [3]]] }]];
    for (const v of values) assert.equal(jsonPrefix(v, Infinity), JSON.stringify(v));
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    assert.equal(jsonCells({ list: long }, ['list'])[0], `${JSON.stringify(long).slice(0, 2_000)}…`);
  });

  it('copies as CSV with every field quoted, and as Markdown with pipes, line breaks and markup escaped', () => {
    assert.equal(toCsv(['a', 'b'], [['x,1', 'say "hi"']]), '"a","b"\r\n"x,1","say ""hi"""\r\n');
    const md = toMarkdown(['User', 'Note'], [['a|b', 'line1\nline2 <br> <img src=x>']]);
    assert.equal(md, '| User | Note |\n|---|---|\n| a\\|b | line1<br>line2 &lt;br&gt; &lt;img src=x&gt; |\n');
  });
});
