/** Text and Markdown renderings of what the CLI reports, in English or Japanese. */
import type { CatalogRecord, Lang } from '../core/catalog';
import type { Summary } from '../core/analysis/summary';
import { displayWidth, FAMILY_NAMES, OUTCOME_NAMES } from '../core/display';
import { OUTCOMES } from '../core/catalog/types';
import { sectionsMarkdown, sectionsText } from './render-analysis';

const CAPTIONS = {
  family: { en: 'Family', ja: '種類' },
  outcome: { en: 'Outcome', ja: '結果' },
  explanation: { en: 'Explanation', ja: '説明' },
  nextStep: { en: 'Next step', ja: '次の手順' },
  source: { en: 'Source', ja: '出典' },
  aliases: { en: 'Also written', ja: '別表記' },
  passwordAccepted: { en: 'Password was correct', ja: 'パスワードは正しかった' },
  yes: { en: 'yes — the first factor succeeded', ja: 'はい (第 1 要素は成功)' },
  rows: { en: 'Rows', ja: '行数' },
  users: { en: 'Users', ja: 'ユーザー数' },
  period: { en: 'Period (UTC)', ja: '期間 (UTC)' },
  outcomes: { en: 'Outcomes', ja: '結果の内訳' },
  reasons: { en: 'Failure reasons', ja: '失敗の理由' },
  failuresTotal: { en: 'failures and blocks', ja: '失敗とブロック' },
  code: { en: 'Code', ja: 'コード' },
  count: { en: 'Count', ja: '件数' },
  share: { en: 'Share', ja: '割合' },
  label: { en: 'Meaning', ja: '意味' },
  none: { en: '(none)', ja: '(なし)' },
  noCode: { en: '(no code)', ja: '(コードなし)' },
  unexplained: { en: '(not in the catalog)', ja: '(カタログにありません)' },
  problems: { en: 'Problems while reading', ja: '読み込み時の問題' },
  topApp: { en: 'Top app', ja: '主なアプリ' },
  file: { en: 'File', ja: 'ファイル' },
  topIp: { en: 'Top IP', ja: '主な IP' },
} as const;

export type Caption = keyof typeof CAPTIONS;

export function caption(key: Caption, lang: Lang): string {
  return CAPTIONS[key][lang];
}

const number = (n: number) => n.toLocaleString('en-US');
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

export function isoMinute(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

function pad(text: string, width: number, right = false): string {
  const gap = Math.max(0, width - displayWidth(text));
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** Aligned columns; `right` marks numeric columns. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i]!, right[i])).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

export function recordText(record: CatalogRecord, lang: Lang): string {
  const lines = [`${record.code} — ${record.label[lang]}`];
  const field = (key: Caption, value: string) => lines.push(`${pad(caption(key, lang) + ':', 14)} ${value}`);
  field('family', FAMILY_NAMES[record.family][lang]);
  field('outcome', OUTCOME_NAMES[record.outcome][lang]);
  if (record.passwordAccepted) field('passwordAccepted', caption('yes', lang));
  field('explanation', record.explanation[lang]);
  field('nextStep', record.nextStep[lang]);
  if (record.aliases?.length) field('aliases', record.aliases.join(' | '));
  field('source', record.source);
  return lines.join('\n');
}

function reasonLabel(r: Summary['failureReasons'][number], lang: Lang): string {
  return r.label?.[lang] ?? caption('unexplained', lang);
}

export function summaryText(summary: Summary, file: string, variant: string | undefined, lang: Lang): string {
  const out: string[] = [];
  out.push(`${file}`);
  out.push(`${summary.title[lang]}${variant ? ` — ${variant}` : ''}`);
  out.push(`${caption('rows', lang)}: ${number(summary.rows)}   ${caption('users', lang)}: ${number(summary.distinctUsers)}`);
  if (summary.firstTime !== undefined) out.push(`${caption('period', lang)}: ${isoMinute(summary.firstTime)} — ${isoMinute(summary.lastTime)}`);
  out.push('', caption('outcomes', lang));
  out.push(
    table(
      ['', caption('count', lang), caption('share', lang)],
      OUTCOMES.map((o) => [OUTCOME_NAMES[o][lang], number(summary.outcomes[o]), summary.rows ? percent(summary.outcomes[o] / summary.rows) : '']),
      [false, true, true],
    ).replace(/^/gm, '  '),
  );
  out.push('', `${caption('reasons', lang)} (${caption('failuresTotal', lang)}: ${number(summary.failures)})`);
  if (summary.failureReasons.length === 0) out.push(`  ${caption('none', lang)}`);
  else {
    out.push(
      table(
        ['#', caption('code', lang), caption('count', lang), caption('share', lang), caption('users', lang), caption('label', lang), caption('topApp', lang), caption('topIp', lang)],
        summary.failureReasons.map((r, i) => [
          String(i + 1), r.code || caption('noCode', lang), number(r.count), percent(r.share), number(r.distinctUsers), reasonLabel(r, lang),
          r.topApps[0]?.value ?? '', r.topIps[0]?.value ?? '',
        ]),
        [true, false, true, true, true, false, false, false],
      ).replace(/^/gm, '  '),
    );
  }
  out.push(...sectionsText(summary, lang));
  return out.join('\n');
}

/** Markdown cells: a pipe or line break in export text must not break the table. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([<>[\]`*_])/g, '\\$1');
}

export function summaryMarkdown(summary: Summary, file: string, variant: string | undefined, lang: Lang): string {
  const out: string[] = [];
  out.push(`# ${md(summary.title[lang])}${variant ? ` — ${md(variant)}` : ''}`, '');
  out.push(`- ${caption('file', lang)}: \`${file.replace(/`/g, "'")}\``);
  out.push(`- ${caption('rows', lang)}: ${number(summary.rows)}`);
  out.push(`- ${caption('users', lang)}: ${number(summary.distinctUsers)}`);
  if (summary.firstTime !== undefined) out.push(`- ${caption('period', lang)}: ${isoMinute(summary.firstTime)} — ${isoMinute(summary.lastTime)}`);
  out.push('', `## ${caption('outcomes', lang)}`, '', `| | ${caption('count', lang)} | ${caption('share', lang)} |`, '|---|---:|---:|');
  for (const o of OUTCOMES) out.push(`| ${OUTCOME_NAMES[o][lang]} | ${number(summary.outcomes[o])} | ${summary.rows ? percent(summary.outcomes[o] / summary.rows) : ''} |`);
  out.push('', `## ${caption('reasons', lang)}`, '');
  if (summary.failureReasons.length === 0) out.push(caption('none', lang));
  else {
    out.push(
      `| # | ${caption('code', lang)} | ${caption('count', lang)} | ${caption('share', lang)} | ${caption('users', lang)} | ${caption('label', lang)} | ${caption('topApp', lang)} | ${caption('topIp', lang)} |`,
      '|---:|---|---:|---:|---:|---|---|---|',
    );
    summary.failureReasons.forEach((r, i) =>
      out.push(
        `| ${i + 1} | ${md(r.code || caption('noCode', lang))} | ${number(r.count)} | ${percent(r.share)} | ${number(r.distinctUsers)} | ${md(reasonLabel(r, lang))} | ${md(r.topApps[0]?.value ?? '')} | ${md(r.topIps[0]?.value ?? '')} |`,
      ),
    );
  }
  out.push(...sectionsMarkdown(summary, lang));
  return out.join('\n');
}
