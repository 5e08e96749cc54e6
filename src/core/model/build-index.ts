/**
 * One pass from bytes to a `ReportIndex`: sniff the encoding from the first megabyte, decode chunk by chunk, split
 * into CSV rows or JSON records, detect the kind from the header and the first rows, then turn every row into an
 * event and append it to compact columns. Memory holds the index and the current chunk, never the file.
 *
 * Push-based (`push(bytes)` … `end()`) so it runs the same from a Node stream, a browser `Blob`, a worker or a test;
 * `buildIndex` drives it from any (async) iterable of chunks.
 */
import { catalog as defaultCatalog, type Catalog } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import { isJsonText } from '../formats/container';
import { CsvReader, sniffCsvDialect, type CsvDialect, type CsvRow } from '../formats/csv';
import { detectCsv, detectJson, type CsvDetection, type JsonDetection } from '../formats/detect';
import { ChunkDecoder, looksBinary, sniffEncoding, SNIFF_BYTES, type EncodingGuess } from '../formats/encoding';
import { copyBytes } from '../formats/bytes';
import { FastCsvReader, type ByteRow } from '../formats/fast-csv';
import { JsonRecordScanner, type JsonRecord } from '../formats/json';
import { generic } from '../formats/kinds/generic';
import { emptyDraft, normalizeHeader, resetDraft, type KindModule } from '../formats/kinds/kind';
import { CsvRowView, JsonRowView } from '../formats/kinds/views';
import type { ParseProblem, RecordPosition } from '../formats/records';
import { Growable } from './growable';
import { ProblemLog } from './problems';
import { INDEXED_FIELDS, ReportIndex, type ColumnInfo, type IndexedField, type ReportInfo } from './report-index';
import { StringPool } from './string-pool';

/** Rows read before deciding the kind: enough for value shapes, few enough to decide at once. */
const DETECTION_SAMPLE = 50;
/** Kinds whose codes should all be in the catalog; an unknown one is worth telling the user about. */
const KINDS_WITH_CLOSED_CODES = new Set(['signin', 'signin-auth-details', 'mfa-server-activity', 'sspr-reset-activity']);

export interface BuildOptions {
  readonly catalog?: Catalog;
  /**
   * A fast UTF-8 validity check (Node's `buffer.isUtf8`). With it, valid UTF-8 chunks of a CSV are not decoded just to
   * count undecodable bytes; without it (the browser), every chunk is decoded for that count.
   */
  readonly isUtf8?: (bytes: Uint8Array) => boolean;
  /** Stop early; the index holds what was read so far. */
  readonly signal?: AbortSignal;
  /** Read at most this many bytes (the user chose to read only the start of a huge file); the row cut there is left out. */
  readonly limitBytes?: number;
  /** Called after each chunk with the bytes read so far, and the builder (for `rowCount` and `snapshot()`). */
  readonly onProgress?: (bytesRead: number, builder: IndexBuilder) => void;
}

type Pending = { kind: 'csv'; row: CsvRow } | { kind: 'json'; record: JsonRecord };

export class IndexBuilder {
  private readonly catalog: Catalog;
  private readonly problems = new ProblemLog();
  private readonly strings = new StringPool();
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private bytes = 0;
  private started = false;
  private stopped = false;

  private encoding?: EncodingGuess;
  private decoder?: ChunkDecoder;
  private csv?: CsvReader;
  private csvDialect?: CsvDialect;
  private json?: JsonRecordScanner;
  /** UTF-8 and Shift_JIS CSV are read from bytes (decoding only what the index needs); UTF-16 through papaparse. */
  private fast?: FastCsvReader;
  private container: 'csv' | 'json' | 'none' = 'none';

  private headers?: string[];
  private pending: Pending[] = [];
  private detection?: CsvDetection | JsonDetection;
  private module?: KindModule;
  private csvView?: CsvRowView<string>;
  private jsonView?: JsonRowView<string>;
  private readonly draft = emptyDraft();

