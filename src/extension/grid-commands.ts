/**
 * Switching between the text editor and the Report Grid, both ways, and offering the grid for files the text editor
 * cannot serve: VS Code gives extensions no text for files over 50 MB, and turns features off near 20 MB. Light: no
 * core import, so it costs nothing at activation.
 */
import * as vscode from 'vscode';

export const GRID_VIEW_TYPE = 'entraReportLens.reportGrid';
const EXPORT_FILE = /\.(csv|tsv|json|jsonl|ndjson|log|txt)$/i;
/** VS Code does not sync documents larger than this to extensions. */
const TEXT_LIMIT = 50 * 1024 * 1024;
/** Near this size VS Code switches off tokenization and other editor features. */
const LARGE_FILE = 20 * 1024 * 1024;

/** The file behind the active editor or tab, whatever kind of editor shows it. */
export function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return vscode.window.activeTextEditor?.document.uri;
}

/** Files already told about the grid (once each), for the API and its tests. */
const told = new Set<string>();

export function largeFilesOffered(): string[] {
  return [...told];
}

export function registerGridCommands(context: vscode.ExtensionContext): void {
  const open = (viewType: string) => async (target?: vscode.Uri) => {
    const uri = target instanceof vscode.Uri ? target : activeFile();
    if (!uri) return false;
    await vscode.commands.executeCommand('vscode.openWith', uri, viewType);
    return true;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.openInGrid', open(GRID_VIEW_TYPE)),
    vscode.commands.registerCommand('entraReportLens.reopenAsText', open('default')),
  );
  watchLargeFiles(context);
}

/** Says once per file, when a large export is opened as text, that the grid reads it whole. */
function watchLargeFiles(context: vscode.ExtensionContext): void {
  const check = async () => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputText) || !EXPORT_FILE.test(input.uri.path) || told.has(input.uri.toString())) return;
    const size = await vscode.workspace.fs.stat(input.uri).then(
      (s) => s.size,
      () => 0,
    );
    if (size < LARGE_FILE) return;
    told.add(input.uri.toString());
    const megabytes = Math.round(size / 1048576);
    const message =
      size >= TEXT_LIMIT
        ? vscode.l10n.t('This file is {0} MB: VS Code gives extensions no text above 50 MB, so explanations, colours and diagnostics are off here. The Report Grid reads the file itself.', megabytes)
        : vscode.l10n.t('This file is {0} MB: VS Code turns some editor features off for large files. The Report Grid reads the file itself and stays fast.', megabytes);
    const choice = await vscode.window.showInformationMessage(message, vscode.l10n.t('Open in Report Grid'));
    if (choice) await vscode.commands.executeCommand('vscode.openWith', input.uri, GRID_VIEW_TYPE);
  };
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(() => void check()));
  void check();
}
