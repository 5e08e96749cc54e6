/**
 * The summary of one export, from its index in one pass over the rows: outcome counts; failure reasons ranked with
 * their share, distinct users, first/last time seen and the apps and IP addresses they come from; breakdowns by method,
 * app, location, country, IP, client app, hour and day; and, by kind, the SSPR funnel (audit logs, classic reset
 * reports), the MFA Server call results, the registration picture, the joined AuthDetails steps — each section an
 * accumulator fed by the same loop. Then the detections (their own passes, see `detections/`).
 * Cost: O(rows) for the pass (maps keyed by interned ids; per-value user sets hold each user id once), plus sorting
 * the distinct values, plus the detections' O(rows · log rows).
 * Interrupts are never failures; a failure reason is the code of a `failure` or `blocked` row.
 *
 * The field names here are the CLI's `summary --json` contract: add fields, never rename or remove them.
 */
import type { CatalogRecord, Family, Localized, Outcome } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import type { Confidence, ReportKind } from '../formats/kinds/kind';
import type { ReportIndex } from '../model/report-index';
import { BreakdownAccumulator, type Breakdowns } from './breakdowns';
import { detectThreats } from './detections';
import { DEFAULT_SETTINGS, type DetectionSettings } from './detections/settings';
import type { Finding } from './findings';
import { summarizeJoin, type AuthDetailsJoin, type AuthDetailsSummary } from './join-auth-details';
import { MfaServerAccumulator, type MfaServerSection } from './mfa-server';
import { RegistrationAccumulator, type RegistrationSection } from './registration';
import { SsprFunnelAccumulator, type SsprFunnel } from './sspr-funnel';

export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface FailureReason {
  readonly code: string;
  readonly family?: Family;
  /** Catalog label, when the catalog explains the code. */
  readonly label?: Localized;
  readonly outcome: Outcome;
  readonly count: number;
  /** Of all failed and blocked rows, 0–1. */
  readonly share: number;
  readonly distinctUsers: number;
  /** Milliseconds since the epoch (UTC), absent when the export has no times. */
  readonly firstSeen?: number;
  readonly lastSeen?: number;
  /** The applications and IP addresses the reason occurs with most (at most 3 each). */
  readonly topApps: readonly ValueCount[];
  readonly topIps: readonly ValueCount[];
}

export interface Summary {
  readonly kind: ReportKind;
  readonly title: Localized;
  readonly confidence: Confidence;
  readonly rows: number;
  readonly distinctUsers: number;
  readonly firstTime?: number;
  readonly lastTime?: number;
  readonly outcomes: OutcomeCounts;
  /** Rows counted as failures (failure + blocked). */
  readonly failures: number;
  readonly failureReasons: readonly FailureReason[];
  /** Error-severity problems found while reading (broken rows, truncation, lossy decoding). */
  readonly problemCount: number;
  readonly breakdowns: Breakdowns;
  /** Audit logs and password reset reports with SSPR activity. */
  readonly ssprFunnel?: SsprFunnel;
  /** MFA Server activity reports. */
  readonly mfaServer?: MfaServerSection;
  /** Registration exports. */
  readonly registration?: RegistrationSection;
  /** Sign-ins joined with their AuthDetails file. */
  readonly authDetails?: AuthDetailsSummary;
  /** What the detections found, most serious first (empty when they were not run). */
  readonly findings: readonly Finding[];
}

export interface SummaryOptions {
  /** The AuthDetails file joined to these sign-ins. */
  readonly join?: AuthDetailsJoin;
  readonly settings?: DetectionSettings;
  /** Run the detections (default true). */
  readonly detections?: boolean;
}

interface ReasonAccumulator {
  count: number;
  outcome: Outcome;
  users: Set<number>;
  apps: Map<number, number>;
  ips: Map<number, number>;
  first: number;
  last: number;
}

const bump = (map: Map<number, number>, id: number) => {
  if (id) map.set(id, (map.get(id) ?? 0) + 1);
};

