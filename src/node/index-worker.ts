/** Worker-thread entry (dist/index-worker.js): indexes the slice it is given and sends back its part. */
import { parentPort, workerData } from 'node:worker_threads';
import { partBuffers } from '../core/model/index-parts';
import { indexSlice, type SliceJob } from './index-slice';

indexSlice(workerData as SliceJob).then(
  (part) => parentPort!.postMessage({ part }, partBuffers(part)),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
