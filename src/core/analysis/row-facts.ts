/**
 * What a row means for the analyses, read from the catalog records of its code, detail and activity rather than from
 * spellings: is it a credential failure, a refused MFA prompt, a fraud report, a legacy-protocol sign-in, a completed
 * self-service reset? Every answer depends only on interned values, so it is computed once per distinct value and kept
 * in a map by interned id: asking about a row costs O(1) after the first row with the same value.
 */
import type { CatalogRecord, Tag } from '../catalog';
import { normalizeKey } from '../catalog/normalize';
import type { IndexedField, ReportIndex } from '../model/report-index';

/**
 * Client apps that use legacy (basic) authentication and cannot do MFA: the Microsoft security-operations guide, Sigma
 * `azure_legacy_authentication_protocols.yml` and community KQL (reference 05, 5.4; values as in reference 03, 3.4).
 * Compared after `normalizeKey`.
 */
export const LEGACY_CLIENT_APPS: readonly string[] = [
  'Exchange ActiveSync',
  'Exchange Web Services',
  'AutoDiscover',
  'IMAP4',
  'IMAP',
  'POP3',
  'POP',
  'Authenticated SMTP',
  'SMTP',
  'MAPI Over HTTP',
  'MAPI',
  'Offline Address Book',
  'Other clients',
  'Other client',
  'Exchange Online PowerShell',
  'Outlook Anywhere (RPC over HTTP)',
];

/** User agents of ROPC (password-only) token requests (LETHAL-FORENSICS LETHAL-005, reference 05 5.4). */
export const ROPC_USER_AGENTS: readonly string[] = ['BAV2ROPC', 'AConsumerV2ROPC'];

const LEGACY_KEYS = new Set(LEGACY_CLIENT_APPS.map(normalizeKey));
const ROPC_AGENT_PATTERN = new RegExp(ROPC_USER_AGENTS.join('|'), 'i');

const hasTag = (record: CatalogRecord | undefined, tag: Tag) => record?.tags?.includes(tag) ?? false;

// Bits kept per code id.
const CODE_KNOWN = 1;
const CREDENTIAL_FAILURE = 2;
const PASSWORD_ACCEPTED = 4;
const REFUSED_PROMPT = 8;
const FRAUD = 16;
const MFA_BLOCK = 32;
const SSPR_BLOCK = 64;
const RESET_DONE = 128;
const SSPR_FLOW = 256;
const GATE_STARTED = 512;
const SECURITY_INFO_CHANGE = 1024;

/** Activity and reason texts of self-service resets (reference 02, 2.4), compared after `normalizeKey`. */
const SELF_SERVICE_RESET = normalizeKey('Reset password (self-service)');
const RESET_DONE_REASONS = new Set(['User successfully reset password', 'Successfully completed reset.'].map(normalizeKey));
const FLOW_ACTIVITIES = new Set(['Self-service password reset flow activity progress', 'Self serve password reset flow activity progress'].map(normalizeKey));
/** Both spellings of a gate being started: `… mobile SMS verification` and `… email verification option`. */
const GATE_STARTED_PREFIX = normalizeKey('User started the ');

/**
 * Audit activities that change a user's security info (MFA methods): registered, updated, deleted, default changed —
 * by the user or an admin. Registration back-end callbacks, reviews and SSPR registration are not changes of method.
 */
export function isSecurityInfoChangeRecord(record: CatalogRecord | undefined): boolean {
  return (
    record?.family === 'audit-activity' &&
    record.outcome === 'success' &&
    hasTag(record, 'registration') &&
    !hasTag(record, 'benign') &&
    !hasTag(record, 'sspr')
  );
}

/** The facts of one value (and the catalog record explaining it) that analyses ask about. */
function recordBits(record: CatalogRecord | undefined, text: string): number {
  let bits = CODE_KNOWN;
  const key = normalizeKey(text);
  if (key === SELF_SERVICE_RESET || RESET_DONE_REASONS.has(key)) bits |= RESET_DONE;
  if (FLOW_ACTIVITIES.has(key)) bits |= SSPR_FLOW;
  if (key.startsWith(GATE_STARTED_PREFIX)) bits |= GATE_STARTED;
  if (isSecurityInfoChangeRecord(record)) bits |= SECURITY_INFO_CHANGE;
  if (record) {
    const failed = record.outcome === 'failure' || record.outcome === 'blocked';
    if (record.family === 'signin-error' && failed && (hasTag(record, 'credential') || hasTag(record, 'lockout'))) bits |= CREDENTIAL_FAILURE;
    if (record.passwordAccepted) bits |= PASSWORD_ACCEPTED;
    // A push or phone prompt the user refused, let time out or reported: the material of MFA fatigue.
    const refused = hasTag(record, 'mfa-denied') || hasTag(record, 'mfa-no-response') || hasTag(record, 'fraud');
    if (refused && (hasTag(record, 'app-notification') || hasTag(record, 'phone'))) bits |= REFUSED_PROMPT;
    if (hasTag(record, 'fraud')) bits |= FRAUD;
    if (record.outcome === 'blocked' && hasTag(record, 'mfa') && !hasTag(record, 'fraud') && !hasTag(record, 'policy') && !hasTag(record, 'account')) {
      bits |= MFA_BLOCK;
    }
    if (record.outcome === 'blocked' && hasTag(record, 'sspr') && hasTag(record, 'lockout')) bits |= SSPR_BLOCK;
  }
  // Exporters write fraud strings the catalog may not know yet ("… Fraud …", 不正): the word itself is the fact.
  if (/fraud|不正/i.test(text)) bits |= FRAUD;
  return bits;
}

