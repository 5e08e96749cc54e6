/**
 * Small exports built in memory for the analysis tests: each row is written out by the test as a table, and every
 * builder puts row i on a known line (documented per builder), so expected evidence lines are written by hand from
 * the table, never computed by the product. Only the columns a test needs are present; the product finds columns by
 * name, as it does in real downloads.
 */
import { indexBytes } from '../../../src/core/model/build-index';
import type { ReportIndex } from '../../../src/core/model/report-index';

const quote = (s: string) => '"' + s.replace(/"/g, '""') + '"';
const csvLine = (cells: readonly string[]) => cells.map(quote).join(',');

export function indexText(text: string): ReportIndex {
  return indexBytes(new TextEncoder().encode(text));
}

/** One sign-in as a portal download writes it; empty strings where the portal leaves a cell empty. */
export interface SignIn {
  t: string;
  user: string;
  ip: string;
  status: 'Success' | 'Failure' | 'Interrupted';
  code: string;
  location?: string;
  app?: string;
  client?: string;
  mfa?: string;
  method?: string;
  protocol?: string;
  ua?: string;
  request?: string;
  session?: string;
}

const SIGNIN_HEADERS = [
  'Date (UTC)', 'Request ID', 'User agent', 'Correlation ID', 'Username', 'Application', 'IP address', 'Location', 'Status',
  'Sign-in error code', 'Client app', 'Multifactor authentication result', 'Multifactor authentication auth method',
  'Authentication requirement', 'Authentication Protocol', 'Session ID',
];

/** A portal sign-in CSV: header on line 1, row i on line i + 2 (CRLF, every field quoted, no line breaks in cells). */
export function signinCsv(rows: readonly SignIn[]): string {
  const lines = rows.map((r, i) =>
    csvLine([
      r.t, r.request ?? `req-${i}`, r.ua ?? 'Mozilla/5.0', `corr-${i}`, r.user, r.app ?? 'Microsoft Office', r.ip,
      r.location ?? 'Seattle, Washington, US', r.status, r.code, r.client ?? 'Browser', r.mfa ?? '', r.method ?? '',
      r.mfa ? 'Multifactor authentication' : 'Single-factor authentication', r.protocol ?? '', r.session ?? '',
    ]),
  );
  return [csvLine(SIGNIN_HEADERS), ...lines].join('\r\n') + '\r\n';
}

export const signins = (rows: readonly SignIn[]) => indexText(signinCsv(rows));

/** One authentication step of the portal AuthDetails download. */
export interface Step {
  t: string;
  request: string;
  method: string;
  detail?: string;
  succeeded: boolean;
  result: string;
  requirement: string;
}

/** AuthDetails CSV: header on line 1, step i on line i + 2. */
export function authDetailsCsv(rows: readonly Step[]): string {
  const headers = ['Date (UTC)', 'Request ID', 'Authentication method', 'Authentication method detail', 'Succeeded', 'Result detail', 'Requirement'];
  return [csvLine(headers), ...rows.map((s) => csvLine([s.t, s.request, s.method, s.detail ?? '', String(s.succeeded), s.result, s.requirement]))].join('\r\n') + '\r\n';
}

/** One audit event as Graph `directoryAudits` has it. */
export interface AuditEvent {
  t: string;
  service: string;
  activity: string;
  result: 'success' | 'failure';
  reason: string;
  actor: string;
  ip: string;
  /** The user the event is about (defaults to the actor). */
  target?: string;
  correlation?: string;
}

/**
 * A Graph audit JSON array with one record per line: `[` on line 1, record i on line i + 2, `]` last. Correlation ids
 * default to one per row.
 */
export function auditJson(rows: readonly AuditEvent[]): string {
  const records = rows.map((r, i) =>
    JSON.stringify({
      id: `Directory_${i}`,
      category: 'UserManagement',
      correlationId: r.correlation ?? `corr-${i}`,
      result: r.result,
      resultReason: r.reason,
      activityDisplayName: r.activity,
      activityDateTime: r.t,
      loggedByService: r.service,
      operationType: 'Update',
      initiatedBy: { user: { id: `id-${r.actor}`, displayName: null, userPrincipalName: r.actor, ipAddress: r.ip } },
      targetResources: [{ id: `t-${i}`, displayName: null, type: 'User', userPrincipalName: r.target ?? r.actor, modifiedProperties: [] }],
      additionalDetails: [],
    }),
  );
  return '[\n' + records.join(',\n') + '\n]\n';
}

export const audit = (rows: readonly AuditEvent[]) => indexText(auditJson(rows));

export const SSPR = 'Self-service Password Management';
export const FLOW = 'Self-service password reset flow activity progress';
export const AUTHN = 'Authentication Methods';

/** MFA Server activity report CSV: header on line 1, row i on line i + 2. */
export function mfaServerCsv(rows: ReadonlyArray<{ t: string; user: string; result: string; type?: string; phone?: string; ip?: string }>): string {
  const headers = ['Date/Time', 'User', 'Call Result', 'Authentication Type', 'Phone', 'Application', 'IP Address'];
  return [headers.join(','), ...rows.map((r) => [r.t, r.user, r.result, r.type ?? 'Mobile App', r.phone ?? '', 'VPN', r.ip ?? '203.0.113.9'].join(','))].join('\r\n') + '\r\n';
}

/** `2025-12-04T08:mm:ssZ`-style times: `minutes` after a base time. */
export function at(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}
