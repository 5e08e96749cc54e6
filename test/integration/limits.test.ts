/**
 * Limits, in the real editor: closing a tab cancels its read (text editor and grid), and three 100,000-row exports
 * open in the Report Grid at once keep the extension host's memory well below the size of the files — the grid holds
 * an index, never the files.
 */
import assert from 'node:assert/strict';
import { mkdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { writeSigninCsv } from '../../bench/generate';
import type { ExtensionApi, ReadRecord } from '../../src/extension/api';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './workspace';

const GRID = 'entraReportLens.reportGrid';
const MB = 1024 * 1024;

function readsOf(api: ExtensionApi, uri: vscode.Uri): ReadRecord[] {
  return api.reads().filter((r) => r.uri === uri.toString());
}

/** A generated portal sign-in CSV of about `rows` KB in the workspace's scratch folder. */
function bigExport(name: string, rows: number, seed: number): vscode.Uri {
  const uri = workspaceFile('scratch', name);
  mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  writeSigninCsv(uri.fsPath, { rows, seed });
  return uri;
}

describe('limits (in the editor)', function () {
  this.timeout(240_000);
  let api: ExtensionApi;
  const made: vscode.Uri[] = [];
  before(async () => (api = await activateExtension()));
  afterEach(closeAllEditors);
  after(() => {
    for (const uri of made) unlinkSync(uri.fsPath);
  });

  it('closing the tab of an export still being read as text cancels the read', async () => {
    const uri = bigExport('closing-text.csv', 40_000, 11); // ~40 MB: under the text editor's limit, seconds to index
    made.push(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.ok(await waitFor(() => readsOf(api, uri).length > 0, 60_000), 'the read ended');
    assert.deepEqual(readsOf(api, uri).map((r) => r.outcome), ['cancelled']);
    assert.equal(await api.report(uri), undefined, 'no report is kept for a closed tab');
    // Shown again, it is read again, to the end.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.ok(await waitFor(() => readsOf(api, uri).some((r) => r.outcome === 'indexed'), 60_000), 'read again when shown again');
    assert.equal((await api.report(uri))?.rows, 40_000);
  });

  it('closing a Report Grid tab while the file is read cancels the read', async () => {
    const uri = bigExport('closing-grid.csv', 60_000, 12);
    made.push(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, GRID);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.ok(await waitFor(() => readsOf(api, uri).length > 0, 60_000), 'the read ended');
    const [read] = readsOf(api, uri);
    assert.equal(read!.outcome, 'cancelled');
    assert.ok(read!.rows < 60_000, `${read!.rows} rows read before it stopped`);
  });

  it('three 100,000-row exports open in the grid together keep the host well below their size in memory', async () => {
    const files = [1, 2, 3].map((n) => bigExport(`three-${n}.csv`, 100_000, 20 + n));
    made.push(...files);
    const total = files.reduce((sum, uri) => sum + statSync(uri.fsPath).size, 0);
    const live = () => {
      const m = api.memory(true);
      return m.heapUsed + m.external;
    };
    const before = { rss: api.memory().rss, live: live() };
    let peak = before.rss;
    const sample = setInterval(() => (peak = Math.max(peak, api.memory().rss)), 50);
    try {
      for (const uri of files) await vscode.commands.executeCommand('vscode.openWith', uri, GRID, { preview: false });
      const indexed = () => files.every((uri) => readsOf(api, uri).some((r) => r.outcome === 'indexed' && r.rows === 100_000));
      assert.ok(await waitFor(indexed, 180_000), 'all three were read to the end');
    } finally {
      clearInterval(sample);
    }
    const mb = (n: number) => `${(n / MB).toFixed(0)} MB`;
    const held = live() - before.live;
    console.log(`      three files, ${mb(total)} in all: host RSS ${mb(before.rss)} → peak ${mb(peak)}; ${mb(held)} more held after collecting garbage`);
    // The index of a 100k-row export is tens of MB; holding the files (or their text) would take more than their size.
    assert.ok(held < total / 3, `${mb(held)} held for ${mb(total)} of files`);
    assert.ok(peak - before.rss < total, `host RSS grew by ${mb(peak - before.rss)} for ${mb(total)} of files`);
  });
});
