/**
 * Text helpers of the JSON record scanner (`json.ts`): line and byte positions, what comes before a position on its
 * line (across chunk boundaries), where a record begins again after text that broke the structure, and the report of
 * unexpected text.
 */
import { encodedLength, type TextEncodingName } from './encoding';
import type { ParseProblem, ParseProblemSink } from './records';
import type { ReplacementWidths } from './replacement-widths';

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const OPEN_BRACE = 123;

/** Characters of JSON numbers and of `true`, `false` and `null`: the values besides strings an array may hold. */
export const SCALAR_CHAR = /[-+.0-9eEtrufalsn]/;

export function isJsonWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

/** The next '\n' in a chunk, for positions that only move forward: each search resumes where the last one ended. */
export class NewlineCursor {
  private text = '';
  /** The first '\n' at or after every position asked so far (text length when none). */
  private found = -1;

  reset(text: string): void {
    this.text = text;
    this.found = -1;
  }

  /** Position of the first '\n' at or after `at` (at least every earlier `at`), or the text length. */
  next(at: number): number {
    if (this.found < at) {
      const nl = this.text.indexOf('\n', at);
      this.found = nl === -1 ? this.text.length : nl;
    }
    return this.found;
  }
}

/** Line and byte offset of a position that only moves forward through the chunks. */
export class ChunkPosition {
  line = 1;
  byte: number;
  /** The position in the current chunk that `line` and `byte` are at. */
  at = 0;
  private chunk = '';
  /** Characters in the chunks before the current one (positions in `widths`). */
  private charsBefore = 0;
  /**
   * Searched forward only: searching again from every record start would scan a single-line chunk (compact Graph
   * JSON) to its end each time, quadratic in the chunk size.
   */
  private readonly newlines = new NewlineCursor();

  constructor(
    private readonly encoding: TextEncodingName,
    startByte: number,
    /** The decoder's widths of replacement characters, so offsets after bytes that did not decode stay exact. */
    private readonly widths?: ReplacementWidths,
  ) {
    this.byte = startByte;
  }

  startChunk(text: string): void {
    this.chunk = text;
    this.at = 0;
    this.newlines.reset(text);
  }

  endChunk(): void {
    this.advanceTo(this.chunk.length);
    this.charsBefore += this.chunk.length;
    this.chunk = '';
  }

  advanceTo(i: number): void {
    if (i <= this.at) return;
    for (let nl = this.newlines.next(this.at); nl < i; nl = this.newlines.next(nl + 1)) this.line++;
    this.byte += encodedLength(this.chunk, this.at, i, this.encoding);
    if (this.widths) this.byte += this.widths.extraBytes(this.charsBefore + this.at, this.charsBefore + i);
    this.at = i;
  }
}

/**
 * Unexpected text, reported once per line with a snippet of up to `SNIPPET` characters (never past the end of its
 * line). The snippet may go on in the next chunk; the problem is reported once it is complete, whatever the chunking.
 */
export class UnexpectedText {
  static readonly SNIPPET = 20;
  private reportedAtLine = -1;
  private pending?: { line: number; snippet: string };

  constructor(private readonly sink: ParseProblemSink) {}

  /** Unexpected text at `line`, beginning with `start` and going on with `text` (the rest of the chunk). */
  report(line: number, start: string, text: string): void {
    if (this.reportedAtLine === line) return;
    this.reportedAtLine = line;
    this.flush();
    this.pending = { line, snippet: start.slice(0, UnexpectedText.SNIPPET) };
    this.continue(text);
  }

  /** Adds the start of `text` (the next chunk) to a snippet still pending. */
  continue(text: string): void {
    const pending = this.pending;
    if (!pending) return;
    const nl = text.indexOf('\n');
    const room = UnexpectedText.SNIPPET - pending.snippet.length;
    pending.snippet += text.slice(0, nl === -1 ? room : Math.min(nl, room));
    if (nl !== -1 || pending.snippet.length >= UnexpectedText.SNIPPET) this.flush();
  }

  flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.sink.problem({ line: pending.line, code: 'json-unexpected-text', detail: JSON.stringify(pending.snippet.replace(/\r$/, '')) });
  }
}

/**
 * What comes before a position of the current chunk, looking back into earlier chunks when it must: the indentation
 * when only spaces and tabs precede it on its line, and the last character that is not whitespace. Asked only where a
 * record may begin, so nothing is tracked per character.
 */
