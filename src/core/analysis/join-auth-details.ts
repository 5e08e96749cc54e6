/**
 * The portal's sign-in download comes as two files: the sign-ins and `…_AuthDetails_…` with one row per
 * authentication step, both carrying the `Request ID`. Joining them gives each sign-in its MFA steps (method, result,
 * in order). Which AuthDetails file goes with which sign-in file is decided by the request IDs they share, not by file
 * names, so renamed files still pair and a file from another period does not.
 *
 * Both indexes intern their strings separately, so the join is keyed by the request ID text: one pass over the steps
 * to build a map, one pass over the sign-ins to count matches — O(sign-ins + steps) time, O(steps) memory.
 */
import type { Localized, Outcome } from '../catalog';
import type { ReportIndex } from '../model/report-index';
import { BreakdownAccumulator, type Breakdown } from './breakdowns';

export interface AuthDetailsJoin {
  readonly signins: ReportIndex;
  readonly details: ReportIndex;
  /** The step rows (of `details`) of a sign-in row, in file order; empty when it has none. */
  stepsOf(signinRow: number): readonly number[];
  readonly signInsWithSteps: number;
  readonly matchedSteps: number;
  readonly unmatchedSteps: number;
}

export interface StepResultCount {
  readonly code: string;
  readonly label?: Localized;
  readonly outcome: Outcome;
  readonly count: number;
}

export interface AuthDetailsSummary {
  readonly steps: number;
  readonly matchedSteps: number;
  readonly unmatchedSteps: number;
  readonly signInsWithSteps: number;
  readonly signInsWithoutSteps: number;
  /** Steps by authentication method, with each method's success rate. */
  readonly methods?: Breakdown;
  /** Step results (`Result detail`) by frequency. */
  readonly results: readonly StepResultCount[];
}

const NONE: readonly number[] = [];

function stepsByRequest(details: ReportIndex): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let row = 0; row < details.rowCount; row++) {
    const id = details.value('requestId', row);
    if (!id) continue;
    const list = map.get(id);
    if (list) list.push(row);
    else map.set(id, [row]);
  }
  return map;
}

export function joinAuthDetails(signins: ReportIndex, details: ReportIndex): AuthDetailsJoin {
  const steps = stepsByRequest(details);
  let signInsWithSteps = 0;
  let matchedSteps = 0;
  const matched = new Set<string>();
  for (let row = 0; row < signins.rowCount; row++) {
    const id = signins.value('requestId', row);
    const list = id ? steps.get(id) : undefined;
    if (!list) continue;
    signInsWithSteps++;
    if (!matched.has(id)) {
      matched.add(id);
      matchedSteps += list.length;
    }
  }
  return {
    signins,
    details,
    stepsOf: (row) => steps.get(signins.value('requestId', row)) ?? NONE,
    signInsWithSteps,
    matchedSteps,
    unmatchedSteps: details.rowCount - matchedSteps,
  };
}

/**
 * Pairs each AuthDetails index with the sign-in index it shares the most request IDs with (at least one); returns
 * positions in `indexes`. O(total rows) per AuthDetails file.
 */
export function pairAuthDetails(indexes: readonly ReportIndex[]): Array<{ signins: number; details: number }> {
  const pairs: Array<{ signins: number; details: number }> = [];
  indexes.forEach((details, d) => {
    if (details.info.kind !== 'signin-auth-details') return;
    const ids = new Set<string>();
    for (let row = 0; row < details.rowCount; row++) {
      const id = details.value('requestId', row);
      if (id) ids.add(id);
    }
    let best = -1;
    let bestCount = 0;
    indexes.forEach((signins, s) => {
      if (signins.info.kind !== 'signin') return;
      let n = 0;
      for (let row = 0; row < signins.rowCount; row++) if (ids.has(signins.value('requestId', row))) n++;
      if (n > bestCount) {
        best = s;
        bestCount = n;
      }
    });
    if (best >= 0) pairs.push({ signins: best, details: d });
  });
  return pairs;
}

export function summarizeJoin(join: AuthDetailsJoin): AuthDetailsSummary {
  const { details } = join;
  const methods = new BreakdownAccumulator(details);
  const results = new Map<number, { outcome: Outcome; count: number }>();
  for (let row = 0; row < details.rowCount; row++) {
    methods.add(row);
    const code = details.id('code', row);
    const r = results.get(code);
    if (r) r.count++;
    else results.set(code, { outcome: details.outcome(row), count: 1 });
  }
  const byMethod = methods.finish().methods;
  return {
    steps: details.rowCount,
    matchedSteps: join.matchedSteps,
    unmatchedSteps: join.unmatchedSteps,
    signInsWithSteps: join.signInsWithSteps,
    signInsWithoutSteps: join.signins.rowCount - join.signInsWithSteps,
    ...(byMethod ? { methods: byMethod } : {}),
    results: [...results.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[0] - b[0])
      .map(([codeId, r]): StepResultCount => {
        const record = details.recordForCode(codeId);
        return { code: details.strings.get(codeId), ...(record ? { label: record.label } : {}), outcome: r.outcome, count: r.count };
      }),
  };
}
