/**
 * Breakdowns of an export's rows by one value at a time — authentication method (with success rate), application,
 * location, country, IP address, client app (legacy protocols marked), hour of day and day — fed row by row during the
 * summary's single pass, which only counts. Distinct users are needed for the top values alone: `finish` finds them in
 * one more pass of typed-array operations, marking (value, user) pairs in a bitmap — no set per value. Cost: O(rows)
 * time for both passes, O(distinct values) memory plus a bitmap of top-values × pool-size bits per breakdown; sorting
 * the values at the end is O(values · log values).
 *
 * Interrupts are never failures: a value's success rate is successes ÷ (successes + failures + blocks).
 */
import { OUTCOMES } from '../catalog/types';
import { Growable } from '../model/growable';
import type { IndexedField, ReportIndex } from '../model/report-index';
import { RowFacts } from './row-facts';

export interface BreakdownEntry {
  readonly value: string;
  readonly count: number;
  readonly success: number;
  /** Failed and blocked rows. */
  readonly failures: number;
  readonly interrupts: number;
  readonly distinctUsers: number;
  /** successes ÷ (successes + failures), absent when neither happened. */
  readonly successRate?: number;
  /** Client apps only: a legacy protocol that cannot do MFA. */
  readonly legacy?: boolean;
}

export interface Breakdown {
  /** How many distinct non-empty values the export has. */
  readonly distinct: number;
  /** The most frequent values, most rows first. */
  readonly top: readonly BreakdownEntry[];
  /** Rows whose value is not among `top` (empty values excluded). */
  readonly otherRows: number;
  /** Rows with no value. */
  readonly emptyRows: number;
}

export interface TimeBucket {
  readonly count: number;
  readonly success: number;
  readonly failures: number;
}

export interface Breakdowns {
  readonly methods?: Breakdown;
  readonly apps?: Breakdown;
  readonly locations?: Breakdown;
  readonly countries?: Breakdown;
  readonly ips?: Breakdown;
  readonly clientApps?: Breakdown;
  /** 24 buckets, index = hour of day (UTC). Absent when no row has a time. */
  readonly hours?: readonly TimeBucket[];
  /** One bucket per UTC day that has rows, oldest first. */
  readonly days?: ReadonlyArray<TimeBucket & { readonly day: string }>;
}

/** Fields broken down, with the JSON name of each. */
const FIELDS: ReadonlyArray<readonly [keyof Breakdowns, IndexedField]> = [
  ['methods', 'method'],
  ['apps', 'app'],
  ['locations', 'location'],
  ['countries', 'country'],
  ['ips', 'ip'],
  ['clientApps', 'clientApp'],
];

export const BREAKDOWN_TOP = 15;

const SUCCESS = OUTCOMES.indexOf('success');
const FAILURE = OUTCOMES.indexOf('failure');
const BLOCKED = OUTCOMES.indexOf('blocked');
const INTERRUPT = OUTCOMES.indexOf('interrupt');
const DAY = 86_400_000;

interface Counts {
  count: number;
  success: number;
  failures: number;
  interrupts: number;
}

const newCounts = (): Counts => ({ count: 0, success: 0, failures: 0, interrupts: 0 });

type Bucket = { count: number; success: number; failures: number };

function tally(c: Bucket, outcome: number): void {
  c.count++;
  if (outcome === SUCCESS) c.success++;
  else if (outcome === FAILURE || outcome === BLOCKED) c.failures++;
}

export class BreakdownAccumulator {
  private readonly values = new Map<keyof Breakdowns, Map<number, Counts>>(FIELDS.map(([name]) => [name, new Map()]));
  private readonly empty = new Map<keyof Breakdowns, number>(FIELDS.map(([name]) => [name, 0]));
  private readonly hours: Bucket[] = Array.from({ length: 24 }, () => ({ count: 0, success: 0, failures: 0 }));
  private readonly days = new Map<number, Bucket>();
  private dated = 0;

