/**
 * The status bar for the active export: its kind, rows and failures; a click opens the summary. Also keeps the
 * `entraReportLens.isReport` context key, which shows the editor-title actions on exports only.
 */
import * as vscode from 'vscode';
import { OUTCOMES } from '../core/catalog/types';
import { OUTCOME_NAMES } from '../core/display';
import { displayLanguage } from './language';
import type { ReportSessions } from './report-sessions';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('entraReportLens.report', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly sessions: ReportSessions) {
    this.item.name = 'Entra Report Lens';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      sessions.onDidIndex(() => this.update()),
      sessions.onDidClose(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('entraReportLens.language') && this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const session = document ? this.sessions.withIndex(document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', 'entraReportLens.isReport', session !== undefined);
    if (!session) {
      this.item.hide();
      return;
    }
    const lang = displayLanguage();
    const index = session.index;
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<(typeof OUTCOMES)[number], number>;
    for (let row = 0; row < index.rowCount; row++) counts[index.outcome(row)]++;
    const failures = counts.failure + counts.blocked;
    this.item.text = `$(shield) ${index.info.title[lang].replace(/ \(.*\)$/, '')} · ${vscode.l10n.t('{0} rows', index.rowCount.toLocaleString('en-US'))} · ${vscode.l10n.t('{0} failed', failures.toLocaleString('en-US'))}`;
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.appendText(`${index.info.title[lang]}\n\n`);
    for (const o of OUTCOMES) if (counts[o]) tooltip.appendText(`${OUTCOME_NAMES[o][lang]}: ${counts[o].toLocaleString('en-US')}\n\n`);
    tooltip.appendText(vscode.l10n.t('Click to show the summary.'));
    this.item.tooltip = tooltip;
    this.item.command = { title: vscode.l10n.t('Show Summary'), command: 'entraReportLens.showSummary', arguments: [document!.uri] };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
