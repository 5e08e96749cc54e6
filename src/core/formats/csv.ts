/**
 * CSV/TSV records from a stream of text chunks, through papaparse, each with its line number and byte offset.
 *
 * papaparse's push parser (`Papa.Parser`) parses what it has and leaves the last, possibly incomplete row for the
 * next chunk; quoted commas and newlines inside fields work across chunk boundaries. A broken quote would otherwise
 * swallow the rest of the file into one field, so a row with a quoting error is reported at its line and parsing
 * resumes on the next line: the rows around a bad one are still read. That next line is skipped too when it is the end
 * of the broken row's multi-line field (`isQuotedFieldTail`).
 */
import Papa from 'papaparse';
import { encodedLength, type TextEncodingName } from './encoding';
import type { ParseProblemSink, RecordPosition } from './records';
import type { ReplacementWidths } from './replacement-widths';

export interface CsvDialect {
  readonly delimiter: ',' | '\t' | ';';
  readonly newline: '\r\n' | '\n' | '\r';
}

export interface CsvRow extends RecordPosition {
  readonly fields: string[];
}

export interface CsvRowSink extends ParseProblemSink {
  row(row: CsvRow): void;
}

/** An open quote spanning more lines than this is a broken quote, not a field: report it and move on. */
const MAX_LINES_IN_OPEN_QUOTE = 5_000;

/**
 * Whether the line after a row with a quoting error (without its line break) looks like the end of that row's field
 * begun on an earlier line: it does not begin with a quote, and either the file's rows do (its first row did: portal
 * exports quote every field) or a quote closing a field (followed by the delimiter or the line's end) comes before any
 * quote opening one. Read as a row of its own, such a line gave a fragment of the broken row (found by the fuzz suite:
 * a portal row whose failure reason spans two lines, with one quote broken).
 */
export function isQuotedFieldTail(code: (i: number) => number, start: number, end: number, delimiter: number, rowsBeginQuoted: boolean): boolean {
  const QUOTE = 34;
  if (end > start && code(end - 1) === 13) end--;
  if (start >= end || code(start) === QUOTE) return false;
  if (rowsBeginQuoted) return true;
  for (let i = start; i < end; i++) {
    const c = code(i);
    const next = i + 1 < end ? code(i + 1) : -1;
    if (c === delimiter && next === QUOTE) return false;
    if (c === QUOTE && (next === delimiter || next === -1)) return true;
  }
  return false;
}

