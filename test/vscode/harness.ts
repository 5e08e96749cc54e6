/**
 * The project's harness for a real VS Code, offline: code-server (VS Code in a browser, with a real Node extension
 * host) run under the pinned Node 24, driven by Debian's Chromium through playwright-core. Used by the in-editor
 * suite (`test/integration/run-local.ts`), the end-to-end suite (`test/e2e/`) and `npm start`.
 *
 *   const editor = await startEditor({ workspace, vsix });          // fresh profile, own process group, 127.0.0.1 only
 *   const browser = await launchBrowser();                           // fresh Chromium profile
 *   await openWorkbench(browser.page, editor);                       // ready when the workbench is up
 *   …
 *   await browser.close(); await editor.stop();                      // always, also on failure (see `stopAll`)
 *
 * Every server and browser started here is registered and stopped on process exit or Ctrl+C, whatever happened.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_ENTRY, ensureRuntime, NODE24 } from './install';

/** Settings that keep a fresh profile quiet: no welcome page, chat, tips, update checks or telemetry. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'window.restoreWindows': 'none',
  'workbench.tips.enabled': false,
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface EditorOptions {
  /** Folder opened in the editor. */
  readonly workspace: string;
  /** A packaged extension to install into the fresh profile. */
  readonly vsix?: string;
  /** User settings on top of the quiet defaults. */
  readonly settings?: Record<string, unknown>;
  /** Allow the smoke-test driver (needed to load an extension from source and run an in-editor test suite). */
  readonly testDriver?: boolean;
  /** Keep the profile folder after stop (for `npm start`). */
  readonly profileDir?: string;
  /** Fixed port (for `npm start`); otherwise a free one. */
  readonly port?: number;
}

export interface RunningEditor {
  readonly url: string;
  readonly port: number;
  readonly workspace: string;
  readonly profile: string;
  /** Server output so far, for failure messages. */
  readonly log: () => string;
  stop(): Promise<void>;
}

const running = new Set<{ stop(): Promise<void>; kill(): void }>();

/** Stops every editor and browser this process started. */
export async function stopAll(): Promise<void> {
  await Promise.allSettled([...running].map((r) => r.stop()));
}

process.once('exit', () => {
  for (const r of running) r.kill();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function prepareProfile(options: EditorOptions) {
  const profile = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'erl-editor-'));
  const dirs = { data: path.join(profile, 'data'), extensions: path.join(profile, 'extensions'), xdg: path.join(profile, 'xdg') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  // code-server writes its own config under XDG folders; keep them inside the profile, not in ~/.config.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdg,
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
  };
  return { profile, dirs, env };
}

function installVsix(vsix: string, dirs: { data: string; extensions: string }, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions, '--install-extension', vsix], {
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} into the editor failed:\n${r.stdout}\n${r.stderr}`);
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the editor exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the editor did not answer on ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

/** Starts code-server on 127.0.0.1 with a fresh profile, in its own process group. */
export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  ensureRuntime();
  const { profile, dirs, env } = prepareProfile(options);
  if (options.vsix) installVsix(options.vsix, dirs, env);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--user-data-dir', dirs.data,
    '--extensions-dir', dirs.extensions,
    ...(options.testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  // detached: a new process group, so stop() can end code-server and every extension host it started.
  const child = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const handle = {
    kill: () => kill('SIGKILL'),
    stop: async () => {
      running.delete(handle);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        kill('SIGKILL');
      }
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  running.add(handle);
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return { url, port, workspace: options.workspace, profile, log: () => output, stop: handle.stop };
}

export interface RunningBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (a reused one restores the last run's editors and dialogs). */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<RunningBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'erl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const handle = {
    kill: () => void context.close().catch(() => undefined),
    stop: async () => {
      running.delete(handle);
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  running.add(handle);
  return { context, page, close: handle.stop };
}

const FIXTURES = path.resolve(__dirname, '../fixtures');

/**
 * A throwaway folder with copies of the real samples, the generated exports, a few ordinary (non-export) files and the
 * markup corpus (hostile/): tests may open, edit and add files freely.
 */
export function makeTestWorkspace(): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'erl-workspace-'));
  // The exports only, not the scripts that generate some of them.
  const exportsOnly = (source: string) => !source.endsWith('.ts');
  for (const folder of ['samples', 'generated', 'ordinary', 'hostile']) {
    if (existsSync(path.join(FIXTURES, folder))) cpSync(path.join(FIXTURES, folder), path.join(workspace, folder), { recursive: true, filter: exportsOnly });
  }
  return workspace;
}

/** `vscode-remote://` URI of a path on the editor's machine (how the workbench names local files). */
export function remoteUri(editor: RunningEditor, fsPath: string): string {
  return `vscode-remote://127.0.0.1:${editor.port}${fsPath}`;
}

/**
 * Opens the workbench on the editor's workspace. `payload` passes development options (extension path, tests path)
 * to a server started with `testDriver`. Resolves when the workbench has rendered.
 */
