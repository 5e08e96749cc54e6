/**
 * The HTML shell of every webview: an empty body, one stylesheet and one bundled script, under a CSP that allows
 * nothing else (`default-src 'none'`, the script only with a per-load nonce, no inline handlers, no eval). Export text
 * is only ever placed into the DOM by the bundled script, with `textContent`.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** Every webview given our HTML, for the test API's security check (`issuedWebviews`). */
const issued: Array<{ readonly bundle: string; readonly webview: vscode.Webview }> = [];

export interface WebviewSecurity {
  readonly bundle: string;
  readonly html: string;
  readonly enableScripts: boolean;
  readonly enableCommandUris: boolean | readonly string[];
  readonly enableForms: boolean;
  readonly localResourceRoots: readonly string[];
}

/** The HTML and options of every webview still open, as VS Code holds them. */
export function issuedWebviews(): WebviewSecurity[] {
  const out: WebviewSecurity[] = [];
  for (let i = issued.length - 1; i >= 0; i--) {
    const { bundle, webview } = issued[i]!;
    try {
      const { options } = webview;
      out.push({
        bundle,
        html: webview.html,
        enableScripts: options.enableScripts ?? false,
        enableCommandUris: options.enableCommandUris ?? false,
        enableForms: options.enableForms ?? false,
        localResourceRoots: (options.localResourceRoots ?? []).map((u) => u.toString()),
      });
    } catch {
      issued.splice(i, 1); // disposed
    }
  }
  return out;
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string, title: string): string {
  if (!issued.some((w) => w.webview === webview)) issued.push({ bundle, webview });
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${bundle}.js`));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', `${bundle}.css`));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    // Not covered by default-src: an injected <base> or <form> could otherwise point elsewhere.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
