/**
 * Decides cheaply which open documents might be exports: only CSV/TSV/JSON/NDJSON/log/text documents, and only when
 * their first lines look like an Entra export (`core/formats/sniff`). Those are handed to the heavy features; anything
 * else costs one look at its first 16 KB and nothing more.
 */
import * as vscode from 'vscode';
import { sniffExport } from '../core/formats/sniff';

const LANGUAGES = new Set(['plaintext', 'csv', 'tsv', 'json', 'jsonc', 'jsonl', 'log', 'csv (semicolon)', 'csv (pipe)']);
const EXTENSIONS = /\.(csv|tsv|json|jsonl|ndjson|log|txt)$/i;
const HEAD_LINES = 200;

export function isCandidate(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
  return LANGUAGES.has(document.languageId) || EXTENSIONS.test(document.uri.path);
}

/**
 * A head with replacement characters was decoded by the editor in the wrong encoding (a Shift_JIS export shown as
 * UTF-8 hides its Japanese headers): the text cannot tell, so the features read the file's bytes, which they decode
 * themselves, and drop it if it is not an export.
 */
export function looksLikeExport(document: vscode.TextDocument): boolean {
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
  return sniffExport(head).likely || (!document.isDirty && head.includes('\ufffd'));
}

export function watchDocuments(context: vscode.ExtensionContext, onExport: (document: vscode.TextDocument) => void): void {
  const seen = new WeakSet<vscode.TextDocument>();
  const consider = (document: vscode.TextDocument) => {
    if (seen.has(document)) return;
    seen.add(document);
    if (isCandidate(document) && looksLikeExport(document)) onExport(document);
  };
  for (const document of vscode.workspace.textDocuments) consider(document);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    // A tab closed and opened again shows the same document object, without a new open event; its session was dropped
    // when the tab closed (cancelling its read), so a shown export is handed over again (attaching is idempotent).
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const { document } of editors) if (seen.has(document) && isCandidate(document) && looksLikeExport(document)) onExport(document);
    }),
    // A new file pasted full of an export, or a language change, deserves another look.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.lineCount < HEAD_LINES && seen.has(e.document) && isCandidate(e.document) && looksLikeExport(e.document)) onExport(e.document);
    }),
  );
}
