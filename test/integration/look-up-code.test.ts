/** Look Up Code, in the real extension host: the command explains a code from an argument or from the selection. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CatalogRecord } from '../../src/core/catalog/types';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './workspace';

const LOOK_UP = 'entraReportLens.lookUpCode';

function openTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((t) => `${t.label} [${t.input instanceof vscode.TabInputWebview ? `webview ${t.input.viewType}` : t.input?.constructor?.name}]`);
}

function explainTabOpen(): boolean {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('entraReportLens.explain'));
}

describe('Look Up Code (in the editor)', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('is contributed to the Command Palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(LOOK_UP));
  });

  it('explains a code passed as an argument and shows the explanation panel', async () => {
    const record = await vscode.commands.executeCommand<CatalogRecord>(LOOK_UP, '50126');
    assert.equal(record?.code, '50126');
    assert.equal(record?.outcome, 'failure');
    assert.equal(record?.label.en, 'Wrong user name or password');
    assert.ok(await waitFor(explainTabOpen), `the explanation panel is open; tabs: ${openTabs().join(', ')}`);
  });

  it('explains the code selected in an export opened as text', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('generated', 'signin-portal-57.csv'));
    const editor = await vscode.window.showTextDocument(document);
    const at = document.getText().indexOf('"500121"') + 1;
    assert.ok(at > 0, 'the fixture contains 500121');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 6));
    const record = await vscode.commands.executeCommand<CatalogRecord>(LOOK_UP);
    assert.equal(record?.code, '500121');
    assert.equal(record?.passwordAccepted, true);
  });

  it('returns nothing for a value that is not in the catalog', async () => {
    const record = await vscode.commands.executeCommand<CatalogRecord | undefined>(LOOK_UP, 'NOT_A_REAL_CODE');
    assert.equal(record, undefined);
  });

  it('Switch Explanation Language saves the setting and returns it', async () => {
    try {
      assert.equal(await vscode.commands.executeCommand('entraReportLens.switchLanguage', 'ja'), 'ja');
      assert.equal(vscode.workspace.getConfiguration('entraReportLens').get('language'), 'ja');
    } finally {
      await vscode.commands.executeCommand('entraReportLens.switchLanguage', 'auto');
    }
    assert.equal(vscode.workspace.getConfiguration('entraReportLens').get('language'), 'auto');
  });
});
