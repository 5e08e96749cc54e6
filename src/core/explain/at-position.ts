/**
 * What is under the cursor in an export opened as text: a code or value the catalog explains (with the row it belongs
 * to), or a CSV header / JSON key whose column can be described. Pure: the editor passes the lines it shows, the index
 * maps lines to rows. Cost per call: one binary search plus parsing one record (CSV) or one line (JSON).
 */
import type { Catalog, CatalogRecord, Family, Localized } from '../catalog';
import type { ReportIndex } from '../model/report-index';
import { roleColumns } from '../model/roles';
import { csvFieldSpans, jsonKeyAt, jsonPairs } from '../text/cells';
import { describeField } from './columns';

/** The lines of the document as the editor shows them (0-based). */
export interface TextLines {
  readonly lineCount: number;
  lineAt(line: number): string;
}

/** A span on one line, 0-based, end exclusive. */
export interface LineSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface RowContext {
  readonly row: number;
  readonly user: string;
  /** Milliseconds since the epoch (UTC), NaN when the row has no time. */
  readonly time: number;
  readonly app: string;
}

export type PositionTarget =
  | {
      readonly kind: 'value';
      readonly span: LineSpan;
      readonly value: string;
      /** Header or JSON key of the value. */
      readonly column: string;
      /** Records explaining the value: one, or one per part of a multi-value cell. */
      readonly records: readonly CatalogRecord[];
      readonly context?: RowContext;
    }
  | {
      readonly kind: 'column';
      readonly span: LineSpan;
      readonly column: string;
      readonly description: Localized;
      /** How detection found the column ('name' | 'position' | 'value'), CSV only. */
      readonly foundBy?: string;
      /** 1-based column number and count, CSV only. */
      readonly position?: { readonly index: number; readonly of: number };
    };

/** Longest CSV record (in lines) read back for one hover: a bigger one is not a real record. */
const MAX_RECORD_LINES = 200;

const DETAIL_FIELDS = new Set(['mfaResult', 'additionalDetails', 'resultDetail', 'details', 'result', 'reason', 'detail']);
const METHOD_FIELDS = new Set(['mfaMethod', 'method', 'methods', 'preferred', 'data']);
const METHOD_FAMILIES: readonly Family[] = ['auth-method', 'mfa-registration', 'registration-data'];

/** JSON keys whose values are codes of a known family, whatever kind of report holds them. */
const KEY_FAMILIES: Readonly<Record<string, readonly Family[]>> = {
  errorcode: ['signin-error'],
  resulttype: ['signin-error'],
  additionaldetails: ['mfa-detail'],
  authenticationstepresultdetail: ['mfa-detail'],
  authenticationmethod: ['auth-method'],
  authmethod: ['auth-method'],
  activitydisplayname: ['audit-activity'],
  operationname: ['audit-activity'],
  resultreason: ['audit-reason'],
  methodsregistered: ['mfa-registration'],
  userpreferredmethodforsecondaryauthentication: ['mfa-registration'],
  systempreferredauthenticationmethods: ['mfa-registration'],
};

export function rowContext(index: ReportIndex, row: number): RowContext {
  return { row, user: index.value('user', row), time: index.time(row), app: index.value('app', row) };
}

/** The CSV header row's line (the first non-blank line). */
export function headerLine(text: TextLines): number {
  for (let l = 0; l < text.lineCount; l++) if (text.lineAt(l).trim()) return l;
  return 0;
}

/** The record of `row` as text (its lines joined), with the line it starts on. */
export function recordText(index: ReportIndex, text: TextLines, row: number): { first: number; last: number; text: string } {
  const first = index.line(row) - 1;
  const nextStart = row + 1 < index.rowCount ? index.line(row + 1) - 1 : text.lineCount;
  const last = Math.max(first, Math.min(nextStart, text.lineCount, first + MAX_RECORD_LINES) - 1);
  const lines: string[] = [];
  for (let l = first; l <= last; l++) lines.push(l < text.lineCount ? text.lineAt(l) : '');
  return { first, last, text: lines.join('\n') };
}

/** Line and character of `offset` in a record text starting on line `first`. */
export function positionInRecord(record: string, first: number, offset: number): { line: number; character: number } {
  let line = first;
  let lineStart = 0;
  for (let nl = record.indexOf('\n'); nl !== -1 && nl < offset; nl = record.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, character: offset - lineStart };
}

function familiesForField(index: ReportIndex, field: string | undefined, codeField: string | undefined): readonly Family[] {
  const { codeFamilies, detailFamilies } = index.info;
  if (field && field === codeField) return codeFamilies;
  if (field && DETAIL_FIELDS.has(field)) return [...detailFamilies, ...codeFamilies];
  if (field && METHOD_FIELDS.has(field)) return METHOD_FAMILIES;
  if (field === 'activity') return ['audit-activity'];
  if (field) return []; // user, IP, app …: not codes
  // A column no layout names: a generic report may hold codes anywhere; in a known layout a number there is an
  // autonomous system number or a latency that merely looks like a sign-in code, so only text values are explained.
  return index.info.kind === 'generic' ? [...codeFamilies, ...detailFamilies] : [...detailFamilies, ...METHOD_FAMILIES];
}

