/**
 * The Report Grid webview in Chromium without VS Code: the built bundle (dist/webview/grid.js) and media/grid.css in
 * a page with the same CSP as the real webview shell, and a fake host in Node that speaks the protocol — `init`,
 * reading `progress` with a growing view, `view`, `page` — over a generated sign-in export of any size (rows are
 * computed, not stored). Lets tests measure the webview itself: DOM bounds at 250k rows, keys, state, CSP.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import type { GridCodeInfo, GridColumn, GridInit, GridQuery, GridRow, GridString, GridToHost, HostToGrid } from '../../src/protocol';
import { codeOfRow, COLUMN, SIGNIN_CODES, SIGNIN_HEADER, signInCells } from './signin-generator';

const ROOT = path.resolve(__dirname, '../..');
const ORIGIN = 'http://grid.test';

export const GRID_STRINGS: Record<GridString, string> = {
  rowsOf: '{0} of {1} rows', indexing: 'Reading the file… {0}', search: 'Search', matches: '{0} matching rows',
  outcome: 'Outcome', code: 'Code', user: 'User', app: 'App', ip: 'IP', from: 'From', to: 'To', clearFilters: 'Clear filters',
  columns: 'Columns', copyCsv: 'Copy as CSV', copyMarkdown: 'Copy as Markdown', exportFiltered: 'Export filtered rows',
  reopenAsText: 'Reopen as text', allCodes: 'All codes', nextStep: 'Next step', line: 'Line', sortAscending: 'Sort ascending',
  sortDescending: 'Sort descending', noRows: 'No rows match.', selected: '{0} selected', dismiss: 'Dismiss', openTimeline: "Open this user's timeline",
  revealCleared: 'Filters cleared to show line {0}.', revealMissing: 'Line {0} is not in this view.',
};

const OUTCOME_NAMES = { success: 'success', interrupt: 'interrupted', failure: 'failure', blocked: 'blocked', pending: 'pending', info: 'info' } as const;

function codeInfo(code: string): GridCodeInfo {
  const c = SIGNIN_CODES.find((x) => x.code === code)!;
  return { code, outcome: c.outcome, outcomeName: OUTCOME_NAMES[c.outcome], label: `Label of ${code}`, familyName: 'Sign-in error code', explanation: `Explanation of ${code}: ${c.reason || 'signed in'}`, nextStep: `Next step for ${code}` };
}

export interface FakeHostOptions {
  readonly rows: number;
  readonly seed?: number;
  /** Rows become available in this many steps (a `progress` and a grown `view` each), as while reading a file. */
  readonly readSteps?: number;
  readonly fingerprint?: string;
}

export class FakeGridHost {
  readonly received: GridToHost[] = [];
  private viewId = 0;
  private view: Int32Array | undefined;
  private query: GridQuery = {};
  private available: number;
  private readonly seed: number;
  private readonly cellCache = new Map<number, string[]>();
  constructor(
    private readonly page: Page,
    readonly options: FakeHostOptions,
  ) {
    this.seed = options.seed ?? 1;
    this.available = options.readSteps ? 0 : options.rows;
  }

  get init(): GridInit {
    const roles: Record<number, string> = { [COLUMN.time]: 'time', [COLUMN.user]: 'user', [COLUMN.app]: 'app', [COLUMN.code]: 'code', [COLUMN.ip]: 'ip', [COLUMN.location]: 'location' };
    const columns: GridColumn[] = SIGNIN_HEADER.map((name, id) => ({ id, name, ...(roles[id] ? { role: roles[id] } : {}) }));
    return {
      file: '/fake/signins.csv', fingerprint: this.options.fingerprint ?? `fake-${this.options.rows}-${this.seed}`, lang: 'en', title: 'signins.csv',
      columns, timeColumn: COLUMN.time, codeColumn: COLUMN.code, userColumn: COLUMN.user,
      outcomes: (['success', 'interrupt', 'failure', 'blocked', 'pending', 'info'] as const).map((outcome) => ({ outcome, name: OUTCOME_NAMES[outcome] })),
      strings: GRID_STRINGS,
    };
  }

