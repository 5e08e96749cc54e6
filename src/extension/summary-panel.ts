/**
 * "Entra Report Lens: Show Summary": one panel per export with its outcome totals and failure reasons, each explained
 * with its next step. Opened from the status bar, the CodeLens, the editor title or the Command Palette; it refreshes
 * when the export is re-indexed or the language changes. Returns the summary shown, for tests.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { summarize, type Summary } from '../core/analysis/summary';
import { catalog } from '../core/catalog';
import { assertNever, type SummaryToWebview, type WebviewToHost } from '../protocol';
import { ExplainPanel } from './explain-panel';
import { displayLanguage } from './language';
import type { ReportSession, ReportSessions } from './report-sessions';
import { summaryView } from './summary-view';
import { webviewHtml, webviewOptions } from './webview-html';

class SummaryPanel implements vscode.Disposable {
  private ready = false;
  private pending: SummaryToWebview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  readonly panel: vscode.WebviewPanel;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly session: ReportSession,
    onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel('entraReportLens.summary', 'Summary', vscode.ViewColumn.Beside, { ...webviewOptions(extensionUri), retainContextWhenHidden: false });
    this.panel.webview.html = webviewHtml(this.panel.webview, extensionUri, 'summary', 'Entra Report Lens');
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: WebviewToHost) => this.receive(message)),
      this.panel.onDidDispose(() => {
        onDispose();
        this.dispose();
      }),
    );
  }

  render(): Summary | undefined {
    const index = this.session.index;
    if (!index) return undefined;
    const lang = displayLanguage();
    const summary = summarize(index);
    const file = path.basename(this.session.document.uri.path);
    this.panel.title = `${file} — ${lang === 'ja' ? '概要' : 'Summary'}`;
    const message: SummaryToWebview = { type: 'showSummary', view: summaryView(summary, index, file, lang) };
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending = message;
    return summary;
  }

  private receive(message: WebviewToHost): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.pending) void this.panel.webview.postMessage(this.pending);
        this.pending = undefined;
        return;
      case 'lookUpCode': {
        const record = catalog.lookup(message.code, this.session.index?.info.codeFamilies);
        if (record) ExplainPanel.show(this.extensionUri, record);
        return;
      }
      default:
        assertNever(message);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function registerSummary(context: vscode.ExtensionContext, sessions: ReportSessions): void {
  const panels = new Map<string, SummaryPanel>();
  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.showSummary.run', async (target?: vscode.Uri): Promise<Summary | undefined> => {
      const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
      const session = uri ? sessions.get(uri) : undefined;
      if (!uri || !session) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to see its summary.'));
        return undefined;
      }
      await session.ready;
      if (!session.index) return undefined;
      const key = uri.toString();
      let panel = panels.get(key);
      if (!panel) {
        panel = new SummaryPanel(context.extensionUri, session, () => panels.delete(key));
        panels.set(key, panel);
      }
      panel.panel.reveal(vscode.ViewColumn.Beside, true);
      return panel.render();
    }),
    sessions.onDidIndex((session) => panels.get(session.document.uri.toString())?.render()),
    sessions.onDidClose((uri) => panels.get(uri.toString())?.panel.dispose()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('entraReportLens.language')) for (const p of panels.values()) p.render();
    }),
  );
}
