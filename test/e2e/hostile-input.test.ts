/**
 * The markup corpus (test/fixtures/hostile/) in a real VS Code in Chromium, read as a user reads an attacker's export:
 * the Report Grid (scrolled, filtered, code cells hovered, a hostile user clicked into a timeline), Show Summary
 * (detections whose evidence names hostile users and addresses, failure reasons, breakdowns), Show User Timeline (a
 * hostile user picked) and hovers in the text editor. After every step the tripwires (test/e2e/tripwires.ts) must
 * be untouched — no sentinel, dialog, navigation, request to the payloads' host, CSP violation or command run — and
 * every webview document must still run under the extension's policy with no element made from the file's text
 * (test/e2e/webview-dom.ts). What is shown must be the file's text, literally — except that its hidden characters (bidi
 * controls such as U+202E RIGHT-TO-LEFT OVERRIDE, zero-width characters, a BOM) are shown as `U+202E` markers: no
 * webview draws one of them as itself, and the value behind the markers (copied, filtered) is still the file's.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Frame, Locator, Page } from 'playwright-core';
import { FILES, HOSTILE } from '../fixtures/hostile/build';
import { LONG_TAIL, longField, P } from '../fixtures/hostile/payloads';
import { openFile, panelFrame, pickQuickItem, runCommand, screenshot } from '../vscode/harness';
import { e2eSession } from './session';
import { armTripwires, type Tripwires } from './tripwires';
import { assertInert, assertOurPolicy, documentFacts, evaluateSource, webviewDocuments } from './webview-dom';

const GRID = 'Entra Report Lens: Open in Report Grid';
const SUMMARY = 'Entra Report Lens: Show Summary';
const TIMELINE = 'Entra Report Lens: Show User Timeline';
const FIXTURES = path.resolve(__dirname, '../fixtures/hostile');
/**
 * Copies of the corpus read in the text editor (summary, timeline, hovers): VS Code reopens a file in the editor it was
 * last shown in, and the originals are shown in the grid. No name is part of another, for Quick Open.
 */
const AS_TEXT = { csv: 'as-text-signins.csv', json: 'as-text-signins.json', audit: 'as-text-audit.json' } as const;

/** The corpus's sign-in CSV as records (header first), parsed independently of the product. */
function csvRecords(): string[][] {
  const parsed = Papa.parse<string[]>(readFileSync(path.join(FIXTURES, FILES.csv), 'utf8'), { skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

/** Every bundle whose document was checked, over the whole run. */
const checkedBundles = new Set<string>();

/** The hidden characters the corpus holds (and their neighbours): none may be drawn as itself in a webview. */
const HIDDEN = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Text as a page must draw it: each hidden character as its marker, `U+202E` (written here, not asked of the product). */
const shownAs = (text: string) => text.replace(HIDDEN, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
/** The two payloads made of hidden characters, as a reader must see them. */
const SHOWN = { bidi: 'moc.osotnoc@U+202EnimdaU+202C', zeroWidth: 'adU+200BminU+200D@contoso.comU+FEFF' } as const;

/**
 * No webview draws a hidden character as itself: no text node (shadow roots included) and no tooltip or accessible name
 * holds one. Returns how many markers the documents show.
 */
async function assertNothingHidden(page: Page, step: string): Promise<number> {
  let markers = 0;
  for (const frame of await webviewDocuments(page)) {
    const seen = await evaluateSource(frame, () => {
      const hidden = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
      const found: string[] = [];
      let count = 0;
      const visit = (root: Document | ShadowRoot | Element) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (hidden.test((n as Text).data)) found.push(`text ${JSON.stringify((n as Text).data.slice(0, 80))}`);
        for (const el of Array.from(root.querySelectorAll('*'))) {
          for (const name of ['title', 'aria-label']) {
            const value = el.getAttribute(name);
            if (value && hidden.test(value)) found.push(`${name} of <${el.tagName.toLowerCase()} class="${el.className}"> ${JSON.stringify(value.slice(0, 80))}`);
          }
          if (el.classList.contains('invisible-char')) count++;
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      if (document.body) visit(document.body);
      return { found, count, title: document.title };
    }).catch(() => undefined); // a document replaced while we looked
    if (!seen) continue;
    assert.deepEqual(seen.found, [], `${step}: a hidden character is drawn as itself`);
    markers += seen.count;
  }
  return markers;
}

/**
 * The text behind an element's markers: its text with each `U+XXXX` marker read back as the character it stands for —
 * what the page holds as the value, compared with the file.
 */
async function rawText(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let raw = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const marker = (n.parentElement as Element).closest('.invisible-char');
      raw += marker && element.contains(marker) ? String.fromCodePoint(parseInt((n as Text).data.slice(2), 16)) : (n as Text).data;
    }
    return raw;
  });
}

/** The clipboard's text once it holds `needle` (the host writes it after fetching the rows). */
async function clipboardHolding(page: Page, needle: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await page.evaluate(() => navigator.clipboard.readText());
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`the clipboard never held ${needle}: ${JSON.stringify(text.slice(0, 200))}`);
    await page.waitForTimeout(100);
  }
}

/** The markers in an element: their text and tooltip. */
async function markersIn(target: Locator): Promise<Array<{ text: string; title: string }>> {
  return target.locator('.invisible-char').evaluateAll((markers) => markers.map((m) => ({ text: m.textContent ?? '', title: m.getAttribute('title') ?? '' })));
}

