/**
 * The code cells in a range of lines, with their row's outcome: what the editor decorates. Only the rows whose records
 * overlap the range are looked at (binary search, then one record each), so the cost follows the visible lines, not the
 * file.
 */
import type { Localized, Outcome } from '../catalog';
import type { ReportIndex } from '../model/report-index';
import { roleColumns } from '../model/roles';
import { csvFieldSpans, jsonPairs } from '../text/cells';
import { positionInRecord, recordText, type LineSpan, type TextLines } from './at-position';

export interface CodeCell {
  readonly span: LineSpan;
  readonly row: number;
  readonly code: string;
  readonly outcome: Outcome;
  readonly label?: Localized;
}

/** Code cells of the rows overlapping lines [from, to] (0-based, inclusive). */
export function codeCells(index: ReportIndex, text: TextLines, from: number, to: number): CodeCell[] {
  if (index.rowCount === 0) return [];
  const first = Math.max(0, index.rowAtLine(from + 1));
  const cells: CodeCell[] = [];
  const json = index.info.container === 'json';
  const codeColumn = roleColumns(index.info).code?.column;
  const codeKeys = json ? jsonCodeKeys(index) : undefined;
  for (let row = first; row < index.rowCount && index.line(row) - 1 <= to; row++) {
    const code = index.value('code', row);
    if (!code) continue;
    const cell = json ? jsonCell(index, text, row, code, codeKeys!, from, to) : csvCell(index, text, row, codeColumn);
    if (!cell || cell.line < from || cell.line > to) continue;
    const label = index.codeRecord(row)?.label;
    cells.push({ span: cell, row, code, outcome: index.outcome(row), ...(label ? { label } : {}) });
  }
  return cells;
}

function csvCell(index: ReportIndex, text: TextLines, row: number, codeColumn: number | undefined): LineSpan | undefined {
  if (codeColumn === undefined) return undefined;
  const record = recordText(index, text, row);
  const span = csvFieldSpans(record.text, index.info.csvDialect?.delimiter ?? ',')[codeColumn];
  // An empty cell (a success row the portal left blank) has no code to mark.
  if (!span || !span.value.trim()) return undefined;
  const start = positionInRecord(record.text, record.first, span.start);
  const end = positionInRecord(record.text, record.first, span.end);
  if (start.line !== end.line) return undefined; // a code never spans lines; a cell that does is not one
  return { line: start.line, start: start.character, end: end.character };
}

/** Keys whose value can be the row's code: the last segment of each path of the code, reason and activity fields. */
function jsonCodeKeys(index: ReportIndex): Set<string> {
  const keys = new Set<string>();
  for (const column of index.info.columns) {
    if (!['code', 'reason', 'activity', 'resultDetail', 'methods', 'status'].includes(column.field)) continue;
    for (const path of (column.path ?? '').split(' | ')) {
      const last = path.split('.').pop();
      if (last) keys.add(last.toLowerCase());
    }
  }
  return keys;
}

function jsonCell(index: ReportIndex, text: TextLines, row: number, code: string, keys: Set<string>, from: number, to: number): LineSpan | undefined {
  const first = index.line(row) - 1;
  const next = row + 1 < index.rowCount ? index.line(row + 1) - 2 : text.lineCount - 1;
  for (let line = Math.max(first, from); line <= Math.min(next, to, text.lineCount - 1); line++) {
    for (const pair of jsonPairs(text.lineAt(line))) {
      if (keys.has(pair.key.toLowerCase()) && pair.value === code) return { line, start: pair.valueStart, end: pair.valueEnd };
    }
  }
  return undefined;
}