/** Delimiter and line ending from the first line(s) of the file (quotes respected). */
export function sniffCsvDialect(head: string): CsvDialect {
  const candidates = [',', '\t', ';'] as const;
  const counts = new Map<string, number>(candidates.map((d) => [d, 0]));
  let inQuotes = false;
  let newline: CsvDialect['newline'] = '\n';
  for (let i = 0; i < head.length; i++) {
    const ch = head[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      newline = ch === '\r' ? (head[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
      break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let delimiter: CsvDialect['delimiter'] = ',';
  for (const d of candidates) if (counts.get(d)! > counts.get(delimiter)!) delimiter = d;
  return { delimiter, newline };
}

export class CsvReader {
  /** Text received but not yet parsed into complete rows. */
  private pending = '';
  /** Line number (1-based) and byte offset of `pending[0]`. */
  private line = 1;
  private byte: number;
  private readonly lineBreakChar: string;
  /** Newlines in `pending` so far: a quote left open for thousands of lines is a broken quote. */
  private pendingNewlines = 0;
  /** Odd number of `"` in `pending`: by a plain count, the incomplete row is inside a quoted field. */
  private pendingQuotesOdd = false;
  /** A row had a quoting error: the line it resumes on may be that row's tail (`isQuotedFieldTail`). */
  private afterQuoteError = false;
  /** The first row began with a quote: so do all rows of the file. */
  private rowsBeginQuoted = false;
  /** Characters decoded before `pending[0]` (positions in `widths`). */
  private pendingStart = 0;
  rows = 0;

  constructor(
    private readonly dialect: CsvDialect,
    private readonly encoding: TextEncodingName,
    startByte: number,
    private readonly sink: CsvRowSink,
    /** The decoder's widths of replacement characters, so offsets after bytes that did not decode stay exact. */
    private readonly widths?: ReplacementWidths,
  ) {
    this.byte = startByte;
    this.lineBreakChar = dialect.newline === '\r' ? '\r' : '\n';
  }

  push(text: string): void {
    if (!text) return;
    this.pending += text;
    this.pendingNewlines += countChar(text, this.lineBreakChar, 0, text.length);
    // papaparse re-reads all of `pending` on every parse, so parsing after each chunk while one huge field is open
    // (a 10 MB cell of JSON text) is quadratic. Parse only when the new text may complete a row: a line break
    // outside quotes by the quote count. Deferring a parse never changes its result (it is as if the chunks were
    // bigger); stray quotes in unquoted fields only defer rows to a later line break, the line limit or `end`.
    if (this.mayCompleteRow(text) || this.pendingNewlines > MAX_LINES_IN_OPEN_QUOTE) this.parse(false);
    // Rows are consumed as they complete, so many lines left pending means the first pending row opened a quote
    // that never closes: drop that row's first line and carry on.
    while (this.pendingNewlines > MAX_LINES_IN_OPEN_QUOTE) {
      this.sink.problem({ line: this.line, code: 'csv-quotes', detail: `quoted field still open after ${MAX_LINES_IN_OPEN_QUOTE} lines` });
      const nextLine = this.pending.indexOf(this.lineBreakChar);
      this.byte += this.bytesOf(this.pending, 0, nextLine + 1, this.pendingStart);
      this.line += 1;
      this.pending = this.pending.slice(nextLine + 1);
      this.pendingStart += nextLine + 1;
      this.pendingNewlines -= 1;
      this.parse(false);
    }
  }

  /** Whether `text`, appended to `pending`, has a line break after an even number of quotes; updates the count. */
  private mayCompleteRow(text: string): boolean {
    let odd = this.pendingQuotesOdd;
    let q = text.indexOf('"');
    for (let nl = text.indexOf(this.lineBreakChar); nl !== -1; nl = text.indexOf(this.lineBreakChar, nl + 1)) {
      for (; q !== -1 && q < nl; q = text.indexOf('"', q + 1)) odd = !odd;
      if (!odd) return true; // parse() recounts the quotes of what it leaves pending
    }
    for (; q !== -1; q = text.indexOf('"', q + 1)) odd = !odd;
    this.pendingQuotesOdd = odd;
    return false;
  }

  end(): void {
    this.parse(true);
    this.pending = '';
  }

  /** Bytes of `text[from, to)`, where `text[0]` is character `textStart` of the decoded stream. */
  private bytesOf(text: string, from: number, to: number, textStart: number): number {
    const bytes = encodedLength(text, from, to, this.encoding);
    return this.widths ? bytes + this.widths.extraBytes(textStart + from, textStart + to) : bytes;
  }

  /** Parses `pending` into rows; with `final` the last row is complete even without a line break. */
  private parse(final: boolean): void {
    const text = this.pending;
    const cursor = { char: 0, line: this.line, byte: this.byte };
    const advance = (to: number) => {
      cursor.line += countChar(text, this.lineBreakChar, cursor.char, to);
      cursor.byte += this.bytesOf(text, cursor.char, to, this.pendingStart);
      cursor.char = to;
    };
    let start = 0; // where the next row begins, in `text`
    for (;;) {
      if (this.afterQuoteError && text.charCodeAt(start) === 34) this.afterQuoteError = false; // never a tail
      if (this.afterQuoteError && (start < text.length || final)) {
        const nl = text.indexOf(this.lineBreakChar, start);
        if (nl === -1 && !final) break; // the whole line is needed: looked at again with more text
        this.afterQuoteError = false;
        const tail = isQuotedFieldTail((k) => text.charCodeAt(k), start, nl === -1 ? text.length : nl, this.dialect.delimiter.charCodeAt(0), this.rowsBeginQuoted);
        if (tail) {
          start = nl === -1 ? text.length : nl + 1;
          advance(start);
        }
      }
      let resumeAt = -1;
      let consumed = start;
      const parser = new Papa.Parser({
        delimiter: this.dialect.delimiter,
        newline: this.dialect.newline,
        quoteChar: '"',
        escapeChar: '"',
        skipEmptyLines: false,
        step: (result: Papa.ParseStepResult<string[]>) => {
          const rowStart = consumed;
          const rowEnd = start + result.meta.cursor;
          advance(rowStart);
          const quoteError = result.errors.find((e) => e.type === 'Quotes');
          if (quoteError) {
            this.sink.problem({ line: cursor.line, code: 'csv-quotes', detail: quoteError.message });
            const nextLine = text.indexOf(this.lineBreakChar, rowStart);
            resumeAt = nextLine === -1 ? text.length : nextLine + 1;
            parser.abort();
            return;
          }
          this.emit(result.data as unknown as string[][], text, rowStart, rowEnd, cursor.line, cursor.byte);
          consumed = rowEnd;
        },
      });
      const result = parser.parse(start === 0 ? text : text.slice(start), 0, !final);
      if (resumeAt >= 0) {
        advance(resumeAt);
        start = resumeAt;
        this.afterQuoteError = true;
        continue;
      }
      advance(final ? text.length : start + result.meta.cursor);
      break;
    }
    this.pending = text.slice(cursor.char);
    this.pendingStart += cursor.char;
    this.line = cursor.line;
    this.byte = cursor.byte;
    this.pendingNewlines = countChar(this.pending, this.lineBreakChar, 0, this.pending.length);
    this.pendingQuotesOdd = countChar(this.pending, '"', 0, this.pending.length) % 2 === 1;
  }

  private emit(data: string[][], text: string, rowStart: number, rowEnd: number, line: number, byte: number): void {
    const fields = data[0];
    if (!fields) return;
    let contentEnd = rowEnd;
    while (contentEnd > rowStart && (text[contentEnd - 1] === '\n' || text[contentEnd - 1] === '\r')) contentEnd--;
    // Blank lines are not rows.
    if (contentEnd === rowStart || (fields.length === 1 && fields[0]!.trim() === '')) return;
    if (this.rows === 0) this.rowsBeginQuoted = text.charCodeAt(rowStart) === 34;
    this.rows++;
    this.sink.row({ fields, line, byteOffset: byte, byteLength: this.bytesOf(text, rowStart, contentEnd, this.pendingStart) });
  }
}

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
