/**
 * The shape of one catalog record: everything the product says about a code or value that appears in an Entra
 * export. Records are data; the modules in this folder hold one family each.
 */

/**
 * What a row with this code means for the person behind it, decided from the meaning of the code, never from its
 * spelling (`SUCCESS_USER_BLOCKED` is `blocked`, `50074` is `interrupt`).
 * - success   — the step or sign-in completed.
 * - interrupt — the flow paused for a user action (MFA prompt, "stay signed in?", registration) and may continue;
 *               never counted as a failure.
 * - failure   — the attempt did not complete (wrong password, MFA denied, timed out, misconfigured app …).
 * - blocked   — access was refused by a policy, lock-out, throttle or block (Conditional Access, Smart Lockout,
 *               blocked phone number, SSPR blocked for 24 h, disabled account).
 * - pending   — something was started and its result is not in this row (SMS sent, OATH code requested,
 *               user registered but not yet for MFA).
 * - info      — a neutral fact (a registration method, a policy change, an informational step).
 */
export type Outcome = 'success' | 'interrupt' | 'failure' | 'blocked' | 'pending' | 'info';

export const OUTCOMES: readonly Outcome[] = ['success', 'interrupt', 'failure', 'blocked', 'pending', 'info'];

export type Lang = 'en' | 'ja';

export interface Localized {
  readonly en: string;
  readonly ja: string;
}

/** One family per kind of vocabulary; a lookup can be narrowed to the families a column can hold. */
export type Family =
  /** Entra sign-in error codes (`Sign-in error code`, `status.errorCode`, `ResultType`), e.g. `50126`. */
  | 'signin-error'
  /** MFA Server activity-report call results (seed 000), e.g. `SUCCESS_WITH_PIN`. */
  | 'mfa-server-result'
  /** How MFA was satisfied or why it was denied (seed 000 + observed full strings), e.g. `MFA denied; user declined the authentication`. */
  | 'mfa-detail'
  /** Authentication methods as they appear in sign-in and AuthDetails exports, e.g. `Mobile app notification`. */
  | 'auth-method'
  /** Audit-log activity names of the Self-service Password Management and Authentication Methods services (seed 002). */
  | 'audit-activity'
  /** Audit-log result reasons: SSPR flow steps, failure reasons such as `FuzzyPolicyViolationInvalidPassword`, registration reasons. */
  | 'audit-reason'
  /** Classic password-reset activity report `Result` values (seed 002), e.g. `Abandoned`. */
  | 'sspr-classic-result'
  /** Classic password-reset activity report `Details` strings (seed 002). */
  | 'sspr-classic-detail'
  /** Classic registration report `Registration Data` / `Method(s) Used` values (seed 002), e.g. `Mobile Phone`. */
  | 'registration-data'
  /** MFA registration exports: per-user MFA state (`MFA Status`) and registered method tokens (`methodsRegistered`). */
  | 'mfa-registration';

export const FAMILIES: readonly Family[] = [
  'signin-error',
  'mfa-server-result',
  'mfa-detail',
  'auth-method',
  'audit-activity',
  'audit-reason',
  'sspr-classic-result',
  'sspr-classic-detail',
  'registration-data',
  'mfa-registration',
];

/** Where the facts of a record come from. `seed:000` / `seed:002` are the two seed documents. */
export type SourceRef =
  | 'seed:000'
  | 'seed:002'
  | 'reference:aadsts-codes'
  | 'reference:mfa-auth-detail-values'
  | 'reference:sspr-audit-values'
  | 'reference:audit-and-sspr-exports'
  | 'reference:signin-log-exports'
  | 'microsoft-docs';

/** Extra facts used by analysis and detections. */
export type Tag =
  | 'credential' // the password or user name was wrong
  | 'mfa' // about the second factor
  | 'mfa-denied' // the user actively refused an MFA prompt
  | 'mfa-no-response' // the MFA prompt was not answered / timed out
  | 'fraud' // the user reported fraud
  | 'lockout' // Smart Lockout / throttling
  | 'policy' // Conditional Access, security defaults, tenant policy
  | 'account' // account state (disabled, not in tenant)
  | 'session' // token or session expired / revoked
  | 'app' // application or protocol configuration
  | 'device' // device state
  | 'infra' // on-premises agent or service problem
  | 'client' // client platform (legacy TLS, old device)
  | 'registration' // security-info registration
  | 'sspr' // self-service password reset
  | 'benign' // expected noise; not worth attention on its own
  | 'phone' // phone call / SMS
  | 'app-notification'; // mobile app push

export interface CatalogRecord {
  readonly family: Family;
  /** The value exactly as exporters most commonly write it (`50126`, `SUCCESS_WITH_PIN`, `User submitted their user ID`). */
  readonly code: string;
  /**
   * Other spellings seen for the same meaning: older/newer wording, the documented suffix without its `MFA denied; `
   * prefix, Japanese strings of a localized report. Matching already ignores case, apostrophe style, contractions,
   * width and surrounding whitespace/punctuation, so list only real wording differences.
   */
  readonly aliases?: readonly string[];
  readonly outcome: Outcome;
  /** A few words, e.g. "Wrong username or password". */
  readonly label: Localized;
  /** What happened, in plain words, for a helpdesk engineer. */
  readonly explanation: Localized;
  /** What to do about it. */
  readonly nextStep: Localized;
  readonly source: SourceRef;
  /** Sign-in codes only: the code proves the first factor (password) was accepted. */
  readonly passwordAccepted?: boolean;
  readonly tags?: readonly Tag[];
}