/**
 * Whether `word` inside the element is drawn left to right: its first character left of its last. Under a right-to-left
 * override drawn as such, `nimda` is drawn `admin`.
 */
async function wordReadsLeftToRight(target: Locator, word: string): Promise<boolean> {
  return target.evaluate((element, word) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(word);
      if (at < 0) continue;
      const [first, last] = [at, at + word.length - 1].map((i) => {
        const range = document.createRange();
        range.setStart(n!, i);
        range.setEnd(n!, i + 1);
        return range.getBoundingClientRect();
      });
      return Math.abs(first!.top - last!.top) <= 2 && first!.left < last!.left;
    }
    throw new Error(`${word} is not in ${element.textContent}`);
  }, word);
}

/**
 * Every webview document open now runs under our policy (nonce-only scripts, only our bundle) and holds no element or
 * attribute made from the file's text; returns the bundles seen.
 */
async function checkDocuments(page: Page, step: string): Promise<string[]> {
  const bundles: string[] = [];
  for (const frame of await webviewDocuments(page)) {
    const facts = await documentFacts(frame).catch(() => undefined); // a document replaced while we looked
    if (!facts) continue;
    const bundle = facts.scriptResources.map((u) => /\/dist\/webview\/([a-z]+)\.js$/.exec(u)?.[1]).find(Boolean) ?? 'unknown';
    assertOurPolicy(facts, `${bundle} webview (${step})`);
    assertInert(facts, `${bundle} webview (${step})`);
    bundles.push(bundle);
    checkedBundles.add(bundle);
  }
  await assertNothingHidden(page, step);
  return bundles;
}

/** Whether the element's text is laid out left to right (its first character left of its last, or on an earlier line). */
async function rendersLeftToRight(target: Locator): Promise<boolean> {
  // No named inner functions: tsx would wrap them in a helper the page lacks.
  return target.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) nodes.push(n as Text);
    const ends: Array<[Text, number]> = [
      [nodes[0]!, nodes[0]!.data.search(/\S/)],
      [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.trimEnd().length - 1],
    ];
    const [a, b] = ends.map(([node, at]) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    });
    return a!.top < b!.top - 2 || (Math.abs(a!.top - b!.top) <= 2 && a!.left < b!.left);
  });
}

/**
 * Points the mouse at the start of a code chip, as a user does: `locator.hover()` would first scroll the chip's centre
 * into view, and a chip holding a long "code" is wider than its cell (whose overflow is hidden, yet scrollable).
 */
async function hoverChip(page: Page, chip: Locator): Promise<void> {
  const cell = chip.locator('xpath=..');
  await cell.scrollIntoViewIfNeeded();
  const box = (await cell.boundingBox())!;
  await page.mouse.move(box.x + 16, box.y + box.height / 2, { steps: 2 });
}

/** The page has no horizontal overflow: long values wrap or are cut, they do not widen the page. */
async function assertNoSidewaysOverflow(frame: Frame, label: string): Promise<void> {
  const { scroll, client } = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
  assert.ok(scroll <= client + 1, `${label}: the page is ${scroll} px wide in a ${client} px view`);
}

/** Waits until the grid has drawn rows with data (none still loading). */
async function settled(grid: Frame): Promise<void> {
  await grid.locator('.grid-row:not(.loading)').first().waitFor({ timeout: 60_000 });
  await grid.locator('.grid').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await grid.waitForFunction(() => document.querySelectorAll('.grid-row.loading').length === 0, undefined, { timeout: 30_000 });
}

async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editor Groups');
  await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

/**
 * The webview frame showing `selector` (see `panelFrame`); if none does in time, what the tripwires saw is the better
 * explanation (a payload that navigated the frame away leaves nothing to find), so they are checked first.
 */
async function shownFrame(page: Page, wires: Tripwires, step: string, selector: string, text?: string): Promise<Frame> {
  try {
    return await panelFrame(page, selector, text, 60_000);
  } catch (error) {
    await wires.check(step);
    throw error;
  }
}

/** Display column (`data-col`) of the grid column titled `name`. */
async function gridColumn(grid: Frame, name: string): Promise<string> {
  const header = grid.locator('.header-cell', { has: grid.locator('.header-title', { hasText: new RegExp(`^${name}$`) }) }).first();
  await header.waitFor({ timeout: 15_000 });
  return (await header.getAttribute('data-col'))!;
}

/**
 * Every drawn cell of the grid holds exactly the file's text: compared with the corpus parsed by papaparse, row by
 * row (`data-index` is the record's index while unsorted and unfiltered) and column by column (by header name). What
 * the cell draws is that text with each hidden character as its `U+XXXX` marker, and the text behind the markers is
 * the file's. Returns how many cells were compared.
 */
