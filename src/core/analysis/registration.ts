/**
 * Registration exports (Graph `userRegistrationDetails`, the MSOnline per-user MFA status, the classic SSPR registration
 * report): who has no MFA method, who has not registered for SSPR, which methods are registered by how many users,
 * and the admins without MFA — the accounts an attacker wants most. A user listed twice counts once (the last row
 * wins). Fed row by row during the summary's single pass: O(rows) time, O(users) memory.
 */
import { catalog, type Localized } from '../catalog';
import type { ReportIndex } from '../model/report-index';

export interface MethodCount {
  readonly method: string;
  readonly label?: Localized;
  readonly users: number;
}

export interface RegistrationSection {
  readonly users: number;
  /** Users with at least one MFA method (absent when the export does not say). */
  readonly mfaRegistered?: number;
  readonly withoutMfa?: number;
  readonly ssprRegistered?: number;
  readonly withoutSspr?: number;
  /** Users with neither (only when the export has both flags). */
  readonly withoutEither?: number;
  /** Users the export marks as administrators (absent when it has no role or admin column). */
  readonly admins?: number;
  /** Administrators without MFA, by name (all of them: this list is the point). */
  readonly adminsWithoutMfa?: readonly string[];
  /** Up to 50 users without MFA, by name. */
  readonly usersWithoutMfa?: readonly string[];
  readonly methods: readonly MethodCount[];
}

interface UserState {
  mfa?: boolean;
  sspr?: boolean;
  admin: boolean;
  methods: string[];
}

const ADMIN_ROLE = /admin|管理者/i;
const LIST_LIMIT = 50;

export class RegistrationAccumulator {
  private readonly users = new Map<number, UserState>();
  private hasRole = false;

  constructor(private readonly index: ReportIndex) {}

  static applies(index: ReportIndex): boolean {
    const kind = index.info.kind;
    return kind === 'registration-details' || kind === 'mfa-status' || kind === 'sspr-registration-activity';
  }

  add(row: number): void {
    const index = this.index;
    const user = index.id('user', row);
    if (!user) return;
    const kind = index.info.kind;
    const methods = index.value('method', row).split(/\s*[,+;]\s*/).filter(Boolean);
    const role = index.value('role', row);
    if (role) this.hasRole = true;
    const state: UserState = { admin: ADMIN_ROLE.test(role), methods };
    if (kind === 'registration-details') {
      const outcome = index.outcome(row);
      if (outcome === 'success') state.mfa = true;
      else if (outcome === 'pending') state.mfa = false;
      const sspr = index.value('ssprRegistered', row);
      if (sspr) state.sspr = sspr === 'true';
    } else if (kind === 'mfa-status') {
      state.mfa = methods.length > 0;
    } else {
      // Classic SSPR registration activity: each row is a completed SSPR registration.
      state.sspr = true;
      const previous = this.users.get(user);
      if (previous) state.methods = [...new Set([...previous.methods, ...methods])];
    }
    this.users.set(user, state);
  }

  finish(): RegistrationSection {
    const strings = this.index.strings;
    let mfaKnown = 0;
    let mfa = 0;
    let ssprKnown = 0;
    let sspr = 0;
    let bothKnown = 0;
    let neither = 0;
    let admins = 0;
    const adminsWithoutMfa: string[] = [];
    const usersWithoutMfa: string[] = [];
    const methodUsers = new Map<string, number>();
    for (const [user, s] of this.users) {
      if (s.mfa !== undefined) {
        mfaKnown++;
        if (s.mfa) mfa++;
        else if (usersWithoutMfa.length < LIST_LIMIT) usersWithoutMfa.push(strings.get(user));
      }
      if (s.sspr !== undefined) {
        ssprKnown++;
        if (s.sspr) sspr++;
      }
      if (s.mfa !== undefined && s.sspr !== undefined) {
        bothKnown++;
        if (!s.mfa && !s.sspr) neither++;
      }
      if (s.admin) {
        admins++;
        if (s.mfa === false) adminsWithoutMfa.push(strings.get(user));
      }
      for (const m of new Set(s.methods)) methodUsers.set(m, (methodUsers.get(m) ?? 0) + 1);
    }
    const methods = [...methodUsers.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([method, users]): MethodCount => {
        const record = catalog.lookup(method, ['mfa-registration', 'registration-data']);
        return { method, ...(record ? { label: record.label } : {}), users };
      });
    return {
      users: this.users.size,
      ...(mfaKnown ? { mfaRegistered: mfa, withoutMfa: mfaKnown - mfa, usersWithoutMfa } : {}),
      ...(ssprKnown ? { ssprRegistered: sspr, withoutSspr: ssprKnown - sspr } : {}),
      ...(bothKnown ? { withoutEither: neither } : {}),
      ...(this.hasRole ? { admins, adminsWithoutMfa } : {}),
      methods,
    };
  }
}
