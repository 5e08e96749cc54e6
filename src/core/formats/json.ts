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
 *
 * Broken structure is recovered from by lines, the way exporters lay records out: a `{` first on its line at the
 * indentation of the records (or at column 0) begins a record, so one that opens there while another is still open
 * means that one was cut off. A string running past the end of its line (a quote missing or one too many) or a
 * mismatched bracket inside a record throws every later quote and bracket off, so scanning skips to the next such line
 * (`RecordLineFinder`). Text between records that is no JSON value is reported, never dropped in silence.
 */
import type { TextEncodingName } from './encoding';
import type { ParseProblemSink, RecordPosition } from './records';
import { ChunkPosition, isJsonWhitespace, jsonErrorText, lineOfJsonError, NewlineCursor, Resync, SCALAR_CHAR, TextBehind, UnexpectedText } from './json-text';
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
  /** Line and byte offset of the scan (moved forward only where a position is needed). */
  private readonly pos: ChunkPosition;
  private chunk = '';
  /** Records seen so far, and whether every one of them started and ended on one line (NDJSON). */
  records = 0;
  private singleLineRecords = true;
  private readonly unexpectedText: UnexpectedText;
  /** Line breaks of the current chunk for the raw-line-break check in strings (searched forward only). */
  private readonly stringNewlines = new NewlineCursor();
  /** Indentation of the latest record's `{` when it was first on its line (-1 otherwise, or before any record). */
  private recordIndent = -1;
  private readonly behind = new TextBehind();
  /** Set while skipping broken text to the next line that begins a record; `inString` is set meanwhile too. */
  private resync?: Resync;

  constructor(
    encoding: TextEncodingName,
    startByte: number,
    private readonly sink: JsonRecordSink,
    /** The decoder's widths of replacement characters, so offsets after bytes that did not decode stay exact. */
    widths?: ReplacementWidths,
  ) {
    this.pos = new ChunkPosition(encoding, startByte, widths);
    this.unexpectedText = new UnexpectedText(sink);
  }

  push(text: string): void {
    this.chunk = text;
    this.pos.startChunk(text);
    this.stringNewlines.reset(text);
    if (this.inString) this.stringStart = 0;
    const n = text.length;
    let i = 0;
    this.unexpectedText.continue(text);
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
          // Pretty printers indent nested objects deeper than records, so `{` first on its line at the records'
          // indentation (or at column 0) while a record is still open means that record was cut off.
          if (this.inRecord()) {
            const indent = this.behind.indentBefore(text, i);
            if (indent === 0 || (indent > 0 && indent === this.recordIndent)) {
              this.cutRecord(i, 'a new record starts before this one is closed', this.depthForRecordAt(indent, this.recordContainerDepth));
            }
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
          if (this.recordStart < 0 && !isJsonWhitespace(c)) this.outsideRecord(text, i);
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
    this.pos.endChunk();
    this.behind.endChunk(text);
    this.chunk = '';
  }

  private inRecord(): boolean {
    return this.recordStart >= 0 || this.recordParts.length > 0;
  }

  end(): void {
    this.unexpectedText.flush();
    if (this.resync) {
      this.sink.problem(this.resync.problem(true));
    } else if (this.inRecord()) {
      this.sink.problem({ line: this.recordLine, code: 'json-truncated' });
    } else if (this.stack.length > 0) {
      this.sink.problem({ line: this.pos.line, code: 'json-unclosed' });
    }
    this.recordParts = [];
    this.recordStart = -1;
  }

  private top(): Container | undefined {
    return this.stack[this.stack.length - 1];
  }

  private scanString(text: string, from: number): number {
    if (this.resync) return this.continueResync(text, from);
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
      const cut = this.rawLineBreakCut(i, end); // [from, i) was checked before the escaped quote
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
   * A raw line break is never valid inside a JSON string: the string was cut off, or a quote is missing or one too
   * many and every later quote is off. In NDJSON the record is cut at the line break; otherwise scanning skips to the
   * next line that begins a record. Returns where to resume, or -1 when the string has no line break.
   */
  private rawLineBreakCut(from: number, to: number): number {
    const nl = this.stringNewlines.next(from);
    if (nl >= to) return -1;
    if (this.inRecord() && this.isNdjson()) {
      this.cutRecord(nl, 'the record is cut off inside a string');
      return nl;
    }
    this.startResync(nl, 'a string runs past the end of its line: a quote is missing or one too many', true);
    return nl;
  }

  /** Drops the open record (if any) and skips, from `i`, to the next line that begins a record (see `Resync`). */
  private startResync(i: number, detail: string, inString = false): void {
    this.pos.advanceTo(i);
    const inRecord = this.inRecord();
    const depth = inRecord ? Math.max(this.recordContainerDepth, 0) : this.stack.length;
    this.resync = new Resync(inRecord ? this.recordLine : this.pos.line, inRecord && inString, detail, depth);
    this.abandonRecord();
    this.inString = true; // scanning goes through `scanString`, which hands it to `continueResync`
    this.partialKey = '';
    this.stringStart = -1;
  }

  /** Looks for the next line that begins a record; resumes scanning at its `{`, or skips the rest of the chunk. */
  private continueResync(text: string, from: number): number {
    const resync = this.resync!;
    const at = resync.find(text, from, this.recordIndent);
    if (at < 0) return text.length;
    this.sink.problem(resync.problem(false));
    this.resync = undefined;
    this.stack.length = Math.min(this.stack.length, this.depthForRecordAt(resync.indent, resync.depth));
    this.inString = false;
    this.backslashRun = 0;
    return at;
  }

  /**
   * Stack depth for a record that begins at `indent`: its container's (`depth`), except that a record at column 0
   * while records were indented is the first of another file or page appended to this one (top level).
   */
  private depthForRecordAt(indent: number, depth: number): number {
    return indent === 0 && this.recordIndent > 0 ? 0 : Math.max(depth, 0);
  }

  /** Every record so far was on one line, and the open one is at the top level (a page's records are in its array). */
  private isNdjson(): boolean {
    return this.records > 0 && this.singleLineRecords && this.recordContainerDepth === 0;
  }

  private open(kind: Container['kind'], i: number): void {
    const parent = this.top();
    if ((!parent || parent.holdsRecords) && this.recordStart < 0 && this.afterKeyOnItsLine(i)) {
      // A value after a key where records are listed: the rest of a broken record (`{}}"a":{…}`), not a record.
      this.stack.push({ kind, holdsRecords: false, isRecord: false, topLevel: false });
      return;
    }
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

  /** Whether `i` follows a `:` on its own line (a record first on its line is one, whatever came before). */
  private afterKeyOnItsLine(i: number): boolean {
    return this.behind.charBefore(this.chunk, i) === Ch.Colon && this.behind.indentBefore(this.chunk, i) < 0;
  }

  private close(kind: Container['kind'], i: number): void {
    const top = this.top();
    if (!top || (top.kind !== kind && !this.inRecord())) {
      // A bracket that closes nothing open between records (`{}}`): reported and passed over.
      this.unexpected(i);
      return;
    }
    if (top.kind !== kind) {
      // A mismatched bracket inside a record: the record is broken, and so is the count of what is open.
      this.startResync(i, 'mismatched brackets');
      return;
    }
    this.stack.pop();
    if (top.isRecord && this.inRecord()) {
      this.finishRecord(i + 1);
    } else if (this.stack.length === 0) {
      this.currentKey = '';
    }
    if (this.stack.length < this.recordContainerDepth) this.recordContainerDepth = -1;
  }

  private startRecord(i: number): void {
    this.pos.advanceTo(i);
    this.recordIndent = this.behind.indentBefore(this.chunk, i);
    this.recordStart = i;
    this.recordParts = [];
    this.recordLine = this.pos.line;
    this.recordByte = this.pos.byte;
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
    this.pos.advanceTo(end);
    if (this.pos.line !== this.recordLine) this.singleLineRecords = false;
    this.records++;
    const position = { line: this.recordLine, byteOffset: this.recordByte, byteLength: this.pos.byte - this.recordByte };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.sink.problem({ line: this.recordLine + lineOfJsonError(text, error), code: 'json-syntax', detail: jsonErrorText(error) });
      return;
    }
    this.sink.record({ ...position, value: value as Record<string, unknown> });
  }

  /** Reports the open record as cut off and returns to the container that held it (or to `depth`). */
  private cutRecord(i: number, detail: string, depth = Math.max(this.recordContainerDepth, 0)): void {
    this.sink.problem({ line: this.recordLine, code: 'json-truncated', detail });
    this.stack.length = depth;
    this.abandonRecord();
    this.inString = false;
    this.partialKey = '';
    this.stringStart = -1;
    this.pos.advanceTo(i);
  }

  /**
   * Text outside any record: at the top level only whitespace and commas belong there; in a list of records, also
   * numbers, `true`, `false` and `null` (skipped: only objects are records). Anything else is reported, from the
   * start of its word (`undefined`, `NaN`, `garbage` where a record was).
   */
  private outsideRecord(text: string, i: number): void {
    if (this.stack.length === 0) {
      this.unexpected(i);
      return;
    }
    if (this.top()!.holdsRecords && !SCALAR_CHAR.test(text[i]!)) this.unexpected(i, this.behind.wordBefore(text, i));
  }

  /** Reports unexpected text at `i` (after `word`, its start in the scalar characters just before). */
  private unexpected(i: number, word = ''): void {
    const c = this.chunk.charCodeAt(i);
    if (c === 0xfeff || c === Ch.Comma) return; // a BOM of an appended file; a comma between NDJSON records
    this.pos.advanceTo(i);
    this.unexpectedText.report(this.pos.line, word, this.chunk.slice(i));
  }
}
