/**
 * JSON records from a stream of text chunks, without ever holding the file as one string.
 *
 * A record is one event object. The scanner finds them in every shape exporters write:
 * - a JSON array of objects (Graph, portal "Download JSON", `az` output);
 * - a Graph page or diagnostic wrapper: `{"@odata.context": …, "value": [ … ]}` / `{"records": [ … ]}`;
 * - several arrays one after another (PowerShell `Out-File -Append` of each page: `][`);
 * - NDJSON / JSON Lines and diagnostic-settings files: one object per line.
 * It tracks nesting and strings only; each record's text is then given to `JSON.parse`. A record that does not parse
 * is reported at its line and skipped; the records around it are still read. In NDJSON a record never spans lines, so
 * a line break inside one means it was cut off: it is reported and scanning resumes on the next line.
 */
import { encodedLength, type TextEncodingName } from './encoding';
import type { ParseProblemSink, RecordPosition } from './records';
import type { ReplacementWidths } from './replacement-widths';

export interface JsonRecord extends RecordPosition {
  readonly value: Record<string, unknown>;
}

export interface JsonRecordSink extends ParseProblemSink {
  record(record: JsonRecord): void;
}

/** Keys of a top-level object whose array holds the records (Graph paging, Event Hub/storage diagnostic wrappers). */
const WRAPPER_KEYS = new Set(['value', 'records']);

/** No single sign-in or audit event comes near this; a bigger "record" is a structure we do not understand. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Characters of unexpected text quoted in its problem. */
const UNEXPECTED_SNIPPET = 20;

const enum Ch {
  Quote = 34,
  Backslash = 92,
  OpenBrace = 123,
  CloseBrace = 125,
  OpenBracket = 91,
  CloseBracket = 93,
  Colon = 58,
  Comma = 44,
  Newline = 10,
}

interface Container {
  readonly kind: 'object' | 'array';
  /** Objects directly inside this array are records. */
  holdsRecords: boolean;
  /** This object is a record being captured. */
  readonly isRecord: boolean;
  /** A top-level object that may be a record or a wrapper; decided when its keys are seen. */
  readonly topLevel: boolean;
}

export class JsonRecordScanner {
  private readonly stack: Container[] = [];
  private inString = false;
  private backslashRun = 0;
  /** The last short string seen directly inside a top-level object, and whether it was followed by ':'. */
  private lastKeyCandidate = '';
  private currentKey = '';
  private stringStart = -1;
  /** Start of a short top-level string cut by the chunk boundary (a wrapper key such as `value`). */
  private partialKey = '';
  /** Record being captured: parts from earlier chunks, and where it starts in the current one. */
  private recordParts: string[] = [];
  private recordStart = -1;
  private recordLine = 0;
  private recordByte = 0;
  private recordContainerDepth = -1;
  private recordChars = 0;
  /** Position bookkeeping: line and byte offset at `posChar` of the current chunk. */
  private line = 1;
  private byte: number;
  private posChar = 0;
  private chunk = '';
  /** Characters in the chunks before the current one (positions in `widths`). */
  private charsBefore = 0;
  /** Records seen so far, and whether every one of them started and ended on one line (NDJSON). */
  records = 0;
  private singleLineRecords = true;
  private unexpectedReportedAtLine = -1;
  /** Unexpected text reported once its snippet (up to 20 characters, to the end of its line) is complete. */
  private unexpectedPending?: { line: number; snippet: string };
  private chunkStartsLine = true;
  /**
   * Line breaks of the current chunk for position bookkeeping and for the raw-line-break check in strings; each is
   * searched forward only. Searching again from every string and record start would scan a single-line chunk
   * (compact Graph JSON) to its end each time: quadratic in the chunk size.
   */
  private readonly advanceNewlines = new NewlineCursor();
  private readonly stringNewlines = new NewlineCursor();
  /** The chunk ended with a raw line break inside a string of a record: a `{` next means the record was cut off. */
  private rawBreakAtChunkEnd = false;

