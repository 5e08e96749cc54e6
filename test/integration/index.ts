/**
 * Entry point of the in-editor suite, in the shape both runners expect: VS Code's extension host requires this file
 * and calls `run()`. The same compiled suite runs under @vscode/test-electron on a desktop (`npm run test:electron`)
 * and under the local code-server runtime here (`npm run test:integration`).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // ERL_TEST_GREP=<text> runs only the tests whose title contains it (while working on one part).
  const grep = process.env['ERL_TEST_GREP'];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed`)) : resolve()));
  });
}
