/**
 * The summary as one CSV table, long format (one row per item of each section), for a spreadsheet or a script:
 * `section, item, meaning, count, share, distinct_users, success_rate, failures, first_seen_utc, last_seen_utc,
 * detail, explanation, next_step`. Headers and section names are fixed English identifiers; meanings follow the
 * display language. Numbers are plain (no thousands separators), shares and rates are 0–1, times ISO 8601 UTC.
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) are prefixed with `'`. No vscode import.
 */
import type { Breakdown } from '../core/analysis';
import { catalog, type Lang } from '../core/catalog';
import { OUTCOMES } from '../core/catalog/types';
import { OUTCOME_NAMES } from '../core/display';
import { toCsv } from '../core/table/export';
import type { SummaryData } from './summary-data';

export const CSV_HEADERS = [
  'section', 'item', 'meaning', 'count', 'share', 'distinct_users', 'success_rate', 'failures', 'first_seen_utc', 'last_seen_utc', 'detail', 'explanation', 'next_step',
] as const;

type Row = Partial<Record<(typeof CSV_HEADERS)[number], string | number | undefined>>;

const iso = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toISOString());
const ratio = (x: number | undefined) => (x === undefined ? '' : String(Math.round(x * 10_000) / 10_000));

/** A value a spreadsheet would evaluate is kept as text. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

export function summaryCsv(data: SummaryData, lang: Lang): string {
  const { summary: s } = data;
  const rows: Row[] = [];
  const add = (row: Row) => rows.push(row);
  add({ section: 'report', item: 'file', meaning: data.files.join(' + ') });
  add({ section: 'report', item: 'kind', meaning: s.title[lang], detail: s.kind });
  add({ section: 'report', item: 'rows', count: s.rows });
  add({ section: 'report', item: 'users', count: s.distinctUsers });
  add({ section: 'report', item: 'period', first_seen_utc: iso(s.firstTime), last_seen_utc: iso(s.lastTime) });
  for (const o of OUTCOMES) add({ section: 'outcome', item: o, meaning: OUTCOME_NAMES[o][lang], count: s.outcomes[o], share: s.rows ? ratio(s.outcomes[o] / s.rows) : '' });
  for (const f of s.findings) {
    add({
      section: 'finding',
      item: f.id,
      meaning: f.title[lang],
      count: f.evidenceTotal,
      distinct_users: f.users.length,
      first_seen_utc: iso(f.firstSeen),
      last_seen_utc: iso(f.lastSeen),
      detail: `severity=${f.severity}; users=${f.users.join(' ')}; ips=${f.ips.join(' ')}; lines=${f.evidence.map((e) => e.line).join(' ')}`,
      explanation: f.explanation[lang],
      next_step: f.nextStep[lang],
    });
  }
  for (const r of s.failureReasons) {
    const record = r.family ? catalog.lookup(r.code, [r.family]) : undefined;
    add({
      section: 'failure_reason',
      item: r.code,
      meaning: r.label?.[lang] ?? '',
      count: r.count,
      share: ratio(r.share),
      distinct_users: r.distinctUsers,
      failures: r.count,
      first_seen_utc: iso(r.firstSeen),
      last_seen_utc: iso(r.lastSeen),
      detail: `outcome=${r.outcome}; apps=${r.topApps.map((a) => `${a.value} (${a.count})`).join(', ')}; ips=${r.topIps.map((a) => `${a.value} (${a.count})`).join(', ')}`,
      explanation: record?.explanation[lang] ?? '',
      next_step: record?.nextStep[lang] ?? '',
    });
  }
  const breakdown = (name: string, b: Breakdown | undefined) => {
    for (const e of b?.top ?? []) {
      add({ section: `breakdown_${name}`, item: e.value, count: e.count, distinct_users: e.distinctUsers, success_rate: ratio(e.successRate), failures: e.failures, detail: e.legacy ? 'legacy' : '' });
    }
    if (b?.otherRows) add({ section: `breakdown_${name}`, item: '(other values)', count: b.otherRows });
  };
  const b = s.breakdowns;
  breakdown('method', b.methods);
  breakdown('app', b.apps);
  breakdown('location', b.locations);
  breakdown('country', b.countries);
  breakdown('ip', b.ips);
  breakdown('client_app', b.clientApps);
  (b.hours ?? []).forEach((h, hour) => add({ section: 'hour_utc', item: String(hour).padStart(2, '0'), count: h.count, failures: h.failures, detail: `success=${h.success}` }));
  for (const d of b.days ?? []) add({ section: 'day_utc', item: d.day, count: d.count, failures: d.failures, detail: `success=${d.success}` });
  if (s.ssprFunnel) {
    const f = s.ssprFunnel;
    const steps: Array<[string, number | undefined]> = [
      ['started', f.started], ['steps_passed', f.stepsPassed], ['succeeded', f.succeeded], ['abandoned', f.abandoned], ['blocked', f.blocked],
      ['cancelled', f.cancelled], ['contacted_admin', f.contactedAdmin], ['failed', f.failed], ['registrations', f.registrations],
      ['sspr_registrations', f.ssprRegistrations], ['security_info_registrations', f.securityInfoRegistrations],
    ];
    for (const [item, count] of steps) if (count !== undefined) add({ section: 'sspr', item, count, share: f.started && item !== 'started' ? ratio(count / f.started) : '' });
    for (const d of f.topFailureDetails) add({ section: 'sspr_failure_detail', item: d.code, meaning: d.label?.[lang] ?? '', count: d.count, distinct_users: d.distinctUsers });
  }
  if (s.mfaServer) {
    for (const g of s.mfaServer.byOutcome) for (const r of g.results) add({ section: 'mfa_server_result', item: r.code, meaning: r.label?.[lang] ?? '', count: r.count, distinct_users: r.distinctUsers, detail: `outcome=${g.outcome}` });
    const callOuts = (section: string, list: typeof s.mfaServer.fraudReports) => {
      for (const u of list) add({ section, item: u.user, count: u.count, first_seen_utc: iso(u.firstSeen), last_seen_utc: iso(u.lastSeen), detail: `phones=${u.phones.join(' ')}; results=${u.results.join(' ')}; lines=${u.lines.join(' ')}` });
    };
    callOuts('mfa_server_fraud_report', s.mfaServer.fraudReports);
    callOuts('mfa_server_blocked_user', s.mfaServer.blockedUsers);
  }
  if (s.registration) {
    const r = s.registration;
    const facts: Array<[string, number | undefined]> = [
      ['users', r.users], ['mfa_registered', r.mfaRegistered], ['without_mfa', r.withoutMfa], ['sspr_registered', r.ssprRegistered],
      ['without_sspr', r.withoutSspr], ['without_either', r.withoutEither], ['admins', r.admins],
    ];
    for (const [item, count] of facts) if (count !== undefined) add({ section: 'registration', item, count });
    for (const user of r.adminsWithoutMfa ?? []) add({ section: 'registration_admin_without_mfa', item: user });
    for (const user of r.usersWithoutMfa ?? []) add({ section: 'registration_user_without_mfa', item: user });
    for (const m of r.methods) add({ section: 'registration_method', item: m.method, meaning: m.label?.[lang] ?? '', distinct_users: m.users });
  }
  if (s.authDetails) {
    const a = s.authDetails;
    add({ section: 'auth_details', item: 'steps', count: a.steps, detail: `matched=${a.matchedSteps}; unmatched=${a.unmatchedSteps}` });
    add({ section: 'auth_details', item: 'sign_ins_with_steps', count: a.signInsWithSteps, detail: `without=${a.signInsWithoutSteps}` });
    breakdown('step_method', a.methods);
    for (const r of a.results) add({ section: 'auth_details_result', item: r.code, meaning: r.label?.[lang] ?? '', count: r.count, detail: `outcome=${r.outcome}` });
  }
  const cells = rows.map((row) => CSV_HEADERS.map((h) => safeCell(row[h] === undefined ? '' : String(row[h]))));
  return '\ufeff' + toCsv(CSV_HEADERS, cells);
}
