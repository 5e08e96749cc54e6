/**
 * The summary's sections beyond outcomes and failure reasons — breakdowns, SSPR funnel, MFA Server call results,
 * registration picture, joined AuthDetails steps, findings — as text (aligned tables) or Markdown, in English or
 * Japanese. Text shows the top few values of each breakdown; `--json` has them all.
 */
import type { Lang, Localized } from '../core/catalog';
import type { Breakdown, Breakdowns } from '../core/analysis/breakdowns';
import type { Summary } from '../core/analysis/summary';
import { SSPR_STEP_NAMES } from '../core/analysis/sspr-funnel';
import { OUTCOME_NAMES } from '../core/display';
import { findingsBrief, findingsMarkdown } from './render-findings';
import { table } from './render';

const C = {
  methods: { en: 'By authentication method', ja: '認証方法別' },
  apps: { en: 'By application', ja: 'アプリケーション別' },
  locations: { en: 'By location', ja: '場所別' },
  countries: { en: 'By country', ja: '国別' },
  ips: { en: 'By IP address', ja: 'IP アドレス別' },
  clientApps: { en: 'By client app', ja: 'クライアント アプリ別' },
  hours: { en: 'Busiest hours (UTC)', ja: '件数の多い時間帯 (UTC)' },
  days: { en: 'By day (UTC)', ja: '日別 (UTC)' },
  value: { en: 'Value', ja: '値' },
  rows: { en: 'Rows', ja: '件数' },
  successRate: { en: 'Success', ja: '成功率' },
  failures: { en: 'Failures', ja: '失敗' },
  users: { en: 'Users', ja: 'ユーザー' },
  legacy: { en: 'legacy', ja: 'レガシ' },
  others: { en: 'other values', ja: 'その他の値' },
  ...SSPR_STEP_NAMES,
  registrations: { en: 'Registrations', ja: '登録' },
  ssprRegistrations: { en: 'SSPR', ja: 'SSPR' },
  securityInfo: { en: 'security info', ja: 'セキュリティ情報' },
  topFailures: { en: 'Top failure details', ja: '主な失敗の詳細' },
  code: { en: 'Code', ja: 'コード' },
  meaning: { en: 'Meaning', ja: '意味' },
  mfaServer: { en: 'MFA Server call results', ja: 'MFA Server の呼び出し結果' },
  fraud: { en: 'Fraud reports', ja: '不正の報告' },
  blockedUsers: { en: 'Blocked users and numbers', ja: 'ブロックされたユーザーと番号' },
  lines: { en: 'Lines', ja: '行' },
  phones: { en: 'Phone', ja: '電話番号' },
  outcome: { en: 'Outcome', ja: '結果' },
  registration: { en: 'Registration', ja: '登録状況' },
  withMfa: { en: 'With MFA', ja: 'MFA あり' },
  withoutMfa: { en: 'Without MFA', ja: 'MFA なし' },
  withSspr: { en: 'Registered for SSPR', ja: 'SSPR 登録済み' },
  withoutSspr: { en: 'Not registered for SSPR', ja: 'SSPR 未登録' },
  withoutEither: { en: 'Neither MFA nor SSPR', ja: 'MFA も SSPR もなし' },
  admins: { en: 'Admins', ja: '管理者' },
  adminsWithoutMfa: { en: 'Admins without MFA', ja: 'MFA のない管理者' },
  methodsRegistered: { en: 'Methods registered', ja: '登録されている方法' },
  authDetails: { en: 'Authentication steps (AuthDetails)', ja: '認証ステップ (AuthDetails)' },
  steps: { en: 'Steps', ja: 'ステップ' },
  matched: { en: 'joined to a sign-in', ja: 'サインインに結合' },
  unmatched: { en: 'without a sign-in in this file', ja: 'このファイルにサインインなし' },
  signInsWithSteps: { en: 'Sign-ins with steps', ja: 'ステップのあるサインイン' },
  stepResults: { en: 'Step results', ja: 'ステップの結果' },
  findings: { en: 'Findings (details: detect-threats)', ja: '検出結果 (詳細は detect-threats)' },
  none: { en: '(none)', ja: '(なし)' },
} as const satisfies Record<string, Localized>;

type Key = keyof typeof C;
const c = (key: Key, lang: Lang): string => C[key][lang];
const n = (x: number) => x.toLocaleString('en-US');
const pct = (x: number | undefined) => (x === undefined ? '' : `${(x * 100).toFixed(1)}%`);
const indent = (text: string) => text.replace(/^/gm, '  ');

