/**
 * The UI comes in English and Japanese: every runtime string passed to `vscode.l10n.t` and every `%key%` of the
 * manifest must have a Japanese translation, and no translation may be left over from a string that is gone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(path.join(ROOT, p), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** String literals given to l10n.t(...), in either quote style. */
function runtimeStrings(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) found.add(m[2]!.replace(/\\(['"\\])/g, '$1'));
  }
  return found;
}

describe('localization (en/ja)', () => {
  it('every vscode.l10n.t string has a Japanese translation, and none is stale', () => {
    const ja = json('l10n/bundle.l10n.ja.json');
    const used = runtimeStrings();
    assert.ok(used.size > 0);
    for (const s of used) assert.ok(typeof ja[s] === 'string' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(ja[s] as string), `missing ja: ${s}`);
    for (const s of Object.keys(ja)) assert.ok(used.has(s), `stale ja translation: ${s}`);
  });

  it('every %key% of package.json exists in package.nls.json and package.nls.ja.json', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 0);
    const en = json('package.nls.json');
    const ja = json('package.nls.ja.json');
    for (const k of keys) {
      assert.ok(typeof en[k] === 'string', `package.nls.json lacks ${k}`);
      assert.ok(typeof ja[k] === 'string' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(ja[k] as string), `package.nls.ja.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
  });
});
