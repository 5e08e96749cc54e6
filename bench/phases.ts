/**
 * In-process timings of one export, printed as JSON (run by bench/run.ts from an esbuild bundle):
 * time to detected kind, to full index, to summary; hover and decoration costs on the text; grid page, filter and sort
 * costs; peak RSS. Usage: node out/bench/phases.js FILE
 */
import { isUtf8 } from 'node:buffer';
import { openSync, readSync, closeSync } from 'node:fs';
import { summarize } from '../src/core/analysis/summary';
import { catalog } from '../src/core/catalog';
import { codeCells } from '../src/core/explain/code-cells';
import { targetAt, type TextLines } from '../src/core/explain/at-position';
import { buildIndex, IndexBuilder } from '../src/core/model/build-index';
import { filterRows, indexedValues, sortRows } from '../src/core/table/query';
import { csvFieldSpans } from '../src/core/text/cells';
import { roleColumns } from '../src/core/model/roles';
import { fileRangeReader, readChunks } from '../src/node/file';
import { RowReader, type RangeReader } from '../src/node/row-reader';
import { readFileSync } from 'node:fs';

const file = process.argv[2]!;
const now = () => performance.now();
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);

/**
 * What the grid does on open: read the file from the start and, as soon as the kind is decided, show the first 200
 * rows of what is indexed so far (the grid keeps growing while the rest is read). Time from the start to that page.
 */
async function firstPage(reader: RangeReader): Promise<number> {
  const start = now();
  const stop = new AbortController();
  let shown: Promise<number> | undefined;
  await buildIndex(readChunks(file), {
    isUtf8,
    signal: stop.signal,
    onProgress: (_bytes, builder) => {
      const partial = shown ? undefined : builder.snapshot();
      if (!partial) return;
      shown = (async () => {
        const rows = await new RowReader(partial, reader).init();
        await rows.readCells(Array.from({ length: Math.min(200, partial.rowCount) }, (_, i) => i));
        stop.abort();
        return now() - start;
      })();
    },
  });
  return shown ? await shown : NaN;
}

async function main() {
  const out: Record<string, number | string> = {};
  let t = now();
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(1 << 20);
  const headBytes = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const detector = new IndexBuilder({ isUtf8 });
  detector.push(head.subarray(0, headBytes));
  out['kind'] = detector.end().info.kind;
  out['detectMs'] = now() - t;

  t = now();
  const index = await buildIndex(readChunks(file), { isUtf8 });
  out['indexMs'] = now() - t;
  out['rows'] = index.rowCount;
  t = now();
  summarize(index);
  out['summaryMs'] = now() - t;

  // The text editor only holds files under 50 MB: hover and decorations are measured on those.
  const size = index.info.bytes;
  if (index.info.container === 'csv' && size < 200 * 1048576) {
    const lines = new TextDecoder(index.info.encoding).decode(readFileSync(file)).split(/\r?\n/);
    const text: TextLines = { lineCount: lines.length, lineAt: (l) => lines[l] ?? '' };
    const codeColumn = roleColumns(index.info).code?.column ?? 0;
    const hovers: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      const row = Math.floor(random() * index.rowCount);
      const line = index.line(row) - 1;
      const span = csvFieldSpans(lines[line]!, ',')[codeColumn];
      if (!span) continue;
      const start = now();
      targetAt(index, text, catalog, line, span.start + 1);
      hovers.push(now() - start);
    }
    out['hoverP50Ms'] = percentile(hovers, 50);
    out['hoverP99Ms'] = percentile(hovers, 99);
    const windows: number[] = [];
    let maxCells = 0;
    for (let i = 0; i < 200; i++) {
      const from = Math.floor(random() * Math.max(1, lines.length - 200));
      const start = now();
      maxCells = Math.max(maxCells, codeCells(index, text, from, from + 160).length);
      windows.push(now() - start);
    }
    out['decorationsP99Ms'] = percentile(windows, 99);
    out['decoratedCellsMax'] = maxCells;
  }

  const reader = await fileRangeReader(file);
  out['firstPageMs'] = await firstPage(reader);
  const rows = await new RowReader(index, reader).init();
  const pages: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = Math.floor(random() * Math.max(1, index.rowCount - 200));
    const s = now();
    await rows.readCells(Array.from({ length: Math.min(200, index.rowCount) }, (_, k) => start + k));
    pages.push(now() - s);
  }
  out['pageP99Ms'] = percentile(pages, 99);
  t = now();
  filterRows(index, { outcomes: ['failure', 'blocked'], user: 'user0' });
  out['filterMs'] = now() - t;
  t = now();
  sortRows(index, filterRows(index, {}), { by: 'time' }, 'desc');
  out['sortTimeMs'] = now() - t;
  t = now();
  sortRows(index, filterRows(index, {}), { by: 'values', values: indexedValues(index, 'user') }, 'asc');
  out['sortUserMs'] = now() - t;
  await reader.close();
  out['maxRssMb'] = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out) + '\n');
}

void main();
