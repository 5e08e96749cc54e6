/**
 * The summary and timeline panels in a real VS Code in Chromium, driven as a user drives them: commands run from the
 * Command Palette, quick picks answered, links clicked inside the webviews, the language switched, exports saved
 * through the save dialog, the window reloaded. What the panels show is read from their (nested) webview frames.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { attackSignins, attackSteps, DETAILS_NAME, SIGNINS_NAME } from '../integration/attack-exports';
import { answerSaveDialog, openFile, panelFrame, pickQuickItem, runCommand, screenshot, waitForCommand } from '../vscode/harness';
import { e2eSession, SWITCH_LANGUAGE_TITLE } from './session';

const SUMMARY = 'Entra Report Lens: Show Summary';
const TIMELINE = 'Entra Report Lens: Show User Timeline';
const EXPORT = 'Entra Report Lens: Export Summary';
const COPY_KQL = 'Entra Report Lens: Copy Finding as KQL';
const GRID = 'Entra Report Lens: Open in Report Grid';
const GRID_FILE = 'grid-signins.csv';

const texts = (frame: Frame, selector: string) => frame.locator(selector).allInnerTexts();

/** The cursor position the status bar shows (`Ln 13, Col 1`). */
async function cursorLine(page: Page, line: number): Promise<void> {
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).waitFor({ timeout: 15_000 });
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function waitForFile(file: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} was not written`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200));
  return readFileSync(file, 'utf8');
}

describe('summary and timeline panels in the browser', function () {
  this.timeout(180_000);
  let out: string;

  before(async () => {
    const { page, workspace, editor } = await e2eSession();
    const folder = path.join(workspace, 'attack');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, SIGNINS_NAME), attackSignins());
    writeFileSync(path.join(folder, DETAILS_NAME), attackSteps());
    // The grid test gets a file of its own: VS Code reopens a file in the editor it was last shown in.
    writeFileSync(path.join(folder, GRID_FILE), attackSignins());
    out = path.join(workspace, 'exports');
    mkdirSync(out, { recursive: true });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: editor.url });
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    const { page } = await e2eSession();
    await screenshot(page, `failed-${(this.currentTest.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    await page.keyboard.press('Escape').catch(() => undefined);
  });

  // Each test starts from an empty editor area (a panel's tab names its file too, which would confuse Quick Open's check).
  beforeEach(async () => {
    const { page } = await e2eSession();
    await runCommand(page, 'View: Close All Editor Groups');
    await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  });

  it('Show Summary on a generated export: totals, the top reason explained, the chart and its table', async () => {
    const { page } = await e2eSession();
    await openFile(page, 'signin-portal-57.csv');
    await runCommand(page, SUMMARY);
    const frame = await panelFrame(page, 'main.summary h1', 'Sign-in log');
    assert.equal(await frame.locator('.file').innerText(), 'signin-portal-57.csv');
    const facts = await texts(frame, '.page-header .facts dd');
    assert.deepEqual(facts.slice(0, 2), ['15', '11']);
    assert.deepEqual(await texts(frame, '.outcome-table td.count'), ['4', '4', '4', '3']);
    const top = frame.locator('.reason').first();
    assert.equal(await top.locator('.code').innerText(), '50126');
    assert.equal(await top.locator('.label').innerText(), 'Wrong user name or password');
    assert.match(await top.locator('.numbers').innerText(), /2 · 28\.6% · Users 1/);
    assert.match(await top.locator('.next-step').innerText(), /\S/);
    assert.equal(await frame.locator('#findings-heading').innerText(), 'Detections (0)');
    // The chart is an accessible SVG image with a title per bar, and a table with the same numbers.
    const chart = frame.locator('svg.chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.equal(await chart.locator('> title').textContent(), 'Events by hour of day (UTC), stacked by outcome');
    assert.equal(await chart.locator('g.bucket').count(), 24);
    await frame.locator('button.show-table').click();
    const row = frame.locator('.chart-table tbody tr', { hasText: '08:00–08:59 UTC' });
    assert.deepEqual(await row.locator('td').allInnerTexts(), ['4', '7', '4', '15']);
    await screenshot(page, 'summary-generated-en');
  });

  it('Show Summary on real samples: the SSPR funnel of an audit log, the gaps of a registration report', async () => {
    const { page } = await e2eSession();
    await openFile(page, '20250502131826-AuditLogs.json');
    await runCommand(page, SUMMARY);
    const audit = await panelFrame(page, 'main.summary .file', '20250502131826-AuditLogs.json');
    assert.equal(await audit.locator('h1').innerText(), 'Audit log');
    assert.equal(await audit.locator('.page-header .facts dd').first().innerText(), '123');
    assert.equal(await audit.locator('#kind-sspr-heading').innerText(), 'Self-service password reset');
    assert.equal(await audit.locator('.funnel-step .funnel-caption').first().innerText(), 'Resets started');
    await audit.locator('.kind-sspr').scrollIntoViewIfNeeded();
    await screenshot(page, 'summary-audit-sspr');

    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, '202504290949-MFA-UserRegistrationDetails.csv');
    await runCommand(page, SUMMARY);
    const registration = await panelFrame(page, 'main.summary .file', '202504290949-MFA-UserRegistrationDetails.csv');
    assert.equal(await registration.locator('#kind-registration-heading').innerText(), 'Registration');
    const captions = await texts(registration, '.kind-registration .facts dt');
    assert.ok(captions.includes('Without MFA'), captions.join(', '));
    await registration.locator('.kind-registration').scrollIntoViewIfNeeded();
    await screenshot(page, 'summary-registration');
  });

  it('Show Summary on a sign-in export with its AuthDetails: detections first, evidence jumps to the line, KQL copies', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    await runCommand(page, SUMMARY);
    const frame = await panelFrame(page, 'main.summary .file', DETAILS_NAME);
    assert.equal(await frame.locator('.file').innerText(), `${SIGNINS_NAME} + ${DETAILS_NAME}`);
    const findings = frame.locator('.finding');
    assert.equal(await findings.count(), 2);
    assert.match(await findings.nth(0).locator('.finding-title').innerText(), /High\s*MFA fatigue followed by a successful sign-in/);
    assert.match(await findings.nth(1).locator('.finding-title').innerText(), /Medium\s*Password spray/);
    assert.deepEqual(await texts(frame, '.finding >> nth=1 >> .evidence .line-link'), ['11', '12', '13', '14', '15', '16']);
    assert.ok((await frame.locator('.kind-authDetails').count()) === 1, 'the AuthDetails section is shown');
    await screenshot(page, 'summary-detections-en');

    // Clicking an evidence line opens the export at that line.
    await findings.nth(1).locator('.evidence .line-link', { hasText: /^13$/ }).click();
    await cursorLine(page, 13);
    await screenshot(page, 'summary-evidence-jump');

    // The KQL button copies the finding's query.
    const panel = await panelFrame(page, 'main.summary .finding');
    await panel.locator('.finding').nth(1).locator('button.copy-kql').click();
    await panel.locator('.notice.visible', { hasText: 'Password spray' }).waitFor({ timeout: 10_000 });
    assert.match(await clipboard(page), /SigninLogs[\s\S]*let minUsers = 5;|let minUsers = 5;[\s\S]*SigninLogs/);
  });

  it('Show User Timeline: a user picked by failures, events in order in sessions, MFA steps, changes, keyboard', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    await runCommand(page, TIMELINE);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'alice@contoso.com' }).first().waitFor();
    const first = await page.locator('.quick-input-widget .monaco-list-row').first().innerText();
    assert.match(first, /alice@contoso\.com[\s\S]*8 failures/, 'ranked by failures');
    await pickQuickItem(page, 'alice', 'alice@contoso.com');
    const frame = await panelFrame(page, 'main.timeline h1', 'alice@contoso.com');
    assert.equal(await frame.locator('h1').innerText(), 'Timeline of alice@contoso.com');
    assert.equal(await frame.locator('.stats').innerText(), '10 events · 8 failures · 2 sessions');
    assert.equal(await frame.locator('section.session').count(), 2);
    const times = await texts(frame, '.event > .row .time');
    assert.deepEqual(times.map((t) => t.slice(11, 16)), ['08:00', '08:01', '08:02', '08:03', '08:04', '08:05', '08:06', '08:07', '08:09', '07:30']);
    assert.deepEqual([...times].sort(), times, 'in time order');
    assert.match(await frame.locator('.gap').innerText(), /h later/);
    const firstEvent = frame.locator('.event').first();
    assert.match(await firstEvent.locator('.badge').first().innerText(), /failure/);
    assert.deepEqual(await firstEvent.locator('.step .method').allInnerTexts(), ['Password', 'Mobile app notification']);
    assert.deepEqual(await texts(frame, '.event >> nth=-1 >> .change'), ['⚑ New IP address (was 198.51.100.7)', '⚑ New country (was US)']);

    // Keyboard: one tab stop; arrows move; the focused event shows its explanation; Enter goes to its line.
    await firstEvent.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = frame.locator('.item:focus');
    assert.match(await focused.getAttribute('class') ?? '', /event/);
    assert.match(await focused.locator('> .row .time').innerText(), /08:01:00/);
    assert.ok(await focused.locator('> .explain').isVisible(), 'the explanation shows on focus');
    assert.match(await focused.locator('> .explain').innerText(), /\S/);
    await screenshot(page, 'timeline-en');
    await page.keyboard.press('Enter');
    await cursorLine(page, 3);
  });

  it('a user clicked in the Report Grid opens that user\'s timeline', async () => {
    const { page } = await e2eSession();
    await openFile(page, GRID_FILE);
    await runCommand(page, GRID);
    const grid = await panelFrame(page, '.grid-row .user-link', 'u3@contoso.com');
    await grid.locator('.grid-row .user-link', { hasText: 'u3@contoso.com' }).first().click();
    const frame = await panelFrame(page, 'main.timeline h1', 'u3@contoso.com');
    assert.equal(await frame.locator('.stats').innerText(), '1 events · 1 failures · 1 sessions');
    assert.match(await frame.locator('.event .code').innerText(), /50126/);
  });

  it('Copy Finding as KQL from the palette copies the chosen finding', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    await runCommand(page, COPY_KQL);
    await pickQuickItem(page, 'spray', 'Password spray');
    await page.waitForTimeout(500);
    assert.match(await clipboard(page), /let minUsers = 5;/);
  });

  it('exports Markdown, CSV and self-contained HTML to the files picked', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    const cases: Array<[string, string]> = [['Markdown', 'summary.md'], ['CSV', 'summary.csv'], ['HTML', 'summary.html']];
    for (const [format, name] of cases) {
      await runCommand(page, EXPORT);
      await pickQuickItem(page, format, format);
      await answerSaveDialog(page, path.join(out, name));
      await waitForFile(path.join(out, name));
    }
    const md = readFileSync(path.join(out, 'summary.md'), 'utf8');
    assert.match(md, /^# Sign-in log \(portal CSV download\)/);
    assert.match(md, /\| 1 \| 500121 \| 8 \| 57\.1% \| 1 \| MFA not completed \|/);
    assert.match(md, /### HIGH — MFA fatigue followed by a successful sign-in/);
    assert.match(md, /```kusto/);
    const csv = readFileSync(path.join(out, 'summary.csv'), 'utf8');
    assert.match(csv, /^\ufeff"section","item","meaning","count"/);
    assert.match(csv, /"failure_reason","50126","Wrong user name or password","6"/);
    assert.match(csv, /"finding","mfa-fatigue","MFA fatigue followed by a successful sign-in","9"/);
    const html = readFileSync(path.join(out, 'summary.html'), 'utf8');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+=/i);
    assert.match(html, /<h1>Sign-in log \(portal CSV download\)<\/h1>/);
    assert.match(html, /Password spray/);
    assert.match(html, /<svg class="chart"/);
    // The export opened in the browser is a readable page with the detections first.
    const viewer = await page.context().newPage();
    await viewer.setContent(html);
    assert.equal(await viewer.locator('h2').first().innerText(), 'Detections');
    assert.equal(await viewer.locator('section.finding').count(), 2);
    await viewer.screenshot({ path: path.join(path.dirname(await screenshot(page, 'export-done')), 'export-html.png'), fullPage: false });
    await viewer.close();
  });

  it('switches the panels to Japanese with Switch Explanation Language, and back', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    await runCommand(page, SUMMARY);
    await panelFrame(page, 'main.summary .file', DETAILS_NAME);
    await runCommand(page, SWITCH_LANGUAGE_TITLE);
    await pickQuickItem(page, '日本語', '日本語');
    const frame = await panelFrame(page, 'main.summary #reasons-heading', '失敗の理由');
    assert.equal(await frame.locator('html').getAttribute('lang'), 'ja');
    assert.equal(await frame.locator('#findings-heading').innerText(), '検出結果 (2)');
    assert.match(await frame.locator('.finding').first().locator('.severity').innerText(), /^高$/);
    assert.match(await frame.locator('.finding').first().locator('.finding-title').innerText(), /MFA 疲労攻撃/);
    assert.match(await frame.locator('.reason .label').first().innerText(), /MFA/);
    await page.locator('.tab', { hasText: `${SIGNINS_NAME} — 概要` }).first().waitFor();
    await screenshot(page, 'summary-detections-ja');

    await runCommand(page, TIMELINE);
    await pickQuickItem(page, 'alice', 'alice@contoso.com');
    const timeline = await panelFrame(page, 'main.timeline h1', 'alice@contoso.com のタイムライン');
    assert.equal(await timeline.locator('.stats').innerText(), 'イベント 10 件 · 失敗 8 件 · セッション 2 個');
    assert.equal(await timeline.locator('.event .badge').first().innerText(), '失敗');
    await screenshot(page, 'timeline-ja');

    await runCommand(page, SWITCH_LANGUAGE_TITLE);
    await pickQuickItem(page, 'English', 'English');
    await panelFrame(page, 'main.timeline h1', 'Timeline of alice@contoso.com');
  });

  it('panels come back after the window reloads', async () => {
    const { page } = await e2eSession();
    await openFile(page, SIGNINS_NAME);
    await runCommand(page, SUMMARY);
    await panelFrame(page, 'main.summary .file', DETAILS_NAME);
    await runCommand(page, TIMELINE);
    await pickQuickItem(page, 'alice', 'alice@contoso.com');
    await panelFrame(page, 'main.timeline h1', 'alice@contoso.com');
    await page.waitForTimeout(500); // let the webviews save their state
    // Reload as a user does (the workbench saves its editors, webview states included, before it goes).
    await Promise.all([page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 30_000 }), runCommand(page, 'Developer: Reload Window')]);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await waitForCommand(page, SUMMARY);
    const tab = page.locator('.tab', { hasText: `${SIGNINS_NAME} — Summary` }).first();
    await tab.waitFor({ timeout: 30_000 });
    await page.mouse.move(700, 600); // away from the title bar's hover
    await tab.click({ force: true });
    const summary = await panelFrame(page, 'main.summary .file', DETAILS_NAME, 45_000);
    assert.equal(await summary.locator('.finding').count(), 2);
    const timelineTab = page.locator('.tab', { hasText: 'alice@contoso.com — Timeline' }).first();
    await timelineTab.click({ force: true });
    await panelFrame(page, 'main.timeline h1', 'alice@contoso.com', 45_000);
    await screenshot(page, 'panels-restored');
  });
});