export function summarize(index: ReportIndex, options: SummaryOptions = {}): Summary {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  const reasons = new Map<number, ReasonAccumulator>();
  const users = new Set<number>();
  let firstTime = Infinity;
  let lastTime = -Infinity;
  const { outcome: outcomeColumn, time: timeColumn, fields } = index.columns;
  const failureIndex = OUTCOMES.indexOf('failure');
  const blockedIndex = OUTCOMES.indexOf('blocked');
  const breakdowns = new BreakdownAccumulator(index);
  const sections = {
    ssprFunnel: SsprFunnelAccumulator.applies(index) ? new SsprFunnelAccumulator(index) : undefined,
    mfaServer: MfaServerAccumulator.applies(index) ? new MfaServerAccumulator(index) : undefined,
    registration: RegistrationAccumulator.applies(index) ? new RegistrationAccumulator(index) : undefined,
  };
  const accumulators = [breakdowns, ...Object.values(sections).filter((a) => a !== undefined)];

  for (let row = 0; row < index.rowCount; row++) {
    for (const a of accumulators) a.add(row);
    const o = outcomeColumn[row]!;
    outcomes[OUTCOMES[o]!]++;
    const user = fields.user[row]!;
    if (user) users.add(user);
    const t = timeColumn[row]!;
    if (t === t) {
      if (t < firstTime) firstTime = t;
      if (t > lastTime) lastTime = t;
    }
    if (o !== failureIndex && o !== blockedIndex) continue;
    const code = fields.code[row]!;
    let acc = reasons.get(code);
    if (!acc) {
      acc = { count: 0, outcome: OUTCOMES[o]!, users: new Set(), apps: new Map(), ips: new Map(), first: Infinity, last: -Infinity };
      reasons.set(code, acc);
    }
    acc.count++;
    if (user) acc.users.add(user);
    bump(acc.apps, fields.app[row]!);
    bump(acc.ips, fields.ip[row]!);
    if (t === t) {
      if (t < acc.first) acc.first = t;
      if (t > acc.last) acc.last = t;
    }
  }

  const failures = outcomes.failure + outcomes.blocked;
  const failureReasons = [...reasons.entries()]
    .map(([codeId, acc]) => reasonOf(index, index.strings.get(codeId), index.recordForCode(codeId), acc, failures))
    .sort((a, b) => b.count - a.count || b.distinctUsers - a.distinctUsers || a.code.localeCompare(b.code));
  const ssprFunnel = sections.ssprFunnel?.finish();

  return {
    kind: index.info.kind,
    title: index.info.title,
    confidence: index.info.confidence,
    rows: index.rowCount,
    distinctUsers: users.size,
    ...(firstTime !== Infinity ? { firstTime, lastTime } : {}),
    outcomes,
    failures,
    failureReasons,
    problemCount: index.problems.errorCount,
    breakdowns: breakdowns.finish(),
    ...(ssprFunnel ? { ssprFunnel } : {}),
    ...(sections.mfaServer ? { mfaServer: sections.mfaServer.finish() } : {}),
    ...(sections.registration ? { registration: sections.registration.finish() } : {}),
    ...(options.join ? { authDetails: summarizeJoin(options.join) } : {}),
    findings: options.detections === false ? [] : detectThreats(index, options.settings ?? DEFAULT_SETTINGS),
  };
}

function topValues(index: ReportIndex, counts: Map<number, number>, n = 3): ValueCount[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([id, count]) => ({ value: index.strings.get(id), count }));
}

function reasonOf(index: ReportIndex, code: string, record: CatalogRecord | undefined, acc: ReasonAccumulator, failures: number): FailureReason {
  return {
    code,
    ...(record ? { family: record.family, label: record.label } : {}),
    outcome: acc.outcome,
    count: acc.count,
    share: failures ? acc.count / failures : 0,
    distinctUsers: acc.users.size,
    ...(acc.first !== Infinity ? { firstSeen: acc.first, lastSeen: acc.last } : {}),
    topApps: topValues(index, acc.apps),
    topIps: topValues(index, acc.ips),
  };
}
