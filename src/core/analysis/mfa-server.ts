/**
 * MFA Server activity reports: call results grouped by what they mean (an outcome from the catalog, never from the
 * `SUCCESS_`/`FAILED_` prefix — `SUCCESS_USER_BLOCKED` is a block), with the fraud reports and the blocked users and
 * phone numbers called out by name. Fed row by row during the summary's single pass: O(rows) time, O(distinct results
 * + users) memory.
 */
import type { Localized, Outcome } from '../catalog';
import { OUTCOMES } from '../catalog/types';
import type { ReportIndex } from '../model/report-index';
import { RowFacts } from './row-facts';

export interface CallResultCount {
  readonly code: string;
  readonly label?: Localized;
  readonly count: number;
  readonly distinctUsers: number;
}

export interface OutcomeGroup {
  readonly outcome: Outcome;
  readonly count: number;
  readonly results: readonly CallResultCount[];
}

export interface UserCallOut {
  readonly user: string;
  readonly count: number;
  /** Phone numbers (as masked in the report) involved. */
  readonly phones: readonly string[];
  readonly results: readonly string[];
  readonly firstSeen?: number;
  readonly lastSeen?: number;
  /** 1-based lines of the rows, at most 20. */
  readonly lines: readonly number[];
}

export interface MfaServerSection {
  /** Outcome groups with at least one row, most rows first. */
  readonly byOutcome: readonly OutcomeGroup[];
  readonly fraudReports: readonly UserCallOut[];
  readonly blockedUsers: readonly UserCallOut[];
}

interface CallOut {
  rows: number[];
  phones: Set<number>;
  results: Set<number>;
}

export class MfaServerAccumulator {
  private readonly facts: RowFacts;
  private readonly results = new Map<number, { outcome: number; count: number; users: Set<number> }>();
  private readonly fraud = new Map<number, CallOut>();
  private readonly blocked = new Map<number, CallOut>();

  constructor(private readonly index: ReportIndex) {
    this.facts = new RowFacts(index);
  }

  static applies(index: ReportIndex): boolean {
    return index.info.kind === 'mfa-server-activity';
  }

  add(row: number): void {
    const index = this.index;
    const code = index.id('code', row);
    const user = index.id('user', row);
    let r = this.results.get(code);
    if (!r) this.results.set(code, (r = { outcome: index.columns.outcome[row]!, count: 0, users: new Set() }));
    r.count++;
    if (user) r.users.add(user);
    if (this.facts.isFraud(row)) this.callOut(this.fraud, row);
    // A fraud code entered on a call blocks the number too: it is listed under both.
    if (index.outcome(row) === 'blocked') this.callOut(this.blocked, row);
  }

  private callOut(map: Map<number, CallOut>, row: number): void {
    const user = this.index.id('user', row);
    let c = map.get(user);
    if (!c) map.set(user, (c = { rows: [], phones: new Set(), results: new Set() }));
    c.rows.push(row);
    const phone = this.index.id('methodDetail', row);
    if (phone) c.phones.add(phone);
    c.results.add(this.index.id('code', row));
  }

  finish(): MfaServerSection {
    const strings = this.index.strings;
    const groups = new Map<number, { outcome: Outcome; count: number; results: CallResultCount[] }>();
    for (const [codeId, r] of this.results) {
      let g = groups.get(r.outcome);
      if (!g) groups.set(r.outcome, (g = { outcome: OUTCOMES[r.outcome]!, count: 0, results: [] }));
      g.count += r.count;
      const record = this.index.recordForCode(codeId);
      g.results.push({ code: strings.get(codeId), ...(record ? { label: record.label } : {}), count: r.count, distinctUsers: r.users.size });
    }
    for (const g of groups.values()) g.results.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    return {
      byOutcome: [...groups.values()].sort((a, b) => b.count - a.count || OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome)),
      fraudReports: this.callOuts(this.fraud),
      blockedUsers: this.callOuts(this.blocked),
    };
  }

  private callOuts(map: Map<number, CallOut>): UserCallOut[] {
    const { index } = this;
    return [...map.entries()]
      .map(([user, c]): UserCallOut => {
        let first = Infinity;
        let last = -Infinity;
        for (const row of c.rows) {
          const t = index.time(row);
          if (t !== t) continue;
          first = Math.min(first, t);
          last = Math.max(last, t);
        }
        return {
          user: index.strings.get(user),
          count: c.rows.length,
          phones: [...c.phones].map((id) => index.strings.get(id)),
          results: [...c.results].map((id) => index.strings.get(id)),
          ...(first !== Infinity ? { firstSeen: first, lastSeen: last } : {}),
          lines: c.rows.slice(0, 20).map((row) => index.line(row)),
        };
      })
      .sort((a, b) => b.count - a.count || a.user.localeCompare(b.user));
  }
}
