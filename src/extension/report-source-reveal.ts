/**
 * Jumping from a panel to a row of its export: in the text editor (the line selected and centred), or in the Report
 * Grid when the file is open there and not as text, or is too large for the text editor (VS Code gives extensions no
 * text above 50 MB) — the grid scrolls to the row, selects it and takes the focus (`revealRowInGrid`).
 */
import * as vscode from 'vscode';
import type { GridRevealed } from '../protocol';
import { GRID_VIEW_TYPE } from './grid-commands';
import { REVEAL_ROW_COMMAND } from './grid/grid-provider';
import type { ReportSource } from './report-source';
import type { SourceSet } from './report-source-set';

/** VS Code does not sync documents larger than this to extensions. */
const TEXT_LIMIT = 50 * 1024 * 1024;

export interface RevealResult {
  readonly where: 'text' | 'grid';
  readonly uri: string;
  /** 1-based line. */
  readonly line: number;
  /** In the grid: what it shows (undefined when it did not confirm, or the line is no row of the file). */
  readonly grid?: GridRevealed;
}

function tabsOf(uri: vscode.Uri): vscode.Tab[] {
  const key = uri.toString();
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => {
    const input = t.input;
    return (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) && input.uri.toString() === key;
  });
}

/** The editor column to use: where the file is already shown, else a column other than the panel's. */
function columnFor(uri: vscode.Uri, panelColumn: vscode.ViewColumn | undefined, kind: 'text' | 'grid'): vscode.ViewColumn {
  const tab = tabsOf(uri).find((t) => (kind === 'text' ? t.input instanceof vscode.TabInputText : t.input instanceof vscode.TabInputCustom));
  if (tab) return tab.group.viewColumn;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  if (visible?.viewColumn) return visible.viewColumn;
  return panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

export async function revealRow(source: ReportSource, line: number, panelColumn?: vscode.ViewColumn): Promise<RevealResult> {
  const uri = source.uri;
  const tabs = tabsOf(uri);
  const inText = tabs.some((t) => t.input instanceof vscode.TabInputText) || source.backing === 'text';
  const inGrid = tabs.some((t) => t.input instanceof vscode.TabInputCustom && t.input.viewType === GRID_VIEW_TYPE);
  const size = await vscode.workspace.fs.stat(uri).then(
    (s) => s.size,
    () => 0,
  );
  if (!inText && (inGrid || size > TEXT_LIMIT)) {
    await vscode.commands.executeCommand('vscode.openWith', uri, GRID_VIEW_TYPE, { viewColumn: columnFor(uri, panelColumn, 'grid'), preserveFocus: false });
    // The grid finds the row from the line in its own index (also while it is still reading the file).
    const row = source.current?.rowAtLine(line) ?? -1;
    const shown = await vscode.commands.executeCommand<GridRevealed | undefined>(REVEAL_ROW_COMMAND, uri, row, line);
    return { where: 'grid', uri: uri.toString(), line, ...(shown ? { grid: shown } : {}) };
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const position = new vscode.Position(Math.max(0, Math.min(line - 1, document.lineCount - 1)), 0);
  const range = new vscode.Range(position, position);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: columnFor(uri, panelColumn, 'text'), selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { where: 'text', uri: uri.toString(), line };
}

/** An evidence row of a panel's files (`file` 1 is the AuthDetails CSV joined to the sign-ins, when there is one). */
export function revealEvidence(set: SourceSet, ref: { readonly file: number; readonly line: number }, panelColumn?: vscode.ViewColumn): Promise<RevealResult> {
  const source = ref.file === 1 && set.details ? set.details : set.primary;
  return revealRow(source, ref.line, panelColumn);
}
