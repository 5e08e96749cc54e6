/**
 * CodeLens on the first line of a detected export: its kind, "Show Summary" and "Open in Report Grid"
 * (`entraReportLens.codeLens` turns it off).
 */
import * as vscode from 'vscode';
import { HOVER_SELECTOR } from './hover';
import { displayLanguage } from './language';
import type { ReportSessions } from './report-sessions';

export function registerCodeLens(context: vscode.ExtensionContext, sessions: ReportSessions): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    sessions.onDidIndex(() => changed.fire()),
    sessions.onDidClose(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('entraReportLens.codeLens') || e.affectsConfiguration('entraReportLens.language')) changed.fire();
    }),
    vscode.languages.registerCodeLensProvider(HOVER_SELECTOR, {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses(document) {
        if (!vscode.workspace.getConfiguration('entraReportLens').get<boolean>('codeLens', true)) return [];
        const session = sessions.withIndex(document.uri);
        if (!session) return [];
        const lang = displayLanguage();
        const range = new vscode.Range(0, 0, 0, 0);
        const info = session.index.info;
        return [
          new vscode.CodeLens(range, {
            title: `$(shield) ${info.title[lang]} · ${vscode.l10n.t('{0} rows', session.index.rowCount.toLocaleString('en-US'))}`,
            command: 'entraReportLens.showSummary',
            arguments: [document.uri],
          }),
          new vscode.CodeLens(range, { title: `$(graph) ${vscode.l10n.t('Show Summary')}`, command: 'entraReportLens.showSummary', arguments: [document.uri] }),
          new vscode.CodeLens(range, { title: `$(table) ${vscode.l10n.t('Open in Report Grid')}`, command: 'entraReportLens.openInGrid', arguments: [document.uri] }),
        ];
      },
    }),
  );
}