const BREAKDOWN_KEYS = ['methods', 'apps', 'countries', 'locations', 'ips', 'clientApps'] as const;
const TEXT_TOP = 5;

function breakdownRows(b: Breakdown, key: (typeof BREAKDOWN_KEYS)[number], lang: Lang, top: number): string[][] {
  return b.top.slice(0, top).map((e) => [
    e.value + (key === 'clientApps' && e.legacy ? ` (${c('legacy', lang)})` : ''),
    n(e.count),
    pct(e.successRate),
    n(e.failures),
    n(e.distinctUsers),
  ]);
}

function busiestHours(b: Breakdowns): Array<[number, number]> {
  return (b.hours ?? [])
    .map((h, hour) => [hour, h.count] as [number, number])
    .filter(([, count]) => count > 0)
    .sort((a, b2) => b2[1] - a[1] || a[0] - b2[0])
    .slice(0, 5);
}

/** A section as data, rendered as text or Markdown alike. */
interface Section {
  readonly title: string;
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly tables: ReadonlyArray<{ readonly title: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly right: readonly boolean[] }>;
}

function sections(s: Summary, lang: Lang): Section[] {
  const out: Section[] = [];
  const headers = [c('value', lang), c('rows', lang), c('successRate', lang), c('failures', lang), c('users', lang)];
  const right = [false, true, true, true, true];
  for (const key of BREAKDOWN_KEYS) {
    const b = s.breakdowns[key];
    if (b) out.push({ title: `${c(key, lang)} (${n(b.distinct)})`, facts: [], tables: [{ title: '', headers, rows: breakdownRows(b, key, lang, TEXT_TOP), right }] });
  }
  const hours = busiestHours(s.breakdowns);
  if (hours.length) out.push({ title: c('hours', lang), facts: [['', hours.map(([h, count]) => `${String(h).padStart(2, '0')}:00 (${n(count)})`).join(', ')]], tables: [] });
  const days = s.breakdowns.days ?? [];
  if (days.length > 1) {
    out.push({ title: c('days', lang), facts: [], tables: [{ title: '', headers: [c('value', lang), c('rows', lang), c('failures', lang)], rows: days.slice(-14).map((d) => [d.day, n(d.count), n(d.failures)]), right: [false, true, true] }] });
  }
  if (s.ssprFunnel) out.push(ssprSection(s, lang));
  if (s.mfaServer) out.push(mfaServerSection(s, lang));
  if (s.registration) out.push(registrationSection(s, lang));
  if (s.authDetails) out.push(authDetailsSection(s, lang));
  return out;
}

function ssprSection(s: Summary, lang: Lang): Section {
  const f = s.ssprFunnel!;
  const counts: Array<[Key, number | undefined]> = [
    ['started', f.started], ['stepsPassed', f.stepsPassed], ['succeeded', f.succeeded], ['abandoned', f.abandoned], ['blocked', f.blocked],
    ['cancelled', f.cancelled], ['contactedAdmin', f.contactedAdmin], ['failed', f.failed],
  ];
  const facts: Array<[string, string]> = counts.filter(([, v]) => v !== undefined).map(([k, v]) => [c(k, lang), n(v!)]);
  facts.push([c('registrations', lang), `${n(f.registrations)} (${c('ssprRegistrations', lang)} ${n(f.ssprRegistrations)}, ${c('securityInfo', lang)} ${n(f.securityInfoRegistrations)})`]);
  const tables = f.topFailureDetails.length
    ? [{ title: c('topFailures', lang), headers: [c('rows', lang), c('users', lang), c('code', lang), c('meaning', lang)], rows: f.topFailureDetails.map((d) => [n(d.count), n(d.distinctUsers), d.code, d.label?.[lang] ?? '']), right: [true, true, false, false] }]
    : [];
  return { title: c('sspr', lang), facts, tables };
}

function mfaServerSection(s: Summary, lang: Lang): Section {
  const m = s.mfaServer!;
  const facts: Array<[string, string]> = m.byOutcome.map((g) => [`${OUTCOME_NAMES[g.outcome][lang]} (${n(g.count)})`, g.results.map((r) => `${r.code} ×${n(r.count)}`).join(', ')]);
  const callOuts = (list: typeof m.fraudReports) =>
    list.map((u) => [u.user || '?', n(u.count), u.phones.join(', '), u.results.join(', '), u.lines.join(', ')]);
  const headers = [c('users', lang), c('rows', lang), c('phones', lang), c('code', lang), c('lines', lang)];
  const right = [false, true, false, false, false];
  return {
    title: c('mfaServer', lang),
    facts: [...facts, ...(m.fraudReports.length ? [] : [[c('fraud', lang), c('none', lang)] as [string, string]]), ...(m.blockedUsers.length ? [] : [[c('blockedUsers', lang), c('none', lang)] as [string, string]])],
    tables: [
      ...(m.fraudReports.length ? [{ title: c('fraud', lang), headers, rows: callOuts(m.fraudReports), right }] : []),
      ...(m.blockedUsers.length ? [{ title: c('blockedUsers', lang), headers, rows: callOuts(m.blockedUsers), right }] : []),
    ],
  };
}