  private readonly line = new Growable(Uint32Array);
  private readonly byteOffset = new Growable(Float64Array);
  private readonly byteLength = new Growable(Uint32Array);
  private readonly time = new Growable(Float64Array);
  private readonly outcome = new Growable(Uint8Array);
  private readonly fields = Object.fromEntries(INDEXED_FIELDS.map((f) => [f, new Growable(Uint32Array)])) as Record<IndexedField, Growable<Uint32Array>>;
  /** Codes already checked against the catalog (known or not), so each is looked up and reported once. */
  private readonly checkedCodes = new Set<string>();
  private firstJsonRecord?: Record<string, unknown>;
  private readonly outcomeIndex = new Map(OUTCOMES.map((o, i) => [o, i] as const));

  /** Text lines decoded so far, to place the first undecodable byte. */
  private decodedNewlines = 0;
  private firstLossyLine = 0;

  private readonly isUtf8: ((bytes: Uint8Array) => boolean) | undefined;
  /** Bytes of a UTF-8 character cut by the end of the previous chunk, validated with the next one. */
  private utf8Carry: Uint8Array = new Uint8Array(0);
  /** Line breaks in the bytes validated so far, to place the first undecodable byte. */
  private validatedLineBreaks = 0;
  /** Characters lost in chunks that failed validation. */
  private validatedLost = 0;

  constructor(options: { catalog?: Catalog; isUtf8?: (bytes: Uint8Array) => boolean } = {}) {
    this.catalog = options.catalog ?? defaultCatalog;
    this.isUtf8 = options.isUtf8;
  }

  /** Reads the next bytes. Keeps no reference to `chunk`: the caller may reuse its memory for the next one. */
  push(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    this.bytes += chunk.length;
    if (!this.started) {
      this.head.push(copyBytes(chunk));
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return;
      this.start(false);
      return;
    }
    this.feed(chunk, false);
  }

  /**
   * The index of what was pushed. With `stoppedEarly` (the caller stopped reading mid-file) the text after the last
   * complete row is dropped: the last chunk usually ends inside a row, which would otherwise be indexed as a cut-off
   * row and reported as broken (wrong field count, truncated record) although the file is fine.
   */
  end(stoppedEarly = false): ReportIndex {
    if (!this.started) this.start(!stoppedEarly);
    else if (!this.stopped && !stoppedEarly) this.feed(new Uint8Array(0), true);
    if (this.container === 'csv' && !this.detection && this.headers) {
      this.detectNow();
      if (this.pending.length === 0 && !stoppedEarly) this.problems.add({ line: 1, code: 'csv-header-only' });
    }
    if (!this.detection && this.pending.length) this.detectNow();
    this.flushPending();
    const lost = (this.decoder?.replacements ?? 0) + this.validatedLost;
    if (lost > 0) {
      this.problems.add({ line: this.firstLossyLine || 1, code: 'encoding-lossy', detail: `${this.encoding!.encoding}, ${lost} characters` });
    }
    return this.finish();
  }

  /**
   * Bytes pushed after the last complete row, for CSV read from bytes (UTF-8, Shift_JIS); undefined for other input.
   * Zero at the end of a slice of a file means the slice ended on a row boundary (see `index-parts`).
   */
  get partialRowBytes(): number | undefined {
    return this.fast?.pendingLength;
  }

  /** Reads what was pushed even if it is less than the head used for sniffing (a slice of a file, see `index-parts`). */
  startNow(): void {
    if (!this.started && !this.stopped && this.headBytes > 0) this.start(false);
  }

  /** Rows indexed so far. */
  get rowCount(): number {
    return this.line.length;
  }

  /**
   * The rows indexed so far as a `ReportIndex`, without copying and without stopping the build (a grid shows the first
   * pages of a large file while the rest is read). Undefined until the kind is decided. Later rows never change it.
   */
  snapshot(): ReportIndex | undefined {
    if (!this.detection) return undefined;
    return this.finish('view');
  }

