/** The Report Grid custom editor in the real editor: opening it both ways, and never touching the file. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './workspace';

const activeTab = () => vscode.window.tabGroups.activeTabGroup.activeTab?.input;
const isGrid = () => {
  const input = activeTab();
  return input instanceof vscode.TabInputCustom && input.viewType === 'entraReportLens.reportGrid';
};
const sha256 = (uri: vscode.Uri) => createHash('sha256').update(readFileSync(uri.fsPath)).digest('hex');

describe('Report Grid (in the editor)', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('opens an export from the text editor and reopens it as text, leaving the file byte-identical', async () => {
    const uri = workspaceFile('samples', '20250502131826-AuditLogs.json');
    const before = sha256(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(await vscode.commands.executeCommand('entraReportLens.openInGrid'), true);
    assert.ok(await waitFor(isGrid, 10_000), 'the grid is the active editor');
    assert.equal(await vscode.commands.executeCommand('entraReportLens.reopenAsText'), true);
    assert.ok(await waitFor(() => activeTab() instanceof vscode.TabInputText, 10_000), 'back in the text editor');
    assert.equal(sha256(uri), before);
  });

  it('is offered for CSV and JSON exports through "Reopen Editor With…"', async () => {
    const uri = workspaceFile('generated', 'signin-portal-57.csv');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'entraReportLens.reportGrid');
    assert.ok(await waitFor(isGrid, 10_000));
    const input = activeTab() as vscode.TabInputCustom;
    assert.equal(input.uri.toString(), uri.toString());
  });
});
