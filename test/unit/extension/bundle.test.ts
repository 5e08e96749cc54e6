/**
 * The extension activates for every CSV, JSON and text file, so its entry bundle must stay small and must not contain
 * the catalog or the readers: those live in dist/features.js, loaded only for exports.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');

describe('the light entry bundle', function () {
  before(function () {
    this.timeout(60_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('dist/extension.js is small and holds no catalog text, papaparse or index code', () => {
    const file = path.join(ROOT, 'dist', 'extension.js');
    const size = statSync(file).size;
    assert.ok(size < 40_000, `dist/extension.js is ${size} bytes`);
    const source = readFileSync(file, 'utf8');
    for (const heavy of ['Wrong user name or password', 'ユーザー名またはパスワードの誤り', 'papaparse', 'IndexBuilder', 'JsonRecordScanner']) {
      assert.ok(!source.includes(heavy), `the entry bundle contains ${heavy}`);
    }
  });

  it('dist/features.js holds them and is required by path, not bundled into the entry', () => {
    assert.ok(readFileSync(path.join(ROOT, 'dist', 'features.js'), 'utf8').includes('Wrong user name or password'));
    assert.match(readFileSync(path.join(ROOT, 'dist', 'extension.js'), 'utf8'), /features\.js/);
  });
});
