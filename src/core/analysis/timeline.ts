/**
 * One user's story across the exports given together: every event in time order — sign-ins with code, outcome, app,
 * IP, location and method, each sign-in's MFA steps from its joined AuthDetails file, SSPR steps, registrations,
 * MFA Server calls — grouped into sessions (same session or correlation ID, or less than `sessionGapMinutes` since the
 * previous event), with the gaps between sessions and every change of IP address or country marked.
 *
 * The user is matched case-insensitively (UPNs are), as the subject of an event or, in audit logs, as who acted.
 * Cost: O(rows) per export to pick the user's rows (one integer comparison per row, after an O(distinct strings)
 * look-up of the user's ids), then O(k · log k) to sort the user's k events; memory O(k).
 */
import type { Localized, Outcome } from '../catalog';
import type { ReportKind } from '../formats/kinds/kind';
import type { ReportIndex } from '../model/report-index';
import type { AuthDetailsJoin } from './join-auth-details';
import { MINUTE } from './time-order';

export const DEFAULT_SESSION_GAP_MINUTES = 30;

export interface TimelineStep {
  readonly row: number;
  readonly line: number;
  readonly time?: number;
  readonly method: string;
  readonly methodDetail: string;
  readonly requirement: string;
  readonly result: string;
  readonly label?: Localized;
  readonly outcome: Outcome;
}

export interface TimelineEvent {
  /** Position of the export in the list given to `buildTimeline`. */
  readonly source: number;
  readonly row: number;
  readonly line: number;
  readonly time?: number;
  readonly kind: ReportKind;
  readonly outcome: Outcome;
  readonly code: string;
  readonly label?: Localized;
  readonly detail: string;
  readonly activity: string;
  readonly app: string;
  readonly ip: string;
  readonly location: string;
  readonly country: string;
  readonly method: string;
  readonly clientApp: string;
  readonly session: string;
  /** Audit events the user performed on someone else (the event is about `subject`). */
  readonly subject?: string;
  /** The sign-in's authentication steps, from the joined AuthDetails file. */
  readonly steps?: readonly TimelineStep[];
  /** The IP address differs from the previous event's that had one (which is given). */
  readonly ipChangedFrom?: string;
  readonly countryChangedFrom?: string;
}

export interface TimelineSession {
  readonly start?: number;
  readonly end?: number;
  /** Time since the previous session ended (ms). */
  readonly gapBefore?: number;
  readonly events: readonly TimelineEvent[];
  readonly successes: number;
  /** Failed and blocked events. */
  readonly failures: number;
  readonly interrupts: number;
  readonly ips: readonly string[];
  readonly countries: readonly string[];
}

export interface Timeline {
  readonly user: string;
  /** How the user is written in the exports (case may differ). */
  readonly spellings: readonly string[];
  readonly events: number;
  readonly failures: number;
  readonly sessions: readonly TimelineSession[];
  /** Events without a time, in file order. */
  readonly undated: readonly TimelineEvent[];
}

export interface TimelineOptions {
  readonly sessionGapMinutes?: number;
  /** AuthDetails files joined to sign-in files among `indexes` (their steps ride on the sign-ins). */
  readonly joins?: readonly AuthDetailsJoin[];
}

function stepOf(details: ReportIndex, row: number): TimelineStep {
  const t = details.time(row);
  const record = details.codeRecord(row);
  return {
    row,
    line: details.line(row),
    ...(t === t ? { time: t } : {}),
    method: details.value('method', row),
    methodDetail: details.value('methodDetail', row),
    requirement: details.value('authRequirement', row),
    result: details.value('code', row),
    ...(record ? { label: record.label } : {}),
    outcome: details.outcome(row),
  };
}

