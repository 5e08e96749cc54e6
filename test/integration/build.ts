/**
 * Compiles the in-editor suite to out/test/integration/ (CommonJS, one file per test; `vscode` and `mocha` resolved
 * at run time inside the extension host).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'out', 'test', 'integration');

export async function buildIntegrationSuite(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  const here = path.join(ROOT, 'test', 'integration');
  const entryPoints = readdirSync(here).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(here, f));
  await esbuild.build({ entryPoints, outdir: OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
  return OUT;
}
