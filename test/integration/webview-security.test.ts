/**
 * Every webview the extension opens, hardened as VS Code holds it (the extension's test API, `webviews()`): the grid,
 * the summary, the timeline and the code explanation, each opened on the markup corpus (test/fixtures/hostile/). Each
 * page's HTML declares one Content-Security-Policy with `default-src 'none'` and scripts allowed only by a per-load
 * nonce (nothing unsafe, no host); every script element carries that nonce and is the extension's own bundle; no
 * inline script, handler or text of the export is in the shell. Each webview's options: scripts on, command URIs and
 * forms off, and local resources limited to the extension's `dist/` and `media/` — not the workspace, not the
 * folder of the file shown. The browser's side (what the documents really ran) is checked in
 * test/e2e/hostile-input.test.ts.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WebviewSecurity } from '../../src/extension/api';
import { FILES } from '../fixtures/hostile/build';
import { P, PAYLOAD_MARKERS } from '../fixtures/hostile/payloads';
import { activateExtension, closeAllEditors, EXTENSION_ID, waitFor, workspaceFile } from './workspace';

const GRID = 'entraReportLens.reportGrid';

/** Directive name → its sources, from a policy string. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

/** `child` is `root` or inside it (URI strings, segment-wise). */
function within(child: string, root: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return child === root || child.startsWith(r);
}

function assertHtml(w: WebviewSecurity, extensionRoot: string): void {
  const extensionPath = vscode.Uri.parse(extensionRoot).path;
  const label = `${w.bundle} webview`;
  const html = w.html;
  const metas = html.match(/<meta\s[^>]*http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi) ?? [];
  assert.equal(metas.length, 1, `${label}: exactly one CSP meta element`);
  const policy = attr(metas[0]!, 'content') ?? '';
  // The policy comes before anything it has to govern (the stylesheet, the script).
  assert.ok(html.indexOf(metas[0]!) < html.search(/<(link|script)\b/i), `${label}: the CSP is declared before the first resource`);
  const csp = parseCsp(policy);
  assert.deepEqual(csp.get('default-src'), ["'none'"], `${label}: default-src 'none' in "${policy}"`);
  const scriptSrc = csp.get('script-src') ?? [];
  assert.equal(scriptSrc.length, 1, `${label}: script-src allows exactly one source: "${scriptSrc.join(' ')}"`);
  const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSrc[0] ?? '')?.[1];
  assert.ok(nonce, `${label}: script-src is a nonce only: "${scriptSrc.join(' ')}"`);
  assert.doesNotMatch(policy, /'unsafe-(inline|eval|hashes)'|'wasm-unsafe-eval'|'strict-dynamic'|data:|blob:/i, `${label}: nothing unsafe in "${policy}"`);
  // Styles, images and fonts only from where VS Code serves this webview's resources (`webview.cspSource`: here
  // `'self' https://*.vscode-cdn.net`): the same sources for each, never a bare wildcard, scheme or keyword but 'self'.
  const resources = ['style-src', 'img-src', 'font-src'].map((d) => (csp.get(d) ?? []).join(' '));
  assert.equal(new Set(resources).size, 1, `${label}: styles, images and fonts from the same sources: "${policy}"`);
  for (const source of csp.get('style-src') ?? []) assert.match(source, /^('self'|https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?)$/i, `${label}: resource source ${source}`);
  // Nothing else widens default-src: any further directive only narrows (`base-uri 'none'`, `form-action 'none'` …).
  for (const [directive, sources] of csp) {
    if (!['default-src', 'script-src', 'style-src', 'img-src', 'font-src'].includes(directive)) assert.deepEqual(sources, ["'none'"], `${label}: ${directive} in "${policy}"`);
  }
  const stylesheets = html.match(/<link\b[^>]*>/gi) ?? [];
  for (const link of stylesheets) {
    assert.equal(attr(link, 'rel'), 'stylesheet', `${label}: ${link} is a stylesheet`);
    assert.ok((attr(link, 'href') ?? '').endsWith(`${extensionPath}/media/${w.bundle}.css`), `${label}: ${link} is the extension's own stylesheet`);
  }

  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi) ?? [];
  assert.ok(scripts.length >= 1, `${label}: loads its bundle`);
  assert.equal((html.match(/<script\b/gi) ?? []).length, scripts.length, `${label}: every script element is closed and counted`);
  for (const script of scripts) {
    const open = /^<script\b[^>]*>/i.exec(script)![0];
    assert.equal(attr(open, 'nonce'), nonce, `${label}: ${open} carries the page's nonce`);
    const src = attr(open, 'src') ?? '';
    assert.match(script, /^<script\b[^>]*><\/script\s*>$/i, `${label}: no inline script body`);
    assert.ok(src.endsWith(`${extensionPath}/dist/webview/${w.bundle}.js`), `${label}: ${src} is the extension's own bundle`);
  }
  assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i, `${label}: no inline event handler`);
  assert.doesNotMatch(html, /javascript:|command:/i, `${label}: no script or command URL`);
  for (const marker of [...PAYLOAD_MARKERS, P.img]) assert.ok(!html.includes(marker), `${label}: no text of the export in the page's shell (${marker})`);
}

