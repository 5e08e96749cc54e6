/**
 * One user's timeline as the timeline panel shows it, in one language: sessions in time order, each event with its
 * outcome, what happened, where from, the explanation and next step of its code, the MFA steps of a sign-in (from the
 * joined AuthDetails file), and the IP address and country changes marked. No vscode import: unit-testable.
 */
import type { Timeline, TimelineEvent, TimelineStep } from '../core/analysis';
import { catalog, type Lang, type Localized } from '../core/catalog';
import { OUTCOMES } from '../core/catalog/types';
import { OUTCOME_NAMES } from '../core/display';
import type { ReportIndex } from '../core/model/report-index';
import type { TimelineCaption, TimelineEventView, TimelineSessionView, TimelineStepView, TimelineView } from '../protocol';
import { fill } from './summary-strings';
import { minute, number, second } from './summary-view';

export interface TimelineInput {
  readonly timeline: Timeline;
  /** The exports given to `buildTimeline`, in order: the report, then its AuthDetails file. */
  readonly indexes: readonly ReportIndex[];
  readonly files: readonly string[];
  readonly lang: Lang;
}

export const TIMELINE_CAPTIONS: Readonly<Record<Lang, Readonly<Record<TimelineCaption, string>>>> = {
  en: {
    sessions: 'Sessions',
    undated: 'Events without a time',
    noEvents: 'No events for this user in this report.',
    steps: 'Authentication steps',
    explanation: 'What it means',
    nextStep: 'What to do',
    jumpTo: 'Go to line {0}',
    pickUser: 'Another user…',
    showSummary: 'Summary',
    line: 'Line',
    keys: '↑ ↓ move between events · Home / End first and last · Enter goes to the row in the file',
  },
  ja: {
    sessions: 'セッション',
    undated: '日時のないイベント',
    noEvents: 'このレポートにこのユーザーのイベントはありません。',
    steps: '認証ステップ',
    explanation: '意味',
    nextStep: '対処方法',
    jumpTo: '{0} 行目へ移動',
    pickUser: '別のユーザー…',
    showSummary: '概要',
    line: '行',
    keys: '↑ ↓ でイベント間を移動 · Home / End で最初と最後 · Enter でファイルの該当行へ',
  },
};

const T = {
  title: { en: 'Timeline of {0}', ja: '{0} のタイムライン' },
  stats: { en: '{0} events · {1} failures · {2} sessions', ja: 'イベント {0} 件 · 失敗 {1} 件 · セッション {2} 個' },
  session: { en: 'Session {0}', ja: 'セッション {0}' },
  gap: { en: '{0} later', ja: '{0} 後' },
  app: { en: 'App', ja: 'アプリ' },
  ip: { en: 'IP address', ja: 'IP アドレス' },
  location: { en: 'Location', ja: '場所' },
  method: { en: 'Method', ja: '方法' },
  clientApp: { en: 'Client app', ja: 'クライアント アプリ' },
  detail: { en: 'Detail', ja: '詳細' },
  subject: { en: 'Done to', ja: '対象' },
  newIp: { en: 'New IP address (was {0})', ja: 'IP アドレスが変化 (直前は {0})' },
  newCountry: { en: 'New country (was {0})', ja: '国が変化 (直前は {0})' },
  counts: { en: '{0} {1} · {2} {3} · {4} {5}', ja: '{0} {1} · {2} {3} · {4} {5}' },
  min: { en: '{0} min', ja: '{0} 分' },
  hours: { en: '{0} h', ja: '{0} 時間' },
  days: { en: '{0} days', ja: '{0} 日' },
  sec: { en: 'under a minute', ja: '1 分未満' },
} as const satisfies Record<string, Localized>;

export function duration(ms: number, lang: Lang): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return T.sec[lang];
  if (minutes < 120) return fill(T.min[lang], minutes);
  const hours = Math.round(minutes / 6) / 10;
  if (hours < 48) return fill(T.hours[lang], hours);
  return fill(T.days[lang], Math.round(hours / 2.4) / 10);
}

