/**
 * The Report Grid webview on its own, in Chromium, against a fake host (grid-fake-host.ts): the real bundle under
 * the real CSP, exercised through the mouse and keyboard as a user would. Fast and independent of the extension
 * host; the editor-level journey is in grid.test.ts.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type RunningBrowser } from '../vscode/harness';
import { openFakeGrid, type FakeGridHost, type FakeHostOptions } from './grid-fake-host';
import { COLUMN } from './signin-generator';

/** The DOM never holds more rows than this, whatever the row count (the grid's own bound is 140). */
const MAX_DOM_ROWS = 150;
/** The toolkit probes `:focus-visible` support with a `<style>` element once; the CSP refuses it, harmlessly. */
const KNOWN_VIOLATION = /^style-src-elem: inline/;

describe('Report Grid webview (fake host, Chromium)', function () {
  this.timeout(120_000);
  let browser: RunningBrowser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser({ width: 1400, height: 900 });
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await page?.close().catch(() => undefined);
  });

  async function open(options: FakeHostOptions): Promise<FakeGridHost> {
    page = await browser.context.newPage();
    const host = await openFakeGrid(page, options);
    await page.locator('.grid-row .code-chip').first().waitFor({ timeout: 20_000 });
    return host;
  }
  const domRows = () => page.locator('.grid-row').count();
  const shownLines = () => page.locator('.grid-row .cell-line').evaluateAll((cells) => cells.map((c) => Number(c.textContent)).filter((n) => n > 0));
  const grid = () => page.locator('.grid');
  const counts = () => page.locator('.counts').innerText();
  /** Lets the grid draw (it draws on animation frames). */
  const nextFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const outcomeBox = (outcome: string) => page.locator(`vscode-checkbox.outcome-box.outcome-${outcome}`);
  async function waitForQuery(host: FakeGridHost, n: number): Promise<void> {
    for (let i = 0; i < 100 && host.sent('query').length < n; i++) await page.waitForTimeout(50);
    assert.equal(host.sent('query').length, n, 'queries sent');
  }

  it('keeps the DOM bounded through 250,000 rows and reaches the last one', async () => {
    await open({ rows: 250_000 });
    assert.equal(await counts(), '250,000 of 250,000 rows');
    assert.ok((await domRows()) <= MAX_DOM_ROWS);
    for (const share of [0.1, 0.5, 0.9, 1]) {
      await grid().evaluate((g, s) => (g.scrollTop = (g.scrollHeight - g.clientHeight) * s), share);
      await nextFrames();
      await page.waitForFunction(() => !document.querySelector('.grid-row.loading'));
      const rows = await domRows();
      assert.ok(rows <= MAX_DOM_ROWS, `${rows} rows in the DOM at ${share}`);
    }
    assert.ok((await shownLines()).includes(250_001), 'the last line is drawn');
    assert.equal(await grid().getAttribute('aria-rowcount'), '250001');
    const violations = (await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).filter((v) => !KNOWN_VIOLATION.test(v));
    assert.deepEqual(violations, []);
  });

  it('is usable while the host is still reading, and grows', async () => {
    const host = await open({ rows: 40_000, readSteps: 6 });
    await page.locator('.progress:not([hidden])', { hasText: 'Reading the file…' }).waitFor();
    await page.locator('.counts', { hasText: '40,000 of 40,000 rows' }).waitFor({ timeout: 20_000 });
    await page.locator('.progress[hidden]').waitFor({ state: 'attached' });
    // Growth reuses the view: one query, no reset of what was fetched.
    assert.equal(host.sent('query').length, 1);
    await grid().evaluate((g) => (g.scrollTop = g.scrollHeight));
    await page.waitForFunction(() => [...document.querySelectorAll('.grid-row .cell-line')].some((c) => c.textContent === '40001'));
  });

  it('sorts by a header: ascending, descending, then unsorted', async () => {
    const host = await open({ rows: 5_000 });
    const header = page.locator('.header-cell', { hasText: 'Sign-in error code' });
    for (const [n, direction, aria] of [[2, 'asc', 'ascending'], [3, 'desc', 'descending'], [4, undefined, 'none']] as const) {
      await header.click();
      await waitForQuery(host, n);
      assert.deepEqual(host.sent('query')[n - 1]!.query.sort, direction ? { column: COLUMN.code, direction } : undefined);
      assert.equal(await header.getAttribute('aria-sort'), aria);
    }
    await header.click();
    await page.waitForFunction(() => document.querySelector('.grid-row .code-chip')?.textContent === '0');
    await header.click();
    await page.waitForFunction(() => document.querySelector('.grid-row .code-chip')?.textContent === '70044');
  });

  it('filters by outcome, code (list and click), user and text, debouncing what is typed', async () => {
    const host = await open({ rows: 20_000 });
    await outcomeBox('failure').click();
    await waitForQuery(host, 2);
    assert.deepEqual(host.sent('query')[1]!.query.outcomes, ['failure']);
    await page.locator('.counts', { hasText: /^[\d,]+ of 20,000 rows$/ }).waitFor();
    await outcomeBox('failure').click();
    await waitForQuery(host, 3);

    await page.locator('vscode-dropdown.code-dropdown').click();
    await page.locator('vscode-option', { hasText: /^50126 — / }).click();
    await waitForQuery(host, 4);
    assert.equal(host.sent('query')[3]!.query.code, '50126');
    await page.waitForFunction(() => [...document.querySelectorAll('.grid-row .code-chip')].every((c) => c.textContent === '50126'));

    await page.locator('vscode-text-field.filter-user input').pressSequentially('alice', { delay: 20 });
    await page.waitForTimeout(600);
    await waitForQuery(host, 5); // one query for five key presses
    assert.deepEqual(host.sent('query')[4]!.query, { code: '50126', user: 'alice' });

    await page.locator('vscode-button.clear-filters').click();
    await waitForQuery(host, 6);
    assert.deepEqual(host.sent('query')[5]!.query, {});
    await page.locator('.counts', { hasText: '20,000 of 20,000 rows' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.grid-row.loading'));
    await page.locator('.grid-row .code-chip', { hasText: /^50126$/ }).first().click();
    await waitForQuery(host, 7);
    assert.equal(host.sent('query')[6]!.query.code, '50126');

    await page.locator('vscode-text-field.filter-search input').fill('Lagos');
    await page.locator('.matches', { hasText: /^[\d,]+ matching rows$/ }).waitFor();
    await screenshot(page, 'grid-webview-filtered');
  });

  it('explains a code on hover and on keyboard focus', async () => {
    await open({ rows: 2_000 });
    await page.locator('.code-chip.outcome-failure').first().hover();
    const popover = page.locator('.code-popover:not([hidden])');
    await popover.waitFor();
    assert.match(await popover.innerText(), /Explanation of 5\d+/);
    assert.match(await popover.innerText(), /Next step for 5\d+/);
    await page.mouse.move(5, 5);
    await page.locator('.code-popover').waitFor({ state: 'hidden' });

    // Keyboard: into the grid, right to the code column; the popover follows the active cell.
    await grid().focus();
    const codeColumn = await page.locator('.header-cell', { hasText: 'Sign-in error code' }).getAttribute('data-col');
    for (let i = 1; i < Number(codeColumn); i++) await page.keyboard.press('ArrowRight');
    await popover.waitFor();
    await nextFrames();
    const active = page.locator('#grid-active-cell');
    assert.equal(await grid().getAttribute('aria-activedescendant'), 'grid-active-cell');
    assert.equal(await active.getAttribute('aria-colindex'), String(Number(codeColumn) + 1));
    assert.equal(await page.locator('[aria-describedby="grid-code-popover"]').count(), 1);
    await page.keyboard.press('Escape');
    await page.locator('.code-popover').waitFor({ state: 'hidden' });
  });

  it('selects rows by mouse and keyboard and copies their file rows', async () => {
    const host = await open({ rows: 3_000 });
    const row = (i: number) => page.locator(`.grid-row[data-index="${i}"] .cell-time`);
    await row(1).click();
    await row(5).click({ modifiers: ['Shift'] });
    await row(8).click({ modifiers: ['Control'] });
    await page.locator('.selected-count', { hasText: '6 selected' }).waitFor();
    await nextFrames();
    assert.equal(await page.locator('.grid-row[aria-selected="true"]').count(), 6);
    await page.keyboard.press('Control+c');
    await page.waitForFunction(() => true);
    for (let i = 0; i < 40 && host.sent('copy').length === 0; i++) await page.waitForTimeout(50);
    assert.deepEqual(host.sent('copy')[0], { type: 'copy', rows: [1, 2, 3, 4, 5, 8], format: 'csv' });

    // Shift+Down extends; Ctrl+A then Markdown copies every row of the view, fetched page by page.
    await page.keyboard.press('Shift+ArrowDown');
    await page.locator('.selected-count', { hasText: '2 selected' }).waitFor();
    await page.keyboard.press('Control+a');
    await page.locator('.selected-count', { hasText: '3,000 selected' }).waitFor();
    await page.locator('vscode-button', { hasText: 'Copy as Markdown' }).click();
    for (let i = 0; i < 100 && host.sent('copy').length < 2; i++) await page.waitForTimeout(50);
    const all = host.sent('copy')[1]!;
    assert.equal(all.format, 'markdown');
    assert.equal(all.rows.length, 3_000);
    assert.deepEqual(all.rows.slice(0, 3), [0, 1, 2]);
  });

  it('moves with the keyboard: Page Down, End, Home; Enter on a code filters', async () => {
    const host = await open({ rows: 10_000 });
    await grid().focus();
    await page.keyboard.press('PageDown');
    await nextFrames();
    const rowIndex = async () => Number(await page.locator('.grid-row:has(#grid-active-cell)').getAttribute('aria-rowindex'));
    assert.ok((await rowIndex()) > 20);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.grid-row:has(#grid-active-cell)')?.getAttribute('aria-rowindex') === '10001');
    assert.ok((await shownLines()).includes(10_001));
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.grid-row:has(#grid-active-cell)')?.getAttribute('aria-rowindex') === '2');
    await nextFrames();
    assert.ok((await domRows()) <= MAX_DOM_ROWS);
    const codeColumn = Number(await page.locator('.header-cell', { hasText: 'Sign-in error code' }).getAttribute('data-col'));
    await page.keyboard.press('Control+ArrowLeft');
    for (let i = 0; i < codeColumn; i++) await page.keyboard.press('ArrowRight');
    await nextFrames();
    const code = await page.locator('#grid-active-cell .code-chip').innerText();
    await page.keyboard.press('Enter');
    await waitForQuery(host, 2);
    assert.equal(host.sent('query')[1]!.query.code, code);
  });

  it('sends row actions: reveal on double-click, timeline from a user, export and reopen', async () => {
    const host = await open({ rows: 1_000 });
    await page.locator('.grid-row[data-index="3"] .cell-time').dblclick();
    await page.locator('.grid-row[data-index="2"] .user-link').click();
    await page.locator('vscode-button', { hasText: 'Export filtered rows' }).click();
    await page.locator('vscode-button', { hasText: 'Reopen as text' }).click();
    await page.waitForTimeout(200);
    assert.deepEqual(host.sent('revealLine'), [{ type: 'revealLine', line: 5 }]);
    assert.match(host.sent('openTimeline')[0]!.user, /@contoso\.com$/);
    assert.equal(host.sent('exportFiltered').length, 1);
    assert.equal(host.sent('reopenAsText').length, 1);
  });

  it('hides columns, resizes by dragging, and restores it all for the same content only', async () => {
    const host = await open({ rows: 5_000 });
    // Column chooser: show "Request ID", hide "Location".
    await page.locator('vscode-button.columns-button').click();
    const chooser = page.getByRole('dialog', { name: 'Columns' });
    await chooser.getByRole('checkbox', { name: 'Request ID', exact: true }).click();
    await chooser.getByRole('checkbox', { name: 'Location', exact: true }).click();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.header-cell', { hasText: /^Request ID/ }).count(), 1);
    assert.equal(await page.locator('.header-cell', { hasText: /^Location/ }).count(), 0);
    // Drag the right edge of "Application" 60 px wider.
    const header = page.locator('.header-cell', { hasText: /^Application/ }).first();
    const before = (await header.boundingBox())!;
    const handle = (await header.locator('.resize-handle').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 60, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = (await header.boundingBox())!;
    assert.ok(Math.abs(after.width - before.width - 60) <= 2, `width ${before.width} → ${after.width}`);
    const cell = (await page.locator('.grid-row .cell-text').filter({ hasText: /^(Microsoft|Office|Azure)/ }).first().boundingBox())!;
    assert.ok(Math.abs(cell.width - after.width) <= 1, 'cells follow the header');
    // Sort, filter and scroll, then reload: the same content gets it all back.
    await page.locator('.header-cell', { hasText: 'Date (UTC)' }).click();
    await outcomeBox('blocked').click();
    await waitForQuery(host, 3);
    await grid().evaluate((g) => (g.scrollTop = 24 * 120));
    await page.waitForTimeout(600);
    const top = Math.min(...(await shownLines()));
    await page.reload();
    await page.locator('.grid-row .code-chip').first().waitFor();
    await page.waitForFunction((line) => [...document.querySelectorAll('.grid-row .cell-line')].some((c) => Number(c.textContent) === line), top);
    assert.equal(await page.locator('.header-cell', { hasText: /^Location/ }).count(), 0);
    assert.equal(await page.locator('.header-cell', { hasText: 'Date (UTC)' }).getAttribute('aria-sort'), 'ascending');
    assert.equal(await outcomeBox('blocked').getAttribute('aria-checked'), 'true');
    assert.ok(Math.abs((await page.locator('.header-cell', { hasText: /^Application/ }).first().boundingBox())!.width - after.width) <= 1);
  });

  it('starts fresh for other content (another fingerprint)', async () => {
    await open({ rows: 500, fingerprint: 'one' });
    await outcomeBox('blocked').click();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const state = JSON.parse(sessionStorage.getItem('gridState')!);
      sessionStorage.setItem('gridState', JSON.stringify({ ...state, fingerprint: 'another' }));
    });
    await page.reload();
    await page.locator('.grid-row .code-chip').first().waitFor();
    assert.equal(await outcomeBox('blocked').getAttribute('aria-checked'), 'false');
  });
});
