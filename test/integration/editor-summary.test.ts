/** The entry points to the summary: CodeLens, the command (from the status bar / editor title) and its panel. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Summary } from '../../src/core/analysis/summary';
import { closeAllEditors, openReport, waitFor } from './workspace';

describe('summary entry points (in the editor)', () => {
  afterEach(closeAllEditors);

  it('CodeLens on the first line names the report and offers Show Summary', async () => {
    const { editor } = await openReport('generated', 'signin-portal-57.csv');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => t.includes('Sign-in log (portal CSV download) · 15 rows')), titles.join(' | '));
    const show = lenses.find((l) => l.command?.title.includes('Show Summary'));
    assert.equal(show?.command?.command, 'entraReportLens.showSummary');
    assert.equal(show?.range.start.line, 0);
  });

  it('Show Summary returns the summary and opens its panel', async () => {
    const { editor } = await openReport('generated', 'signin-portal-57.csv');
    const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', editor.document.uri);
    assert.equal(summary?.rows, 15);
    assert.deepEqual(summary?.outcomes, { success: 4, interrupt: 4, failure: 4, blocked: 3, pending: 0, info: 0 });
    assert.equal(summary?.failureReasons[0]?.count, 2);
    const open = await waitFor(() =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('entraReportLens.summary')),
    );
    assert.ok(open, 'the summary panel is open');
  });

  it('Show Summary with no export open says what to do and returns nothing', async () => {
    const summary = await vscode.commands.executeCommand<Summary | undefined>('entraReportLens.showSummary');
    assert.equal(summary, undefined);
  });
});