function explain(catalog: Catalog, value: string, families: readonly Family[]): CatalogRecord[] {
  if (!value.trim() || families.length === 0) return [];
  return catalog.lookupParts(value, families);
}

export function targetAt(index: ReportIndex, text: TextLines, catalog: Catalog, line: number, character: number): PositionTarget | undefined {
  if (line < 0 || line >= text.lineCount) return undefined;
  return index.info.container === 'json' ? jsonTarget(index, text, catalog, line, character) : csvTarget(index, text, catalog, line, character);
}

function csvTarget(index: ReportIndex, text: TextLines, catalog: Catalog, line: number, character: number): PositionTarget | undefined {
  const { info } = index;
  const delimiter = info.csvDialect?.delimiter ?? ',';
  const fieldOfColumn = new Map(info.columns.filter((c) => c.column !== undefined).map((c) => [c.column!, c] as const));
  const codeField = roleColumns(info).code?.field;
  const header = headerLine(text);
  if (line === header) {
    const spans = csvFieldSpans(text.lineAt(line), delimiter);
    const at = spans.findIndex((s) => character >= s.start && character <= s.end);
    if (at < 0) return undefined;
    const column = fieldOfColumn.get(at);
    const description = describeField(info.kind, column?.field);
    if (!description) return undefined;
    const span = spans[at]!;
    return {
      kind: 'column',
      span: { line, start: span.start, end: span.end },
      column: span.value.trim(),
      description,
      ...(column ? { foundBy: column.source } : {}),
      position: { index: at + 1, of: spans.length },
    };
  }
  const row = index.rowAtLine(line + 1);
  if (row < 0) return undefined;
  const record = recordText(index, text, row);
  // A line past the lines taken for the record (text no row was read from, e.g. a dropped broken field of millions
  // of lines) is in no cell; counting the characters up to it took seconds on every hover there.
  if (line > record.last) return undefined;
  let offset = character;
  for (let l = record.first; l < line; l++) offset += text.lineAt(l).length + 1;
  const spans = csvFieldSpans(record.text, delimiter);
  const at = spans.findIndex((s) => offset >= s.start && offset <= s.end);
  if (at < 0) return undefined;
  const span = spans[at]!;
  const field = fieldOfColumn.get(at)?.field;
  const records = explain(catalog, span.value, familiesForField(index, field, codeField));
  if (records.length === 0) return undefined;
  const start = positionInRecord(record.text, record.first, span.start);
  const end = positionInRecord(record.text, record.first, span.end);
  return {
    kind: 'value',
    span: { line: start.line, start: start.character, end: start.line === end.line ? end.character : text.lineAt(start.line).length },
    value: span.value,
    column: info.headers?.[at]?.trim() ?? `#${at + 1}`,
    records,
    context: rowContext(index, row),
  };
}

function jsonTarget(index: ReportIndex, text: TextLines, catalog: Catalog, line: number, character: number): PositionTarget | undefined {
  const lineText = text.lineAt(line);
  const row = index.rowAtLine(line + 1);
  const pair = jsonPairs(lineText).find((p) => character >= p.valueStart && character <= p.valueEnd);
  if (pair) {
    const families = KEY_FAMILIES[pair.key.toLowerCase()] ?? [...index.info.codeFamilies, ...index.info.detailFamilies];
    const records = explain(catalog, pair.value, families);
    if (records.length === 0) return undefined;
    return {
      kind: 'value',
      span: { line, start: pair.valueStart, end: pair.valueEnd },
      value: pair.value,
      column: pair.key,
      records,
      ...(row >= 0 ? { context: rowContext(index, row) } : {}),
    };
  }
  const key = jsonKeyAt(lineText, character);
  if (key) {
    const field = fieldOfJsonKey(index, key.key);
    const description = describeField(index.info.kind, field);
    if (description) return { kind: 'column', span: { line, start: key.start, end: key.end }, column: key.key, description };
  }
  // A bare string in an array (`"methodsRegistered": [ "mobilePhone", … ]` spread over lines).
  const bare = /"([^"\\]*(?:\\.[^"\\]*)*)"/g; // unrolled: no stack per character (see text/cells)
  for (let m = bare.exec(lineText); m; m = bare.exec(lineText)) {
    if (character < m.index || character > m.index + m[0].length) continue;
    const records = explain(catalog, m[1]!, [...index.info.codeFamilies, ...index.info.detailFamilies, ...METHOD_FAMILIES]);
    if (records.length === 0) return undefined;
    return { kind: 'value', span: { line, start: m.index, end: m.index + m[0].length }, value: m[1]!, column: '', records, ...(row >= 0 ? { context: rowContext(index, row) } : {}) };
  }
  return undefined;
}

/** The kind's field read from a JSON key (the last segment of one of its paths). */
export function fieldOfJsonKey(index: ReportIndex, key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const column of index.info.columns) {
    for (const path of (column.path ?? '').split(' | ')) {
      const last = path.split('.').pop();
      if (last && last.toLowerCase() === lower) return column.field;
    }
  }
  return undefined;
}
