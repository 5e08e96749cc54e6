/**
 * Indexing a large CSV export on every core: the file is cut into slices at line breaks, each indexed in its own
 * worker thread (the first on this thread), and the parts joined into the index one pass would build. The result is
 * the same index (a test compares them on every fixture); when a cut lands inside a quoted multi-line value, or
 * anything else makes the slices disagree, the file is read again in one pass. Smaller files, JSON and UTF-16 are read
 * in one pass directly.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { catalog as defaultCatalog } from '../core/catalog';
import { IndexBuilder } from '../core/model/build-index';
import { joinParts, unjoinable, type IndexPart, type SlicePlacement } from '../core/model/index-parts';
import type { ReportIndex } from '../core/model/report-index';
import { indexFile, readRange } from './file';
import { indexSlice, type SliceJob } from './index-slice';
import { stat } from 'node:fs/promises';

/** Below this a slice is not worth a thread's start-up (~50 ms). */
const MIN_SLICE_BYTES = 16 << 20;
/** The head read to find the header and the dialect. */
const HEAD_BYTES = 1 << 20;

export interface ParallelOptions {
  /** Threads to use in all (default: the cores, at most 4). */
  readonly threads?: number;
  /** The worker script (default: index-worker.js next to this bundle). */
  readonly workerScript?: string;
  /** Slices at least this large (default 16 MiB); tests make it small. */
  readonly minSliceBytes?: number;
  /** Told why the file was read in one pass after all. */
  readonly onFallback?: (reason: string) => void;
}

export async function indexFileInParallel(file: string, options: ParallelOptions = {}): Promise<ReportIndex> {
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  const slices = Math.min(threads, Math.floor(size / (options.minSliceBytes ?? MIN_SLICE_BYTES)));
  if (slices < 2) return indexFile(file);
  const plan = await planSlices(file, size, slices);
  if (typeof plan === 'string') return fallBack(file, plan, options);
  let parts: IndexPart[];
  try {
    parts = await Promise.all(plan.jobs.map((job, k) => (k === 0 ? indexSlice(job) : inWorker(job, options.workerScript))));
  } catch (error) {
    return fallBack(file, `a worker failed: ${error instanceof Error ? error.message : String(error)}`, options);
  }
  const placements: SlicePlacement[] = [];
  let lineBreaksBefore = 0;
  for (let k = 0; k < parts.length; k++) {
    const job = plan.jobs[k]!;
    placements.push({ start: job.start, prefixBytes: job.prefixBytes, lineBreaksBefore, prefixLineBreaks: k === 0 ? 0 : plan.prefixLineBreaks });
    lineBreaksBefore += parts[k]!.lineBreaks;
  }
  const joined = joinParts(parts, placements, size, defaultCatalog);
  return joined ?? fallBack(file, unjoinable(parts) ?? 'slices do not match', options);
}

function fallBack(file: string, reason: string, options: ParallelOptions): Promise<ReportIndex> {
  options.onFallback?.(reason);
  return indexFile(file);
}

interface SlicePlan {
  readonly jobs: SliceJob[];
  readonly prefixLineBreaks: number;
}

/** Where to cut: the header from the head of the file, then the first line break after each even share. */
async function planSlices(file: string, size: number, slices: number): Promise<SlicePlan | string> {
  const head = await readRange(file, 0, HEAD_BYTES);
  const detector = new IndexBuilder();
  detector.push(head);
  const index = detector.end(head.length === size ? false : true);
  const { container, encoding } = index.info;
  if (container !== 'csv' || (encoding !== 'utf-8' && encoding !== 'shift_jis')) return 'not CSV read from bytes';
  if (index.rowCount === 0) return 'no row in the first megabyte';
  const lineBreak = index.info.csvDialect?.newline === '\r' ? 0x0d : 0x0a;
  const prefixBytes = index.columns.byteOffset[0]!;
  let prefixLineBreaks = 0;
  for (let i = 0; i < prefixBytes; i++) if (head[i] === lineBreak) prefixLineBreaks++;
  const starts = [0];
  for (let k = 1; k < slices; k++) {
    const at = Math.floor((size * k) / slices);
    const window = await readRange(file, at, 1 << 16);
    const cut = window.indexOf(lineBreak);
    if (cut === -1) return 'no line break near a cut';
    const start = at + cut + 1;
    if (start <= Math.max(prefixBytes, starts[starts.length - 1]!) || start >= size) return 'lines too long to cut';
    starts.push(start);
  }
  const jobs = starts.map((start, k) => {
    const last = k === starts.length - 1;
    return { path: file, start, end: last ? size : starts[k + 1]!, last, prefixBytes: k === 0 ? 0 : prefixBytes, lineBreak };
  });
  return { jobs, prefixLineBreaks };
}

function inWorker(job: SliceJob, script = path.join(__dirname, 'index-worker.js')): Promise<IndexPart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (message: { part?: IndexPart; error?: string }) => {
      void worker.terminate();
      if (message.part) resolve(message.part);
      else reject(new Error(message.error ?? 'no part'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
  });
}
