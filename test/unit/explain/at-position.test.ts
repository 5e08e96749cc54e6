/** Hover targets and decorated code cells, on generated exports read as the editor shows them (lines of text). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '../../../src/core/catalog';
import { codeCells } from '../../../src/core/explain/code-cells';
import { targetAt, type TextLines } from '../../../src/core/explain/at-position';
import { indexBytes } from '../../../src/core/model/build-index';
import { csvFieldSpans, jsonPairs } from '../../../src/core/text/cells';

const GENERATED = path.join(__dirname, '../../fixtures/generated');

function open(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(GENERATED, name)));
  const index = indexBytes(bytes);
  const lines = new TextDecoder(index.info.encoding).decode(bytes).replace(/^\ufeff/, '').split(/\r?\n/);
  const text: TextLines = { lineCount: lines.length, lineAt: (l) => lines[l] ?? '' };
  return { index, text, lines };
}

/** 0-based line and character of the first occurrence of `needle` at or after line `from`. */
function find(lines: string[], needle: string, from = 0): { line: number; character: number } {
  for (let l = from; l < lines.length; l++) {
    const c = lines[l]!.indexOf(needle);
    if (c >= 0) return { line: l, character: c };
  }
  throw new Error(`${needle} not found`);
}

describe('cells of one line or record', () => {
  it('splits quoted CSV fields with commas, doubled quotes and line breaks, keeping their spans', () => {
    const record = '"a","b, c","say ""hi""","x\ny",plain,';
    const spans = csvFieldSpans(record, ',');
    assert.deepEqual(spans.map((s) => s.value), ['a', 'b, c', 'say "hi"', 'x\ny', 'plain', '']);
    assert.equal(record.slice(spans[1]!.start, spans[1]!.end), '"b, c"');
  });

  it('finds every key/value pair on a JSON line with exact value spans', () => {
    const line = '{"errorCode":50126,"failureReason":"Invalid \\"x\\"","ok":true,"n":null}';
    const pairs = jsonPairs(line);
    assert.deepEqual(pairs.map((p) => [p.key, p.value]), [['errorCode', '50126'], ['failureReason', 'Invalid "x"'], ['ok', 'true'], ['n', 'null']]);
    assert.equal(line.slice(pairs[0]!.valueStart, pairs[0]!.valueEnd), '50126');
  });
});

