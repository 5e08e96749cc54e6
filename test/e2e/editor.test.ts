/** A user opens an export as text in a real VS Code in Chromium: status bar, outcome colours and a hovered code. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hoverOver, openFile, screenshot } from '../vscode/harness';
import { e2eSession } from './session';

describe('an export in the text editor, in the browser', function () {
  this.timeout(180_000);

  it('shows the report in the status bar and explains a hovered code', async () => {
    const { page, workspace } = await e2eSession();
    await openFile(page, 'signin-graph-ps.json');
    const status = page.locator('.statusbar-item', { hasText: 'rows' }).first();
    await status.waitFor({ timeout: 30_000 });
    const expected = (JSON.parse(readFileSync(path.join(workspace, 'generated', 'expected.json'), 'utf8')) as { fixtures: Array<{ file: string; rows: number; outcomes: Record<string, number> }> }).fixtures.find(
      (f) => f.file === 'signin-graph-ps.json',
    )!;
    const failed = (expected.outcomes['failure'] ?? 0) + (expected.outcomes['blocked'] ?? 0);
    assert.equal((await status.innerText()).trim(), `Sign-in log · ${expected.rows} rows · ${failed} failed`);

    // Bring the line with the MFA failure into view (Ctrl+G), then hover its code as a user would.
    const lines = readFileSync(path.join(workspace, 'generated', 'signin-graph-ps.json'), 'utf8').split(/\r?\n/);
    const line = lines.findIndex((l) => /"errorCode":\s+500121/.test(l)) + 1;
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    const code = page.locator('.monaco-editor .view-line span', { hasText: /^500121$/ }).first();
    await code.waitFor();
    const hover = await hoverOver(page, code, '500121');
    const text = await hover.innerText();
    assert.match(text, /500121 — /);
    assert.match(text, /Outcome: failure · Sign-in error code/);
    assert.match(text, /The password was correct/);
    assert.match(text, /Row: .+@contoso\.com · 20\d\d-\d\d-\d\d \d\d:\d\d UTC/);
    await screenshot(page, 'hover-500121');
  });
});
