/**
 * An export opened in the Report Grid. The grid reads the file itself (so files past VS Code's 50 MB limit open), in
 * 1 MiB chunks with progress, cancelled when the last grid on it closes; the file is only ever opened for reading.
 * After indexing, rows are re-read from their byte ranges by a `RowReader` (pages, copies, exports, sorting by a column
 * the index does not hold, text search).
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { buildIndex } from '../../core/model/build-index';
import type { ReportIndex } from '../../core/model/report-index';
import { fileRangeReader, readChunks } from '../../node/file';
import { RowReader, type RangeReader } from '../../node/row-reader';

export interface Progress {
  readonly rows: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly done: boolean;
}

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
  index: ReportIndex | undefined;
  /** Re-reads rows once the file is indexed. */
  rows: RowReader | undefined;
  fingerprint = '';
  totalBytes = 0;
  readonly ready: Promise<ReportIndex | undefined>;
  private reader: RangeReader | undefined;
  private readonly abort = new AbortController();
  private readonly progressEmitter = new vscode.EventEmitter<Progress>();
  readonly onProgress = this.progressEmitter.event;

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
    let lastReport = 0;
    const index = await buildIndex(chunksOf(this.uri), {
      isUtf8,
      signal: this.abort.signal,
      onProgress: (bytesRead) => {
        const now = Date.now();
        if (now - lastReport < 100) return;
        lastReport = now;
        this.progressEmitter.fire({ rows: 0, bytesRead, totalBytes: this.totalBytes, done: false });
      },
    });
    if (this.abort.signal.aborted) return undefined;
    this.rows = await new RowReader(index, this.reader).init();
    this.index = index;
    this.progressEmitter.fire({ rows: index.rowCount, bytesRead: this.totalBytes, totalBytes: this.totalBytes, done: true });
    return index;
  }

  dispose(): void {
    this.abort.abort();
    this.progressEmitter.dispose();
    void this.ready.finally(() => this.reader?.close());
  }
}