export class RowFacts {
  // Keyed by interned id: codes, details and activities have few distinct values, while ids range over every string of
  // the export (request IDs included), so a map stays small where an array per id would not.
  private readonly codeBits = new Map<number, number>();
  private readonly detailBits = new Map<number, number>();
  private readonly activityBits = new Map<number, number>();
  private readonly legacyClients = new Map<number, boolean>();
  private readonly ropcAgents = new Map<number, boolean>();
  private readonly ropcProtocols = new Map<number, boolean>();

  constructor(readonly index: ReportIndex) {}

  private bits(field: IndexedField, memo: Map<number, number>, row: number, record: () => CatalogRecord | undefined): number {
    const id = this.index.id(field, row);
    if (id === 0) return 0;
    let bits = memo.get(id);
    if (bits === undefined) {
      bits = recordBits(record(), this.index.strings.get(id));
      memo.set(id, bits);
    }
    return bits;
  }

  private code(row: number): number {
    return this.bits('code', this.codeBits, row, () => this.index.codeRecord(row));
  }

  private detail(row: number): number {
    return this.bits('detail', this.detailBits, row, () => this.index.detailRecord(row));
  }

  private activity(row: number): number {
    return this.bits('activity', this.activityBits, row, () => this.index.activityRecord(row));
  }

  /** A sign-in that failed on the password or user name, or was locked out (Smart Lockout). */
  isCredentialFailure(row: number): boolean {
    return (this.code(row) & CREDENTIAL_FAILURE) !== 0;
  }

  /** A sign-in whose code proves the password was right (Sentinel's spray rule success codes; reference 03, 3.1.3). */
  passwordAccepted(row: number): boolean {
    return (this.code(row) & PASSWORD_ACCEPTED) !== 0;
  }

  /** A push or phone MFA prompt the user declined, left unanswered or reported as fraud. */
  isRefusedPrompt(row: number): boolean {
    return ((this.code(row) | this.detail(row)) & REFUSED_PROMPT) !== 0;
  }

  /** A fraud report: MFA Server fraud results, "Phone App Reported Fraud", a sign-in reported as not legitimate. */
  isFraud(row: number): boolean {
    return ((this.code(row) | this.detail(row) | this.activity(row)) & FRAUD) !== 0;
  }

  /** The user (or their phone) is blocked from MFA: blocked list, all devices blocked, throttled, call limit. */
  isMfaBlock(row: number): boolean {
    return ((this.code(row) | this.detail(row)) & MFA_BLOCK) !== 0;
  }

  /** The user was blocked from self-service password reset for 24 hours (audit activity or classic report). */
  isSsprBlock(row: number): boolean {
    return ((this.code(row) | this.detail(row) | this.activity(row)) & SSPR_BLOCK) !== 0;
  }

  /** A completed self-service password reset (audit activity or reason, classic `User successfully reset password`). */
  isSelfServiceReset(row: number): boolean {
    if (this.index.outcome(row) !== 'success') return false;
    return ((this.code(row) | this.activity(row)) & RESET_DONE) !== 0;
  }

  /** An SSPR verification gate started (`User started the mobile SMS verification`, …) in the SSPR flow. */
  isGateAttempt(row: number): boolean {
    // The reason is the code when the catalog knows its wording, else the detail.
    return (this.activity(row) & SSPR_FLOW) !== 0 && ((this.code(row) | this.detail(row)) & GATE_STARTED) !== 0;
  }

  /** A security-info (MFA method) registration, update or deletion that went through. */
  isSecurityInfoChange(row: number): boolean {
    const outcome = this.index.outcome(row);
    return outcome !== 'failure' && outcome !== 'blocked' && (this.activity(row) & SECURITY_INFO_CHANGE) !== 0;
  }

  /** A sign-in over a legacy protocol: a legacy client app, the ROPC protocol or an ROPC user agent. */
  isLegacy(row: number): boolean {
    return (
      this.test('clientApp', row, this.legacyClients, (v) => LEGACY_KEYS.has(normalizeKey(v))) ||
      this.test('userAgent', row, this.ropcAgents, (v) => ROPC_AGENT_PATTERN.test(v)) ||
      this.test('protocol', row, this.ropcProtocols, (v) => normalizeKey(v) === 'ropc')
    );
  }

  /** A yes/no question about a field's value, asked once per distinct value. */
  private test(field: IndexedField, row: number, memo: Map<number, boolean>, question: (value: string) => boolean): boolean {
    const id = this.index.id(field, row);
    if (id === 0) return false;
    let answer = memo.get(id);
    if (answer === undefined) memo.set(id, (answer = question(this.index.strings.get(id))));
    return answer;
  }

  /** Whether a client-app name is a legacy protocol (for marking breakdown rows). */
  static isLegacyClientApp(value: string): boolean {
    return LEGACY_KEYS.has(normalizeKey(value));
  }
}