function explain(code: string, index: ReportIndex | undefined, lang: Lang): { explanation: string; nextStep: string } {
  if (!code) return { explanation: '', nextStep: '' };
  const families = index?.info.codeFamilies ?? [];
  const record = catalog.lookup(code, families.length ? families : undefined);
  return { explanation: record?.explanation[lang] ?? '', nextStep: record?.nextStep[lang] ?? '' };
}

function stepView(step: TimelineStep, details: ReportIndex | undefined, lang: Lang): TimelineStepView {
  return {
    ref: { file: 1, line: step.line },
    time: second(step.time),
    method: step.method + (step.methodDetail && step.methodDetail !== step.method ? ` (${step.methodDetail})` : ''),
    result: step.result,
    label: step.label?.[lang] ?? '',
    explanation: explain(step.result, details, lang).explanation,
    outcome: step.outcome,
    outcomeName: OUTCOME_NAMES[step.outcome][lang],
  };
}

function eventView(e: TimelineEvent, input: TimelineInput): TimelineEventView {
  const { lang, indexes } = input;
  const facts: Array<{ caption: string; value: string }> = [];
  const fact = (key: keyof typeof T, value: string) => value && facts.push({ caption: T[key][lang], value });
  if (e.detail && e.detail !== e.activity && e.detail !== e.code) fact('detail', e.detail);
  fact('app', e.app);
  fact('ip', e.ip);
  fact('location', e.location || e.country);
  fact('method', e.method);
  fact('clientApp', e.clientApp);
  if (e.subject) fact('subject', e.subject);
  const changes = [
    ...(e.ipChangedFrom ? [fill(T.newIp[lang], e.ipChangedFrom)] : []),
    ...(e.countryChangedFrom ? [fill(T.newCountry[lang], e.countryChangedFrom)] : []),
  ];
  const label = e.label?.[lang] ?? '';
  return {
    ref: { file: e.source, line: e.line },
    time: second(e.time),
    outcome: e.outcome,
    outcomeName: OUTCOME_NAMES[e.outcome][lang],
    code: e.code,
    what: e.activity && e.activity !== e.code ? e.activity : label || e.code,
    label,
    ...explain(e.code, indexes[e.source], lang),
    facts,
    changes,
    steps: (e.steps ?? []).map((s) => stepView(s, indexes[1], lang)),
  };
}

export function timelineView(input: TimelineInput): TimelineView {
  const { timeline: t, lang } = input;
  const sessions = t.sessions.map((s, i): TimelineSessionView => {
    const start = minute(s.start);
    const end = s.end !== undefined && s.start !== undefined && s.end !== s.start ? minute(s.end) : '';
    const length = s.start !== undefined && s.end !== undefined && s.end > s.start ? ` (${duration(s.end - s.start, lang)})` : '';
    return {
      heading: fill(T.session[lang], i + 1),
      span: `${start}${end ? ` — ${end.slice(end.slice(0, 10) === start.slice(0, 10) ? 11 : 0)}` : ''} UTC${length}`,
      ...(s.gapBefore !== undefined ? { gap: fill(T.gap[lang], duration(s.gapBefore, lang)) } : {}),
      counts: fill(T.counts[lang], OUTCOME_NAMES.success[lang], s.successes, OUTCOME_NAMES.failure[lang], s.failures, OUTCOME_NAMES.interrupt[lang], s.interrupts),
      where: [...s.ips, ...s.countries].join(' · '),
      events: s.events.map((e) => eventView(e, input)),
    };
  });
  return {
    lang,
    user: t.user,
    title: fill(T.title[lang], t.spellings[0] ?? t.user),
    files: input.files,
    stats: fill(T.stats[lang], number(t.events), number(t.failures), number(t.sessions.length)),
    legend: OUTCOMES.filter((o) => o !== 'info').map((o) => ({ outcome: o, name: OUTCOME_NAMES[o][lang] })),
    sessions,
    undated: t.undated.map((e) => eventView(e, input)),
    captions: TIMELINE_CAPTIONS[lang],
  };
}