  /** Messages of one type the webview sent. */
  sent<T extends GridToHost['type']>(type: T): Array<Extract<GridToHost, { type: T }>> {
    return this.received.filter((m): m is Extract<GridToHost, { type: T }> => m.type === type);
  }

  async receive(message: GridToHost): Promise<void> {
    this.received.push(message);
    switch (message.type) {
      case 'ready':
        await this.send({ type: 'init', init: this.init });
        if (this.options.readSteps) void this.read(this.options.readSteps);
        return;
      case 'query':
        this.query = message.query;
        this.viewId++;
        this.view = this.compute(message.query);
        await this.sendView();
        return;
      case 'getPage': {
        if (message.viewId !== this.viewId || !this.view) return;
        const end = Math.min(this.view.length, message.start + message.count);
        const rows: GridRow[] = [];
        const codes: Record<string, GridCodeInfo> = {};
        for (let p = message.start; p < end; p++) {
          const row = this.view[p]!;
          const cells = this.cells(row);
          const c = codeOfRow(this.seed, row);
          codes[c.code] = codeInfo(c.code);
          rows.push({ row, line: row + 2, outcome: c.outcome, code: c.code, cells });
        }
        await this.send({ type: 'page', viewId: message.viewId, start: message.start, rows, codes });
        return;
      }
      default:
        return; // copy, export, timeline, reveal, reopen: recorded only
    }
  }

  async send(message: HostToGrid): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message as unknown as Record<string, unknown>).catch(() => undefined);
  }

  private async read(steps: number): Promise<void> {
    for (let step = 1; step <= steps; step++) {
      await new Promise((r) => setTimeout(r, 150));
      this.available = Math.round((this.options.rows * step) / steps);
      await this.send({ type: 'progress', rows: this.available, bytesRead: step, totalBytes: steps, done: step === steps });
      // The same view, grown: positions already sent stay valid.
      if (this.view) {
        this.view = this.compute(this.query);
        await this.sendView();
      }
    }
  }

  private async sendView(): Promise<void> {
    const counts = new Map<string, number>();
    for (const row of this.view!) {
      const code = codeOfRow(this.seed, row).code;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const codes = [...counts].sort((a, b) => b[1] - a[1]).map(([code, count]) => ({ code, count, label: `Label of ${code}` }));
    await this.send({ type: 'view', viewId: this.viewId, rowCount: this.view!.length, totalRows: this.available, codes });
  }

  private cells(row: number): string[] {
    let cells = this.cellCache.get(row);
    if (!cells) {
      cells = signInCells(this.seed, row);
      if (this.cellCache.size > 5_000) this.cellCache.clear();
      this.cellCache.set(row, cells);
    }
    return cells;
  }

  private compute(query: GridQuery): Int32Array {
    const keep: number[] = [];
    const has = (value: string | undefined, part: string | undefined) => !part || (value ?? '').toLowerCase().includes(part.toLowerCase());
    const simple = !query.user && !query.app && !query.ip && !query.search && !query.from && !query.to;
    for (let row = 0; row < this.available; row++) {
      const c = codeOfRow(this.seed, row);
      if (query.code && c.code !== query.code) continue;
      if (query.outcomes?.length && !query.outcomes.includes(c.outcome)) continue;
      if (!simple) {
        const cells = signInCells(this.seed, row);
        if (!has(cells[COLUMN.user], query.user) || !has(cells[COLUMN.app], query.app) || !has(cells[COLUMN.ip], query.ip)) continue;
        if (query.search && !cells.some((cell) => has(cell, query.search))) continue;
        const time = cells[COLUMN.time]!;
        if ((query.from && time < query.from) || (query.to && time > query.to)) continue;
      }
      keep.push(row);
    }
    const view = Int32Array.from(keep);
    if (query.sort) {
      const { column, direction } = query.sort;
      const keys = new Map(keep.map((row) => [row, column === COLUMN.code ? codeOfRow(this.seed, row).code : signInCells(this.seed, row)[column]!]));
      const sorted = [...view].sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : a - b) * (direction === 'asc' ? 1 : -1));
      return Int32Array.from(sorted);
    }
    return view;
  }
}

