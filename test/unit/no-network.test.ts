/**
 * Reports hold personal data and never leave the machine: no bundle the product ships (extension, heavy features, CLI,
 * index worker, webviews) may reach the network or carry telemetry. Each entry is bundled here exactly as shipped
 * (esbuild, not minified, so every line can be traced to the module it came from) and scanned for network and
 * telemetry APIs. URLs as text (documentation links in the catalog, the SVG namespace) are data, not requests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '../..');

/** What a bundle must not contain: ways to send or fetch bytes, and telemetry libraries. */
const FORBIDDEN: ReadonlyArray<readonly [string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['a Node network module', /require\(["'](?:node:)?(?:https?|http2|net|tls|dgram|undici)["']\)|from ["'](?:node:)?(?:https?|http2|net|tls|dgram|undici)["']/],
  ['telemetry', /extension-telemetry|applicationinsights|TelemetryReporter|createTelemetryLogger|TelemetryLogger/i],
  ['opening a URL', /\bopenExternal\b/],
];

/**
 * Known and unreachable: papaparse's remote-file streamer (used only with `download: true`, which the product never
 * passes; asserted below).
 */
const ALLOWED = [{ what: 'XMLHttpRequest', module: 'node_modules/papaparse/' }];

/** Every bundle `npm run build` makes, read from esbuild.mjs so a new one cannot be left out. */
function shippedEntries(): string[] {
  const config = readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8');
  const nodeEntries = [...config.matchAll(/entryPoints: \['([^']+)'\]/g)].map((m) => m[1]!);
  assert.ok(config.includes("readdirSync('webview'"), 'esbuild.mjs still bundles every webview folder');
  const webviews = readdirSync(path.join(ROOT, 'webview'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'webview', d.name, 'main.ts')))
    .map((d) => `webview/${d.name}/main.ts`);
  return [...nodeEntries, ...webviews];
}

/** The module a line of an unminified esbuild bundle came from (esbuild writes `// path` before each module). */
function moduleAt(lines: readonly string[], at: number): string {
  for (let i = at; i >= 0; i--) {
    const m = /^\s*\/\/ ((?:node_modules|src|webview)\/\S+)$/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return '(unknown)';
}

describe('no network access and no telemetry in what ships', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'erl-bundles-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every shipped bundle', () => {
    const entries = shippedEntries();
    for (const e of ['src/extension/extension.ts', 'src/extension/features.ts', 'src/cli.ts', 'webview/grid/main.ts', 'webview/summary/main.ts']) {
      assert.ok(entries.includes(e), `${e} is scanned`);
    }
  });

  it('no bundle calls a network API or carries a telemetry library', async () => {
    const found: string[] = [];
    for (const entry of shippedEntries()) {
      const webview = entry.startsWith('webview/');
      const outfile = path.join(dir, entry.replace(/[/.]/g, '_') + '.js');
      const result = await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: [entry],
        outfile,
        bundle: true,
        minify: false,
        platform: webview ? 'browser' : 'node',
        format: webview ? 'iife' : 'cjs',
        external: ['vscode'],
        metafile: true,
        logLevel: 'silent',
      });
      for (const input of Object.keys(result.metafile.inputs)) {
        assert.doesNotMatch(input, /telemetry|applicationinsights/i, `${entry} bundles ${input}`);
      }
      const lines = readFileSync(outfile, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [what, pattern] of FORBIDDEN) {
          if (!pattern.test(line)) continue;
          const module = moduleAt(lines, i);
          if (ALLOWED.some((a) => a.what === what && module.startsWith(a.module))) continue;
          found.push(`${entry}: ${what} in ${module}: ${line.trim().slice(0, 120)}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });

  it('never asks papaparse to download (its only network path)', () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const d of readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, d.name);
        if (d.isDirectory()) walk(file);
        else if (/\.ts$/.test(d.name) && /\bdownload\s*:/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(ROOT, file));
      }
    };
    walk(path.join(ROOT, 'src'));
    walk(path.join(ROOT, 'webview'));
    assert.deepEqual(offenders, []);
  });

  it('would notice a fetch (the scan is not blind)', async () => {
    const outfile = path.join(dir, 'probe.js');
    await esbuild.build({ stdin: { contents: 'export const leak = () => fetch("https://example.com", { method: "POST" });', loader: 'ts' }, outfile, bundle: true, format: 'cjs', logLevel: 'silent' });
    assert.ok(FORBIDDEN.some(([, p]) => p.test(readFileSync(outfile, 'utf8'))));
  });
});