function registrationSection(s: Summary, lang: Lang): Section {
  const r = s.registration!;
  const facts: Array<[string, string]> = [[c('users', lang), n(r.users)]];
  const fact = (key: Key, v: number | undefined) => v !== undefined && facts.push([c(key, lang), n(v)]);
  fact('withMfa', r.mfaRegistered);
  fact('withoutMfa', r.withoutMfa);
  fact('withSspr', r.ssprRegistered);
  fact('withoutSspr', r.withoutSspr);
  fact('withoutEither', r.withoutEither);
  fact('admins', r.admins);
  if (r.adminsWithoutMfa) facts.push([c('adminsWithoutMfa', lang), r.adminsWithoutMfa.length ? r.adminsWithoutMfa.join(', ') : c('none', lang)]);
  const tables = r.methods.length
    ? [{ title: c('methodsRegistered', lang), headers: [c('users', lang), c('value', lang), c('meaning', lang)], rows: r.methods.map((m) => [n(m.users), m.method, m.label?.[lang] ?? '']), right: [true, false, false] }]
    : [];
  return { title: c('registration', lang), facts, tables };
}

function authDetailsSection(s: Summary, lang: Lang): Section {
  const a = s.authDetails!;
  const facts: Array<[string, string]> = [
    [
      c('steps', lang),
      lang === 'ja'
        ? `${n(a.steps)} (${c('matched', lang)}: ${n(a.matchedSteps)}、${c('unmatched', lang)}: ${n(a.unmatchedSteps)})`
        : `${n(a.steps)} (${n(a.matchedSteps)} ${c('matched', lang)}, ${n(a.unmatchedSteps)} ${c('unmatched', lang)})`,
    ],
    [c('signInsWithSteps', lang), `${n(a.signInsWithSteps)} / ${n(a.signInsWithSteps + a.signInsWithoutSteps)}`],
  ];
  const tables = [];
  if (a.methods) {
    tables.push({ title: c('methods', lang), headers: [c('value', lang), c('rows', lang), c('successRate', lang), c('failures', lang), c('users', lang)], rows: breakdownRows(a.methods, 'methods', lang, 10), right: [false, true, true, true, true] });
  }
  if (a.results.length) {
    tables.push({ title: c('stepResults', lang), headers: [c('rows', lang), c('code', lang), c('outcome', lang)], rows: a.results.slice(0, 10).map((r) => [n(r.count), r.code || '?', OUTCOME_NAMES[r.outcome][lang]]), right: [true, false, false] });
  }
  return { title: c('authDetails', lang), facts, tables };
}

export function sectionsText(s: Summary, lang: Lang): string[] {
  const out: string[] = [];
  for (const section of sections(s, lang)) {
    out.push('', section.title);
    for (const [label, value] of section.facts) out.push(label ? `  ${label}: ${value}` : `  ${value}`);
    for (const t of section.tables) {
      if (t.title) out.push(`  ${t.title}:`);
      out.push(indent(t.title ? indent(table(t.headers, t.rows, t.right)) : table(t.headers, t.rows, t.right)));
    }
  }
  out.push('', c('findings', lang), ...findingsBrief(s.findings, lang));
  return out;
}

/** Markdown cells: a pipe or line break in export text must not break the table. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([<>[\]`*_])/g, '\\$1');
}

function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  return [`| ${headers.map(md).join(' | ')} |`, `|${right.map((r) => (r ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

export function sectionsMarkdown(s: Summary, lang: Lang): string[] {
  const out: string[] = [];
  for (const section of sections(s, lang)) {
    out.push('', `## ${md(section.title)}`, '');
    for (const [label, value] of section.facts) out.push(label ? `- ${md(label)}: ${md(value)}` : md(value));
    for (const t of section.tables) {
      if (section.facts.length || t.title) out.push('');
      if (t.title) out.push(`**${md(t.title)}**`, '');
      out.push(...mdTable(t.headers, t.rows, t.right));
    }
  }
  out.push('', findingsMarkdown(s.findings, lang));
  return out;
}
