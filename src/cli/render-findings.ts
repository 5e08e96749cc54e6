/** Findings as text and Markdown, in English or Japanese: severity, title, evidence lines, explanation, next step, KQL. */
import type { Lang } from '../core/catalog';
import type { Finding, Severity } from '../core/analysis/findings';
import { isoMinute } from './render';

const WORDS = {
  none: { en: 'No threat patterns found.', ja: '脅威のパターンは見つかりませんでした。' },
  findings: { en: 'Findings', ja: '検出結果' },
  lines: { en: 'Lines', ja: '行' },
  users: { en: 'Users', ja: 'ユーザー' },
  ips: { en: 'IP addresses', ja: 'IP アドレス' },
  period: { en: 'When (UTC)', ja: '日時 (UTC)' },
  why: { en: 'What happened', ja: '何が起きたか' },
  next: { en: 'Next step', ja: '次の手順' },
  rule: { en: 'Based on', ja: '根拠' },
  kql: { en: 'KQL (Log Analytics / Sentinel)', ja: 'KQL (Log Analytics / Sentinel)' },
} as const;

const SEVERITY_NAMES: Readonly<Record<Severity, Record<Lang, string>>> = {
  high: { en: 'HIGH', ja: '高' },
  medium: { en: 'MEDIUM', ja: '中' },
  low: { en: 'LOW', ja: '低' },
};

export function severityName(severity: Severity, lang: Lang): string {
  return SEVERITY_NAMES[severity][lang];
}

/** `12, 13, 14 … (+40 more)`: the evidence lines, first `max` of them. */
export function evidenceLines(finding: Finding, lang: Lang, max = 12): string {
  const lines = finding.evidence.map((e) => String(e.line));
  const shown = lines.slice(0, max).join(', ');
  const rest = finding.evidenceTotal - Math.min(max, lines.length);
  if (rest <= 0) return shown;
  return lang === 'ja' ? `${shown} (ほか ${rest} 件)` : `${shown} (+${rest} more)`;
}

function period(f: Finding): string {
  if (f.firstSeen === undefined) return '';
  return f.firstSeen === f.lastSeen ? isoMinute(f.firstSeen) : `${isoMinute(f.firstSeen)} — ${isoMinute(f.lastSeen)}`;
}

/** One line per finding, for the summary. */
export function findingsBrief(findings: readonly Finding[], lang: Lang): string[] {
  if (findings.length === 0) return [`  ${WORDS.none[lang]}`];
  return findings.map((f) => `  [${severityName(f.severity, lang)}] ${f.title[lang]} — ${WORDS.lines[lang]} ${evidenceLines(f, lang, 6)}`);
}

export function findingsText(findings: readonly Finding[], lang: Lang, withKql = true): string {
  if (findings.length === 0) return WORDS.none[lang];
  const out: string[] = [];
  findings.forEach((f, i) => {
    if (i) out.push('');
    out.push(`[${severityName(f.severity, lang)}] ${f.title[lang]}`);
    const field = (label: string, value: string) => value && out.push(`  ${label}: ${value}`);
    field(WORDS.period[lang], period(f));
    field(WORDS.users[lang], f.users.slice(0, 10).join(', ') + (f.users.length > 10 ? ` (+${f.users.length - 10})` : ''));
    field(WORDS.ips[lang], f.ips.slice(0, 10).join(', ') + (f.ips.length > 10 ? ` (+${f.ips.length - 10})` : ''));
    field(WORDS.lines[lang], evidenceLines(f, lang, 20));
    field(WORDS.why[lang], f.explanation[lang]);
    field(WORDS.next[lang], f.nextStep[lang]);
    field(WORDS.rule[lang], f.rule);
    if (withKql) {
      out.push(`  ${WORDS.kql[lang]}:`);
      out.push(...f.kql.trimEnd().split('\n').map((l) => `    ${l}`));
    }
  });
  return out.join('\n');
}

/** Markdown cells and text: a pipe or bracket in export text must not break the page. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([<>[\]`*_])/g, '\\$1');
}

export function findingsMarkdown(findings: readonly Finding[], lang: Lang, level = '##'): string {
  const out: string[] = [`${level} ${WORDS.findings[lang]}`, ''];
  if (findings.length === 0) {
    out.push(WORDS.none[lang]);
    return out.join('\n');
  }
  for (const f of findings) {
    out.push(`${level}# ${severityName(f.severity, lang)} — ${md(f.title[lang])}`, '');
    if (period(f)) out.push(`- ${WORDS.period[lang]}: ${period(f)}`);
    if (f.users.length) out.push(`- ${WORDS.users[lang]}: ${md(f.users.slice(0, 10).join(', '))}${f.users.length > 10 ? ` (+${f.users.length - 10})` : ''}`);
    if (f.ips.length) out.push(`- ${WORDS.ips[lang]}: ${md(f.ips.slice(0, 10).join(', '))}`);
    out.push(`- ${WORDS.lines[lang]}: ${evidenceLines(f, lang, 20)}`);
    out.push(`- ${WORDS.rule[lang]}: ${md(f.rule)}`, '');
    out.push(md(f.explanation[lang]), '', `**${WORDS.next[lang]}:** ${md(f.nextStep[lang])}`, '');
    out.push('```kusto', f.kql.trimEnd(), '```', '');
  }
  return out.join('\n').trimEnd();
}