  private start(final: boolean): void {
    this.started = true;
    const head = concat(this.head, this.headBytes);
    this.head = [];
    if (head.length === 0) {
      this.problems.add({ line: 1, code: 'empty-file' });
      this.stopped = true;
      return;
    }
    this.encoding = sniffEncoding(head);
    if (looksBinary(head, this.encoding.encoding)) {
      this.problems.add({ line: 1, code: 'binary-file' });
      this.stopped = true;
      return;
    }
    this.decoder = new ChunkDecoder(this.encoding.encoding, this.encoding.bomLength);
    const text = this.decode(head, final);
    const first = /[^\s\ufeff]/.exec(text);
    if (!first) {
      this.problems.add({ line: 1, code: 'empty-file' });
      this.stopped = true;
      return;
    }
    const sink = {
      problem: (p: ParseProblem) => this.problems.add(p),
    };
    if (isJsonText(text, first.index)) {
      this.container = 'json';
      this.json = new JsonRecordScanner(this.encoding.encoding, this.encoding.bomLength, {
        ...sink,
        record: (record) => this.onRecord({ kind: 'json', record }),
      }, this.decoder.widths);
      this.json.push(text);
      if (final) this.json.end();
    } else {
      this.container = 'csv';
      this.csvDialect = sniffCsvDialect(text.slice(first.index, first.index + 65536));
      const encoding = this.encoding.encoding;
      if (encoding === 'utf-8' || encoding === 'shift_jis') {
        this.fast = new FastCsvReader(this.csvDialect, encoding, this.encoding.bomLength, { ...sink, row: (row) => this.onByteRow(row) });
        // From here on UTF-8 is validated rather than decoded: the decoder holds the head's cut last character, which
        // the validator must see with the next chunk instead.
        if (encoding === 'utf-8' && this.isUtf8) {
          this.utf8Carry = copyBytes(head, head.length - incompleteUtf8Tail(head));
          this.validatedLineBreaks = this.decodedNewlines;
        }
        this.fast.push(head.subarray(this.encoding.bomLength));
        if (final) this.fast.end();
        return;
      }
      this.csv = new CsvReader(this.csvDialect, encoding, this.encoding.bomLength, {
        ...sink,
        row: (row) => this.onRecord({ kind: 'csv', row }),
      }, this.decoder.widths);
      this.csv.push(text);
      if (final) this.csv.end();
    }
  }

  private feed(chunk: Uint8Array, final: boolean): void {
    if (this.fast && this.isUtf8 && this.encoding?.encoding === 'utf-8') {
      this.validateUtf8(chunk, final);
      this.fast.push(chunk);
      if (final) this.fast.end();
      return;
    }
    // Decoding also counts bytes that do not decode, so a wrong encoding never turns into silent garbage.
    const text = this.decode(chunk, final);
    if (this.fast) {
      this.fast.push(chunk);
      if (final) this.fast.end();
    } else if (this.csv) {
      this.csv.push(text);
      if (final) this.csv.end();
    } else if (this.json) {
      this.json.push(text);
      if (final) this.json.end();
    }
  }

