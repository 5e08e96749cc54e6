/** A user's timeline and the users-by-failures ranking, as text or Markdown, in English or Japanese. */
import type { Lang } from '../core/catalog';
import type { Timeline, TimelineEvent } from '../core/analysis/timeline';
import type { UserRank } from '../core/analysis/user-ranking';
import { OUTCOME_NAMES } from '../core/display';
import { isoMinute, table } from './render';

const W = {
  timeline: { en: 'Timeline', ja: 'タイムライン' },
  events: { en: 'events', ja: '件のイベント' },
  failures: { en: 'failures', ja: '件の失敗' },
  sessions: { en: 'sessions', ja: 'セッション' },
  session: { en: 'Session', ja: 'セッション' },
  gap: { en: 'gap', ja: '間隔' },
  undated: { en: 'Without a time', ja: '日時なし' },
  step: { en: 'step', ja: 'ステップ' },
  newIp: { en: 'new IP, was', ja: 'IP が変化、直前は' },
  newCountry: { en: 'new country, was', ja: '国が変化、直前は' },
  notFound: { en: 'No events for this user in these files.', ja: 'これらのファイルにこのユーザーのイベントはありません。' },
  ranking: { en: 'Users by failures (pick one with --user)', ja: '失敗の多いユーザー (--user で 1 人を選んでください)' },
  user: { en: 'User', ja: 'ユーザー' },
  failed: { en: 'Failures', ja: '失敗' },
  interrupts: { en: 'Interrupts', ja: '中断' },
  successes: { en: 'Successes', ja: '成功' },
  all: { en: 'Events', ja: 'イベント' },
  ips: { en: 'IPs', ja: 'IP 数' },
  lastFailure: { en: 'Last failure (UTC)', ja: '最後の失敗 (UTC)' },
  didTo: { en: 'on', ja: '対象:' },
} as const;

const n = (x: number) => x.toLocaleString('en-US');

function duration(ms: number, lang: Lang): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return lang === 'ja' ? `${minutes} 分` : `${minutes} min`;
  const hours = Math.round(minutes / 6) / 10;
  if (hours < 48) return lang === 'ja' ? `${hours} 時間` : `${hours} h`;
  const days = Math.round(hours / 2.4) / 10;
  return lang === 'ja' ? `${days} 日` : `${days} d`;
}

const time = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));

/** Where an event is: `L12`, or `file:12` when several files were given. */
export type PlaceOf = (e: { source: number; line: number }) => string;

function eventLine(e: TimelineEvent, lang: Lang, place: PlaceOf): string {
  const what = e.activity && e.activity !== e.code ? `${e.activity}: ${e.code}` : e.code;
  const label = e.label ? ` — ${e.label[lang]}` : '';
  // The MFA result of a sign-in, the reason of an audit event when the activity is its code.
  const detail = e.detail && e.detail !== e.activity && e.detail !== e.code ? ` (${e.detail})` : '';
  const where = [e.app, e.ip, e.location || e.country, e.method, e.clientApp].filter(Boolean).join(' · ');
  const subject = e.subject ? ` (${W.didTo[lang]} ${e.subject})` : '';
  const marks = [
    e.ipChangedFrom ? `${W.newIp[lang]} ${e.ipChangedFrom}` : '',
    e.countryChangedFrom ? `${W.newCountry[lang]} ${e.countryChangedFrom}` : '',
  ].filter(Boolean);
  return `  ${time(e.time) || '—'}  ${OUTCOME_NAMES[e.outcome][lang].padEnd(lang === 'ja' ? 4 : 9)} ${what}${label}${detail}${subject}${where ? `  [${where}]` : ''}  ${place(e)}${marks.length ? `  ⚑ ${marks.join('; ')}` : ''}`;
}

export function timelineText(t: Timeline, lang: Lang, place: PlaceOf): string {
  const sep = lang === 'ja' ? '、' : ', ';
  const out = [`${W.timeline[lang]}: ${t.user} — ${[`${n(t.events)} ${W.events[lang]}`, `${n(t.failures)} ${W.failures[lang]}`, `${n(t.sessions.length)} ${W.sessions[lang]}`].join(sep)}`];
  if (t.events === 0) return [...out, W.notFound[lang]].join('\n');
  t.sessions.forEach((s, i) => {
    out.push('');
    if (s.gapBefore !== undefined) out.push(`— ${W.gap[lang]} ${duration(s.gapBefore, lang)} —`, '');
    const span = s.start !== undefined ? `${isoMinute(s.start)} — ${isoMinute(s.end)} UTC (${duration((s.end ?? s.start) - s.start, lang)})` : '';
    const counts = [`${OUTCOME_NAMES.success[lang]} ${s.successes}`, `${OUTCOME_NAMES.failure[lang]} ${s.failures}`, `${OUTCOME_NAMES.interrupt[lang]} ${s.interrupts}`].join(sep);
    out.push(`${W.session[lang]} ${i + 1}: ${span} · ${counts}${s.ips.length ? ` · ${s.ips.join(', ')}` : ''}${s.countries.length ? ` · ${s.countries.join(', ')}` : ''}`);
    for (const e of s.events) {
      out.push(eventLine(e, lang, place));
      for (const step of e.steps ?? []) {
        out.push(`      ${W.step[lang]}: ${step.method}${step.methodDetail ? ` (${step.methodDetail})` : ''} — ${step.result}${step.label ? ` — ${step.label[lang]}` : ''} [${OUTCOME_NAMES[step.outcome][lang]}]`);
      }
    }
  });
  if (t.undated.length) {
    out.push('', W.undated[lang]);
    for (const e of t.undated) out.push(eventLine(e, lang, place));
  }
  return out.join('\n');
}

export function timelineMarkdown(t: Timeline, lang: Lang, place: PlaceOf): string {
  // The text form is already a readable log; Markdown keeps it verbatim in a block and adds a heading.
  const [head, ...rest] = timelineText(t, lang, place).split('\n');
  return [`# ${head}`, '', '```text', ...rest.filter((l, i) => i > 0 || l !== ''), '```'].join('\n');
}

export function rankingText(ranks: readonly UserRank[], lang: Lang, limit = 20): string {
  const rows = ranks.slice(0, limit).map((r, i) => [
    String(i + 1), r.user, n(r.failures), n(r.interrupts), n(r.successes), n(r.events), n(r.distinctIps), r.lastFailure !== undefined ? isoMinute(r.lastFailure) : '',
  ]);
  const headers = ['#', W.user[lang], W.failed[lang], W.interrupts[lang], W.successes[lang], W.all[lang], W.ips[lang], W.lastFailure[lang]];
  return `${W.ranking[lang]}\n${table(headers, rows, [true, false, true, true, true, true, true, false]).replace(/^/gm, '  ')}`;
}
