/**
 * An export opened in the Report Grid. The grid reads the file itself (so files past VS Code's 50 MB limit open), in
 * 1 MiB chunks, cancelled when the last grid on it closes; the file is only ever opened for reading. While it is read,
 * the rows indexed so far are published every few hundred milliseconds, so the first page shows at once and the grid
 * grows; rows are re-read from their byte ranges by a `RowReader` (pages, copies, exports, sorting, text search).
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { buildIndex, type IndexBuilder } from '../../core/model/build-index';
import type { ReportIndex } from '../../core/model/report-index';
import { fileRangeReader, readChunks } from '../../node/file';
import { RowReader, type RangeReader } from '../../node/row-reader';
import { chooseHowMuchToRead } from '../read-limit';
import { recordRead } from '../read-log';

export interface Progress {
  readonly rows: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly done: boolean;
}

/** How often a growing grid is given the rows read since the last time. */
const SNAPSHOT_EVERY_MS = 400;
/** Progress messages at most this often. */
const PROGRESS_EVERY_MS = 100;

async function rangeReader(uri: vscode.Uri): Promise<RangeReader> {
  if (uri.scheme === 'file') return fileRangeReader(uri.fsPath);
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
  /** The rows indexed so far (all of them once `complete`). */
  index: ReportIndex | undefined;
  /** Re-reads rows of `index`. */
  rows: RowReader | undefined;
  complete = false;
  /** Only the first `readLimit` bytes were read, as the user chose (the last row cut there is left out). */
  partial = false;
  private readLimit: number | undefined;
  /** The user chose not to read this file (it is over the size that asks first). */
  declined = false;
  fingerprint = '';
  totalBytes = 0;
  /** The whole file's index, or undefined when it is not a report or reading failed or was cancelled. */
  readonly ready: Promise<ReportIndex | undefined>;
  private reader: RangeReader | undefined;
  private readonly abort = new AbortController();
  private readonly progressEmitter = new vscode.EventEmitter<Progress>();
  private readonly indexEmitter = new vscode.EventEmitter<ReportIndex>();
  readonly onProgress = this.progressEmitter.event;
  /** A larger `index` is available (the last one fires with `complete` set). */
  readonly onDidGrow = this.indexEmitter.event;

  constructor(readonly uri: vscode.Uri) {
    this.ready = this.load().catch((error: unknown) => {
      if (!this.abort.signal.aborted) console.error('Entra Report Lens: reading the export failed', error);
      return undefined;
    });
  }

  /** Grid column names: CSV headers, or flattened JSON paths. */
  get columns(): string[] {
    return this.rows?.columns ?? [];
  }

  private async load(): Promise<ReportIndex | undefined> {
    this.totalBytes = this.uri.scheme === 'file' ? (await stat(this.uri.fsPath)).size : (await vscode.workspace.fs.stat(this.uri)).size;
    this.reader = await rangeReader(this.uri);
    this.fingerprint = await fingerprintOf(this.reader, this.totalBytes);
    const choice = await chooseHowMuchToRead(this.uri, this.totalBytes);
    if (choice.read === 'none' || this.abort.signal.aborted) {
      this.declined = choice.read === 'none';
      recordRead(this.uri, 'grid', this.declined ? 'declined' : 'cancelled');
      this.abort.abort();
      return undefined;
    }
    this.readLimit = choice.read === 'head' ? choice.bytes : undefined;
    let lastProgress = 0;
    let lastSnapshot = 0;
    let growing: Promise<void> = Promise.resolve();
    const index = await buildIndex(chunksOf(this.uri), {
      isUtf8,
      ...(this.readLimit === undefined ? {} : { limitBytes: this.readLimit }),
      signal: this.abort.signal,
      onProgress: (bytesRead, builder) => {
        const now = Date.now();
        if (now - lastSnapshot >= SNAPSHOT_EVERY_MS && builder.rowCount > (this.index?.rowCount ?? 0)) {
          lastSnapshot = now;
          growing = growing.then(() => this.grow(builder));
        }
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        this.progressEmitter.fire({ rows: builder.rowCount, bytesRead, totalBytes: this.totalBytes, done: false });
      },
    });
    await growing;
    if (this.abort.signal.aborted) {
      recordRead(this.uri, 'grid', 'cancelled', index.rowCount);
      return undefined;
    }
    this.partial = this.readLimit !== undefined && this.readLimit < this.totalBytes;
    recordRead(this.uri, 'grid', this.partial ? 'partial' : 'indexed', index.rowCount);
    await this.publish(index);
    this.complete = true;
    this.progressEmitter.fire({ rows: index.rowCount, bytesRead: this.totalBytes, totalBytes: this.totalBytes, done: true });
    this.indexEmitter.fire(index);
    return index;
  }

  private async grow(builder: IndexBuilder): Promise<void> {
    const partial = builder.snapshot();
    if (!partial || this.abort.signal.aborted) return;
    await this.publish(partial);
    this.indexEmitter.fire(partial);
  }

  private async publish(index: ReportIndex): Promise<void> {
    this.rows = this.rows ? this.rows.withIndex(index) : await new RowReader(index, this.reader!).init();
    this.index = index;
  }

  dispose(): void {
    this.abort.abort();
    this.progressEmitter.dispose();
    this.indexEmitter.dispose();
    void this.ready.finally(() => this.reader?.close());
  }
}