export class TextBehind {
  /** Spaces and tabs since the line start at the end of the earlier chunks; -1 when other text came after it. */
  private indentCarry = 0;
  /** The last non-whitespace character of the earlier chunks (0 when none). */
  private lastCarry = 0;
  /** Characters of a word (`SCALAR_CHAR`s) that ended the earlier chunks, up to a snippet's length. */
  private wordCarry = '';

  /** Spaces and tabs between the line start and `i` when nothing else is there; otherwise -1. */
  indentBefore(text: string, i: number): number {
    let k = i - 1;
    while (k >= 0 && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k--;
    if (k < 0) return this.indentCarry < 0 ? -1 : this.indentCarry + i;
    return text.charCodeAt(k) === NEWLINE ? i - k - 1 : -1;
  }

  /** The last character before `i` that is not whitespace, in this chunk or an earlier one (0 when none). */
  charBefore(text: string, i: number): number {
    let k = i - 1;
    while (k >= 0 && isJsonWhitespace(text.charCodeAt(k))) k--;
    return k < 0 ? this.lastCarry : text.charCodeAt(k);
  }

  /** The word of `SCALAR_CHAR`s that ends just before `i`, in this chunk and earlier ones (up to 20 characters). */
  wordBefore(text: string, i: number): string {
    let k = i;
    while (k > 0 && i - k < UnexpectedText.SNIPPET && SCALAR_CHAR.test(text[k - 1]!)) k--;
    const word = text.slice(k, i);
    return k === 0 ? (this.wordCarry + word).slice(-UnexpectedText.SNIPPET) : word;
  }

  /** Carries what the end of `text` says about the line and the last character into the next chunk. */
  endChunk(text: string): void {
    this.indentCarry = this.indentBefore(text, text.length);
    this.lastCarry = this.charBefore(text, text.length);
    this.wordCarry = this.wordBefore(text, text.length);
  }
}

/**
 * Skipping text that broke the structure (a string running past its line, a mismatched bracket) to the next line that
 * begins with `{` at column 0 or at the records' indentation: where pretty printers put the next record. Line by line,
 * across chunk boundaries; the problem is reported once that line is found.
 */
export class Resync {
  /** Spaces and tabs seen so far on the current line; -1 once anything else was. */
  private column = -1;
  /** Line breaks passed since the broken text. */
  private linesPassed = 0;

  constructor(
    private readonly line: number,
    /**
     * A string of an open record ran past its line: the record was cut off when the very next line begins a record
     * (or the file ends); otherwise a quote is missing or one too many. Anything else is invalid JSON.
     */
    private readonly mayBeCutOff: boolean,
    private readonly detail: string,
    /** Stack depth of the scanner to return to when the next record begins at the records' indentation. */
    readonly depth: number,
  ) {}

  /** Indentation of the `{` that `find` returned. */
  get indent(): number {
    return this.column;
  }

  /** The `{` at or after `from` that begins a record's line, or -1 when the chunk ends first. */
  find(text: string, from: number, recordIndent: number): number {
    const n = text.length;
    let i = from;
    while (i < n) {
      if (this.column < 0) {
        const nl = text.indexOf('\n', i);
        if (nl === -1) return -1;
        this.column = 0;
        this.linesPassed++;
        i = nl + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB) this.column++;
      else if (c === NEWLINE) {
        this.column = 0;
        this.linesPassed++;
      } else if (c === OPEN_BRACE && (this.column === 0 || this.column === recordIndent)) return i;
      else this.column = -1;
      i++;
    }
    return -1;
  }

  /** The problem to report, once a record begins again (or the file ends). */
  problem(atEnd: boolean): ParseProblem {
    if (this.mayBeCutOff && (atEnd || this.linesPassed === 1)) return { line: this.line, code: 'json-truncated', detail: 'the record is cut off inside a string' };
    return { line: this.line, code: 'json-syntax', detail: this.detail };
  }
}

export function jsonErrorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lines into `text` where JSON.parse stopped, from the "position N" in V8's message (0 when unknown). */
export function lineOfJsonError(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(jsonErrorText(error));
  if (!m) return 0;
  const pos = Math.min(Number(m[1]), text.length);
  let lines = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < pos; nl = text.indexOf('\n', nl + 1)) lines++;
  return lines;
}