  /** Checks a chunk is valid UTF-8 without decoding it; only a chunk that is not gets decoded, to count what is lost. */
  private validateUtf8(chunk: Uint8Array, final: boolean): void {
    const data = this.utf8Carry.length ? concat([this.utf8Carry, chunk], this.utf8Carry.length + chunk.length) : chunk;
    const keep = final ? 0 : incompleteUtf8Tail(data);
    const body = data.subarray(0, data.length - keep);
    this.utf8Carry = copyBytes(data, data.length - keep);
    if (!this.isUtf8!(body)) {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      let lost = 0;
      for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) lost++;
      lost -= countEncodedReplacement(body);
      if (lost > 0) {
        if (!this.firstLossyLine) this.firstLossyLine = this.validatedLineBreaks + 1 + countNewlines(text, 0, text.indexOf('\ufffd'));
        this.validatedLost += lost;
      }
    }
    for (let i = body.indexOf(10); i !== -1; i = body.indexOf(10, i + 1)) this.validatedLineBreaks++;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    const before = this.decoder!.replacements;
    const text = this.decoder!.decode(bytes, final);
    if (this.decoder!.replacements > before && !this.firstLossyLine) {
      const at = text.indexOf('\ufffd');
      this.firstLossyLine = this.decodedNewlines + 1 + countNewlines(text, 0, at);
    }
    this.decodedNewlines += countNewlines(text, 0, text.length);
    return text;
  }

  /** A row of the byte reader: kept as strings while the kind is not known yet, then indexed straight from bytes. */
  private onByteRow(row: ByteRow): void {
    if (!this.headers || !this.detection) {
      this.onRecord({ kind: 'csv', row: { fields: row.fields(), line: row.line, byteOffset: row.byteOffset, byteLength: row.byteLength } });
      return;
    }
    this.indexCsv(row, row);
  }

  private onRecord(item: Pending): void {
    if (item.kind === 'csv' && !this.headers) {
      this.headers = item.row.fields.map((h) => h.replace(/^\ufeff/, ''));
      return;
    }
    if (item.kind === 'json' && !this.firstJsonRecord) this.firstJsonRecord = item.record.value;
    if (!this.detection) {
      this.pending.push(item);
      if (this.pending.length >= DETECTION_SAMPLE) {
        this.detectNow();
        this.flushPending();
      }
      return;
    }
    this.index(item);
  }

  private detectNow(): void {
    if (this.container === 'csv') {
      const headers = this.headers ?? [];
      const sample = this.pending.map((p) => (p.kind === 'csv' ? p.row.fields : []));
      const detection = detectCsv(headers, sample, this.catalog);
      this.detection = detection;
      this.module = detection.module;
      this.csvView = new CsvRowView(detection.columns);
      this.reportDuplicateHeaders(headers, detection.module);
    } else {
      const sample = this.pending.map((p) => (p.kind === 'json' ? p.record.value : {}));
      const detection = detectJson(sample, this.catalog);
      this.detection = detection;
      this.module = detection.module;
      this.jsonView = new JsonRowView(detection.layout.paths);
    }
  }

  private reportDuplicateHeaders(headers: readonly string[], module: KindModule): void {
    const expected = new Set((module.csv?.expectedDuplicates ?? []).map(normalizeHeader));
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const h of headers) {
      const key = normalizeHeader(h);
      if (seen.has(key) && !expected.has(key) && !reported.has(key) && key) {
        this.problems.add({ line: 1, code: 'duplicate-column', detail: h.trim() });
        reported.add(key);
      }
      seen.add(key);
    }
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const item of pending) this.index(item);
  }

  private index(item: Pending): void {
    if (item.kind === 'csv') {
      this.indexCsv(item.row, item.row.fields);
      return;
    }
    const value = item.record.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problems.add({ line: item.record.line, code: 'json-not-object' });
      return;
    }
    const module = this.module ?? generic;
    module.toEvent(this.jsonView!.set(value), resetDraft(this.draft), this.catalog);
    this.append(item.record, module);
  }

  private indexCsv(position: RecordPosition, fields: readonly string[] | ByteRow): void {
    const count = Array.isArray(fields) ? fields.length : (fields as ByteRow).fieldCount;
    const expected = this.headers?.length ?? count;
    if (count !== expected) this.problems.add({ line: position.line, code: 'csv-field-count', detail: `${count} instead of ${expected}` });
    const module = this.module ?? generic;
    module.toEvent(this.csvView!.set(fields), resetDraft(this.draft), this.catalog);
    this.append(position, module);
  }

  /** Appends the current draft as the next row. */
  private append(position: RecordPosition, module: KindModule): void {
    const draft = this.draft;
    this.checkRow(position.line, draft.code, module);
    this.line.push(position.line);
    this.byteOffset.push(position.byteOffset);
    this.byteLength.push(position.byteLength);
    this.time.push(draft.time);
    this.outcome.push(this.outcomeIndex.get(draft.outcome)!);
    const last = this.lastValues;
    for (let f = 0; f < INDEXED_FIELDS.length; f++) {
      const field = INDEXED_FIELDS[f]!;
      const value = draft[field];
      // Consecutive rows often repeat a value (same user, app, code): skip the pool lookup then.
      if (value !== last.values[f]) {
        last.values[f] = value;
        last.ids[f] = this.strings.intern(value);
      }
      this.fields[field].push(last.ids[f]!);
    }
  }

  private readonly lastValues = { values: new Array<string | undefined>(INDEXED_FIELDS.length), ids: new Uint32Array(INDEXED_FIELDS.length) };

  private checkRow(line: number, code: string, module: KindModule): void {
    const draft = this.draft;
    if (Number.isNaN(draft.time)) {
      // Only a value that is there but unreadable is a problem; an export without times is not.
      const raw = this.rawTime();
      if (raw) this.problems.add({ line, code: 'bad-time', detail: raw.slice(0, 60) });
    }
    if (code && KINDS_WITH_CLOSED_CODES.has(module.kind) && !this.checkedCodes.has(code) && this.checkedCodes.size < 100_000) {
      this.checkedCodes.add(code);
      if (!this.catalog.lookup(code, module.codeFamilies)) this.problems.add({ line, code: 'unknown-code', detail: code.slice(0, 120) });
    }
  }

  private rawTime(): string {
    if (this.csvView) return this.csvView.get('time');
    if (this.jsonView) return this.jsonView.get('time');
    return '';
  }

  private finish(arrays: 'view' | 'trimmed' = 'trimmed'): ReportIndex {
    const take = <T extends Uint8Array | Uint32Array | Float64Array>(g: Growable<T>): T => (arrays === 'view' ? g.view() : g.trimmed());
    const module = this.module ?? generic;
    const detection = this.detection;
    const encoding = this.encoding;
    const columns: ColumnInfo[] = [];
    if (detection?.container === 'csv') {
      for (const [field, column] of detection.columns) {
        columns.push({ field, column, header: this.headers?.[column], source: detection.sources.get(field) ?? 'name' });
      }
    } else if (detection?.container === 'json') {
      for (const [field, paths] of Object.entries(detection.layout.paths)) {
        if ((paths as string[]).length) columns.push({ field, path: (paths as string[]).join(' | '), source: 'name' });
      }
    }
    const variant = module.variant?.({
      headers: this.headers,
      record: this.firstJsonRecord,
    });
    const info: ReportInfo = {
      kind: module.kind,
      title: module.title,
      dialect: detection?.container === 'json' ? detection.layout.dialect : (module.csv?.dialect ?? 'csv'),
      container: this.container,
      variant,
      confidence: detection?.confidence ?? 'low',
      encoding: encoding?.encoding ?? 'utf-8',
      encodingConfidence: encoding?.confidence ?? 'low',
      encodingReason: encoding?.reason ?? 'no content',
      bomLength: encoding?.bomLength ?? 0,
      csvDialect: this.csvDialect,
      headers: this.headers,
      columns,
      codeFamilies: module.codeFamilies,
      detailFamilies: module.detailFamilies,
      bytes: this.bytes,
    };
    const fields = Object.fromEntries(INDEXED_FIELDS.map((f) => [f, take(this.fields[f])])) as Record<IndexedField, Uint32Array>;
    return new ReportIndex(
      info,
      this.line.length,
      {
        line: take(this.line),
        byteOffset: take(this.byteOffset),
        byteLength: take(this.byteLength),
        time: take(this.time),
        outcome: take(this.outcome),
        fields,
      },
      this.strings,
      this.problems,
      this.catalog,
    );
  }

}

