/**
 * Revealing one row of the file in a Report Grid (the internal command `entraReportLens.revealRowInGrid`, used by the
 * evidence jumps of the summary and timeline panels when the file is open in the grid): the row is found from its
 * line in the grid's own index — waiting while the file is still read and the line is not reached yet — then its
 * position in the grid's current view (filtered and sorted as the user left it) is sent to the webview, which scrolls
 * there, selects it, takes the focus and confirms with `rowRevealed`. A view computed before the row was read is
 * computed again first; a row the view filters out is sent as position -1 (the webview clears its filters and asks
 * again with `locateRow`).
 */
import * as vscode from 'vscode';
import type { ReportIndex } from '../../core/model/report-index';
import type { GridRevealed, HostToGrid } from '../../protocol';
import type { GridDocument } from './grid-document';

/** How long the webview has to confirm that it shows the row. */
const CONFIRM_MS = 15_000;

/** What to reveal: a 1-based line of the file, or a row of its index when no line is given. */
export type RevealTarget = { readonly line: number } | { readonly row: number };

/**
 * The row of `target` in `index`: `'wait'` while the file is still read and the target lies past the rows read so
 * far, `'none'` when it is no row of the file (a header line, past the end, past the part read).
 */
export function rowOf(index: ReportIndex, target: RevealTarget, read: { readonly complete: boolean; readonly partial: boolean }): number | 'wait' | 'none' {
  if ('row' in target) {
    if (target.row >= 0 && target.row < index.rowCount) return target.row;
    return read.complete || target.row < 0 ? 'none' : 'wait';
  }
  const row = index.rowAtLine(target.line);
  if (row < 0) return read.complete || index.rowCount > 0 ? 'none' : 'wait';
  // A line after the start of the last row read may belong to a row not read yet.
  const last = row === index.rowCount - 1 && index.line(row) !== target.line;
  if (last && !read.complete) return 'wait';
  if (last && read.partial) return 'none';
  return row;
}

/** The current view of a grid panel, as its webview has it. */
export interface ShownView {
  readonly id: number;
  readonly rows: Uint32Array;
  /** Rows the index had when the view was computed: rows read later are not in it yet. */
  readonly indexRows: number;
}

export interface RevealHost {
  readonly document: GridDocument;
  /** The view the webview has, or undefined while it has none (loading) or a newer one is being computed. */
  shownView(): ShownView | undefined;
  /** Computes the current query again over all rows read so far (the webview gets the view before this resolves). */
  requery(): Promise<void>;
  post(message: HostToGrid): void;
  notice(message: string, error: boolean): void;
}

interface Waiting {
  readonly target: RevealTarget;
  readonly resolve: (result: GridRevealed | undefined) => void;
  /** Set once `revealRow` is sent: the row the webview is to confirm. */
  row?: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class GridRevealer implements vscode.Disposable {
  private waiting: Waiting | undefined;
  private readFinished = false;
  private sending = false;

  constructor(private readonly host: RevealHost) {
    void host.document.ready.then(() => {
      this.readFinished = true;
      return this.attempt();
    });
  }

  /** Reveals `target`; resolves with what the grid shows, or undefined (not a row, no confirmation, grid closed). */
  reveal(target: RevealTarget): Promise<GridRevealed | undefined> {
    this.settle(undefined);
    const done = new Promise<GridRevealed | undefined>((resolve) => (this.waiting = { target, resolve }));
    void this.attempt();
    return done;
  }

  /**
   * Tries the waiting reveal: called when asked, after each view the webview gets, and as rows are read. Does nothing
   * until the webview has a view and the target is read.
   */
  async attempt(): Promise<void> {
    const waiting = this.waiting;
    const index = this.host.document.index;
    if (!waiting || waiting.row !== undefined || this.sending) return;
    if (!index) {
      if (this.readFinished) this.settle(undefined);
      return;
    }
    const view = this.host.shownView();
    if (!view) return;
    const complete = this.host.document.complete || this.readFinished;
    const row = rowOf(index, waiting.target, { complete, partial: this.host.document.partial });
    if (row === 'wait') return;
    if (row === 'none') {
      const line = 'line' in waiting.target ? waiting.target.line : waiting.target.row + 1;
      this.host.notice(vscode.l10n.t('Line {0} is not a row of this export.', line), true);
      this.settle(undefined);
      return;
    }
    waiting.row = row;
    this.sending = true;
    let sent = false;
    try {
      sent = await this.send(row, index.line(row));
    } finally {
      this.sending = false;
    }
    if (!sent) waiting.row = undefined; // a newer view is on its way: tried again once the webview has it
    else waiting.timer = setTimeout(() => this.waiting === waiting && this.settle(undefined), CONFIRM_MS);
  }

  /** The webview asks where `row` is now (its view changed under a reveal). */
  async locate(row: number, line: number): Promise<void> {
    if (this.host.shownView()) await this.send(row, line);
  }

  /** The webview shows the row it was sent. */
  revealed(result: GridRevealed): void {
    if (this.waiting?.row === result.row) this.settle(result);
  }

  private async send(row: number, line: number): Promise<boolean> {
    let view = this.host.shownView();
    if (view && row >= view.indexRows) {
      // Computed before this row was read (sorted and searched views are computed again only at the end): redo it.
      await this.host.requery();
      view = this.host.shownView();
    }
    if (!view) return false;
    this.host.post({ type: 'revealRow', viewId: view.id, row, line, position: view.rows.indexOf(row) });
    return true;
  }

  private settle(result: GridRevealed | undefined): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    clearTimeout(waiting.timer);
    waiting.resolve(result);
  }

  dispose(): void {
    this.settle(undefined);
  }
}
