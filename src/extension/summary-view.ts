/**
 * The summary of an export as the summary panel (and the HTML export) shows it, in one language: detections first
 * with their evidence rows, then outcomes, failure reasons explained, events over time, breakdowns, and the sections
 * the report kind has (SSPR funnel, MFA Server, registration, AuthDetails steps). Numbers are formatted here, so the
 * webview only places text. No vscode import: unit-testable.
 */
import type { Breakdown, Breakdowns, Finding, Summary, TimeBucket } from '../core/analysis';
import { catalog, type Lang, type Localized } from '../core/catalog';
import { OUTCOMES } from '../core/catalog/types';
import { OUTCOME_NAMES } from '../core/display';
import type { ReportIndex } from '../core/model/report-index';
import type { BreakdownView, Cell, ChartBucket, ChartView, EvidenceView, FactView, FindingView, ReasonView, SectionView, SummaryView, TableView } from '../protocol';
import { fill, ROLE_NAMES, SEVERITY_NAMES, SUMMARY_CAPTIONS, W } from './summary-strings';

export interface SummaryInput {
  /** The summary, with the findings of the report. */
  readonly summary: Summary;
  readonly index: ReportIndex;
  /** The joined AuthDetails file, when there is one. */
  readonly details?: ReportIndex;
  /** File names: the report, then the AuthDetails file. */
  readonly files: readonly string[];
  readonly lang: Lang;
}

export const number = (n: number) => n.toLocaleString('en-US');
export const percent = (x: number | undefined) => (x === undefined ? '' : `${(x * 100).toFixed(1)}%`);
export const minute = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));
export const second = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
const span = (first: number | undefined, last: number | undefined) => (first === undefined ? '' : first === last ? minute(first) : `${minute(first)} — ${minute(last)}`);
const w = (key: keyof typeof W, lang: Lang) => W[key][lang];
const DAY = 86_400_000;
/** Days are filled in (zero bars for quiet days) up to this span; longer exports show only days with rows. */
const MAX_FILLED_DAYS = 400;

export function summaryView(input: SummaryInput): SummaryView {
  const { summary, index, lang } = input;
  const c = SUMMARY_CAPTIONS[lang];
  const facts: FactView[] = [
    { caption: w('rows', lang), value: number(summary.rows) },
    { caption: w('users', lang), value: number(summary.distinctUsers) },
    ...(summary.firstTime !== undefined ? [{ caption: w('period', lang), value: `${minute(summary.firstTime)} — ${minute(summary.lastTime)}` }] : []),
    { caption: w('format', lang), value: `${index.info.dialect}, ${index.info.encoding}${index.info.variant ? `, ${index.info.variant}` : ''}` },
    ...(summary.problemCount ? [{ caption: w('problems', lang), value: number(summary.problemCount), warn: true }] : []),
    ...(input.files.length > 1 ? [{ caption: w('joined', lang), value: input.files.slice(1).join(', ') }] : []),
  ];
  const chart = chartView(summary.breakdowns, lang);
  return {
    lang,
    title: summary.title[lang],
    files: input.files,
    facts,
    findings: summary.findings.map((f) => findingView(f, index, lang)),
    outcomes: OUTCOMES.filter((o) => summary.outcomes[o] > 0).map((o) => ({
      outcome: o,
      name: OUTCOME_NAMES[o][lang],
      count: number(summary.outcomes[o]),
      share: summary.rows ? summary.outcomes[o] / summary.rows : 0,
      shareText: summary.rows ? percent(summary.outcomes[o] / summary.rows) : '',
    })),
    reasons: summary.failureReasons.map((r): ReasonView => {
      const record = r.family ? catalog.lookup(r.code, [r.family]) : undefined;
      return {
        code: r.code || w('noCode', lang),
        label: r.label?.[lang] ?? w('unexplained', lang),
        outcome: r.outcome,
        outcomeName: OUTCOME_NAMES[r.outcome][lang],
        count: number(r.count),
        share: percent(r.share),
        shareValue: r.share,
        users: number(r.distinctUsers),
        firstSeen: minute(r.firstSeen),
        lastSeen: minute(r.lastSeen),
        explanation: record?.explanation[lang] ?? '',
        nextStep: record?.nextStep[lang] ?? '',
        topApps: r.topApps.map((v) => `${v.value} (${number(v.count)})`).join(', '),
        topIps: r.topIps.map((v) => `${v.value} (${number(v.count)})`).join(', '),
      };
    }),
    ...(chart ? { chart } : {}),
    breakdowns: breakdownViews(summary.breakdowns, lang),
    sections: sectionViews(input),
    captions: c,
  };
}

