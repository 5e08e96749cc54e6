/**
 * Indexing on several threads gives exactly the index of one pass — rows, lines, byte ranges, values, problems — on
 * every CSV fixture and sample, on generated exports with broken rows in every slice, and when a cut lands inside a
 * quoted multi-line value (then it reads the file in one pass, and says so).
 */
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { signinCsv } from '../../../bench/generate';
import { indexBytes } from '../../../src/core/model/build-index';
import { indexFile } from '../../../src/node/file';
import { indexFileInParallel, type ParallelOptions } from '../../../src/node/parallel-index';
import { indexSnapshot } from '../model/index-snapshot';

const FIXTURES = path.join(__dirname, '../../fixtures');

/** The worker as shipped: bundled by esbuild (a worker thread cannot load TypeScript). */
let WORKER = '';

async function compare(file: string, options: Omit<ParallelOptions, 'workerScript'>): Promise<string[]> {
  const fallbacks: string[] = [];
  const parallel = await indexFileInParallel(file, { workerScript: WORKER, ...options, onFallback: (reason) => fallbacks.push(reason) });
  const single = await indexFile(file);
  assert.deepEqual(indexSnapshot(parallel), indexSnapshot(single), path.basename(file));
  assert.equal(parallel.info.bytes, single.info.bytes);
  return fallbacks;
}

describe('indexing on several threads', function () {
  this.timeout(120_000);
  let dir = '';
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'erl-parallel-'));
    WORKER = path.join(dir, 'index-worker.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, '../../../src/node/index-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: WORKER, logLevel: 'warning' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('joins the slices of a generated 57-column export into the one-pass index, without falling back', async () => {
    const file = path.join(dir, 'signins.csv');
    writeFileSync(file, [...signinCsv({ rows: 4_000, seed: 3 })].join(''));
    // Reading the file through one reused buffer gives the index of the bytes held in memory.
    const inMemory = indexBytes(new Uint8Array(readFileSync(file)), { isUtf8 });
    assert.deepEqual(indexSnapshot(await indexFile(file)), indexSnapshot(inMemory));
    assert.deepEqual(inMemory.problems.sorted(), []);
    for (const threads of [2, 3, 4]) {
      const fallbacks = await compare(file, { threads, minSliceBytes: 64 * 1024 });
      assert.deepEqual(fallbacks, [], `${threads} threads`);
    }
  });

  it('keeps every problem at its line when broken rows are spread over the slices', async () => {
    const clean = [...signinCsv({ rows: 3_000, seed: 5 })].join('');
    const lines = clean.split('\r\n');
    for (const at of [40, 700, 1_400, 2_100, 2_900]) {
      lines[at] = lines[at]!.replace(/^"[^"]*"/, '"not a time"'); // an unreadable time
      lines[at + 1] = lines[at + 1]!.replace(/,"[^"]*"$/, ''); // a field missing
      lines[at + 2] = lines[at + 2]!.replace(/"(0|50074|50126|50140|50076|500121|50058|70044|53003)"/, '"999999"'); // an unknown code
    }
    const file = path.join(dir, 'broken.csv');
    writeFileSync(file, lines.join('\r\n'));
    const fallbacks = await compare(file, { threads: 4, minSliceBytes: 64 * 1024 });
    assert.deepEqual(fallbacks, []);
    const index = await indexFile(file);
    assert.ok(index.problems.count('bad-time') >= 5 && index.problems.count('csv-field-count') >= 5, 'the problems are there to compare');
  });

  it('reads the file in one pass when a cut lands inside a quoted multi-line value', async () => {
    const header = 'Date (UTC),Request ID,User,Username,Application,Status,Sign-in error code,Failure reason,Note\n';
    const note = `"${Array.from({ length: 30 }, (_, i) => `note line ${i}`).join('\n')}"`;
    const rows = Array.from({ length: 2_000 }, (_, i) => `2025-04-21T04:${String(i % 60).padStart(2, '0')}:00Z,req-${i},u${i % 7},u${i % 7}@contoso.com,Teams,Failure,50126,Invalid username or password.,${note}\n`);
    const file = path.join(dir, 'notes.csv');
    writeFileSync(file, header + rows.join(''));
    const fallbacks = await compare(file, { threads: 3, minSliceBytes: 64 * 1024 });
    assert.equal(fallbacks.length, 1);
    assert.match(fallbacks[0]!, /ends inside a row|detected differently/);
  });

  it('gives the one-pass index for every CSV fixture and sample (cut wherever three slices fall)', async () => {
    const files = ['generated', 'samples', 'ordinary'].flatMap((d) =>
      readdirSync(path.join(FIXTURES, d))
        .filter((f) => /\.(csv|txt|log|tsv)$/.test(f))
        .map((f) => path.join(FIXTURES, d, f)),
    );
    assert.ok(files.length >= 25, `${files.length} files`);
    const joined: string[] = [];
    for (const file of files) {
      const fallbacks = await compare(file, { threads: 3, minSliceBytes: Math.max(1, Math.floor(readFileSync(file).length / 3)) });
      if (fallbacks.length === 0) joined.push(path.basename(file));
      // Only UTF-16 files and JSON are read in one pass on purpose.
      else assert.deepEqual(fallbacks, ['not CSV read from bytes'], path.basename(file));
    }
    assert.ok(joined.length >= 20, `${joined.length} files joined from slices: ${joined.join(', ')}`);
  });
});