export async function openWorkbench(page: Page, editor: RunningEditor, payload?: ReadonlyArray<[string, string]>): Promise<void> {
  const query = new URLSearchParams({ folder: editor.workspace });
  if (payload) query.set('payload', JSON.stringify(payload));
  await page.goto(`${editor.url}/?${query.toString()}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
}

// ——— Driving the workbench ————————————————————————————————————————————————————————————————————————————————————————

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

const quickInput = (page: Page) => page.locator('.quick-input-widget');

/** Opens the Command Palette and types `title`; resolves with whether a matching command is listed. */
async function paletteLists(page: Page, title: string): Promise<boolean> {
  const input = quickInput(page).locator('input');
  // Under load the palette may open late, or close again when a webview takes the focus back: try a few times.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    // Focus the workbench (not a webview, which keeps F1) on an empty part of the title bar, left of the command
    // center (clicking the command center opens Quick Open instead).
    await page.locator('.monaco-workbench').click({ position: { x: 300, y: 10 }, force: true }).catch(() => undefined);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 10_000 });
      await input.fill(`>${title}`, { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const row = quickInput(page).locator('.monaco-list-row', { hasText: title }).first();
  return row.waitFor({ timeout: 2_000 }).then(
    () => true,
    () => false,
  );
}

/**
 * Waits until `title` is in the Command Palette: before the extension host has registered the extension's commands
 * (and its custom editors), nothing it contributes works yet.
 */
export async function waitForCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const listed = await paletteLists(page, title);
    await page.keyboard.press('Escape');
    if (listed) return;
    if (Date.now() > deadline) throw new Error(`"${title}" never appeared in the Command Palette`);
    await page.waitForTimeout(500);
  }
}

/** Runs a command by its palette title, as a user does: F1, type, Enter on the matching row. */
export async function runCommand(page: Page, title: string): Promise<void> {
  if (!(await paletteLists(page, title))) throw new Error(`"${title}" is not in the Command Palette`);
  await quickInput(page).locator('.monaco-list-row', { hasText: title }).first().click();
}

/**
 * Answers VS Code's save dialog (the simple, quick-input one in the browser) with `file`: types it until the input
 * holds it (the dialog fills in its proposed path a moment after it opens), accepts, and waits for the dialog to close.
 */
export async function answerSaveDialog(page: Page, file: string): Promise<void> {
  const input = quickInput(page).locator('input');
  await input.waitFor({ timeout: 15_000 });
  for (let i = 0; i < 50; i++) {
    await input.fill(file);
    await page.waitForTimeout(200);
    if ((await input.inputValue()) === file) break;
  }
  await input.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Types into an open quick pick and accepts the row containing `rowText`. */
export async function pickQuickItem(page: Page, typed: string, rowText: string): Promise<void> {
  const input = quickInput(page).locator('input');
  await input.waitFor();
  await input.fill(typed);
  await quickInput(page).locator('.monaco-list-row', { hasText: rowText }).first().click();
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a user does. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  const input = quickInput(page).locator('input');
  const row = quickInput(page).locator('.monaco-list-row', { hasText: fileName }).first();
  // A file a test has just written may be missing from Quick Open's file search for a moment: ask again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor();
    await input.fill(fileName);
    const listed = await row.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (listed) break;
    await page.keyboard.press('Escape');
    if (attempt === 4) throw new Error(`${fileName} is not in Quick Open`);
  }
  await row.click();
  await page.locator('.tab.active', { hasText: fileName }).first().waitFor();
}

/**
 * The content of the webview whose panel or editor title contains `title`: webviews are an outer iframe holding an
 * inner `#active-frame`, both of which must be entered.
 */
export async function webviewContent(page: Page, title: string) {
  await page.locator('.tab.active', { hasText: title }).first().waitFor({ timeout: 15_000 }); // one per editor group showing it
  const frames = page.locator('iframe.webview.ready');
  await frames.last().waitFor({ timeout: 15_000 });
  return page.frameLocator('iframe.webview.ready >> nth=-1').frameLocator('#active-frame');
}

/** The webview frame (any depth) holding `selector`, optionally with `text`, visible. */
export async function panelFrame(page: Page, selector: string, text?: string | RegExp, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        const target = frame.locator(selector, text ? { hasText: text } : {}).first();
        if ((await target.count()) > 0 && (await target.isVisible())) return frame;
      } catch {
        // the frame went away while we looked
      }
    }
    if (Date.now() > deadline) {
      const seen = await Promise.all(page.frames().map(async (f) => `${f.url().slice(0, 80)}: ${(await f.locator('body').innerText({ timeout: 1_000 }).catch(() => '?')).slice(0, 120)}`));
      throw new Error(`no webview shows ${selector}${text ? ` with "${String(text)}"` : ''}; frames:\n${seen.join('\n')}`);
    }
    await page.waitForTimeout(200);
  }
}

/** Moves the mouse onto the first visible editor text equal to `text` and returns the hover's text. */
export async function hoverText(page: Page, text: string): Promise<string> {
  const target = page.locator('.monaco-editor .view-line span', { hasText: text }).first();
  return (await hoverOver(page, target)).innerText();
}

/**
 * Hovers `target` until the editor shows a hover (holding `hasText` when given) and returns it. The mouse is moved
 * away first and the hover tried again: a hover asked for while the editor was still busy (or with the mouse already
 * there, which fires no move) never comes.
 */
export async function hoverOver(page: Page, target: Locator, hasText?: string | RegExp): Promise<Locator> {
  const hover = page.locator('.monaco-hover:visible', hasText ? { hasText } : {}).first();
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 5);
    await target.hover();
    const shown = await hover.waitFor({ timeout: 8_000 }).then(() => true, () => false);
    if (shown) return hover;
    if (attempt === 3) {
      await screenshot(page, 'failed-hover');
      throw new Error(`no hover${hasText ? ` with "${String(hasText)}"` : ''} after three tries`);
    }
  }
}

/** Saves a screenshot to test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, 'screenshots', `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
