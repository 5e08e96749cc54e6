/**
 * One editor for the whole end-to-end run: the extension packaged as users get it (.vsix), installed into a fresh
 * profile of the local editor, a fresh browser, and a throwaway workspace holding the samples. Started on first use,
 * stopped after the last test (also when a test fails or the run is interrupted).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, makeTestWorkspace, openWorkbench, startEditor, stopAll, waitForCommand, type RunningEditor } from '../vscode/harness';

export const ROOT = path.resolve(__dirname, '../..');
export const VSIX = path.join(ROOT, 'dist', 'entra-report-lens.vsix');
export const LOOK_UP_TITLE = 'Entra Report Lens: Look Up Code';
export const SWITCH_LANGUAGE_TITLE = 'Entra Report Lens: Switch Explanation Language';

export interface Session {
  readonly editor: RunningEditor;
  readonly page: Page;
  readonly workspace: string;
}

let session: Promise<Session> | undefined;

export function e2eSession(): Promise<Session> {
  return (session ??= start());
}

async function start(): Promise<Session> {
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`npm run package failed:\n${packaged.stdout}\n${packaged.stderr}`);
  const workspace = makeTestWorkspace();
  const editor = await startEditor({ workspace, vsix: VSIX, settings: { 'entraReportLens.language': 'en' } });
  const { page } = await launchBrowser();
  await openWorkbench(page, editor);
  await waitForCommand(page, LOOK_UP_TITLE);
  return { editor, page, workspace };
}

/** Root hook: whatever happened, stop the editor and browser and remove the workspace. */
export const mochaHooks = {
  async afterAll(this: Mocha.Context) {
    this.timeout(30_000);
    const s = await session?.catch(() => undefined);
    await stopAll();
    if (s) rmSync(s.workspace, { recursive: true, force: true });
  },
};
