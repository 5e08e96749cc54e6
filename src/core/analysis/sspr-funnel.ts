/**
 * The self-service password reset funnel of an audit export or a classic password reset report: how many resets were
 * started, how many verification gates passed, and how they ended — succeeded, abandoned, blocked, cancelled,
 * contacted an admin, failed — plus the registrations and the most frequent failure details (seed 002's classic
 * strings and today's audit ResultReason strings alike, through the catalog).
 *
 * Audit logs write one row per step; a reset attempt is the set of rows sharing a correlation ID (rows without one are
 * grouped by user and minute), so an attempt is counted once however many steps it logged. An attempt that started but
 * neither succeeded nor failed, was cancelled or blocked was abandoned. Classic reports write one row per attempt with
 * its final `Result`. Fed row by row during the summary's single pass: O(rows) time, O(attempts) memory.
 */
import type { Localized, Outcome } from '../catalog';
import { normalizeKey } from '../catalog/normalize';
import type { ReportIndex } from '../model/report-index';
import { RowFacts } from './row-facts';

/** The funnel's steps as every view names them (the results are the seed's own: 中止, ブロック, 管理者への連絡 …). */
export const SSPR_STEP_NAMES = {
  sspr: { en: 'Self-service password reset', ja: 'セルフサービス パスワード リセット' },
  started: { en: 'Resets started', ja: '開始されたリセット' },
  stepsPassed: { en: 'Verification gates passed', ja: '通過した確認ゲート' },
  succeeded: { en: 'Succeeded', ja: '成功' },
  abandoned: { en: 'Abandoned', ja: '中止' },
  blocked: { en: 'Blocked', ja: 'ブロック' },
  cancelled: { en: 'Cancelled', ja: 'キャンセル' },
  contactedAdmin: { en: 'Contacted admin', ja: '管理者への連絡' },
  failed: { en: 'Failed', ja: '失敗' },
} as const satisfies Readonly<Record<string, Localized>>;

export interface FailureDetail {
  readonly code: string;
  readonly label?: Localized;
  readonly outcome: Outcome;
  readonly count: number;
  readonly distinctUsers: number;
}

export interface SsprFunnel {
  /** `attempts`: audit rows grouped into attempts; `rows`: one row per attempt (classic reports). */
  readonly basis: 'attempts' | 'rows';
  readonly started: number;
  /** Verification gates passed (`User completed the … verification`); audit logs only. */
  readonly stepsPassed?: number;
  readonly succeeded: number;
  readonly abandoned: number;
  readonly blocked: number;
  readonly cancelled: number;
  readonly contactedAdmin: number;
  readonly failed: number;
  /** Completed registrations: for SSPR, and security info (MFA methods) in the combined registration. */
  readonly registrations: number;
  readonly ssprRegistrations: number;
  readonly securityInfoRegistrations: number;
  readonly distinctUsers: number;
  readonly topFailureDetails: readonly FailureDetail[];
}

const SSPR_SERVICE = normalizeKey('Self-service Password Management');
const SSPR_REGISTERED = normalizeKey('User registered for self-service password reset');
const SECURITY_INFO_REGISTERED = new Set(['User registered security info', 'Admin registered security info'].map(normalizeKey));
const PASSED_PREFIX = normalizeKey('User completed the ');
const CANCELLED_PREFIX = normalizeKey('User cancelled');
const FLOW_ACTIVITIES = new Set(
  ['Self-service password reset flow activity progress', 'Self serve password reset flow activity progress', 'Reset password (self-service)', 'Blocked from self-service password reset'].map(
    normalizeKey,
  ),
);
/** Classic report `Result` values (catalog codes of the `sspr-classic-result` family). */
type ClassicResult = 'Abandoned' | 'Blocked' | 'Cancelled' | 'Contacted Admin' | 'Failed' | 'Succeeded';

interface Attempt {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
  blocked: boolean;
}

export class SsprFunnelAccumulator {
  private readonly facts: RowFacts;
  private readonly keys = new Map<number, string>();
  private readonly attempts = new Map<string, Attempt>();
  private readonly failures = new Map<number, { count: number; outcome: Outcome; users: Set<number> }>();
  private readonly users = new Set<number>();
  private readonly classic: boolean;
  private started = 0;
  private stepsPassed = 0;
  private succeeded = 0;
  private abandoned = 0;
  private blocked = 0;
  private cancelled = 0;
  private contactedAdmin = 0;
  private failed = 0;
  private ssprRegistrations = 0;
  private securityInfoRegistrations = 0;

  constructor(private readonly index: ReportIndex) {
    this.facts = new RowFacts(index);
    this.classic = index.info.kind !== 'audit';
  }

  static applies(index: ReportIndex): boolean {
    const kind = index.info.kind;
    return kind === 'audit' || kind === 'sspr-reset-activity' || kind === 'sspr-registration-activity';
  }

