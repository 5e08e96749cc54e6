/**
 * `npm run bench`: the product against two baselines measured in the same run, on generated exports of realistic size
 * (10k, 100k, 250k-row sign-in CSVs in the portal's 57-column layout; a 1 GB Graph sign-in JSON). For each: time to
 * detected kind, to full index, to summary, hover/decoration/grid costs, whole-process time and peak RSS of
 * `node dist/cli.js summary`, and the same for papaparse reading the file in 4 MB chunks keeping nothing and for DuckDB
 * grouping by error code. Medians of several runs; results printed and written to bench/RESULTS.md with ratios and
 * the targets of the performance issue.
 *
 * Options: --quick (10k and 100k only, 1 run each), --runs N, --no-json (skip the 1 GB JSON).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { writeSigninCsv, writeSigninJsonOfSize } from './generate';

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, 'bench', 'data');
const OUT = path.join(ROOT, 'out', 'bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsFlag = args.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(args[runsFlag + 1]) : quick ? 1 : 3;

interface Dataset {
  readonly name: string;
  readonly file: string;
  readonly format: 'csv' | 'json';
  readonly make: () => void;
}

const datasets: Dataset[] = [
  { name: 'sign-in CSV 10k', file: 'signin-10k.csv', format: 'csv', make: () => writeSigninCsv(path.join(DATA, 'signin-10k.csv'), { rows: 10_000, seed: 1 }) },
  { name: 'sign-in CSV 100k', file: 'signin-100k.csv', format: 'csv', make: () => writeSigninCsv(path.join(DATA, 'signin-100k.csv'), { rows: 100_000, seed: 1 }) },
  ...(quick ? [] : [{ name: 'sign-in CSV 250k', file: 'signin-250k.csv', format: 'csv' as const, make: () => writeSigninCsv(path.join(DATA, 'signin-250k.csv'), { rows: 250_000, seed: 1 }) }]),
  ...(quick || args.includes('--no-json')
    ? []
    : [
        {
          name: 'sign-in JSON 1 GB',
          file: 'signin-1gb.json',
          format: 'json' as const,
          // Without a byte-order mark: DuckDB's JSON reader rejects one (our reader accepts both).
          make: () => writeSigninJsonOfSize(path.join(DATA, 'signin-1gb.json'), 1 << 30, 'array', 1, false),
        },
      ]),
];

interface Measured {
  ms: number;
  rssMb: number;
  output: string;
}

/** Runs `node [--require rss] script args` and measures its wall time and peak RSS. */
function measure(script: string, scriptArgs: string[]): Measured {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--require', path.join(ROOT, 'bench', 'rss.cjs'), script, ...scriptArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 3) throw new Error(`${script} ${scriptArgs.join(' ')} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const rss = /__BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN, output: r.stdout };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function medianOf(runs: number, run: () => Measured): { ms: number; rssMb: number; output: string } {
  const results = Array.from({ length: runs }, run);
  return { ms: median(results.map((r) => r.ms)), rssMb: median(results.map((r) => r.rssMb)), output: results[0]!.output };
}

