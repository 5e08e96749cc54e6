/**
 * An export opened in the Report Grid. The grid reads the file itself (so files past VS Code's 50 MB limit open), in
 * 1 MiB chunks with progress, cancelled when the last grid on it closes; the file is only ever opened for reading.
 * After indexing, any set of rows is re-read from their byte ranges (runs of nearby rows in one read), a column the
 * index does not hold is extracted on demand for sorting (once, then cached), and text search scans the rows' bytes.
 */
import { createHash } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
import Papa from 'papaparse';
import * as vscode from 'vscode';
import { buildIndex } from '../../core/model/build-index';
import type { ReportIndex } from '../../core/model/report-index';
import { StringPool } from '../../core/model/string-pool';
import type { ColumnValues } from '../../core/table/query';
import { jsonCells, jsonColumns } from '../../core/table/flatten';
import { readChunks } from '../../node/file';

/** Rows closer than this in the file are read together. */
const COALESCE_BYTES = 64 * 1024;
/** JSON records sampled to decide the grid's columns. */
const COLUMN_SAMPLE = 200;

export interface Progress {
  readonly rows: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly done: boolean;
}

/** Reads byte ranges of the file: a file handle on disk, or the bytes of a file from a virtual file system. */
interface RangeReader {
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function rangeReader(uri: vscode.Uri): Promise<RangeReader> {
  if (uri.scheme === 'file') {
    const handle: FileHandle = await open(uri.fsPath, 'r');
    return {
      async read(offset, length) {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      },
      close: () => handle.close(),
    };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { read: async (offset, length) => bytes.subarray(offset, offset + length), close: async () => undefined };
}

async function* chunksOf(uri: vscode.Uri): AsyncIterable<Uint8Array> {
  if (uri.scheme === 'file') {
    yield* readChunks(uri.fsPath);
    return;
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
}

/** Identifies the content (size, first and last 64 KiB) so saved grid state is restored only on the same file. */
async function fingerprintOf(reader: RangeReader, size: number): Promise<string> {
  const hash = createHash('sha256').update(String(size));
  hash.update(await reader.read(0, Math.min(size, 65_536)));
  if (size > 65_536) hash.update(await reader.read(Math.max(0, size - 65_536), 65_536));
  return hash.digest('hex').slice(0, 32);
}

export class GridDocument implements vscode.CustomDocument {
  index: ReportIndex | undefined;
  fingerprint = '';
  totalBytes = 0;
  /** Grid column names: CSV headers, or flattened JSON paths. */
  columns: string[] = [];
  readonly ready: Promise<ReportIndex | undefined>;
  private reader: RangeReader | undefined;
  private readonly abort = new AbortController();
  private readonly progressEmitter = new vscode.EventEmitter<Progress>();
  readonly onProgress = this.progressEmitter.event;
  private readonly extracted = new Map<number, Promise<ColumnValues>>();
  private decoder: TextDecoder | undefined;

  constructor(readonly uri: vscode.Uri) {
    this.ready = this.load().catch((error: unknown) => {
      if (!this.abort.signal.aborted) console.error('Entra Report Lens: reading the export failed', error);
      return undefined;
    });
  }

  private async load(): Promise<ReportIndex | undefined> {
    this.totalBytes = this.uri.scheme === 'file' ? (await stat(this.uri.fsPath)).size : (await vscode.workspace.fs.stat(this.uri)).size;
    this.reader = await rangeReader(this.uri);
    this.fingerprint = await fingerprintOf(this.reader, this.totalBytes);
    let lastReport = 0;
    const index = await buildIndex(chunksOf(this.uri), {
      signal: this.abort.signal,
      onProgress: (bytesRead) => {
        const now = Date.now();
        if (now - lastReport < 100) return;
        lastReport = now;
        this.progressEmitter.fire({ rows: 0, bytesRead, totalBytes: this.totalBytes, done: false });
      },
    });
    if (this.abort.signal.aborted) return undefined;
    this.decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
    this.index = index;
    this.columns = index.info.container === 'json' ? await this.sampleJsonColumns(index) : (index.info.headers ?? []).map((h, i) => h.trim() || `#${i + 1}`);
    this.progressEmitter.fire({ rows: index.rowCount, bytesRead: this.totalBytes, totalBytes: this.totalBytes, done: true });
    return index;
  }

  private async sampleJsonColumns(index: ReportIndex): Promise<string[]> {
    const sample = Array.from({ length: Math.min(index.rowCount, COLUMN_SAMPLE) }, (_, i) => i);
    const records = await this.readRecords(sample);
    return jsonColumns([...records.values()]);
  }

  /** Raw text of each row, read in runs of nearby rows. */
  async readTexts(rows: readonly number[]): Promise<Map<number, string>> {
    const index = this.index!;
    const { byteOffset, byteLength } = index.columns;
    const sorted = [...rows].sort((a, b) => byteOffset[a]! - byteOffset[b]!);
    const texts = new Map<number, string>();
    for (let i = 0; i < sorted.length; ) {
      const start = byteOffset[sorted[i]!]!;
      let end = start + byteLength[sorted[i]!]!;
      let j = i + 1;
      while (j < sorted.length && byteOffset[sorted[j]!]! - end < COALESCE_BYTES) {
        end = Math.max(end, byteOffset[sorted[j]!]! + byteLength[sorted[j]!]!);
        j++;
      }
      const bytes = await this.reader!.read(start, end - start);
      for (let k = i; k < j; k++) {
        const row = sorted[k]!;
        const from = byteOffset[row]! - start;
        texts.set(row, this.decoder!.decode(bytes.subarray(from, from + byteLength[row]!)));
      }
      i = j;
    }
    return texts;
  }

  private async readRecords(rows: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
    const out = new Map<number, Record<string, unknown>>();
    for (const [row, text] of await this.readTexts(rows)) {
      try {
        out.set(row, JSON.parse(text) as Record<string, unknown>);
      } catch {
        out.set(row, {});
      }
    }
    return out;
  }

  /** The grid cells of each row, in `columns` order. */
  async readCells(rows: readonly number[]): Promise<Map<number, string[]>> {
    const index = this.index!;
    const out = new Map<number, string[]>();
    if (index.info.container === 'json') {
      for (const [row, record] of await this.readRecords(rows)) out.set(row, jsonCells(record, this.columns));
      return out;
    }
    const dialect = index.info.csvDialect;
    for (const [row, text] of await this.readTexts(rows)) {
      const parsed = Papa.parse<string[]>(text, { delimiter: dialect?.delimiter ?? ',', newline: dialect?.newline ?? '\n' });
      out.set(row, parsed.data[0] ?? []);
    }
    return out;
  }

  /** Every row's value of `column`, interned (for sorting by a column the index does not hold). Cached. */
  columnValues(column: number): Promise<ColumnValues> {
    let values = this.extracted.get(column);
    if (!values) {
      values = (async () => {
        const index = this.index!;
        const pool = new StringPool();
        const ids = new Uint32Array(index.rowCount);
        const block = 2_000;
        for (let start = 0; start < index.rowCount; start += block) {
          const rows = Array.from({ length: Math.min(block, index.rowCount - start) }, (_, i) => start + i);
          for (const [row, cells] of await this.readCells(rows)) ids[row] = pool.intern(cells[column] ?? '');
        }
        return { ids, pool };
      })();
      this.extracted.set(column, values);
    }
    return values;
  }

  /** 1 for each row whose text contains `needle` (case-insensitive). */
  async searchMask(needle: string): Promise<Uint8Array> {
    const index = this.index!;
    const lower = needle.toLowerCase();
    const mask = new Uint8Array(index.rowCount);
    const block = 5_000;
    for (let start = 0; start < index.rowCount; start += block) {
      const rows = Array.from({ length: Math.min(block, index.rowCount - start) }, (_, i) => start + i);
      for (const [row, text] of await this.readTexts(rows)) if (text.toLowerCase().includes(lower)) mask[row] = 1;
    }
    return mask;
  }

  dispose(): void {
    this.abort.abort();
    this.progressEmitter.dispose();
    void this.ready.finally(() => this.reader?.close());
  }
}
