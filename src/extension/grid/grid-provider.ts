/**
 * The Report Grid custom editor, read-only: one GridDocument per file, shared by every grid open on it; each webview
 * gets its own GridPanel. Also answers the internal command `entraReportLens.revealRowInGrid(uri, row, line)` (not in
 * the Command Palette): the grid showing `uri` comes to the front and shows that row (see grid-reveal.ts).
 */
import * as vscode from 'vscode';
import type { GridRevealed } from '../../protocol';
import { GridDocument } from './grid-document';
import { GridPanel } from './grid-panel';
import type { RevealTarget } from './grid-reveal';

/** The command's name; the light entry point registers it and forwards to `<name>.run`. */
export const REVEAL_ROW_COMMAND = 'entraReportLens.revealRowInGrid';

export class GridProvider implements vscode.CustomReadonlyEditorProvider<GridDocument> {
  /** Open grids, oldest first. */
  private readonly panels: GridPanel[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {}

  openCustomDocument(uri: vscode.Uri): GridDocument {
    return new GridDocument(uri);
  }

  resolveCustomEditor(document: GridDocument, panel: vscode.WebviewPanel): void {
    const grid = new GridPanel(document, panel, this.extensionUri);
    this.panels.push(grid);
    panel.onDidDispose(() => this.panels.splice(this.panels.indexOf(grid), 1));
  }

  /**
   * Shows a row of `uri` in its grid — the active one, else a visible one, else the last opened — taking `line`
   * (1-based) when given, else `row` (of the file's index). Resolves with what the grid shows, or undefined when no
   * grid shows the file, the line is no row of it, or the grid did not confirm.
   */
  revealRow(uri: vscode.Uri, row: number | undefined, line: number | undefined): Promise<GridRevealed | undefined> {
    const key = uri.toString();
    const open = this.panels.filter((p) => p.document.uri.toString() === key);
    const grid = open.find((p) => p.panel.active) ?? open.find((p) => p.panel.visible) ?? open[open.length - 1];
    const target: RevealTarget | undefined = isCount(line) && line > 0 ? { line } : isCount(row) ? { row } : undefined;
    if (!grid || !target) return Promise.resolve(undefined);
    return grid.reveal(target);
  }

  registerRevealCommand(): vscode.Disposable {
    return vscode.commands.registerCommand(`${REVEAL_ROW_COMMAND}.run`, (uri: unknown, row: unknown, line: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
      return target ? this.revealRow(target, isCount(row) ? row : undefined, isCount(line) ? line : undefined) : undefined;
    });
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