  constructor(private readonly index: ReportIndex, private readonly top = BREAKDOWN_TOP) {}

  /** The rows fed, for the distinct-users pass. */
  private readonly fed = new Growable(Uint32Array);
  private rows: Uint32Array = new Uint32Array(0);

  add(row: number): void {
    this.fed.push(row);
    const { outcome: outcomes, time, fields } = this.index.columns;
    const outcome = outcomes[row]!;
    for (const [name, field] of FIELDS) {
      const id = fields[field][row]!;
      if (!id) {
        this.empty.set(name, this.empty.get(name)! + 1);
        continue;
      }
      const map = this.values.get(name)!;
      let c = map.get(id);
      if (!c) map.set(id, (c = newCounts()));
      tally(c, outcome);
      if (outcome === INTERRUPT) c.interrupts++;
    }
    const t = time[row]!;
    if (t !== t) return;
    this.dated++;
    tally(this.hours[Math.floor((((t % DAY) + DAY) % DAY) / 3_600_000)]!, outcome);
    const day = Math.floor(t / DAY);
    let d = this.days.get(day);
    if (!d) this.days.set(day, (d = { count: 0, success: 0, failures: 0 }));
    tally(d, outcome);
  }

  finish(): Breakdowns {
    this.rows = this.fed.trimmed();
    const out: Record<string, unknown> = {};
    for (const [name] of FIELDS) {
      const map = this.values.get(name)!;
      if (map.size === 0) continue;
      out[name] = this.breakdown(name, map);
    }
    if (this.dated) {
      out['hours'] = this.hours;
      out['days'] = [...this.days.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([day, c]) => ({ day: new Date(day * DAY).toISOString().slice(0, 10), ...c }));
    }
    return out as Breakdowns;
  }

  /**
   * Distinct users of each of `ids` in `field`, over the rows this accumulator was fed (in one pass: a (value, user)
   * pair is counted the first time its bit is set).
   */
  private distinctUsers(field: IndexedField, ids: readonly number[]): number[] {
    const size = this.index.strings.size;
    const slotOf = new Int32Array(size).fill(-1);
    ids.forEach((id, slot) => (slotOf[id] = slot));
    const seen = new Uint8Array(Math.ceil((ids.length * size) / 8));
    const distinct = new Array<number>(ids.length).fill(0);
    const values = this.index.columns.fields[field];
    const users = this.index.columns.fields.user;
    for (const row of this.rows) {
      const slot = slotOf[values[row]!]!;
      const user = users[row]!;
      if (slot < 0 || !user) continue;
      const bit = slot * size + user;
      const byte = bit >>> 3;
      const mask = 1 << (bit & 7);
      if (!(seen[byte]! & mask)) {
        seen[byte] = seen[byte]! | mask;
        distinct[slot]!++;
      }
    }
    return distinct;
  }

  private breakdown(name: keyof Breakdowns, map: Map<number, Counts>): Breakdown {
    const strings = this.index.strings;
    const sorted = [...map.entries()].sort((a, b) => b[1].count - a[1].count || strings.get(a[0]).localeCompare(strings.get(b[0])));
    const field = FIELDS.find(([n]) => n === name)![1];
    const users = this.distinctUsers(field, sorted.slice(0, this.top).map(([id]) => id));
    const top = sorted.slice(0, this.top).map(([id, c], slot): BreakdownEntry => {
      const value = strings.get(id);
      const decided = c.success + c.failures;
      return {
        value,
        count: c.count,
        success: c.success,
        failures: c.failures,
        interrupts: c.interrupts,
        distinctUsers: users[slot]!,
        ...(decided ? { successRate: c.success / decided } : {}),
        ...(name === 'clientApps' ? { legacy: RowFacts.isLegacyClientApp(value) } : {}),
      };
    });
    const otherRows = sorted.slice(this.top).reduce((n, [, c]) => n + c.count, 0);
    return { distinct: map.size, top, otherRows, emptyRows: this.empty.get(name)! };
  }
}
