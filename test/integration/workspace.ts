/**
 * What the in-editor tests can rely on: the workspace holds copies of the bundled samples, the generated exports and a
 * few ordinary files (see `makeTestWorkspace`), and the extension's API (`ExtensionApi`).
 */
import * as vscode from 'vscode';
import type { ExtensionApi, ReportSnapshot } from '../../src/extension/api';

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-editor suite needs a workspace folder (the runner opens one)');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export const EXTENSION_ID = 'entra-report-lens.entra-report-lens';

export async function activateExtension(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  return extension.activate();
}

/** Opens a workspace file in an editor and waits until the extension has indexed it as a report. */
export async function openReport(...segments: string[]): Promise<{ editor: vscode.TextEditor; report: ReportSnapshot; api: ExtensionApi }> {
  const api = await activateExtension();
  const document = await vscode.workspace.openTextDocument(workspaceFile(...segments));
  const editor = await vscode.window.showTextDocument(document);
  let report: ReportSnapshot | undefined;
  const found = await waitForAsync(async () => (report = await api.report(document.uri)) !== undefined, 20_000);
  if (!found || !report) throw new Error(`${segments.join('/')} was not indexed as a report`);
  return { editor, report, api };
}

/** Writes a file into the workspace (tests build broken exports on the fly). */
export async function writeWorkspaceFile(name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile('scratch', name);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Sets a setting for the duration of `body`. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration();
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration().update(key, before, vscode.ConfigurationTarget.Global);
  }
}

export async function waitForAsync(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Waits until `condition` holds (the workbench updates tabs and panels asynchronously), up to `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
