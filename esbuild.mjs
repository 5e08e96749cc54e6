// One command builds everything (`npm run build`; `--watch` to rebuild on change, `--production` to minify):
// - dist/extension.js  the VS Code extension's light entry point (Node, CommonJS, `vscode` external)
// - dist/features.js   its heavy half (catalog, readers, editor features), required only when needed
// - dist/cli.js        the command-line tool (plain Node script)
// - dist/index-worker.js  a worker thread indexing one slice of a large CSV (CLI; see src/node/parallel-index.ts)
// - dist/webview/*.js  one browser bundle per folder in webview/ that has a main.ts
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'info', legalComments: 'none' };

const webviewEntries = readdirSync('webview', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join('webview', d.name, 'main.ts')))
  .map((d) => ({ in: path.join('webview', d.name, 'main.ts'), out: d.name }));

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/features.ts'], outfile: 'dist/features.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { ...common, entryPoints: ['src/node/index-worker.ts'], outfile: 'dist/index-worker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: webviewEntries, outdir: 'dist/webview', platform: 'browser', format: 'iife', target: 'es2022' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
