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

describe('large exports opened as text (in the editor)', () => {
  afterEach(closeAllEditors);

  it('a 21 MB export opened as text is offered the Report Grid, once', async () => {
    const api = await activateExtension();
    const header = '"Date (UTC)","Request ID","Username","Status","Sign-in error code"\n';
    const row = '"2025-12-04T08:19:41Z","0000000000000000000000000000000000000000","someone@contoso.com","Failure","50126"\n';
    const body = header + row.repeat(Math.ceil((21 * 1024 * 1024) / row.length));
    const uri = workspaceFile('scratch', 'large-signins.csv');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
    await vscode.commands.executeCommand('vscode.open', uri);
    assert.ok(await waitFor(() => api.largeFilesOffered().includes(uri.toString()), 15_000), 'the grid was offered');
    assert.equal(api.largeFilesOffered().filter((u) => u === uri.toString()).length, 1);
  });
});