function eventOf(index: ReportIndex, source: number, row: number, asActor: boolean, join: AuthDetailsJoin | undefined): TimelineEvent {
  const t = index.time(row);
  const record = index.codeRecord(row);
  const steps = join ? join.stepsOf(row).map((step) => stepOf(join.details, step)) : [];
  return {
    source,
    row,
    line: index.line(row),
    ...(t === t ? { time: t } : {}),
    kind: index.info.kind,
    outcome: index.outcome(row),
    code: index.value('code', row),
    ...(record ? { label: record.label } : {}),
    detail: index.value('detail', row),
    activity: index.value('activity', row),
    app: index.value('app', row),
    ip: index.value('ip', row),
    location: index.value('location', row),
    country: index.value('country', row),
    method: index.value('method', row),
    clientApp: index.value('clientApp', row),
    session: index.value('session', row),
    ...(asActor ? { subject: index.value('user', row) } : {}),
    ...(steps.length ? { steps } : {}),
  };
}

export function buildTimeline(indexes: readonly ReportIndex[], user: string, options: TimelineOptions = {}): Timeline {
  const wanted = user.trim().toLowerCase();
  const joins = options.joins ?? [];
  const joinedDetails = new Set(joins.map((j) => j.details));
  const dated: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  const spellings = new Set<string>();
  indexes.forEach((index, source) => {
    if (joinedDetails.has(index)) return;
    const ids = new Set(index.strings.matching((v) => v.toLowerCase() === wanted));
    if (ids.size === 0) return;
    for (const id of ids) spellings.add(index.strings.get(id));
    const join = joins.find((j) => j.signins === index);
    const users = index.columns.fields.user;
    const actors = index.columns.fields.actor;
    for (let row = 0; row < index.rowCount; row++) {
      const isSubject = ids.has(users[row]!);
      if (!isSubject && !ids.has(actors[row]!)) continue;
      const event = eventOf(index, source, row, !isSubject, join);
      (event.time === undefined ? undated : dated).push(event);
    }
  });
  dated.sort((a, b) => a.time! - b.time! || a.source - b.source || a.row - b.row);
  const marked = markChanges(dated);
  const sessions = groupSessions(marked, (options.sessionGapMinutes ?? DEFAULT_SESSION_GAP_MINUTES) * MINUTE);
  const all = [...marked, ...undated];
  return {
    user: user.trim(),
    spellings: [...spellings],
    events: all.length,
    failures: all.filter((e) => e.outcome === 'failure' || e.outcome === 'blocked').length,
    sessions,
    undated,
  };
}

/** Marks each event whose IP or country differs from the last one seen before it. */
function markChanges(events: readonly TimelineEvent[]): TimelineEvent[] {
  let lastIp = '';
  let lastCountry = '';
  return events.map((e) => {
    const marks: { ipChangedFrom?: string; countryChangedFrom?: string } = {};
    if (e.ip) {
      if (lastIp && e.ip !== lastIp) marks.ipChangedFrom = lastIp;
      lastIp = e.ip;
    }
    if (e.country) {
      if (lastCountry && e.country !== lastCountry) marks.countryChangedFrom = lastCountry;
      lastCountry = e.country;
    }
    return marks.ipChangedFrom || marks.countryChangedFrom ? { ...e, ...marks } : e;
  });
}

function groupSessions(events: readonly TimelineEvent[], gapMs: number): TimelineSession[] {
  const sessions: TimelineSession[] = [];
  let current: TimelineEvent[] = [];
  let ids = new Set<string>();
  let previousEnd: number | undefined;
  const close = () => {
    if (!current.length) return;
    const start = current[0]!.time;
    const end = current[current.length - 1]!.time;
    sessions.push({
      start,
      end,
      ...(previousEnd !== undefined && start !== undefined ? { gapBefore: start - previousEnd } : {}),
      events: current,
      successes: current.filter((e) => e.outcome === 'success').length,
      failures: current.filter((e) => e.outcome === 'failure' || e.outcome === 'blocked').length,
      interrupts: current.filter((e) => e.outcome === 'interrupt').length,
      ips: [...new Set(current.map((e) => e.ip).filter(Boolean))],
      countries: [...new Set(current.map((e) => e.country).filter(Boolean))],
    });
    previousEnd = end;
    current = [];
    ids = new Set();
  };
  for (const e of events) {
    const last = current[current.length - 1];
    const sameSession = e.session !== '' && ids.has(e.session);
    if (last && !sameSession && e.time! - last.time! >= gapMs) close();
    current.push(e);
    if (e.session) ids.add(e.session);
  }
  close();
  return sessions;
}
