/**
 * Indexing one slice of an export file (see `core/model/index-parts`): the header bytes, then the slice's bytes, through
 * an ordinary `IndexBuilder`. Runs on the main thread for the first slice and in `index-worker` for the others.
 */
import { isUtf8 } from 'node:buffer';
import type { Catalog } from '../core/catalog';
import { IndexBuilder } from '../core/model/build-index';
import { toPart, type IndexPart } from '../core/model/index-parts';
import { CHUNK_BYTES, readChunks } from './file';

export interface SliceJob {
  readonly path: string;
  /** Bytes [start, end) of the file; `end` is the file size for the last slice. */
  readonly start: number;
  readonly end: number;
  readonly last: boolean;
  /** The header: file bytes [0, prefixBytes) fed first (0 for the first slice, which starts at the header). */
  readonly prefixBytes: number;
  /** The byte that ends a line in this file (`\n`, or `\r` for old Mac files). */
  readonly lineBreak: number;
}

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

export async function indexSlice(job: SliceJob, catalog?: Catalog): Promise<IndexPart> {
  const builder = new IndexBuilder({ isUtf8, ...(catalog ? { catalog } : {}) });
  for await (const chunk of readChunks(job.path, CHUNK_BYTES, 0, job.prefixBytes)) builder.push(chunk);
  let lineBreaks = 0;
  for await (const chunk of readChunks(job.path, CHUNK_BYTES, job.start, job.end)) {
    lineBreaks += countByte(chunk, job.lineBreak);
    builder.push(chunk);
  }
  builder.startNow();
  const partial = builder.partialRowBytes;
  return toPart(builder.end(!job.last), partial, lineBreaks);
}