export async function buildIndex(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: BuildOptions = {},
): Promise<ReportIndex> {
  const builder = new IndexBuilder({ catalog: options.catalog, isUtf8: options.isUtf8 });
  const limit = options.limitBytes ?? Infinity;
  let read = 0;
  let stoppedEarly = false;
  for await (const chunk of chunks) {
    if (options.signal?.aborted || read >= limit) {
      stoppedEarly = true;
      break;
    }
    const cut = read + chunk.length > limit;
    const part = cut ? chunk.subarray(0, limit - read) : chunk;
    builder.push(part);
    read += part.length;
    options.onProgress?.(read, builder);
    if (cut) {
      stoppedEarly = true;
      break;
    }
  }
  return builder.end(stoppedEarly);
}

/** Index a file already in memory (tests, small files). */
export function indexBytes(bytes: Uint8Array, options: { catalog?: Catalog; chunkSize?: number; isUtf8?: (bytes: Uint8Array) => boolean } = {}): ReportIndex {
  const builder = new IndexBuilder({ catalog: options.catalog, isUtf8: options.isUtf8 });
  const size = options.chunkSize ?? 1 << 20;
  for (let i = 0; i < bytes.length; i += size) builder.push(bytes.subarray(i, i + size));
  return builder.end();
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes at the end of `bytes` that begin a UTF-8 character not complete yet (0–3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/** U+FFFD written in the file itself (EF BF BD): a character lost upstream, not by this decoding. */
function countEncodedReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