function assertOptions(w: WebviewSecurity, extensionRoot: string, forbidden: readonly string[]): void {
  const label = `${w.bundle} webview`;
  assert.equal(w.enableScripts, true, `${label}: scripts on (its bundle runs)`);
  assert.equal(w.enableCommandUris, false, `${label}: command URIs off`);
  assert.equal(w.enableForms, false, `${label}: forms off`);
  const allowed = [`${extensionRoot}/dist`, `${extensionRoot}/media`];
  assert.ok(w.localResourceRoots.length > 0 && w.localResourceRoots.length <= 2, `${label}: ${w.localResourceRoots.length} local resource roots`);
  for (const root of w.localResourceRoots) {
    assert.ok(allowed.some((a) => within(root, a)), `${label}: local resource root ${root} is inside the extension's dist/ or media/`);
    for (const outside of forbidden) assert.ok(!within(outside, root) && !within(root, outside), `${label}: local resource root ${root} does not reach ${outside}`);
  }
}

describe('webview security: CSP, scripts and options of every webview (in the editor)', function () {
  this.timeout(120_000);
  afterEach(closeAllEditors);

  it('grid, summary, timeline and code explanation on the markup corpus: default-src none, nonce-only scripts, no command URIs, resources from dist/ and media/ only', async () => {
    const api = await activateExtension();
    const extensionRoot = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.toString().replace(/\/$/, '');
    const csv = workspaceFile('hostile', FILES.csv);
    const workspace = vscode.workspace.workspaceFolders![0]!.uri.toString();
    const forbidden = [workspace, vscode.Uri.joinPath(csv, '..').toString(), csv.toString()];

    await vscode.commands.executeCommand('vscode.openWith', csv, GRID, { preview: false });
    await vscode.commands.executeCommand('entraReportLens.showSummary', csv);
    await vscode.commands.executeCommand('entraReportLens.showTimeline', csv, P.img);
    await vscode.commands.executeCommand('entraReportLens.lookUpCode.run', '50126');
    const bundles = () => new Set(api.webviews().map((w) => w.bundle));
    const expected = ['grid', 'summary', 'timeline', 'explain'];
    assert.ok(await waitFor(() => expected.every((b) => bundles().has(b)), 30_000), `every webview is open: ${[...bundles()].join(', ')}`);

    const seen = api.webviews();
    for (const w of seen) {
      assertHtml(w, extensionRoot);
      assertOptions(w, extensionRoot, forbidden);
    }
    // A fresh nonce per page: no two webviews share one.
    const nonces = seen.map((w) => /'nonce-([^']+)'/.exec(w.html)?.[1]);
    assert.equal(new Set(nonces).size, nonces.length, 'each page has its own nonce');
  });
});