describe('what is under the cursor', () => {
  it('a sign-in code cell: its record, and the row user, time and app', () => {
    const { index, text, lines } = open('signin-portal-57.csv');
    const at = find(lines, '"50126"');
    const target = targetAt(index, text, catalog, at.line, at.character + 2);
    assert.equal(target?.kind, 'value');
    if (target?.kind !== 'value') return;
    assert.equal(target.records[0]!.code, '50126');
    assert.equal(target.column, 'Sign-in error code');
    assert.deepEqual([target.span.line, lines[target.span.line]!.slice(target.span.start, target.span.end)], [at.line, '"50126"']);
    assert.ok(target.context?.user.includes('@'));
    assert.ok(Number.isFinite(target.context?.time));
  });

  it('the MFA result column explains its detail string', () => {
    const { index, text, lines } = open('signin-portal-57.csv');
    const at = find(lines, 'MFA denied; user declined the authentication');
    const target = targetAt(index, text, catalog, at.line, at.character + 5);
    assert.equal(target?.kind === 'value' && target.records[0]!.family, 'mfa-detail');
  });

  it('a header names what the column is', () => {
    const { index, text, lines } = open('signin-portal-57.csv');
    const at = find(lines, 'Sign-in error code');
    const target = targetAt(index, text, catalog, at.line, at.character + 1);
    assert.equal(target?.kind, 'column');
    if (target?.kind !== 'column') return;
    assert.match(target.description.en, /0 means the sign-in succeeded/);
    assert.equal(target.foundBy, 'name');
    assert.equal(target.position?.of, 57);
  });

  it('a number in an unmapped column (autonomous system number) is not taken for a sign-in code', () => {
    const csv = ['"Date (UTC)","Request ID","Username","Status","Sign-in error code","Autonomous system  number"', '"2025-12-04T08:19:41Z","r1","a@contoso.com","Failure","50126","50053"'];
    const index = indexBytes(new TextEncoder().encode(csv.join('\n') + '\n'));
    const text: TextLines = { lineCount: csv.length, lineAt: (l) => csv[l] ?? '' };
    assert.equal(targetAt(index, text, catalog, 1, csv[1]!.lastIndexOf('50053')), undefined);
    assert.equal(targetAt(index, text, catalog, 1, csv[1]!.indexOf('50126'))?.kind, 'value');
  });

  it('an IP address or a user name is not a code', () => {
    const { index, text, lines } = open('signin-portal-57.csv');
    const at = find(lines, '@', 1);
    assert.equal(targetAt(index, text, catalog, at.line, at.character), undefined);
  });

  it('a code after a line break inside a quoted field maps to its row and its exact span', () => {
    const csv = [
      '"Date (UTC)","Request ID","User agent","Username","Status","Sign-in error code"',
      '"2025-12-04T08:19:41Z","r1","Mozilla/5.0','second line of the agent","a@contoso.com","Failure","50126"',
      '"2025-12-04T08:20:41Z","r2","curl","b@contoso.com","Interrupted","50074"',
    ];
    const index = indexBytes(new TextEncoder().encode(csv.join('\r\n') + '\r\n'));
    const text: TextLines = { lineCount: csv.length, lineAt: (l) => csv[l] ?? '' };
    const character = csv[2]!.indexOf('"50126"') + 2;
    const target = targetAt(index, text, catalog, 2, character);
    assert.equal(target?.kind, 'value');
    if (target?.kind !== 'value') return;
    assert.equal(target.records[0]!.code, '50126');
    assert.equal(target.context?.user, 'a@contoso.com');
    assert.deepEqual(target.span, { line: 2, start: csv[2]!.indexOf('"50126"'), end: csv[2]!.indexOf('"50126"') + 7 });
    const cells = codeCells(index, text, 0, 3);
    assert.deepEqual(cells.map((c) => [c.span.line, c.code, c.outcome]), [[2, '50126', 'failure'], [3, '50074', 'interrupt']]);
  });

  it('a line far below a row, in text no row was read from, is looked at without walking every line up to it', () => {
    // 100,000 blank lines between two rows (in the fuzz suite: a dropped field of 3.5 million lines).
    const csv = ['User,Sign-in error code', 'a@contoso.com,50126', ...Array<string>(100_000).fill(''), 'b@contoso.com,50074'];
    const index = indexBytes(new TextEncoder().encode(csv.join('\n') + '\n'));
    let reads = 0;
    const text: TextLines = { lineCount: csv.length, lineAt: (l) => (reads++, csv[l] ?? '') };
    assert.equal(targetAt(index, text, catalog, 90_000, 0), undefined);
    assert.ok(reads < 1_000, `${reads} lines read`);
    assert.equal(targetAt(index, text, catalog, csv.length - 1, csv.at(-1)!.indexOf('50074'))?.kind, 'value');
  });

  it('a Graph JSON errorCode value and a diagnostic resultType', () => {
    const { index, text, lines } = open('signin-graph-ps.json');
    const at = find(lines, '"errorCode":  500121');
    const target = targetAt(index, text, catalog, at.line, at.character + 16);
    assert.equal(target?.kind === 'value' && target.records[0]!.code, '500121');
    const diag = open('signin-diagnostic.ndjson');
    const d = find(diag.lines, '"resultType":"');
    assert.equal(targetAt(diag.index, diag.text, catalog, d.line, d.character + 15)?.kind, 'value');
  });

  it('a classic Japanese password-reset report explains its Japanese details', () => {
    const { index, text, lines } = open('sspr-reset-activity-ja.csv');
    const at = find(lines, '24 時間ブロックされました');
    const target = targetAt(index, text, catalog, at.line, at.character);
    assert.equal(target?.kind === 'value' && target.records[0]!.outcome, 'blocked');
  });
});

describe('code cells to decorate', () => {
  it('one cell per row in the range, on the code column, with the row outcome', () => {
    const { index, text, lines } = open('signin-portal-57.csv');
    const cells = codeCells(index, text, 0, text.lineCount - 1);
    // Every row whose code cell is not empty (the portal leaves some success rows blank).
    const blank = lines.filter((l) => /^"\d{4}-/.test(l)).length - cells.length;
    assert.ok(cells.length >= index.rowCount - 2 && blank >= 0, `${cells.length} cells for ${index.rowCount} rows`);
    for (const cell of cells) {
      assert.equal(lines[cell.span.line]!.slice(cell.span.start, cell.span.end), `"${cell.code}"`);
      assert.equal(cell.outcome, index.outcome(cell.row));
    }
    const outcomes = new Set(cells.map((c) => c.outcome));
    for (const o of ['success', 'interrupt', 'failure', 'blocked']) assert.ok(outcomes.has(o as never), o);
  });

  it('only the rows overlapping the range', () => {
    const { index, text } = open('signin-portal-57.csv');
    const cells = codeCells(index, text, 3, 5);
    assert.ok(cells.length >= 2 && cells.length <= 3, String(cells.length));
    assert.ok(cells.every((c) => c.span.line >= 3 && c.span.line <= 5));
  });

  it('JSON: the errorCode value of each record', () => {
    const { index, text, lines } = open('signin-graph-ps.json');
    const cells = codeCells(index, text, 0, text.lineCount - 1);
    assert.equal(cells.length, index.rowCount);
    for (const cell of cells) assert.equal(lines[cell.span.line]!.slice(cell.span.start, cell.span.end), cell.code);
  });
});