function findingView(f: Finding, index: ReportIndex, lang: Lang): FindingView {
  const evidence = f.evidence.map((e): EvidenceView => ({
    ref: { file: 0, line: e.line },
    time: second(e.time),
    role: ROLE_NAMES[e.role][lang],
    user: index.value('user', e.row),
    ip: index.value('ip', e.row),
    code: index.value('code', e.row),
    outcome: index.outcome(e.row),
  }));
  return {
    id: f.id,
    severity: f.severity,
    severityName: SEVERITY_NAMES[f.severity][lang],
    title: f.title[lang],
    explanation: f.explanation[lang],
    nextStep: f.nextStep[lang],
    period: span(f.firstSeen, f.lastSeen),
    users: f.users,
    ips: f.ips,
    rule: f.rule,
    evidence,
    ...(f.evidenceTotal > f.evidence.length ? { evidenceNote: fill(w('evidenceNote', lang), number(f.evidence.length), number(f.evidenceTotal)) } : {}),
    kql: f.kql.trimEnd(),
  };
}

function bucketOf(b: TimeBucket, short: string, label: string): ChartBucket {
  return { short, label, success: b.success, failure: b.failures, other: Math.max(0, b.count - b.success - b.failures) };
}

function chartView(b: Breakdowns, lang: Lang): ChartView | undefined {
  if (!b.hours || !b.days) return undefined;
  const hours = b.hours.map((h, i) => {
    const hh = String(i).padStart(2, '0');
    return bucketOf(h, hh, fill(w('hourLabel', lang), hh));
  });
  let days = b.days.map((d) => bucketOf(d, d.day.slice(5), d.day));
  const first = b.days[0] ? Date.parse(`${b.days[0].day}T00:00:00Z`) : 0;
  const last = b.days.length ? Date.parse(`${b.days[b.days.length - 1]!.day}T00:00:00Z`) : 0;
  const spanDays = Math.round((last - first) / DAY) + 1;
  if (b.days.length > 1 && spanDays <= MAX_FILLED_DAYS) {
    const byDay = new Map(days.map((d) => [d.label, d]));
    days = Array.from({ length: spanDays }, (_, i) => {
      const day = new Date(first + i * DAY).toISOString().slice(0, 10);
      return byDay.get(day) ?? { short: day.slice(5), label: day, success: 0, failure: 0, other: 0 };
    });
  }
  return { hours, days, initial: b.days.length > 1 ? 'days' : 'hours' };
}

const BREAKDOWN_KEYS = ['methods', 'apps', 'locations', 'countries', 'ips', 'clientApps'] as const;

function breakdownTable(b: Breakdown, caption: string, lang: Lang, legacyMarks: boolean): TableView {
  const c = SUMMARY_CAPTIONS[lang];
  const notes = [
    ...(b.otherRows ? [fill(w('others', lang), number(b.distinct - b.top.length), number(b.otherRows))] : []),
    ...(b.emptyRows ? [fill(w('empty', lang), number(b.emptyRows))] : []),
  ];
  const peak = Math.max(1, ...b.top.map((e) => e.count));
  return {
    caption: `${caption} (${number(b.distinct)})`,
    headers: [w('value', lang), c.rows, w('successRate', lang), w('failures', lang), w('users', lang)],
    numeric: [false, true, true, true, true],
    rows: b.top.map((e): Cell[] => [
      legacyMarks && e.legacy ? { text: e.value, mark: c.legacy, title: w('legacyTitle', lang) } : e.value,
      { text: number(e.count), bar: e.count / peak },
      e.successRate === undefined ? '' : { text: percent(e.successRate), bar: e.successRate, outcome: e.successRate >= 0.5 ? 'success' : 'failure' },
      number(e.failures),
      number(e.distinctUsers),
    ]),
    ...(notes.length ? { note: notes.join(' · ') } : {}),
  };
}

function breakdownViews(b: Breakdowns, lang: Lang): BreakdownView[] {
  return BREAKDOWN_KEYS.flatMap((key) => {
    const breakdown = b[key];
    return breakdown ? [{ id: key, table: breakdownTable(breakdown, w(key, lang), lang, key === 'clientApps') }] : [];
  });
}

const codeCell = (code: string, label: Localized | undefined, lang: Lang): Cell => ({ text: code || '?', code, ...(label ? { title: label[lang] } : {}) });