  private key(field: 'activity' | 'code' | 'app', row: number): string {
    const id = this.index.id(field, row);
    let key = this.keys.get(id);
    if (key === undefined) this.keys.set(id, (key = normalizeKey(this.index.strings.get(id))));
    return key;
  }

  add(row: number): void {
    if (this.index.info.kind === 'sspr-registration-activity') {
      this.ssprRegistrations++;
      this.user(row);
      return;
    }
    if (this.classic) this.addClassic(row);
    else this.addAudit(row);
  }

  private user(row: number): void {
    const user = this.index.id('user', row);
    if (user) this.users.add(user);
  }

  private failure(row: number): void {
    const code = this.index.id('code', row);
    let f = this.failures.get(code);
    if (!f) this.failures.set(code, (f = { count: 0, outcome: this.index.outcome(row), users: new Set() }));
    f.count++;
    const user = this.index.id('user', row);
    if (user) f.users.add(user);
  }

  private addClassic(row: number): void {
    const index = this.index;
    const outcome = index.outcome(row);
    const feature = this.key('activity', row);
    // "Registration and reset events" (Authentication methods activity): Feature is Registration or Reset.
    if (feature === 'registration') {
      if (outcome === 'success') this.ssprRegistrations++;
      else this.failure(row);
      this.user(row);
      return;
    }
    this.user(row);
    this.started++;
    const result = index.detailRecord(row)?.code as ClassicResult | undefined;
    if (result === 'Succeeded' || (!result && outcome === 'success')) this.succeeded++;
    else if (result === 'Abandoned') this.abandoned++;
    else if (result === 'Blocked' || (!result && outcome === 'blocked')) this.blocked++;
    else if (result === 'Cancelled') this.cancelled++;
    else if (result === 'Contacted Admin') this.contactedAdmin++;
    else if (result === 'Failed' || outcome === 'failure') this.failed++;
    if (outcome === 'failure' || outcome === 'blocked') this.failure(row);
  }

  private addAudit(row: number): void {
    const index = this.index;
    const activity = this.key('activity', row);
    const outcome = index.outcome(row);
    if (activity === SSPR_REGISTERED) {
      if (outcome === 'success') this.ssprRegistrations++;
      this.user(row);
      return;
    }
    if (SECURITY_INFO_REGISTERED.has(activity)) {
      if (outcome === 'success') this.securityInfoRegistrations++;
      this.user(row);
      return;
    }
    if (!FLOW_ACTIVITIES.has(activity) && this.key('app', row) !== SSPR_SERVICE) return;
    this.user(row);
    const code = this.key('code', row);
    if (code.startsWith(PASSED_PREFIX)) this.stepsPassed++;
    const isFailure = outcome === 'failure' || outcome === 'blocked';
    if (isFailure) this.failure(row);
    // Only the reset flow makes attempts; password changes, unlocks and policy edits are SSPR rows, not resets.
    if (!FLOW_ACTIVITIES.has(activity)) return;
    const session = index.value('session', row);
    const t = index.time(row);
    const key = session || `${index.id('user', row)}|${t === t ? Math.floor(t / 60_000) : row}`;
    let attempt = this.attempts.get(key);
    if (!attempt) this.attempts.set(key, (attempt = { success: false, failure: false, cancelled: false, blocked: false }));
    if (this.facts.isSsprBlock(row)) attempt.blocked = true;
    else if (this.facts.isSelfServiceReset(row)) attempt.success = true;
    else if (code.startsWith(CANCELLED_PREFIX)) attempt.cancelled = true;
    else if (isFailure) attempt.failure = true;
  }

  finish(): SsprFunnel | undefined {
    if (!this.classic) {
      for (const a of this.attempts.values()) {
        this.started++;
        if (a.blocked) this.blocked++;
        else if (a.success) this.succeeded++;
        else if (a.cancelled) this.cancelled++;
        else if (a.failure) this.failed++;
        else this.abandoned++;
      }
    }
    const registrations = this.ssprRegistrations + this.securityInfoRegistrations;
    if (this.started === 0 && registrations === 0 && this.failures.size === 0) return undefined;
    const strings = this.index.strings;
    const topFailureDetails = [...this.failures.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[0] - b[0])
      .slice(0, 10)
      .map(([codeId, f]): FailureDetail => {
        const record = this.index.recordForCode(codeId);
        return { code: strings.get(codeId), ...(record ? { label: record.label } : {}), outcome: f.outcome, count: f.count, distinctUsers: f.users.size };
      });
    return {
      basis: this.classic ? 'rows' : 'attempts',
      started: this.started,
      ...(this.classic ? {} : { stepsPassed: this.stepsPassed }),
      succeeded: this.succeeded,
      abandoned: this.abandoned,
      blocked: this.blocked,
      cancelled: this.cancelled,
      contactedAdmin: this.contactedAdmin,
      failed: this.failed,
      registrations,
      ssprRegistrations: this.ssprRegistrations,
      securityInfoRegistrations: this.securityInfoRegistrations,
      distinctUsers: this.users.size,
      topFailureDetails,
    };
  }
}