let bundle: string | undefined;

/** The grid bundle built from the current source (as esbuild.mjs builds webviews), whatever is in dist/. */
function gridBundle(): string {
  bundle ??= buildSync({
    entryPoints: [path.join(ROOT, 'webview', 'grid', 'main.ts')], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bundle;
}

const THEME = `:root {
  --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace;
  --vscode-foreground: #cccccc; --vscode-editor-background: #1e1e1e; --vscode-descriptionForeground: #9d9d9d;
  --vscode-panel-border: #2b2b2b; --vscode-editorWidget-border: #454545; --vscode-focusBorder: #0078d4;
  --vscode-list-hoverBackground: #2a2d2e; --vscode-list-activeSelectionBackground: #04395e; --vscode-list-inactiveSelectionBackground: #37373d;
  --vscode-textLink-foreground: #4daafc; --vscode-editorLineNumber-foreground: #6e7681; --vscode-progressBar-background: #0078d4;
  --vscode-charts-green: #89d185; --vscode-charts-yellow: #cca700; --vscode-charts-red: #f14c4c; --vscode-charts-purple: #b180d7;
  --vscode-editorHoverWidget-background: #252526; --vscode-editorHoverWidget-border: #454545; --vscode-badge-background: #616161; --vscode-badge-foreground: #fff;
  --vscode-input-background: #313131; --vscode-input-foreground: #cccccc; --vscode-button-background: #0078d4; --vscode-button-foreground: #fff;
}`;

/**
 * Opens the grid page with a fake host: the same CSP as the real shell (`default-src 'none'`, styles from the page's
 * origin only, the script only with its nonce). Resolves with the host; `window.__violations` collects CSP reports.
 */
export async function openFakeGrid(page: Page, options: FakeHostOptions): Promise<FakeGridHost> {
  const host = new FakeGridHost(page, options);
  const nonce = 'bm9uY2UtZm9yLXRlc3Rz';
  const csp = [`default-src 'none'`, `style-src ${ORIGIN}`, `img-src ${ORIGIN}`, `font-src ${ORIGIN}`, `script-src 'nonce-${nonce}'`].join('; ');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${ORIGIN}/theme.css"><link rel="stylesheet" href="${ORIGIN}/grid.css"><title>grid</title></head>
<body><script nonce="${nonce}" src="${ORIGIN}/grid.js"></script></body></html>`;
  const files: Record<string, { body: string | Buffer; type: string }> = {
    '/': { body: html, type: 'text/html' },
    '/theme.css': { body: THEME, type: 'text/css' },
    '/grid.css': { body: readFileSync(path.join(ROOT, 'media', 'grid.css')), type: 'text/css' },
    '/grid.js': { body: gridBundle(), type: 'text/javascript' },
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ status: 200, contentType: file.type, body: file.body }) : route.fulfill({ status: 404, body: '' });
  });
  await page.exposeBinding('__toHost', (_source, message: GridToHost) => void host.receive(message));
  // A string, not a function: the test runner's transpiler would add helpers the page does not have.
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ': ' + e.blockedURI + ' ' + e.sample));
    let state = JSON.parse(sessionStorage.getItem('gridState') ?? 'null');
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__toHost(m),
      getState: () => state,
      setState: (s) => { state = s; sessionStorage.setItem('gridState', JSON.stringify(s)); },
    });
  `);
  await page.goto(`${ORIGIN}/`);
  return host;
}