function sectionViews(input: SummaryInput): SectionView[] {
  const { summary: s, lang } = input;
  const out: SectionView[] = [];
  const c = SUMMARY_CAPTIONS[lang];
  if (s.ssprFunnel) {
    const f = s.ssprFunnel;
    const started = Math.max(1, f.started);
    const step = (key: keyof typeof W, count: number, tone: 'neutral' | 'success' | 'failure' | 'other') => ({ caption: w(key, lang), count, countText: number(count), share: count / started, tone });
    out.push({
      id: 'sspr',
      title: w('sspr', lang),
      intro: w(f.basis === 'attempts' ? 'ssprIntroAttempts' : 'ssprIntroRows', lang),
      facts: [
        { caption: w('registrations', lang), value: fill(w('registrationsValue', lang), number(f.registrations), number(f.ssprRegistrations), number(f.securityInfoRegistrations)) },
        { caption: w('distinctUsers', lang), value: number(f.distinctUsers) },
      ],
      funnel: [
        step('started', f.started, 'neutral'),
        ...(f.stepsPassed !== undefined ? [step('stepsPassed', f.stepsPassed, 'neutral')] : []),
        step('succeeded', f.succeeded, 'success'),
        step('abandoned', f.abandoned, 'other'),
        step('cancelled', f.cancelled, 'other'),
        step('contactedAdmin', f.contactedAdmin, 'other'),
        step('blocked', f.blocked, 'failure'),
        step('failed', f.failed, 'failure'),
      ],
      tables: f.topFailureDetails.length
        ? [
            {
              caption: w('topFailures', lang),
              headers: [c.code, c.meaning, c.outcome, c.rows, w('users', lang)],
              numeric: [false, false, false, true, true],
              rows: f.topFailureDetails.map((d) => [codeCell(d.code, d.label, lang), d.label?.[lang] ?? '', OUTCOME_NAMES[d.outcome][lang], number(d.count), number(d.distinctUsers)]),
            },
          ]
        : [],
    });
  }
  if (s.mfaServer) {
    const m = s.mfaServer;
    const callOut = (list: typeof m.fraudReports, caption: string, none: string): TableView => ({
      caption,
      headers: [c.user, c.rows, w('phones', lang), w('results', lang), c.period, w('lines', lang)],
      numeric: [false, true, false, false, false, false],
      rows: list.map((u) => [
        u.user ? { text: u.user, user: u.user } : '?',
        number(u.count),
        u.phones.join(', '),
        u.results.join(', '),
        span(u.firstSeen, u.lastSeen),
        { text: '', rows: u.lines.map((line) => ({ file: 0, line })) },
      ]),
      ...(list.length ? {} : { note: none }),
    });
    out.push({
      id: 'mfaServer',
      title: w('mfaServer', lang),
      facts: [],
      tables: [
        callOut(m.fraudReports, w('fraud', lang), w('noFraud', lang)),
        callOut(m.blockedUsers, w('blockedUsers', lang), w('noBlocked', lang)),
        {
          caption: w('callResults', lang),
          headers: [c.outcome, c.code, c.meaning, c.rows, w('users', lang)],
          numeric: [false, false, false, true, true],
          rows: m.byOutcome.flatMap((g) =>
            g.results.map((r): Cell[] => [{ text: OUTCOME_NAMES[g.outcome][lang], outcome: g.outcome }, codeCell(r.code, r.label, lang), r.label?.[lang] ?? '', number(r.count), number(r.distinctUsers)]),
          ),
        },
      ],
    });
  }
  if (s.registration) {
    const r = s.registration;
    const facts: FactView[] = [{ caption: w('users', lang), value: number(r.users) }];
    const fact = (key: keyof typeof W, v: number | undefined, warn = false) => v !== undefined && facts.push({ caption: w(key, lang), value: number(v), ...(warn && v > 0 ? { warn } : {}) });
    fact('withMfa', r.mfaRegistered);
    fact('withoutMfa', r.withoutMfa, true);
    fact('withSspr', r.ssprRegistered);
    fact('withoutSspr', r.withoutSspr);
    fact('withoutEither', r.withoutEither, true);
    fact('admins', r.admins);
    if (r.adminsWithoutMfa) facts.push({ caption: w('adminsWithoutMfa', lang), value: r.adminsWithoutMfa.length ? '' : w('none', lang), users: r.adminsWithoutMfa, ...(r.adminsWithoutMfa.length ? { warn: true } : {}) });
    if (r.usersWithoutMfa?.length) facts.push({ caption: w('usersWithoutMfa', lang), value: '', users: r.usersWithoutMfa });
    out.push({
      id: 'registration',
      title: w('registration', lang),
      facts,
      tables: r.methods.length
        ? [
            {
              caption: w('methodsRegistered', lang),
              headers: [c.code, c.meaning, w('users', lang)],
              numeric: [false, false, true],
              rows: r.methods.map((m) => [codeCell(m.method, m.label, lang), m.label?.[lang] ?? '', { text: number(m.users), bar: r.users ? m.users / r.users : 0 }]),
            },
          ]
        : [],
    });
  }
  if (s.authDetails) {
    const a = s.authDetails;
    const tables: TableView[] = [];
    if (a.methods) tables.push(breakdownTable(a.methods, w('stepMethods', lang), lang, false));
    if (a.results.length) {
      tables.push({
        caption: w('stepResults', lang),
        headers: [c.code, c.outcome, c.rows],
        numeric: [false, false, true],
        rows: a.results.map((r) => [codeCell(r.code, r.label, lang), { text: OUTCOME_NAMES[r.outcome][lang], outcome: r.outcome }, number(r.count)]),
      });
    }
    out.push({
      id: 'authDetails',
      title: w('authDetails', lang),
      facts: [
        { caption: w('steps', lang), value: fill(w('stepsValue', lang), number(a.steps), number(a.matchedSteps), number(a.unmatchedSteps)) },
        { caption: w('signInsWithSteps', lang), value: `${number(a.signInsWithSteps)} / ${number(a.signInsWithSteps + a.signInsWithoutSteps)}` },
      ],
      tables,
    });
  }
  return out;
}