async function assertCellsLiteral(grid: Frame, records: string[][]): Promise<number> {
  const header = records[0]!.map((h) => h.trim());
  const drawn = await evaluateSource(grid, () => {
    const titles = new Map<string, string>();
    for (const h of Array.from(document.querySelectorAll('.header-cell'))) titles.set((h as HTMLElement).dataset['col'] ?? '', h.querySelector('.header-title')?.textContent ?? '');
    const cells: Array<{ row: number; name: string; text: string; raw: string; markers: number }> = [];
    for (const row of Array.from(document.querySelectorAll('.grid-row:not(.loading)'))) {
      const index = Number((row as HTMLElement).dataset['index']);
      for (const cell of Array.from(row.querySelectorAll('.grid-cell'))) {
        const name = titles.get((cell as HTMLElement).dataset['col'] ?? '') ?? '';
        if (cell.classList.contains('cell-line')) continue;
        // The text behind the markers: each marker read back as the character it stands for.
        let raw = '';
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const marker = (n.parentElement as Element).closest('.invisible-char');
          raw += marker && cell.contains(marker) ? String.fromCodePoint(parseInt((n as Text).data.slice(2), 16)) : (n as Text).data;
        }
        cells.push({ row: index, name, text: cell.textContent ?? '', raw, markers: cell.querySelectorAll('.invisible-char').length });
      }
    }
    return cells;
  });
  let compared = 0;
  let withHidden = 0;
  for (const { row, name, text, raw, markers } of drawn) {
    const at = header.indexOf(name);
    if (at < 0 || header.lastIndexOf(name) !== at) continue; // a duplicated header name: which one is ambiguous
    const value = records[row + 1]![at]!;
    assert.equal(raw, value, `row ${row + 1}, column "${name}" holds the file's text`);
    assert.equal(text, shownAs(value), `row ${row + 1}, column "${name}" shows the file's text, hidden characters as markers`);
    assert.equal(markers, value.match(HIDDEN)?.length ?? 0, `row ${row + 1}, column "${name}": one marker per hidden character`);
    if (markers) withHidden++;
    compared++;
  }
  assert.ok(compared >= 50, `${compared} cells compared`);
  assert.ok(withHidden > 0, 'some drawn cells hold hidden characters (the corpus cycles its payloads through every field)');
  return compared;
}

