/**
 * What the extension posts to its webviews, seen from the test side: the Report Grid's `init`, `view` and `page`
 * messages are what the grid shows (its columns, its code filter, its cells), but its panel belongs to VS Code and the
 * extension's API does not expose it. Every webview in the extension host is an instance of one class, so wrapping
 * that class's `postMessage` records the messages of every webview, the grid's included. Test-only; `stop` restores it.
 */
import * as vscode from 'vscode';
import type { GridInit, GridRow, HostToGrid } from '../../src/protocol';
import { waitFor } from './workspace';

interface Posted {
  readonly webview: vscode.Webview;
  readonly message: unknown;
}

/** What one Report Grid was told to show: its columns and code filter, and the first page of rows. */
export interface GridShown {
  readonly init: GridInit;
  readonly codes: ReadonlyArray<{ readonly code: string; readonly count: number; readonly label: string }>;
  readonly totalRows: number;
  readonly rows: readonly GridRow[];
  /** The code explanations sent with the page (code → label). */
  readonly labels: Readonly<Record<string, string>>;
}

export class WebviewMessages {
  private readonly posted: Posted[] = [];
  private restore: (() => void) | undefined;

  /** Starts recording. A small panel is shown beside the editors to reach the webview class; `stop` closes it. */
  static async start(): Promise<WebviewMessages> {
    const recorder = new WebviewMessages();
    // Disposing the probe right after creating it left the next custom editor's webview without content in
    // code-server: keep it open until `stop`.
    const probe = vscode.window.createWebviewPanel('entraReportLens.test.probe', 'probe', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    const prototype = Object.getPrototypeOf(probe.webview) as { postMessage: (this: vscode.Webview, message: unknown) => Thenable<boolean> };
    const original = prototype.postMessage;
    const posted = recorder.posted;
    prototype.postMessage = function (this: vscode.Webview, message: unknown) {
      posted.push({ webview: this, message });
      return original.call(this, message);
    };
    recorder.restore = () => {
      prototype.postMessage = original;
      probe.dispose();
    };
    return recorder;
  }

  stop(): void {
    this.restore?.();
    this.restore = undefined;
  }

  /** Forgets what was recorded so far. */
  clear(): void {
    this.posted.length = 0;
  }

  /**
   * What the newest grid on the file named `fileName` shows once it has its columns, a view of all rows and the first
   * page (the webview asks for it itself); undefined if that did not happen within `timeoutMs`.
   */
  async grid(fileName: string, timeoutMs = 15_000): Promise<GridShown | undefined> {
    let shown: GridShown | undefined;
    await waitFor(() => (shown = this.gridNow(fileName)) !== undefined, timeoutMs);
    return shown;
  }

  /** The notices the newest grid on `fileName` was sent so far (its toolbar's messages). */
  gridNotices(fileName: string): string[] {
    const last = this.posted.filter((p) => (p.message as HostToGrid).type === 'init' && (p.message as { init: GridInit }).init.file === fileName).at(-1);
    if (!last) return [];
    return this.posted
      .filter((p) => p.webview === last.webview && (p.message as HostToGrid).type === 'notice')
      .map((p) => (p.message as Extract<HostToGrid, { type: 'notice' }>).message);
  }

  private gridNow(fileName: string): GridShown | undefined {
    const inits = this.posted.filter((p) => (p.message as HostToGrid).type === 'init' && (p.message as { init: GridInit }).init.file === fileName);
    const last = inits.at(-1);
    if (!last) return undefined;
    const mine = this.posted.filter((p) => p.webview === last.webview).map((p) => p.message as HostToGrid);
    const view = mine.filter((m): m is Extract<HostToGrid, { type: 'view' }> => m.type === 'view').at(-1);
    if (!view || view.rowCount !== view.totalRows) return undefined;
    const page = mine.filter((m): m is Extract<HostToGrid, { type: 'page' }> => m.type === 'page' && m.viewId === view.viewId && m.start === 0).at(-1);
    if (!page) return undefined;
    const labels: Record<string, string> = {};
    for (const [code, info] of Object.entries(page.codes)) labels[code] = info.label;
    return { init: (last.message as { init: GridInit }).init, codes: view.codes, totalRows: view.totalRows, rows: page.rows, labels };
  }
}
