/**
 * Text from an export (or the catalog) placed in Markdown as literal text. `MarkdownString.appendText` escapes too,
 * but it turns every space into `&nbsp;`, so long explanations would not wrap in a hover. Here every character with a
 * meaning in Markdown or HTML is backslash-escaped and spaces stay spaces. No vscode import: unit-tested.
 */
import { escapeInvisible } from '../core/text/invisible';

const SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&"':=$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SYNTAX, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * Text from an export for a hover: its hidden characters (bidi controls such as U+202E RIGHT-TO-LEFT OVERRIDE, zero-width
 * and other invisible characters) written `[U+202E]` so the reader sees them and an override cannot reorder the line,
 * then escaped as literal Markdown text.
 */
export function escapeExportText(text: string): string {
  return escapeMarkdown(escapeInvisible(text));
}
