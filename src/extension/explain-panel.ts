/** One reusable panel that shows a code's explanation card (the result of Look Up Code). */
import * as vscode from 'vscode';
import type { CatalogRecord, Lang } from '../core/catalog';
import { assertNever, type ExplainToWebview, type WebviewToHost } from '../protocol';
import { displayLanguage } from './language';
import { toRecordCard } from './record-card';
import { webviewHtml, webviewOptions } from './webview-html';

export class ExplainPanel implements vscode.Disposable {
  private static current: ExplainPanel | undefined;
  private ready = false;
  private pending: ExplainToWebview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private record: CatalogRecord | undefined;

  static show(extensionUri: vscode.Uri, record: CatalogRecord): ExplainPanel {
    const panel = (ExplainPanel.current ??= new ExplainPanel(extensionUri));
    panel.record = record;
    panel.render();
    panel.panel.reveal(vscode.ViewColumn.Beside, true);
    return panel;
  }

  private render(): void {
    if (!this.record) return;
    const lang: Lang = displayLanguage();
    this.panel.title = `${this.record.code} — ${this.record.label[lang]}`;
    this.post({ type: 'showRecord', card: toRecordCard(this.record, lang) });
  }

  private readonly panel: vscode.WebviewPanel;

  private constructor(extensionUri: vscode.Uri) {
    this.panel = vscode.window.createWebviewPanel('entraReportLens.explain', 'Entra Report Lens', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri));
    this.panel.webview.html = webviewHtml(this.panel.webview, extensionUri, 'explain', 'Entra Report Lens');
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: WebviewToHost) => this.receive(message)),
      this.panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('entraReportLens.language')) this.render();
      }),
    );
  }

  private receive(message: WebviewToHost): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.pending) void this.panel.webview.postMessage(this.pending);
        this.pending = undefined;
        return;
      case 'lookUpCode':
        return; // the explanation card has nothing to look up
      default:
        assertNever(message);
    }
  }

  private post(message: ExplainToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending = message;
  }

  dispose(): void {
    if (ExplainPanel.current === this) ExplainPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
