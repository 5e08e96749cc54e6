/**
 * What the extension's webviews really are in the browser, read from their rendered documents (the inner
 * `#active-frame` of each webview): the Content-Security-Policy they run under, the scripts they loaded, and whether
 * anything in their DOM (shadow roots included) is markup that could only have come from an export's text.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';

/** The documents of the extension's webviews now open (VS Code's shells and the workbench left out). */
export async function webviewDocuments(page: Page): Promise<Frame[]> {
  const found: Frame[] = [];
  for (const frame of page.frames()) {
    const element = await frame.frameElement().catch(() => undefined);
    if (element && (await element.getAttribute('id').catch(() => null)) === 'active-frame') found.push(frame);
  }
  return found;
}

interface DocumentFacts {
  readonly title: string;
  readonly csp: string[];
  readonly scripts: Array<{ id: string; src: string; nonce: string; inline: boolean }>;
  readonly scriptResources: string[];
  readonly markup: string[];
}

/** Reads, inside the webview's document, its policy, its scripts and every element a payload could have created. */
function readDocument(): DocumentFacts {
  const markup: string[] = [];
  // Elements our pages never create: if one exists, text from a file became markup.
  const FOREIGN = new Set(['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'A', 'AUDIO', 'VIDEO', 'FRAME', 'FRAMESET']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background', 'ping', 'srcset']);
  const visit = (root: Document | ShadowRoot, where: string) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.tagName.toUpperCase();
      const describe = () => `${where}<${el.tagName.toLowerCase()} ${Array.from(el.attributes).map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;
      if (FOREIGN.has(tag)) markup.push(describe());
      if (tag === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) markup.push(describe());
      if (tag === 'LINK' && el.getAttribute('rel') !== 'stylesheet') markup.push(describe());
      // A handler attribute anywhere, or a script URL where a URL is read (text attributes such as `title` may hold the
      // file's text: a tooltip is not a link).
      if (Array.from(el.attributes).some((a) => /^on/i.test(a.name) || (URL_ATTRIBUTES.has(a.name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(a.value)))) markup.push(describe());
      if (el.shadowRoot) visit(el.shadowRoot, `${where}${el.tagName.toLowerCase()}::shadow `);
    }
  };
  visit(document, '');
  return {
    title: document.title,
    csp: Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')).map((m) => m.getAttribute('content') ?? ''),
    scripts: Array.from(document.querySelectorAll('script')).map((s) => ({ id: s.id, src: s.src, nonce: s.nonce ?? '', inline: !s.src })),
    scriptResources: performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
      .map((e) => e.name),
    markup,
  };
}

/** Runs `fn` in `frame`, passed as source: tsx wraps named inner functions in a `__name` helper the page lacks. */
export async function evaluateSource<T>(frame: Frame, fn: () => T): Promise<T> {
  return frame.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(); })()`) as Promise<T>;
}

export async function documentFacts(frame: Frame): Promise<DocumentFacts> {
  return evaluateSource(frame, readDocument);
}

/** Directive name → its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The webview runs under our policy: `default-src 'none'`, scripts only with the page's nonce (no 'unsafe-inline', no
 * 'unsafe-eval', no host), every script element in the document carrying that nonce and loaded from the extension's
 * `dist/webview` (VS Code's own `acquireVsCodeApi` script, injected before the policy, excepted), and every script the
 * page fetched coming from there too.
 */
export function assertOurPolicy(facts: DocumentFacts, label: string): void {
  assert.equal(facts.csp.length, 1, `${label}: one CSP meta element (${facts.csp.length})`);
  const csp = parseCsp(facts.csp[0]!);
  assert.deepEqual(csp.get('default-src'), ["'none'"], `${label}: default-src 'none' in ${facts.csp[0]}`);
  const scriptSrc = csp.get('script-src') ?? [];
  assert.equal(scriptSrc.length, 1, `${label}: script-src allows one source: ${scriptSrc.join(' ')}`);
  const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSrc[0] ?? '')?.[1];
  assert.ok(nonce, `${label}: script-src is a nonce only: ${scriptSrc.join(' ')}`);
  // A bare `*` is any host; VS Code's own resource origin (`https://*.vscode-cdn.net`) is a host pattern, not that.
  assert.doesNotMatch(facts.csp[0]!, /'unsafe-(inline|eval|hashes)'|'wasm-unsafe-eval'|'strict-dynamic'|(^|\s)\*(\s|;|$)|(^|\s)(https?|data|blob):(\s|;|$)/, `${label}: nothing unsafe in ${facts.csp[0]}`);
  for (const script of facts.scripts) {
    if (script.id === '_vscodeApiScript') continue;
    assert.equal(script.inline, false, `${label}: no inline script`);
    assert.equal(script.nonce, nonce, `${label}: ${script.src} carries the page's nonce`);
    assert.match(script.src, /\/dist\/webview\/[a-z]+\.js$/, `${label}: ${script.src} is the extension's bundle`);
  }
  assert.ok(facts.scriptResources.length > 0, `${label}: the page loaded its bundle`);
  for (const url of facts.scriptResources) assert.match(url, /\/dist\/webview\/[a-z]+\.js$/, `${label}: every script fetched is the extension's bundle (${url})`);
}

/** No element in the document (or any shadow root) that only markup from a file could have made. */
export function assertInert(facts: DocumentFacts, label: string): void {
  assert.deepEqual(facts.markup, [], `${label}: markup from the file became elements:\n${facts.markup.join('\n')}`);
}