describe('hostile input: the markup corpus in the browser', function () {
  this.timeout(180_000);
  let wires: Tripwires;
  const records = csvRecords();

  before(async function () {
    this.timeout(180_000);
    const { page, workspace, editor } = await e2eSession();
    // Copying grid rows is read back from the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: editor.url });
    mkdirSync(path.join(workspace, 'hostile-as-text'), { recursive: true });
    for (const key of ['csv', 'json', 'audit'] as const) copyFileSync(path.join(FIXTURES, FILES[key]), path.join(workspace, 'hostile-as-text', AS_TEXT[key]));
    await closeAllEditors(page);
    wires = armTripwires(page);
  });

  after(() => wires?.dispose());

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    const { page } = await e2eSession();
    await screenshot(page, `failed-hostile-${(this.currentTest.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => undefined);
    await page.keyboard.press('Escape').catch(() => undefined);
  });

  it('Report Grid on the sign-in CSV: every cell literal; scrolled, filtered, codes hovered, a hostile user opened as a timeline — nothing runs', async () => {
    const { page } = await e2eSession();
    await openFile(page, FILES.csv);
    await runCommand(page, GRID);
    // Found by its structure, not by the file's text: if text became markup, the tripwires say so first.
    const grid = await shownFrame(page, wires, 'opening the CSV in the grid', '.grid-row .cell-line');
    const rows = records.length - 1;
    await grid.locator('.counts', { hasText: new RegExp(`^${rows} of ${rows} rows$`) }).waitFor({ timeout: 60_000 });
    await settled(grid);
    await wires.check('opening the CSV in the grid');
    assert.deepEqual(await checkDocuments(page, 'grid open'), ['grid']);

    // Text shown as the file has it: every drawn cell, and the users' innerText (what a reader sees) exactly.
    let compared = await assertCellsLiteral(grid, records);
    const users = new Set(await grid.locator('.grid-row .user-link').allInnerTexts());
    for (const user of [HOSTILE.fatigueUser, HOSTILE.bruteUser, P.script, P.jsUrl, P.styleBreakout, P.mdLink, SHOWN.bidi]) assert.ok(users.has(user), `the grid shows the user ${JSON.stringify(user)} as text`);
    const ip = await gridColumn(grid, 'IP address');
    assert.ok((await grid.locator(`.grid-row .grid-cell[data-col="${ip}"]`).allInnerTexts()).includes(HOSTILE.sprayIp), 'the spray "address" is shown as text');
    const app = await gridColumn(grid, 'Application');
    assert.equal(await grid.locator(`.grid-row[data-index="0"] .grid-cell[data-col="${app}"]`).innerText(), HOSTILE.app);

    // Bidi and zero-width characters are shown as markers naming them: the right-to-left override cannot reverse the
    // name, two names that differ only by a zero-width character no longer look the same; the value behind the markers
    // is still the file's (copied below), and the cells around the override read left to right.
    const userColumn = await gridColumn(grid, 'Username');
    const bidiRow = grid.locator('.grid-row', { has: grid.locator('.user-link', { hasText: 'moc.osotnoc@' }) }).first();
    const bidiUser = bidiRow.locator('.user-link').first();
    assert.equal(await bidiUser.innerText(), SHOWN.bidi, 'U+202E and U+202C are shown');
    assert.deepEqual(await markersIn(bidiUser), [
      { text: 'U+202E', title: 'U+202E RIGHT-TO-LEFT OVERRIDE' },
      { text: 'U+202C', title: 'U+202C POP DIRECTIONAL FORMATTING' },
    ]);
    assert.equal(await rawText(bidiUser), P.bidi, 'behind the markers, the file\'s characters');
    assert.ok(await wordReadsLeftToRight(bidiUser, 'nimda'), 'the text after the override reads left to right (not reversed)');
    assert.ok(await wordReadsLeftToRight(bidiUser, 'moc.osotnoc@'), 'and so does the text before it');
    const bidiIndex = await bidiRow.getAttribute('data-index');
    assert.ok(await rendersLeftToRight(grid.locator(`.grid-row[data-index="${bidiIndex}"] .grid-cell[data-col="${ip}"]`)), 'the IP cell after the override reads left to right');
    const zeroWidthRow = grid.locator('.grid-row', { has: grid.locator('.user-link', { hasText: /^adU\+200BminU\+200D@contoso\.comU\+FEFF$/ }) }).first();
    const zeroWidth = zeroWidthRow.locator('.user-link');
    const zw = await zeroWidth.innerText();
    assert.equal(zw, SHOWN.zeroWidth, 'zero-width space, joiner and BOM are shown');
    assert.notEqual(zw, 'admin@contoso.com');
    assert.deepEqual((await markersIn(zeroWidth)).map((m) => m.title), ['U+200B ZERO WIDTH SPACE', 'U+200D ZERO WIDTH JOINER', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)']);
    assert.equal(await rawText(zeroWidth), P.zeroWidth);
    await screenshot(page, 'hostile-grid-csv');

    // Copying the two rows gives the file's characters, not the markers.
    const zeroWidthIndex = await zeroWidthRow.getAttribute('data-index');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await grid.locator(`.grid-row[data-index="${bidiIndex}"] .cell-line`).click();
    await grid.locator(`.grid-row[data-index="${zeroWidthIndex}"] .cell-line`).click({ modifiers: ['Control'] });
    await grid.locator('.selected-count', { hasText: '2 selected' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+c');
    const clip = await clipboardHolding(page, 'osotnoc');
    const copied = Papa.parse<string[]>(clip, { skipEmptyLines: true }).data;
    const copiedUsers = copied.slice(1).map((r) => r[copied[0]!.indexOf('Username')]);
    assert.deepEqual(copiedUsers.sort(), [P.bidi, P.zeroWidth].sort(), `the copied rows hold U+202E, U+202C, U+200B, U+200D and U+FEFF themselves: ${JSON.stringify(clip.slice(0, 600))}`);
    await page.keyboard.press('Escape');

    // The popover of a code that is markup shows it as text; the popover of a real code on a hostile row explains it.
    const codeColumn = await gridColumn(grid, 'Sign-in error code');
    await hoverChip(page, grid.locator('.grid-row[data-index="0"] .code-chip').first());
    const popover = grid.locator('.code-popover:not([hidden])');
    await popover.locator('.popover-code', { hasText: /^500121$/ }).waitFor({ timeout: 10_000 });
    assert.match(await popover.innerText(), /MFA/);
    await wires.check('hovering a real code on a hostile row');

    // Scroll to the end: the rows whose "codes" are markup.
    await grid.locator('[role="grid"]').focus();
    await page.keyboard.press('Control+End');
    await grid.locator(`.grid-row[data-index="${rows - 1}"]`).waitFor({ timeout: 15_000 });
    await settled(grid);
    compared += await assertCellsLiteral(grid, records);
    const chips = await grid.locator(`.grid-row .grid-cell[data-col="${codeColumn}"] .code-chip`).allInnerTexts();
    for (const code of HOSTILE.codes.filter((c) => !c.includes('\n'))) assert.ok(chips.includes(code), `the code cell ${JSON.stringify(code)} is shown as text`);
    await wires.check('scrolling to the end');
    for (const code of [P.svg, P.commandQuit, P.iframe]) {
      // Away first: the open popover may cover the next chip.
      await page.mouse.move(5, 5);
      await popover.waitFor({ state: 'hidden', timeout: 10_000 });
      await hoverChip(page, grid.locator('.grid-row .code-chip', { hasText: code }).first());
      await popover.locator('.popover-code').filter({ hasText: code }).waitFor({ timeout: 10_000 });
      assert.equal(await popover.locator('.popover-code').innerText(), code);
      await wires.check(`hovering the code cell ${code}`);
    }
    await screenshot(page, 'hostile-grid-code-popover');
    await page.mouse.move(5, 5);

    // Filters: typing markup into the user filter, and choosing a "code" that is a command link from the list.
    const typed = '<img src=x onerror';
    const expected = records.slice(1).filter((r) => r[records[0]!.indexOf('Username')]!.toLowerCase().includes(typed)).length;
    await grid.locator('vscode-text-field.filter-user input').fill(typed);
    await grid.locator('.counts', { hasText: new RegExp(`^${expected} of ${rows} rows$`) }).waitFor({ timeout: 30_000 });
    await settled(grid);
    const filtered = await grid.locator(`.grid-row .grid-cell[data-col="${userColumn}"]`).allTextContents();
    assert.ok(filtered.length > 0 && filtered.every((u) => u.includes(typed)), 'only users holding the typed markup');
    await wires.check('filtering by a user that is markup');
    await grid.locator('vscode-button.clear-filters').click();
    await grid.locator('.counts', { hasText: new RegExp(`^${rows} of ${rows} rows$`) }).waitFor({ timeout: 30_000 });
    await grid.locator('vscode-dropdown.code-dropdown').click();
    await grid.locator('vscode-option', { hasText: P.commandQuit }).first().click();
    await grid.locator('.counts', { hasText: new RegExp(`^1 of ${rows} rows$`) }).waitFor({ timeout: 30_000 });
    await settled(grid);
    assert.equal(await grid.locator('.grid-row .code-chip').innerText(), P.commandQuit);
    await wires.check('filtering by a code that is a command link');
    await grid.locator('vscode-button.clear-filters').click();
    await grid.locator('.counts', { hasText: new RegExp(`^${rows} of ${rows} rows$`) }).waitFor({ timeout: 30_000 });

    // The 100 KB user agent: the whole value is in the cell (and its tooltip), cut with an ellipsis at the column's
    // width; the row keeps the height of the others.
    await grid.locator('vscode-button.columns-button').click();
    await grid.locator('.column-chooser vscode-checkbox', { hasText: 'User agent' }).first().click();
    await grid.locator('vscode-button.columns-button').click();
    await grid.locator('.column-chooser').waitFor({ state: 'hidden', timeout: 10_000 });
    const agent = await gridColumn(grid, 'User agent');
    await grid.locator('[role="grid"]').focus();
    await page.keyboard.press('Control+End');
    await settled(grid);
    const long = grid.locator(`.grid-row[data-index="${rows - 1}"] .grid-cell[data-col="${agent}"]`);
    await long.scrollIntoViewIfNeeded();
    const shape = await long.evaluate((cell) => {
      const style = getComputedStyle(cell);
      const row = cell.closest('.grid-row')!;
      const header = document.querySelector(`.header-cell[data-col="${(cell as HTMLElement).dataset['col']}"]`)!;
      return {
        text: cell.textContent ?? '',
        title: cell.getAttribute('title') ?? '',
        overflow: style.textOverflow,
        whiteSpace: style.whiteSpace,
        cut: cell.scrollWidth > cell.clientWidth,
        width: cell.getBoundingClientRect().width,
        headerWidth: header.getBoundingClientRect().width,
        rowHeight: row.getBoundingClientRect().height,
        otherRowHeight: row.previousElementSibling?.getBoundingClientRect().height ?? document.querySelector('.grid-row[data-index="0"]')?.getBoundingClientRect().height,
      };
    });
    assert.equal(shape.text, longField(), 'the whole 100 KB value is in the cell');
    assert.ok(shape.text.endsWith(LONG_TAIL));
    assert.equal(shape.title, shape.text, 'the tooltip holds the whole value');
    assert.equal(shape.overflow, 'ellipsis', 'cut with a visible ellipsis');
    assert.equal(shape.whiteSpace, 'nowrap');
    assert.ok(shape.cut, 'the value is wider than its cell');
    assert.ok(Math.abs(shape.width - shape.headerWidth) < 1 && shape.width < 1300, `the cell keeps its column's width (${shape.width} px)`);
    assert.equal(shape.rowHeight, shape.otherRowHeight, 'the row keeps the height of the others');
    await wires.check('showing the 100 KB user agent');
    await screenshot(page, 'hostile-grid-long-value');
    assert.deepEqual(await checkDocuments(page, 'grid scrolled, filtered, hovered'), ['grid']);

    // A click on a user that is a command link opens that user's timeline, and nothing else.
    await page.keyboard.press('Control+Home');
    await settled(grid);
    await grid.locator('.grid-row .user-link', { hasText: HOSTILE.bruteUser }).first().click();
    const timeline = await shownFrame(page, wires, 'opening a timeline from the grid', 'main.timeline h1', HOSTILE.bruteUser);
    assert.equal(await timeline.locator('h1').innerText(), `Timeline of ${HOSTILE.bruteUser}`);
    assert.match(await timeline.locator('.stats').innerText(), /^11 events · 11 failures/);
    await wires.check('opening the timeline of a user that is a command link');
    await checkDocuments(page, 'timeline from the grid');
    console.log(`      ${compared} grid cells compared with the file`);
  });

  it('Report Grid on the Graph JSON and the audit log: hostile users, codes and nested values as text', async () => {
    const { page } = await e2eSession();
    await closeAllEditors(page);
    await openFile(page, FILES.json);
    await runCommand(page, GRID);
    const grid = await shownFrame(page, wires, 'opening the Graph JSON in the grid', '.grid-row .cell-line');
    await grid.locator('.counts', { hasText: /^31 of 31 rows$/ }).waitFor({ timeout: 60_000 });
    await settled(grid);
    await wires.check('opening the Graph JSON in the grid');
    const users = new Set(await grid.locator('.grid-row .user-link').allInnerTexts());
    for (const user of [HOSTILE.fatigueUser, HOSTILE.bruteUser, P.script, P.mdLink]) assert.ok(users.has(user), `the grid shows the user ${JSON.stringify(user)}`);
    await grid.locator('[role="grid"]').focus();
    await page.keyboard.press('Control+End');
    await settled(grid);
    const chips = await grid.locator('.grid-row .code-chip').allInnerTexts();
    assert.ok(chips.includes(P.svg) && chips.includes(P.jsLink), `the string "errorCode"s are shown as text: ${chips.slice(-5).join(' | ')}`);
    await hoverChip(page, grid.locator('.grid-row .code-chip', { hasText: P.jsLink }).first());
    await grid.locator('.code-popover:not([hidden]) .popover-code', { hasText: P.jsLink }).waitFor({ timeout: 10_000 });
    await wires.check('the Graph JSON in the grid');
    await checkDocuments(page, 'Graph JSON grid');
    await page.mouse.move(5, 5);

    await closeAllEditors(page);
    await openFile(page, FILES.audit);
    await runCommand(page, GRID);
    const audit = await shownFrame(page, wires, 'opening the audit log in the grid', '.grid-row .cell-line');
    await settled(audit);
    await wires.check('opening the audit log in the grid');
    const texts = (await audit.locator('.grid-row .grid-cell').allTextContents()).join('\n');
    for (const value of [HOSTILE.auditIp, HOSTILE.auditActor, SHOWN.bidi, SHOWN.zeroWidth]) assert.ok(texts.includes(value), `the audit grid shows ${JSON.stringify(value)}`);
    await wires.check('the audit log in the grid');
    await checkDocuments(page, 'audit grid');
    await screenshot(page, 'hostile-grid-audit');
  });

  it('Show Summary: detections with hostile users and addresses as evidence, failure reasons and breakdowns, all as text', async () => {
    const { page } = await e2eSession();
    await closeAllEditors(page);
    await openFile(page, AS_TEXT.csv);
    await runCommand(page, SUMMARY);
    const summary = await shownFrame(page, wires, 'Show Summary on the CSV', 'main.summary .finding');
    await wires.check('Show Summary on the CSV');
    assert.deepEqual(await checkDocuments(page, 'summary'), ['summary']);

    const findings = summary.locator('.finding');
    assert.equal(await findings.count(), 3);
    const fatigue = summary.locator('.finding[data-finding="mfa-fatigue"]');
    assert.deepEqual(await fatigue.locator('.user-list .user-link').allInnerTexts(), [HOSTILE.fatigueUser]);
    // The explanation names the user: `<img src=x onerror=...>` as text.
    assert.ok((await fatigue.locator('p.text').first().innerText()).startsWith(HOSTILE.fatigueUser), 'the explanation quotes the user literally');
    const spray = summary.locator('.finding[data-finding="password-spray"]');
    const sprayUsers = await spray.locator('.user-list .user-link').allTextContents();
    // (The analysis trims user names, and String.prototype.trim takes a BOM as white space: the zero-width user ends at .com.)
    for (const user of [P.script, P.jsUrl, P.styleBreakout, P.mdLink, SHOWN.bidi, shownAs(P.zeroWidth.trim())]) assert.ok(sprayUsers.includes(user), `spray user ${JSON.stringify(user)} shown as text: ${sprayUsers.join(' | ')}`);
    // The hidden characters are shown as markers; the button still opens the file's user (its name holds them).
    const sprayBidi = spray.locator('.user-list .user-link', { hasText: 'moc.osotnoc@' });
    assert.equal(await rawText(sprayBidi), P.bidi);
    assert.ok(await wordReadsLeftToRight(sprayBidi, 'nimda'), 'the spray user after the override reads left to right');
    assert.equal(await sprayBidi.getAttribute('title'), "Open moc.osotnoc@[U+202E]nimda[U+202C]'s timeline", 'its tooltip names the characters too');
    assert.ok((await spray.locator('dd').allInnerTexts()).includes(HOSTILE.sprayIp), 'the spray "address" is shown as text');
    // The override is closed inside its button: the user listed after it reads left to right.
    const sprayLinks = spray.locator('.user-list .user-link');
    const bidiAt = sprayUsers.indexOf(SHOWN.bidi);
    const after = bidiAt + 1 < sprayUsers.length ? bidiAt + 1 : bidiAt - 1;
    assert.ok(await rendersLeftToRight(sprayLinks.nth(after)), `the user next to the override (${sprayUsers[after]}) reads left to right`);
    const brute = summary.locator('.finding[data-finding="brute-force"]');
    assert.deepEqual(await brute.locator('.evidence-table .user-link').allInnerTexts(), Array(11).fill(HOSTILE.bruteUser));
    await brute.locator('.evidence').scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-summary-detections');

    // Failure reasons whose "code" is markup, with hostile apps and addresses as their top values.
    const reasonCodes = await summary.locator('.reason .code').allInnerTexts();
    for (const code of [P.svg, P.commandQuit, P.jsLink, P.iframe]) assert.ok(reasonCodes.includes(code), `failure reason ${JSON.stringify(code)} shown as text`);
    const top = summary.locator('.reason').first();
    assert.match(await top.locator('.code').innerText(), /^50126$/);
    assert.ok((await top.locator('dd').allInnerTexts()).some((t) => t.includes(HOSTILE.sprayIp)), 'the top addresses are shown as text');
    const breakdowns = (await summary.locator('.breakdowns td').allInnerTexts()).join('\n');
    assert.ok(breakdowns.includes(HOSTILE.app), 'the app breakdown shows the hostile app as text');
    await summary.locator('.breakdowns').scrollIntoViewIfNeeded();
    await assertNoSidewaysOverflow(summary, 'summary');
    await wires.check('reading the summary');
    await screenshot(page, 'hostile-summary-breakdowns');

    // The audit log: SSPR detections from an "address" that is a meta refresh to the payloads' host.
    await closeAllEditors(page);
    await openFile(page, AS_TEXT.audit);
    await runCommand(page, SUMMARY);
    const audit = await shownFrame(page, wires, 'Show Summary on the audit log', 'main.summary .finding[data-finding="sspr-resets-one-ip"]');
    const resets = audit.locator('.finding[data-finding="sspr-resets-one-ip"]');
    assert.ok((await resets.locator('dd').allInnerTexts()).includes(HOSTILE.auditIp), 'the meta refresh is shown as text');
    const resetUsers = await resets.locator('.user-list .user-link').allTextContents();
    for (const user of [P.script, SHOWN.bidi, HOSTILE.auditActor]) assert.ok(resetUsers.includes(user), `SSPR user ${JSON.stringify(user)} shown as text`);
    await assertNoSidewaysOverflow(audit, 'audit summary');
    await wires.check('Show Summary on the audit log');
    await checkDocuments(page, 'audit summary');
    await screenshot(page, 'hostile-summary-audit');
  });

  it('Show User Timeline: a hostile user picked from the list, events with hostile apps and addresses as text', async () => {
    const { page } = await e2eSession();
    await closeAllEditors(page);
    await openFile(page, AS_TEXT.csv);
    await runCommand(page, TIMELINE);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: HOSTILE.fatigueUser }).first();
    await row.waitFor({ timeout: 30_000 });
    // The list shows the names as text too (VS Code renders labels; none of these has a `$(icon)`).
    const labels = await page.locator('.quick-input-widget .monaco-list-row .label-name').allInnerTexts();
    assert.ok(labels.includes(HOSTILE.bruteUser), `the pick lists ${HOSTILE.bruteUser} as text: ${labels.slice(0, 4).join(' | ')}`);
    await wires.check('the user pick');
    await pickQuickItem(page, 'src=x onerror="', HOSTILE.fatigueUser);
    const timeline = await shownFrame(page, wires, 'the timeline of a user that is markup', 'main.timeline h1', HOSTILE.fatigueUser);
    assert.equal(await timeline.locator('h1').innerText(), `Timeline of ${HOSTILE.fatigueUser}`);
    assert.match(await timeline.locator('.stats').innerText(), /^\d+ events · \d+ failures/);
    const facts = await timeline.locator('.fact-value').allInnerTexts();
    assert.ok(facts.includes(HOSTILE.app), 'the app is shown as text');
    assert.ok(facts.includes(P.entities), 'an address of HTML entities is shown as written, not decoded');
    await assertNoSidewaysOverflow(timeline, 'timeline');
    await wires.check('the timeline of a user that is markup');
    assert.deepEqual(await checkDocuments(page, 'timeline'), ['timeline']);
    await screenshot(page, 'hostile-timeline');

    // The user whose name holds a right-to-left override: the pick and the timeline show U+202E and U+202C as markers.
    await runCommand(page, TIMELINE);
    await pickQuickItem(page, 'osotnoc', 'moc.osotnoc@[U+202E]nimda[U+202C]');
    const bidi = await shownFrame(page, wires, 'the timeline of a user with a right-to-left override', 'main.timeline h1', SHOWN.bidi);
    const heading = bidi.locator('h1');
    assert.equal(await heading.innerText(), `Timeline of ${SHOWN.bidi}`);
    assert.equal(await rawText(heading), `Timeline of ${P.bidi}`);
    assert.ok(await wordReadsLeftToRight(heading, 'nimda'), 'the name after the override reads left to right');
    // Its events' values hold hidden characters too (the corpus cycles its payloads through every field).
    const shownFacts = (await bidi.locator('.event').allInnerTexts()).join('\n');
    assert.ok(/U\+20(2E|2C|0B|0D)|U\+FEFF/.test(shownFacts), 'an event shows a hidden character as a marker');
    assert.ok((await assertNothingHidden(page, 'the timeline of a user with a right-to-left override')) > 2, 'markers are shown');
    await wires.check('the timeline of a user with a right-to-left override');
    await checkDocuments(page, 'bidi timeline');
    await screenshot(page, 'hostile-timeline-bidi');
  });

  it('hovers in the text editor: a real code on a hostile row, a "code" that is markup, a user that is a command link', async () => {
    const { page } = await e2eSession();
    await closeAllEditors(page);
    await openFile(page, AS_TEXT.json);
    const lines = readFileSync(path.join(FIXTURES, FILES.json), 'utf8').split('\n');
    const lineOf = (pattern: RegExp, nth = 0) => lines.map((l, i) => (pattern.test(l) ? i + 1 : 0)).filter(Boolean)[nth]!;

    // Row 1's code, 500121: the hover explains it and names the row's user and app — both markup — as text.
    const fatigue = await hoverAt(page, lineOf(/"errorCode": 500121/), '500121');
    assert.match(fatigue.text, /500121/);
    assert.ok(fatigue.text.includes(HOSTILE.fatigueUser), `the hover quotes the user: ${fatigue.text}`);
    assert.ok(fatigue.text.includes(HOSTILE.app), 'and the app');
    assert.deepEqual(fatigue.markup, [], 'no element in the hover made from the file');
    await wires.check('hovering a real code on a hostile row');

    // A brute-force row (user `[open](command:…)`): shown as text, not a link; clicking it runs nothing.
    const brute = await hoverAt(page, lineOf(/"errorCode": 50126/, 6), '50126');
    assert.ok(brute.text.includes(HOSTILE.bruteUser), `the hover quotes the command link as text: ${brute.text}`);
    assert.deepEqual(brute.markup, []);
    await page.locator('.monaco-hover:visible').getByText('command:workbench', { exact: false }).first().click().catch(() => undefined);
    await wires.check('clicking the command link text in a hover');
    await screenshot(page, 'hostile-editor-hover');

    // A spray row of the user with a right-to-left override: the hover writes U+202E and U+202C out, in order.
    const bidiLine = lines.findIndex((l, i) => i > lines.findIndex((m) => m.includes('"userPrincipalName": "moc.osotnoc@')) && /"errorCode": 50126/.test(l)) + 1;
    const bidi = await hoverAt(page, bidiLine, '50126');
    assert.ok(bidi.text.includes('moc.osotnoc@[U+202E]nimda[U+202C]'), `the hover names the hidden characters: ${bidi.text}`);
    assert.doesNotMatch(bidi.text, /[\u202A-\u202E\u200B-\u200F\uFEFF]/, 'and draws none of them');
    assert.deepEqual(bidi.markup, []);
    await wires.check('hovering a row of the user with a right-to-left override');

    // A "code" that is markup: no catalog record, so either no hover or one holding only text.
    const fake = await hoverAt(page, lineOf(/"errorCode": "<svg onload/), 'svg onload', false);
    assert.deepEqual(fake.markup, []);
    await wires.check('hovering a code that is markup');
    await page.mouse.move(5, 5);
  });

  it('every webview document checked ran only our bundle under our policy; the tripwires are live (control)', async () => {
    const { page } = await e2eSession();
    for (const bundle of ['grid', 'summary', 'timeline']) assert.ok(checkedBundles.has(bundle), `the ${bundle} webview was checked in the browser (${[...checkedBundles].join(', ')})`);
    await wires.check('the end of the corpus run');
    wires.dispose();

    // Control: a payload that does reach a webview's DOM is noticed — the CSP refuses its handler (a violation is
    // reported), and the sentinel set by script is found in the frame.
    await closeAllEditors(page);
    await openFile(page, AS_TEXT.csv);
    await runCommand(page, SUMMARY);
    const summary = await panelFrame(page, 'main.summary .finding', undefined, 60_000);
    const control = armTripwires(page);
    try {
      await summary.evaluate((html) => {
        const div = document.createElement('div');
        div.innerHTML = html;
        document.body.append(div);
      }, P.img);
      await summary.evaluate(() => ((window as unknown as { __erlPwned: number }).__erlPwned = 1));
      await assert.rejects(control.check('control'), (error: Error) => /__erlPwned = 1/.test(error.message), 'the sentinel is found');
      for (let i = 0; i < 50 && control.seen.violations.length === 0; i++) await page.waitForTimeout(100);
      assert.ok(control.seen.violations.length > 0, 'the CSP violation of the injected handler is seen');
      const facts = await documentFacts(summary);
      assert.throws(() => assertInert(facts, 'control'), /img/, 'the injected element is found');
    } finally {
      control.dispose();
      await closeAllEditors(page);
    }
  });
});