function medianPhases(runs: number, file: string): Record<string, number | string> {
  const results = Array.from({ length: runs }, () => JSON.parse(measure(path.join(OUT, 'phases.js'), [file]).output) as Record<string, number | string>);
  const out: Record<string, number | string> = { ...results[0] };
  for (const key of Object.keys(out)) if (typeof out[key] === 'number') out[key] = median(results.map((r) => r[key] as number));
  return out;
}

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  console.log('Building…');
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'ignore' });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench', 'phases.ts'), path.join(ROOT, 'bench', 'activation.ts')],
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });

  const activation = median(Array.from({ length: 5 }, () => (JSON.parse(measure(path.join(OUT, 'activation.js'), [ROOT]).output) as { activationMs: number }).activationMs));
  const activationHeavy = (JSON.parse(measure(path.join(OUT, 'activation.js'), [ROOT]).output) as { heavyLoaded: boolean }).heavyLoaded;

  const rows: string[][] = [];
  const checks: Array<[string, boolean, string]> = [];
  for (const d of datasets) {
    const file = path.join(DATA, d.file);
    if (!existsSync(file)) {
      console.log(`Generating ${d.file}…`);
      d.make();
    }
    const sizeMb = statSync(file).size / 1048576;
    console.log(`Measuring ${d.name} (${sizeMb.toFixed(0)} MB, ${RUNS} runs)…`);
    const runs = d.format === 'json' ? Math.min(RUNS, 2) : RUNS;
    const ours = medianOf(runs, () => measure(path.join(ROOT, 'dist', 'cli.js'), ['summary', file, '--json']));
    const phases = medianPhases(runs, file);
    const papa = d.format === 'csv' ? medianOf(runs, () => measure(path.join(ROOT, 'bench', 'baselines', 'papaparse.mjs'), [file])) : undefined;
    const duck = medianOf(runs, () => measure(path.join(ROOT, 'bench', 'baselines', 'duckdb.mjs'), [file, d.format]));
    const n = (v: unknown, digits = 0) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '—');
    rows.push([
      d.name,
      n(sizeMb),
      String(phases['rows']),
      n(phases['detectMs']),
      n(phases['indexMs']),
      n(phases['summaryMs']),
      n(ours.ms),
      n(ours.rssMb),
      papa ? n(papa.ms) : '—',
      n(duck.ms),
      papa ? n(ours.ms / papa.ms, 2) : '—',
      n(ours.ms / duck.ms, 2),
      n(ours.rssMb / sizeMb, 2),
      n(phases['hoverP99Ms'], 2),
      n(phases['decorationsP99Ms'], 2),
      n(phases['firstPageMs']),
      n(phases['pageP99Ms'], 1),
      n(Math.max(Number(phases['filterMs']), Number(phases['sortTimeMs']), Number(phases['sortUserMs']))),
    ]);
    if (d.name === 'sign-in CSV 100k') {
      checks.push(['100k CSV: whole process ≤ 0.6 s', ours.ms <= 600, `${n(ours.ms)} ms`]);
      checks.push(['100k CSV: ≤ 2× DuckDB', ours.ms <= 2 * duck.ms, `${n(ours.ms / duck.ms, 2)}×`]);
      if (papa) checks.push(['100k CSV: ≤ 0.5× papaparse chunked', ours.ms <= 0.5 * papa.ms, `${n(ours.ms / papa.ms, 2)}×`]);
      checks.push(['Hover p99 ≤ 5 ms (100k rows)', Number(phases['hoverP99Ms']) <= 5, `${n(phases['hoverP99Ms'], 2)} ms`]);
      checks.push(['Decorations: visible range only', Number(phases['decoratedCellsMax']) <= 200, `≤ ${phases['decoratedCellsMax']} cells per window`]);
      checks.push(['Grid: first page ≤ 1 s after opening', Number(phases['firstPageMs']) <= 1000, `${n(Number(phases['firstPageMs']))} ms (rows shown while the rest is read)`]);
      checks.push(['Grid: page request ≤ 20 ms', Number(phases['pageP99Ms']) <= 20, `${n(phases['pageP99Ms'], 1)} ms`]);
      const sortFilter = Math.max(Number(phases['filterMs']), Number(phases['sortTimeMs']), Number(phases['sortUserMs']));
      checks.push(['Grid: sort or filter over 100k rows ≤ 300 ms', sortFilter <= 300, `${n(sortFilter)} ms`]);
    }
    if (d.format === 'csv') checks.push([`${d.name}: peak RSS ≤ 2× file size`, ours.rssMb <= 2 * sizeMb, `${n(ours.rssMb)} MB for ${n(sizeMb)} MB`]);
    if (d.format === 'json') checks.push([`${d.name}: peak RSS ≤ 500 MB, streamed`, ours.rssMb <= 500, `${n(ours.rssMb)} MB`]);
  }
  checks.push(['Activation adds ≤ 50 ms on an ordinary CSV', activation <= 50 && !activationHeavy, `${activation.toFixed(1)} ms, heavy features ${activationHeavy ? 'loaded' : 'not loaded'}`]);

  const header = ['Dataset', 'MB', 'Rows', 'Detect ms', 'Index ms', 'Summary ms', 'CLI ms', 'CLI RSS MB', 'Papaparse ms', 'DuckDB ms', '÷ Papaparse', '÷ DuckDB', 'RSS ÷ size', 'Hover p99 ms', 'Decor. p99 ms', '1st page ms', 'Page p99 ms', 'Sort/filter ms'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 1073741824).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const checksText = checks.map(([name, ok, value]) => `- ${ok ? '✅' : '❌'} ${name}: ${value}`).join('\n');
  const report = `# Benchmark results

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, medians of ${RUNS} run(s) (the 1 GB JSON: up to 2).
"CLI ms" is the whole process \`node dist/cli.js summary FILE --json\` (start, read, index, summary, output); the
baselines are whole processes too: papaparse reading in 4 MB chunks keeping nothing, DuckDB grouping by error code.
Ratios below 1 mean faster than the baseline. Phase columns are in-process timings of the same work
(\`bench/phases.ts\`); "1st page ms" runs from the start of reading to the grid's first 200 rows, taken from the rows
indexed so far while the rest is still read. Activation: the entry bundle loaded and activated with an ordinary CSV open:
${activation.toFixed(1)} ms.

${table}

## Targets

${checksText}
`;
  writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), report);
  console.log(`\n${table}\n\n${checksText}\n\nWritten to bench/RESULTS.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