  constructor(
    private readonly encoding: TextEncodingName,
    startByte: number,
    private readonly sink: JsonRecordSink,
    /** The decoder's widths of replacement characters, so offsets after bytes that did not decode stay exact. */
    private readonly widths?: ReplacementWidths,
  ) {
    this.byte = startByte;
  }

  push(text: string): void {
    this.chunk = text;
    this.posChar = 0;
    this.advanceNewlines.reset(text);
    this.stringNewlines.reset(text);
    if (this.inString) this.stringStart = 0;
    const n = text.length;
    let i = 0;
    if (this.unexpectedPending) this.continueUnexpected(text);
    if (this.rawBreakAtChunkEnd && this.inString && this.inRecord() && text.charCodeAt(0) === Ch.OpenBrace) {
      // The line break that cut the record ended the previous chunk; the new record starts here.
      this.cutRecord(0, 'the record is cut off inside a string');
    }
    this.rawBreakAtChunkEnd = false;
    while (i < n) {
      if (this.inString) {
        i = this.scanString(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      switch (c) {
        case Ch.Quote:
          this.inString = true;
          this.backslashRun = 0;
          this.stringStart = i + 1;
          i++;
          continue;
        case Ch.OpenBrace:
          // Pretty printers indent nested objects, so `{` at the start of a line while a record is still open
          // means that record was cut off and a new one begins.
          if (this.inRecord() && (i > 0 ? text.charCodeAt(i - 1) === Ch.Newline : this.chunkStartsLine)) {
            this.cutRecord(i, 'a new record starts before this one is closed');
          }
          this.open('object', i);
          break;
        case Ch.OpenBracket:
          this.open('array', i);
          break;
        case Ch.CloseBrace:
        case Ch.CloseBracket:
          this.close(c === Ch.CloseBrace ? 'object' : 'array', i);
          break;
        case Ch.Colon:
          if (this.top()?.topLevel) this.currentKey = this.lastKeyCandidate;
          break;
        case Ch.Comma:
          if (this.top()?.topLevel) this.currentKey = '';
          break;
        case Ch.Newline:
          if (this.inRecord() && this.isNdjson()) this.cutRecord(i, 'the line ends inside the record');
          break;
        default:
          if (this.stack.length === 0 && !isJsonWhitespace(c)) this.unexpected(i);
      }
      i++;
    }
    if (this.recordStart >= 0) {
      this.recordParts.push(text.slice(this.recordStart));
      this.recordChars += text.length - this.recordStart;
      this.recordStart = 0;
      if (this.recordChars > MAX_RECORD_CHARS) {
        this.sink.problem({ line: this.recordLine, code: 'json-syntax', detail: `record larger than ${MAX_RECORD_CHARS / 1048576} MB; skipped` });
        // Structure tracking goes on; the object just is not captured, and its close emits nothing.
        this.abandonRecord();
      }
    }
    this.advanceTo(n);
    this.chunkStartsLine = n > 0 && text.charCodeAt(n - 1) === Ch.Newline;
    this.chunk = '';
    this.charsBefore += n;
  }

  private inRecord(): boolean {
    return this.recordStart >= 0 || this.recordParts.length > 0;
  }

  end(): void {
    this.flushUnexpected();
    if (this.inRecord()) {
      this.sink.problem({ line: this.recordLine, code: 'json-truncated' });
    } else if (this.stack.length > 0) {
      this.sink.problem({ line: this.line, code: 'json-unclosed' });
    }
    this.recordParts = [];
    this.recordStart = -1;
  }

  private top(): Container | undefined {
    return this.stack[this.stack.length - 1];
  }

  private scanString(text: string, from: number): number {
    let i = from;
    const n = text.length;
    for (;;) {
      const q = text.indexOf('"', i);
      const end = q === -1 ? n : q;
      // Count backslashes immediately before the quote (they may continue a run from the previous chunk).
      let k = end - 1;
      while (k >= i && text.charCodeAt(k) === Ch.Backslash) k--;
      const run = end - 1 - k;
      const totalRun = k < i ? this.backslashRun + run : run;
      if (q !== -1 && totalRun % 2 === 1) {
        // Escaped quote: keep going.
        i = q + 1;
        this.backslashRun = 0;
        continue;
      }
      const cut = this.rawLineBreakCut(text, i, end); // [from, i) was checked before the escaped quote
      if (cut >= 0) return cut;
      if (q === -1) {
        this.backslashRun = totalRun;
        const top = this.top();
        this.partialKey = top?.topLevel && this.stringStart >= 0 && n - this.stringStart <= 64 ? this.partialKey + text.slice(this.stringStart) : '';
        return n;
      }
      this.inString = false;
      this.backslashRun = 0;
      const top = this.top();
      const candidate = this.partialKey + text.slice(Math.max(this.stringStart, 0), q);
      this.lastKeyCandidate = top?.topLevel && this.stringStart >= 0 && candidate.length <= 64 ? candidate : '';
      this.partialKey = '';
      this.stringStart = -1;
      return q + 1;
    }
  }

  /**
   * A raw line break is never valid inside a JSON string. When it is followed by `{` (or in NDJSON, always) the
   * record was cut off there: report it and resume at the line break. Returns where to resume, or -1.
   */
  private rawLineBreakCut(text: string, from: number, to: number): number {
    if (!this.inRecord()) return -1;
    for (let nl = this.stringNewlines.next(from); nl < to; nl = this.stringNewlines.next(nl + 1)) {
      if (this.isNdjson() || text.charCodeAt(nl + 1) === Ch.OpenBrace) {
        this.cutRecord(nl, 'the record is cut off inside a string');
        return nl;
      }
      // What follows the line break is in the next chunk: look at it there (see `push`).
      if (nl + 1 === text.length) this.rawBreakAtChunkEnd = true;
    }
    return -1;
  }

  private isNdjson(): boolean {
    return this.records > 0 && this.singleLineRecords && this.stack[0]?.isRecord === true;
  }

  private open(kind: Container['kind'], i: number): void {
    const parent = this.top();
    if (!parent) {
      if (kind === 'array') {
        this.stack.push({ kind, holdsRecords: true, isRecord: false, topLevel: false });
      } else {
        this.startRecord(i);
        this.stack.push({ kind, holdsRecords: false, isRecord: true, topLevel: true });
        this.currentKey = '';
        this.lastKeyCandidate = '';
      }
      return;
    }
    if (kind === 'array' && parent.topLevel && WRAPPER_KEYS.has(this.currentKey)) {
      // `{"value": [ … ]}`: the object is a wrapper, not a record; its array holds the records.
      this.abandonRecord();
      this.stack.push({ kind, holdsRecords: true, isRecord: false, topLevel: false });
      return;
    }
    if (kind === 'object' && parent.holdsRecords) {
      this.startRecord(i);
      this.stack.push({ kind, holdsRecords: false, isRecord: true, topLevel: false });
      return;
    }
    if (parent.holdsRecords && this.recordContainerDepth < 0) {
      // An array inside a record array, e.g. `[[{…}]]`: its objects are records too.
      this.stack.push({ kind, holdsRecords: kind === 'array', isRecord: false, topLevel: false });
      return;
    }
    this.stack.push({ kind, holdsRecords: false, isRecord: false, topLevel: false });
  }

  private close(kind: Container['kind'], i: number): void {
    const top = this.stack.pop();
    if (!top) {
      this.unexpected(i);
      return;
    }
    if (top.kind !== kind) {
      // Mismatched bracket: the structure is broken; report and drop whatever record is open.
      if (this.recordStart >= 0 || this.recordParts.length) {
        this.sink.problem({ line: this.recordLine, code: 'json-syntax', detail: 'mismatched brackets' });
        this.abandonRecord();
      }
      this.stack.length = 0;
      return;
    }
    if (top.isRecord && this.inRecord()) {
      this.finishRecord(i + 1);
    } else if (this.stack.length === 0) {
      this.currentKey = '';
    }
    if (this.stack.length < this.recordContainerDepth) this.recordContainerDepth = -1;
  }

  private startRecord(i: number): void {
    this.advanceTo(i);
    this.recordStart = i;
    this.recordParts = [];
    this.recordLine = this.line;
    this.recordByte = this.byte;
    this.recordContainerDepth = this.stack.length;
  }

  private abandonRecord(): void {
    this.recordStart = -1;
    this.recordParts = [];
    this.recordChars = 0;
    this.recordContainerDepth = -1;
  }

  private finishRecord(end: number): void {
    const tail = this.chunk.slice(this.recordStart, end);
    const text = this.recordParts.length ? this.recordParts.join('') + tail : tail;
    this.abandonRecord();
    this.advanceTo(end);
    if (this.line !== this.recordLine) this.singleLineRecords = false;
    this.records++;
    const position = { line: this.recordLine, byteOffset: this.recordByte, byteLength: this.byte - this.recordByte };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.sink.problem({ line: this.recordLine + lineOfJsonError(text, error), code: 'json-syntax', detail: jsonErrorText(error) });
      return;
    }
    this.sink.record({ ...position, value: value as Record<string, unknown> });
  }

  /** Reports the open record as cut off and returns to the container that held it. */
  private cutRecord(i: number, detail: string): void {
    this.sink.problem({ line: this.recordLine, code: 'json-truncated', detail });
    this.stack.length = Math.max(this.recordContainerDepth, 0);
    this.abandonRecord();
    this.inString = false;
    this.partialKey = '';
    this.stringStart = -1;
    this.advanceTo(i);
  }

  private unexpected(i: number): void {
    const c = this.chunk.charCodeAt(i);
    if (c === 0xfeff || c === Ch.Comma) return; // a BOM of an appended file; a comma between NDJSON records
    this.advanceTo(i);
    if (this.unexpectedReportedAtLine === this.line) return;
    this.unexpectedReportedAtLine = this.line;
    this.flushUnexpected();
    this.unexpectedPending = { line: this.line, snippet: '' };
    // The snippet may go on in the next chunk; the problem is reported once it is complete, whatever the chunking.
    this.continueUnexpected(this.chunk.slice(i));
  }

  /** Adds the start of `text` to the pending snippet; reports it when it is 20 characters long or its line ends. */
  private continueUnexpected(text: string): void {
    const pending = this.unexpectedPending!;
    const nl = text.indexOf('\n');
    const room = UNEXPECTED_SNIPPET - pending.snippet.length;
    pending.snippet += text.slice(0, nl === -1 ? room : Math.min(nl, room));
    if (nl !== -1 || pending.snippet.length >= UNEXPECTED_SNIPPET) this.flushUnexpected();
  }

  private flushUnexpected(): void {
    const pending = this.unexpectedPending;
    if (!pending) return;
    this.unexpectedPending = undefined;
    this.sink.problem({ line: pending.line, code: 'json-unexpected-text', detail: JSON.stringify(pending.snippet.replace(/\r$/, '')) });
  }

  private advanceTo(i: number): void {
    if (i <= this.posChar) return;
    const text = this.chunk;
    for (let nl = this.advanceNewlines.next(this.posChar); nl < i; nl = this.advanceNewlines.next(nl + 1)) this.line++;
    this.byte += encodedLength(text, this.posChar, i, this.encoding);
    if (this.widths) this.byte += this.widths.extraBytes(this.charsBefore + this.posChar, this.charsBefore + i);
    this.posChar = i;
  }
}

/** The next '\n' in a chunk, for positions that only move forward: each search resumes where the last one ended. */
class NewlineCursor {
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

function isJsonWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

function jsonErrorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lines into `text` where JSON.parse stopped, from the "position N" in V8's message (0 when unknown). */
function lineOfJsonError(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(jsonErrorText(error));
  if (!m) return 0;
  const pos = Math.min(Number(m[1]), text.length);
  let lines = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < pos; nl = text.indexOf('\n', nl + 1)) lines++;
  return lines;
}