/**
 * Moves the mouse onto `text` on line `line` (1-based) of the active text editor (revealed with Go to Line) and returns
 * the hover's text and any element in it that only markup could have made. With `expectHover` false, a hover may not
 * come (there is nothing to explain); the text is then ''.
 */
async function hoverAt(page: Page, line: number, text: string, expectHover = true): Promise<{ text: string; markup: string[] }> {
  await page.mouse.move(5, 5);
  await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  // Quick Open's `:line` (Go to Line's own key is not always the editor's in a browser).
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.locator('.quick-input-widget .monaco-list-row, .quick-input-widget .quick-input-message', { hasText: String(line) }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await input.press('Enter');
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).waitFor({ timeout: 15_000 });
  // The view line at the same height as line `line`'s number in the gutter; the point a few characters into `text`
  // there (the editor draws spaces as U+00A0).
  const target = await page.evaluate(
    ({ line, text }) => {
      const number = Array.from(document.querySelectorAll('.monaco-editor .line-numbers')).find((n) => n.textContent?.trim() === String(line));
      if (!number) return undefined;
      const top = number.getBoundingClientRect().top;
      const viewLine = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line')).find((l) => Math.abs(l.getBoundingClientRect().top - top) < 2);
      if (!viewLine) return undefined;
      const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
      let at = whole.indexOf(text);
      if (at < 0) return undefined;
      at += Math.min(2, text.length - 1);
      for (const node of nodes) {
        if (at < node.data.length) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        at -= node.data.length;
      }
      return undefined;
    },
    { line, text },
  );
  assert.ok(target, `line ${line} shows ${text}`);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  const hover = page.locator('.monaco-hover:visible').first();
  const shown = await hover.waitFor({ timeout: expectHover ? 10_000 : 2_000 }).then(
    () => true,
    () => false,
  );
  if (!shown) {
    assert.ok(!expectHover, `a hover on line ${line}`);
    return { text: '', markup: [] };
  }
  await hover.locator('.hover-contents, .rendered-markdown').first().waitFor({ timeout: 10_000 });
  const markup = await hover.evaluate((root) =>
    Array.from(root.querySelectorAll('img, iframe, object, embed, form, base, script, svg, details, meta, a[href]'))
      .filter((e) => !(e.tagName === 'svg' && e.closest('.codicon')))
      .map((e) => e.outerHTML.slice(0, 120)),
  );
  return { text: await hover.innerText(), markup };
}
