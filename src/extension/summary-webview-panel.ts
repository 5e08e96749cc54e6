/**
 * What the summary and timeline panels share: a webview panel showing a source set, the ready handshake (messages
 * wait until the webview listens), re-rendering when a source changes (debounced) and releasing the sources when the
 * panel closes. Restoring after a reload goes through the same constructor with the panel VS Code hands back.
 */
import * as vscode from 'vscode';
import { releaseSet, type SourceSet } from './report-source-set';
import type { ReportSources } from './report-source';
import { webviewHtml, webviewOptions } from './webview-html';

const RENDER_DELAY_MS = 80;

/** The panel the user last had in front (its report is "the current report" while a panel has the focus). */
let lastActive: ReportPanel<{ type: string }, { type: string }> | undefined;

/** The report of the active summary or timeline panel, when one of them is the active editor. */
export function activePanelReport(): vscode.Uri | undefined {
  return lastActive && !lastActive.isDisposed && lastActive.panel.active ? lastActive.set.primary.uri : undefined;
}

/** The file behind the active editor, grid or panel: what commands act on when given no file. */
export function currentReport(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return activePanelReport() ?? vscode.window.activeTextEditor?.document.uri;
}

export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { ...webviewOptions(extensionUri), enableFindWidget: true, retainContextWhenHidden: false };
}

export abstract class ReportPanel<Out extends { readonly type: string }, In extends { readonly type: string }> implements vscode.Disposable {
  private ready = false;
  private pending: Out | undefined;
  private renderTimer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every render: a slower, older render never posts over a newer one. */
  protected generation = 0;
  protected readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** The last message of each type posted, for tests (`ExtensionApi.panels`). */
  readonly posted = new Map<string, Out>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly set: SourceSet,
    protected readonly sources: ReportSources,
    extensionUri: vscode.Uri,
    bundle: string,
    private readonly onDispose: () => void,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewHtml(panel.webview, extensionUri, bundle, 'Entra Report Lens');
    const changed = () => this.scheduleRender();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: In) => {
        if (message.type === 'ready') {
          this.ready = true;
          if (this.pending) void panel.webview.postMessage(this.pending);
          this.pending = undefined;
          return;
        }
        void Promise.resolve(this.receive(message)).catch((error: unknown) => console.error('Entra Report Lens: panel message failed', error));
      }),
      set.primary.onDidChange(changed),
      ...(set.details ? [set.details.onDidChange(changed)] : []),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) lastActive = this;
      }),
    );
    if (panel.active) lastActive = this;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  protected post(message: Out): void {
    this.posted.set(message.type, message);
    if (this.ready) void this.panel.webview.postMessage(message);
    else this.pending = message;
  }

  scheduleRender(): void {
    clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
  }

  abstract render(): Promise<unknown>;

  /** Handles a message from the webview (other than `ready`); public so tests can act as the webview. */
  abstract receive(message: In): unknown;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.renderTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
    releaseSet(this.sources, this.set);
    if (lastActive === this) lastActive = undefined;
    this.onDispose();
    this.panel.dispose();
  }
}
