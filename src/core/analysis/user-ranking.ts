/**
 * Users ranked by failures across the exports given together, for picking whose timeline to read first. A user
 * written in different cases in different files is one user. Failures are failed and blocked events; interrupts are
 * counted apart and never as failures. O(rows) per export with counters keyed by interned ids, then O(users · log users)
 * to merge and sort.
 */
import { OUTCOMES } from '../catalog/types';
import type { ReportIndex } from '../model/report-index';

export interface UserRank {
  readonly user: string;
  readonly failures: number;
  readonly interrupts: number;
  readonly successes: number;
  readonly events: number;
  readonly distinctIps: number;
  readonly lastFailure?: number;
}

const SUCCESS = OUTCOMES.indexOf('success');
const FAILURE = OUTCOMES.indexOf('failure');
const BLOCKED = OUTCOMES.indexOf('blocked');
const INTERRUPT = OUTCOMES.indexOf('interrupt');

interface Counts {
  user: string;
  failures: number;
  interrupts: number;
  successes: number;
  events: number;
  ips: Set<string>;
  lastFailure: number;
}

export function rankUsersByFailures(indexes: readonly ReportIndex[]): UserRank[] {
  const byName = new Map<string, Counts>();
  for (const index of indexes) {
    const perId = new Map<number, Counts>();
    const { outcome, time, fields } = index.columns;
    for (let row = 0; row < index.rowCount; row++) {
      const id = fields.user[row]!;
      if (!id) continue;
      let c = perId.get(id);
      if (!c) {
        const user = index.strings.get(id);
        const key = user.toLowerCase();
        c = byName.get(key);
        if (!c) byName.set(key, (c = { user, failures: 0, interrupts: 0, successes: 0, events: 0, ips: new Set(), lastFailure: -Infinity }));
        perId.set(id, c);
      }
      c.events++;
      const o = outcome[row]!;
      if (o === FAILURE || o === BLOCKED) {
        c.failures++;
        const t = time[row]!;
        if (t > c.lastFailure) c.lastFailure = t;
      } else if (o === SUCCESS) c.successes++;
      else if (o === INTERRUPT) c.interrupts++;
      const ip = fields.ip[row]!;
      if (ip) c.ips.add(index.strings.get(ip));
    }
  }
  return [...byName.values()]
    .map(({ ips, lastFailure, ...c }): UserRank => ({ ...c, distinctIps: ips.size, ...(lastFailure !== -Infinity ? { lastFailure } : {}) }))
    .sort((a, b) => b.failures - a.failures || b.events - a.events || a.user.localeCompare(b.user));
}
