/** What the in-editor tests can rely on: the workspace holds copies of the bundled samples and generated fixtures. */
import * as vscode from 'vscode';

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-editor suite needs a workspace folder (the runner opens one)');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export const EXTENSION_ID = 'entra-report-lens.entra-report-lens';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  await extension.activate();
  return extension;
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
