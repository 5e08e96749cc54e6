/**
 * Hovers on an export opened as text: on a code or value, its outcome, label, explanation and next step in the display
 * language plus the row's user, time and app; on a header or JSON key, what the column is. The file is untrusted:
 * every piece of text from it or from the catalog is escaped (`escapeExportText`: hidden characters such as a
 * right-to-left override or a zero-width space written `[U+202E]`, then Markdown syntax escaped), the Markdown is not
 * trusted, allows no HTML and no command links.
 */
import * as vscode from 'vscode';
import { catalog, type CatalogRecord, type Lang } from '../core/catalog';
import { FAMILY_NAMES, OUTCOME_NAMES } from '../core/display';
import { targetAt, type PositionTarget, type RowContext } from '../core/explain/at-position';
import { displayLanguage } from './language';
import { escapeExportText } from './markdown';
import type { ReportSessions } from './report-sessions';

export const HOVER_SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'csv' },
  { language: 'tsv' },
  { language: 'json' },
  { language: 'jsonc' },
  { language: 'jsonl' },
  { language: 'log' },
  { pattern: '**/*.{csv,tsv,json,jsonl,ndjson,log,txt}' },
];

const WORDS = {
  outcome: { en: 'Outcome', ja: '結果' },
  nextStep: { en: 'Next step', ja: '次の手順' },
  passwordAccepted: { en: 'The password was correct: the first factor succeeded.', ja: 'パスワードは正しく入力されています (第 1 要素は成功)。' },
  row: { en: 'Row', ja: '行' },
  column: { en: 'Column', ja: '列' },
  of: { en: 'of', ja: '/' },
  foundByPosition: {
    en: 'Recognized by its position in a known layout (the header is in a language without known names).',
    ja: '既知のレイアウトでの位置から判別しました (ヘッダーの名前が未知の言語です)。',
  },
  foundByValue: { en: 'Recognized by what its values look like.', ja: '値の形式から判別しました。' },
} as const;

function isoMinute(ms: number): string {
  return Number.isNaN(ms) ? '' : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function appendRecord(md: vscode.MarkdownString, record: CatalogRecord, lang: Lang): void {
  md.appendMarkdown('**');
  md.appendMarkdown(escapeExportText(record.code));
  md.appendMarkdown('** — ');
  md.appendMarkdown(escapeExportText(record.label[lang]));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeExportText(`${WORDS.outcome[lang]}: ${OUTCOME_NAMES[record.outcome][lang]} · ${FAMILY_NAMES[record.family][lang]}`));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeExportText(record.explanation[lang]));
  md.appendMarkdown('\n\n');
  md.appendMarkdown('**');
  md.appendMarkdown(escapeExportText(`${WORDS.nextStep[lang]}:`));
  md.appendMarkdown('** ');
  md.appendMarkdown(escapeExportText(record.nextStep[lang]));
  if (record.passwordAccepted) {
    md.appendMarkdown('\n\n');
    md.appendMarkdown(escapeExportText(WORDS.passwordAccepted[lang]));
  }
}

function appendContext(md: vscode.MarkdownString, context: RowContext, lang: Lang): void {
  const parts = [context.user, isoMinute(context.time), context.app].filter(Boolean);
  if (parts.length === 0) return;
  md.appendMarkdown('\n\n---\n\n');
  md.appendMarkdown(escapeExportText(`${WORDS.row[lang]}: ${parts.join(' · ')}`));
}

/** The hover text for a target, as escaped Markdown; exported for tests of the exact wording. */
export function hoverMarkdown(target: PositionTarget, lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  if (target.kind === 'value') {
    target.records.forEach((record, i) => {
      if (i > 0) md.appendMarkdown('\n\n---\n\n');
      appendRecord(md, record, lang);
    });
    if (target.context) appendContext(md, target.context, lang);
    return md;
  }
  md.appendMarkdown('**');
  md.appendMarkdown(escapeExportText(target.column));
  md.appendMarkdown('**');
  if (target.position) md.appendMarkdown(escapeExportText(` — ${WORDS.column[lang]} ${target.position.index} ${WORDS.of[lang]} ${target.position.of}`));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeExportText(target.description[lang]));
  if (target.foundBy === 'position' || target.foundBy === 'value') {
    md.appendMarkdown('\n\n');
    md.appendMarkdown(escapeExportText(target.foundBy === 'position' ? WORDS.foundByPosition[lang] : WORDS.foundByValue[lang]));
  }
  return md;
}

export function registerHover(context: vscode.ExtensionContext, sessions: ReportSessions): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(HOVER_SELECTOR, {
      provideHover(document, position) {
        const session = sessions.withIndex(document.uri);
        if (!session) return undefined;
        let target = targetAt(session.index, session.lines(), catalog, position.line, position.character);
        if (!target) return undefined;
        // A header the editor decoded wrongly (Shift_JIS shown as UTF-8): name it as the product read it.
        const read = target.kind === 'column' && target.column.includes('\ufffd') && target.position ? session.index.info.headers?.[target.position.index - 1]?.trim() : undefined;
        if (read && target.kind === 'column') target = { ...target, column: read };
        const range = new vscode.Range(target.span.line, target.span.start, target.span.line, target.span.end);
        return new vscode.Hover(hoverMarkdown(target, displayLanguage()), range);
      },
    }),
  );
}
