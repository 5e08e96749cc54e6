/**
 * Activation is light: the extension activates for every CSV, JSON and text file, so opening an ordinary one must load
 * nothing heavy (no catalog, no indexer). This file runs first, before any test loads the features.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openReport, workspaceFile } from './workspace';

describe('activation (in the editor)', () => {
  after(closeAllEditors);

  it('opening an ordinary CSV and an ordinary JSON loads nothing heavy and adds no hover', async () => {
    const api = await activateExtension();
    assert.equal(api.featuresLoaded(), false, 'nothing loaded at activation');
    for (const name of ['prices.csv', 'app-config.json']) {
      const document = await vscode.workspace.openTextDocument(workspaceFile('ordinary', name));
      await vscode.window.showTextDocument(document);
    }
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(api.featuresLoaded(), false, 'an ordinary file must not load the heavy features');
    const csv = await vscode.workspace.openTextDocument(workspaceFile('ordinary', 'prices.csv'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', csv.uri, new vscode.Position(1, 8));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.doesNotMatch(text, /Outcome|Next step/);
    assert.equal(api.featuresLoaded(), false);
  });

  it('opening an export loads the features and indexes it', async () => {
    const { api, report } = await openReport('generated', 'signin-portal-57.csv');
    assert.equal(api.featuresLoaded(), true);
    assert.deepEqual([report.kind, report.dialect, report.confidence, report.rows, report.failures], ['signin', 'portal-csv', 'certain', 15, 7]);
  });
});
