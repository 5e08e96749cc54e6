/**
 * Tripwires for the markup corpus: everything a payload from test/fixtures/hostile/payloads.ts would do if it ran,
 * watched on the whole browser page — the workbench and every webview frame at any depth.
 *
 *   const wires = armTripwires(page);
 *   …drive the editor…
 *   await wires.check('after hovering the user cell');   // throws, naming what happened, if anything did
 *
 * Watched: a dialog (`alert`), the sentinel global or title in any frame, a frame navigated anywhere but the
 * workbench's own webview pages, a request to the payloads' host or to a payload's relative `src`, a CSP violation
 * (markup from the file reached a document, even if the policy stopped it), a command a command URI names having run (a
 * new untitled editor), the workbench gone.
 */
import type { Frame, Page, Request } from 'playwright-core';
import { PWNED_HOST } from '../fixtures/hostile/payloads';

/** Where VS Code itself navigates frames: the workbench, its webview shells and the web extension host's iframe. */
const OWN_FRAME_URL = /^(about:blank|.*\/static\/out\/vs\/workbench\/(contrib\/webview\/browser\/pre\/(index|fake)\.html|services\/extensions\/worker\/webWorkerExtensionHostIframe\.html)\?)/;

/** A request only a payload makes: its host, its image, or `src=x` resolved against a frame. */
const PAYLOAD_REQUEST = new RegExp(`${PWNED_HOST.replace(/\./g, '\\.')}|/logo\\.png|/x(\\?|$)|^javascript:`);

/** `sha256` of the empty string, as a CSP source: what a refused *empty* inline style is reported with. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export interface Tripwires {
  /** Throws if any payload left a trace so far; `step` names where the test is. */
  check(step: string): Promise<void>;
  /** What was seen so far (for a report). */
  readonly seen: { dialogs: string[]; navigations: string[]; requests: string[]; violations: string[] };
  dispose(): void;
}

async function sentinelIn(frame: Frame): Promise<string | undefined> {
  try {
    const found = await frame.evaluate(() => {
      const w = window as unknown as { __erlPwned?: unknown };
      return { pwned: w.__erlPwned, title: document.title };
    });
    if (found.pwned !== undefined) return `window.__erlPwned = ${String(found.pwned)}`;
    if (found.title === 'PWNED') return "document.title = 'PWNED'";
  } catch {
    // the frame went away while we looked
  }
  return undefined;
}

export function armTripwires(page: Page): Tripwires {
  const mainUrl = page.url();
  const seen = { dialogs: [] as string[], navigations: [] as string[], requests: [] as string[], violations: [] as string[] };
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  };
  const onNavigated = (frame: Frame) => {
    const url = frame.url();
    if (frame === page.mainFrame() ? url !== mainUrl : !OWN_FRAME_URL.test(url)) seen.navigations.push(url);
  };
  const onRequest = (request: Request) => {
    if (PAYLOAD_REQUEST.test(request.url())) seen.requests.push(request.url());
  };
  const onConsole = (message: { text(): string }) => {
    const text = message.text();
    // The UI toolkit (FAST's design tokens) appends an empty <style> element to the grid's document, which the policy
    // refuses: the hash it names is that of the empty string. Nothing from a file is in it; any other inline style is.
    if (/style-src/.test(text) && text.includes(EMPTY_STYLE_HASH)) return;
    // A policy refusing inline script, a handler or an image means markup from the file was parsed into a document.
    if (/Content Security Policy/i.test(text) && /inline|event handler|img-src|erl-pwned|javascript:/i.test(text)) seen.violations.push(text.slice(0, 300));
  };
  page.on('dialog', onDialog);
  page.on('framenavigated', onNavigated);
  page.context().on('request', onRequest);
  page.on('console', onConsole);

  return {
    seen,
    async check(step: string) {
      const problems: string[] = [];
      if (seen.dialogs.length) problems.push(`dialogs opened: ${seen.dialogs.join(' | ')}`);
      if (seen.navigations.length) problems.push(`frames navigated to: ${seen.navigations.join(' | ')}`);
      if (seen.requests.length) problems.push(`payload requests: ${seen.requests.join(' | ')}`);
      if (seen.violations.length) problems.push(`CSP violations (markup from the file reached a document): ${seen.violations.join(' | ')}`);
      for (const frame of page.frames()) {
        const trace = await sentinelIn(frame);
        if (trace) problems.push(`${trace} in ${frame === page.mainFrame() ? 'the workbench' : frame.url().slice(0, 120)}`);
      }
      if (page.url() !== mainUrl) problems.push(`the workbench navigated to ${page.url()}`);
      if ((await page.locator('.monaco-workbench').count()) !== 1) problems.push('the workbench is gone');
      // `command:workbench.action.files.newUntitledFile` would open an untitled editor.
      const untitled = await page.locator('.tab', { hasText: /^Untitled-\d/ }).count();
      if (untitled) problems.push(`${untitled} untitled editor(s) opened: a command URI from the file ran`);
      if (problems.length) throw new Error(`a payload ran (${step}):\n  ${problems.join('\n  ')}`);
    },
    dispose() {
      page.off('dialog', onDialog);
      page.off('framenavigated', onNavigated);
      page.context().off('request', onRequest);
      page.off('console', onConsole);
    },
  };
}
