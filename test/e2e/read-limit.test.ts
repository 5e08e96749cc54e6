/**
 * A file over the size set in "Confirm Full Read Above MB" is read only after the user says how much: in a real VS Code
 * in Chromium, the grid asks, and reads all of it, only its first megabytes, or nothing, as answered.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { writeSigninCsv } from '../../bench/generate';
import { openFile, panelFrame, runCommand, screenshot, webviewContent } from '../vscode/harness';
import { e2eSession } from './session';

const OPEN_IN_GRID = 'Entra Report Lens: Open in Report Grid';
const ROWS = 4_000;

function settingsFile(profile: string): string {
  return path.join(profile, 'data', 'User', 'settings.json');
}

/**
 * Opens `name` in the grid and answers the question with the button `answer`, or closes it when undefined. Should the
 * extension host see the new setting late, the grid reads without asking: the file is then closed and opened again.
 */
async function openAndAnswer(page: Page, name: string, answer: string | undefined): Promise<void> {
  const toast = page.locator('.notification-toast', { hasText: 'Confirm Full Read Above MB' });
  for (let attempt = 1; ; attempt++) {
    await openFile(page, name);
    await runCommand(page, OPEN_IN_GRID);
    const asked = await toast.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (asked) break;
    if (attempt === 3) throw new Error(`opening ${name} in the grid never asked before reading it`);
    await runCommand(page, 'View: Close All Editors');
  }
  assert.match(await toast.innerText(), new RegExp(`${name.replace('.', '\\.')} is [\\d.]+ MB, above the 1 MB`));
  if (answer) await toast.locator('.monaco-button', { hasText: answer }).click();
  else {
    // Clearing the notification answers nothing (hiding it, with Escape, would leave the question open).
    await runCommand(page, 'Notifications: Clear All Notifications');
    await toast.waitFor({ state: 'detached', timeout: 10_000 });
  }
}

/**
 * Replaces the user settings as a user does, in the settings.json editor (pasted, then saved): the workbench applies
 * them at once, where a write to the file behind its back is noticed at some later moment.
 */
async function writeUserSettings(page: Page, file: string, json: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings (JSON)');
  // Opened as a tab or, in recent versions, as a modal editor: either way, its text shows the file's first key.
  const firstLine = page.locator('.monaco-editor .view-line', { hasText: '"workbench.startupEditor"' }).first();
  await firstLine.waitFor();
  await firstLine.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), json);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+S');
  // The file may be caught half written: read it until it parses as what was pasted.
  const saved = () => {
    try {
      return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return undefined;
    }
  };
  const wanted = JSON.stringify(JSON.parse(json));
  for (let i = 0; i < 100 && saved() !== wanted; i++) await page.waitForTimeout(100);
  assert.equal(saved(), wanted, 'the settings were saved');
  await runCommand(page, 'View: Close Editor');
}

describe('reading a file above the size that asks first', function () {
  this.timeout(180_000);
  let original = '';

  before(async function () {
    const { editor, workspace, page } = await e2eSession();
    mkdirSync(path.join(workspace, 'limited'), { recursive: true });
    for (const n of [1, 2, 3]) writeSigninCsv(path.join(workspace, 'limited', `limited-${n}.csv`), { rows: ROWS, seed: 40 + n });
    const file = settingsFile(editor.profile);
    original = existsSync(file) ? readFileSync(file, 'utf8') : '{}';
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: editor.url });
    await writeUserSettings(page, file, JSON.stringify({ ...JSON.parse(original || '{}'), 'entraReportLens.confirmFullReadAboveMB': 1 }, null, 2));
  });

  after(async () => {
    const { page, editor } = await e2eSession();
    await runCommand(page, 'View: Close All Editors');
    await writeUserSettings(page, settingsFile(editor.profile), original);
  });

  it('reads only the first megabyte when asked to, and says so', async () => {
    const { page } = await e2eSession();
    await openAndAnswer(page, 'limited-1.csv', 'Read the first 1 MB');
    const grid = await webviewContent(page, 'limited-1.csv');
    const counts = grid.locator('.counts', { hasText: /^[\d,]+ of [\d,]+ rows$/ });
    await counts.waitFor({ timeout: 30_000 });
    await grid.locator('.notice:not([hidden])', { hasText: 'Only the first 1 MB were read' }).waitFor({ timeout: 30_000 });
    const shown = Number((await counts.innerText()).split(' ')[0]!.replace(/,/g, ''));
    assert.ok(shown > 100 && shown < ROWS, `${shown} rows of ${ROWS} read from the first megabyte`);
    await screenshot(page, 'read-limit-first-mb');
  });

  it('reads the whole file when asked to', async () => {
    const { page } = await e2eSession();
    await openAndAnswer(page, 'limited-2.csv', 'Read all of it');
    const grid = await webviewContent(page, 'limited-2.csv');
    await grid.locator('.counts', { hasText: `${ROWS.toLocaleString('en-US')} of ${ROWS.toLocaleString('en-US')} rows` }).waitFor({ timeout: 30_000 });
  });

  it('reads nothing when the question is dismissed', async () => {
    const { page } = await e2eSession();
    await openAndAnswer(page, 'limited-3.csv', undefined);
    const grid = await panelFrame(page, '.notice:not([hidden])', 'Not read, as you chose').catch(async (error: unknown) => {
      await screenshot(page, 'failed-read-limit-declined');
      throw error;
    });
    assert.equal(await grid.locator('.grid-row:not(.loading)').count(), 0, 'no row is shown');
  });
});
