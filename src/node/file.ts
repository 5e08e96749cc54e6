/**
 * Reading export files from Node (CLI, extension host, benchmark, tests): chunks for the one-pass index, byte ranges
 * for re-reading one row. Read-only: nothing here opens a file for writing.
 */
import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { buildIndex, type BuildOptions } from '../core/model/build-index';
import type { ReportIndex } from '../core/model/report-index';

export const CHUNK_BYTES = 1 << 20;

/**
 * The file (or bytes [start, end) of it) in chunks read into one buffer, reused: each chunk is overwritten by the next,
 * so use it before asking for the next (the index builder keeps no reference to what it is given). Reusing keeps
 * tens of megabytes of spent chunks from piling up until the garbage collector runs.
 */
export async function* readChunks(path: string, chunkBytes = CHUNK_BYTES, start = 0, end = Infinity): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (let position = start; position < end; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(chunkBytes, end - position), position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

export async function readRange(path: string, offset: number, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A read-only byte-range reader on a file (one handle, positional reads). */
export async function fileRangeReader(path: string): Promise<import('./row-reader').RangeReader> {
  const handle = await open(path, 'r');
  return {
    async read(offset, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

/** Indexes the file at `path`; rejects with a readable message when it cannot be opened. */
export async function indexFile(path: string, options: BuildOptions = {}): Promise<ReportIndex> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? 'file not found' : `cannot open the file (${error.code ?? error.message})`);
  });
  if (info.isDirectory()) throw new InputError('this is a folder, not a file');
  return buildIndex(readChunks(path), { isUtf8, ...options });
}

/** A problem with the input that the user can fix; printed without a stack trace. */
export class InputError extends Error {}
