/**
 * Text from an export (or the catalog) placed in Markdown as literal text. `MarkdownString.appendText` escapes too,
 * but it turns every space into `&nbsp;`, so long explanations would not wrap in a hover. Here every character with a
 * meaning in Markdown or HTML is backslash-escaped and spaces stay spaces. No vscode import: unit-tested.
 */
const SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&"':=$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SYNTAX, '\\$&').replace(/\r?\n/g, ' ');
}
