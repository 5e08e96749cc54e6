/** A user runs Look Up Code from the Command Palette in a real VS Code in Chromium and reads the explanation. */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { openFile, pickQuickItem, runCommand, screenshot, webviewContent } from '../vscode/harness';
import { e2eSession, LOOK_UP_TITLE, ROOT, SWITCH_LANGUAGE_TITLE } from './session';

describe('Look Up Code in the browser', function () {
  this.timeout(180_000);

  it('starts with the extension active: its command is in the Command Palette', async () => {
    await e2eSession(); // waits until the command is listed
  });

  it('opens a sample export from the workspace', async () => {
    const { page } = await e2eSession();
    await openFile(page, 'signin-portal-57.csv');
    await page.locator('.monaco-editor .view-line', { hasText: 'Sign-in error code' }).first().waitFor();
  });

  it('explains 50126 in English in the explanation panel', async () => {
    const { page } = await e2eSession();
    await runCommand(page, LOOK_UP_TITLE);
    await pickQuickItem(page, '50126', '50126');
    const card = await webviewContent(page, '50126');
    await card.locator('h1.code', { hasText: '50126' }).waitFor();
    assert.equal(await card.locator('.label').innerText(), 'Wrong user name or password');
    assert.equal(await card.locator('.badge').innerText(), 'failure');
    assert.match(await card.locator('.text').first().innerText(), /password spray/);
    const shot = await screenshot(page, 'look-up-code-en');
    // The README's picture is this screenshot: `UPDATE_README_SCREENSHOT=1 npm run test:e2e` refreshes it.
    if (process.env['UPDATE_README_SCREENSHOT'] === '1') copyFileSync(shot, path.join(ROOT, 'media', 'readme-editor.png'));
  });

  it('switches to Japanese from the palette and explains SUCCESS_USER_BLOCKED as a block', async () => {
    const { page } = await e2eSession();
    await runCommand(page, SWITCH_LANGUAGE_TITLE);
    await pickQuickItem(page, '日本語', '日本語');
    // The open explanation re-renders in the new language at once.
    const previous = await webviewContent(page, '50126');
    await previous.locator('.badge', { hasText: '失敗' }).waitFor();
    await runCommand(page, LOOK_UP_TITLE);
    await pickQuickItem(page, 'SUCCESS_USER_BLOCKED', 'SUCCESS_USER_BLOCKED');
    const card = await webviewContent(page, 'SUCCESS_USER_BLOCKED');
    await card.locator('h1.code', { hasText: 'SUCCESS_USER_BLOCKED' }).waitFor();
    assert.equal(await card.locator('.badge').innerText(), 'ブロック');
    assert.match(await card.locator('.label').innerText(), /ブロック/);
    assert.equal(await card.locator('html').getAttribute('lang'), 'ja');
    await screenshot(page, 'look-up-code-ja');
    await runCommand(page, SWITCH_LANGUAGE_TITLE);
    await pickQuickItem(page, 'English', 'English');
  });
});
