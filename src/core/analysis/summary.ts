/**
 * The summary of one export, from its index in one pass over the rows (O(rows); per-code user sets hold each user id
 * once): outcome counts, and failure reasons ranked with their share, distinct users and first/last time seen.
 * Interrupts are never failures; a failure reason is the code of a `failure` or `blocked` row.
 *
 * The field names here are the CLI's `summary --json` contract: add fields, never rename or remove them.
 */
import type { CatalogRecord, Family, Localized, Outcome } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import type { Confidence, ReportKind } from '../formats/kinds/kind';
import type { ReportIndex } from '../model/report-index';

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
}

interface ReasonAccumulator {
  count: number;
  outcome: Outcome;
  users: Set<number>;
  first: number;
  last: number;
}

export function summarize(index: ReportIndex): Summary {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  const reasons = new Map<number, ReasonAccumulator>();
  const users = new Set<number>();
  let firstTime = Infinity;
  let lastTime = -Infinity;
  const { outcome: outcomeColumn, time: timeColumn, fields } = index.columns;
  const failureIndex = OUTCOMES.indexOf('failure');
  const blockedIndex = OUTCOMES.indexOf('blocked');

  for (let row = 0; row < index.rowCount; row++) {
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
      acc = { count: 0, outcome: OUTCOMES[o]!, users: new Set(), first: Infinity, last: -Infinity };
      reasons.set(code, acc);
    }
    acc.count++;
    if (user) acc.users.add(user);
    if (t === t) {
      if (t < acc.first) acc.first = t;
      if (t > acc.last) acc.last = t;
    }
  }

  const failures = outcomes.failure + outcomes.blocked;
  const failureReasons = [...reasons.entries()]
    .map(([codeId, acc]) => reasonOf(index.strings.get(codeId), index.recordForCode(codeId), acc, failures))
    .sort((a, b) => b.count - a.count || b.distinctUsers - a.distinctUsers || a.code.localeCompare(b.code));

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
  };
}

function reasonOf(code: string, record: CatalogRecord | undefined, acc: ReasonAccumulator, failures: number): FailureReason {
  return {
    code,
    ...(record ? { family: record.family, label: record.label } : {}),
    outcome: acc.outcome,
    count: acc.count,
    share: failures ? acc.count / failures : 0,
    distinctUsers: acc.users.size,
    ...(acc.first !== Infinity ? { firstSeen: acc.first, lastSeen: acc.last } : {}),
  };
}
