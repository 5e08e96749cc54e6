/**
 * A finding: what a detection found in one export, with the rows that prove it. Shared by the CLI, the editor
 * (diagnostics, decorations on the evidence lines) and the webviews; plain data, serializable as JSON.
 *
 * Every finding says which rows it stands on (row index and 1-based line), how serious it is, what happened in plain
 * words, what to do next, which public rule its thresholds come from, and a KQL query that finds the same thing in Log
 * Analytics or Sentinel when the question outgrows one file.
 */
import type { Localized } from '../catalog';
import type { IndexedField, ReportIndex } from '../model/report-index';

export type Severity = 'high' | 'medium' | 'low';

/** Most serious first: the order findings are listed in. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export type DetectionId =
  | 'mfa-fatigue'
  | 'password-spray'
  | 'brute-force'
  | 'distributed-attempts'
  | 'fraud-report'
  | 'mfa-blocked-user'
  | 'legacy-auth'
  | 'sspr-blocked'
  | 'sspr-resets-one-ip'
  | 'sspr-gate-attempts-one-ip'
  | 'sspr-mfa-change-after-reset'
  | 'export-limit';

/** What an evidence row shows within its finding. */
export type EvidenceRole =
  /** One of the attempts that make up the pattern (a refused prompt, a failed password, a gate attempt). */
  | 'attempt'
  /** The success that makes the pattern worse (a sign-in or MFA approval after the burst). */
  | 'success'
  /** A code proving the password was right for a targeted user. */
  | 'accepted'
  /** A fraud report. */
  | 'report'
  /** A block (MFA blocked user, SSPR blocked for 24 h). */
  | 'block'
  /** A completed password reset. */
  | 'reset'
  /** A change of security info (MFA method registered, changed or deleted). */
  | 'change'
  /** The last row of an export that stops at a cap. */
  | 'last-row';

export interface Evidence {
  readonly row: number;
  /** 1-based line where the row's record starts. */
  readonly line: number;
  readonly role: EvidenceRole;
  /** Milliseconds since the epoch (UTC), absent when the row has no time. */
  readonly time?: number;
}

export interface Finding {
  /** Which detection found it (stable; used as the diagnostic code and for settings). */
  readonly id: DetectionId;
  readonly severity: Severity;
  readonly title: Localized;
  /** What happened, with this export's numbers. */
  readonly explanation: Localized;
  readonly nextStep: Localized;
  /** The users and IP addresses the finding is about (may be empty). */
  readonly users: readonly string[];
  readonly ips: readonly string[];
  readonly firstSeen?: number;
  readonly lastSeen?: number;
  /** Evidence rows in time order; at most `MAX_EVIDENCE`, always including the rows with a role other than `attempt`. */
  readonly evidence: readonly Evidence[];
  /** How many rows the finding stands on, listed or not. */
  readonly evidenceTotal: number;
  /** The public rule the thresholds come from. */
  readonly rule: string;
  /** The thresholds used, by setting key (`mfaFatigue.minRefusedPrompts` → 7). */
  readonly thresholds: Readonly<Record<string, number>>;
  /** A Kusto query over `SigninLogs` / `AuditLogs` with the same thresholds. */
  readonly kql: string;
}

/** Enough rows to check a finding by hand; a spray over 50,000 rows does not need all of them listed. */
export const MAX_EVIDENCE = 200;

export interface EvidenceInput {
  readonly row: number;
  readonly role: EvidenceRole;
}

/** Evidence in time order (file order for undated rows), capped at MAX_EVIDENCE keeping every non-attempt row. */
export function evidenceOf(index: ReportIndex, rows: readonly EvidenceInput[]): Evidence[] {
  const seen = new Set<number>();
  const unique: EvidenceInput[] = [];
  for (const r of rows) {
    if (seen.has(r.row)) continue;
    seen.add(r.row);
    unique.push(r);
  }
  let kept = unique;
  if (unique.length > MAX_EVIDENCE) {
    const key = unique.filter((r) => r.role !== 'attempt');
    const room = Math.max(0, MAX_EVIDENCE - key.length);
    const attempts = unique.filter((r) => r.role === 'attempt').slice(0, room);
    kept = [...key, ...attempts];
  }
  const time = (row: number) => index.time(row);
  return kept
    .map((r) => {
      const t = time(r.row);
      return { row: r.row, line: index.line(r.row), role: r.role, ...(t === t ? { time: t } : {}) };
    })
    .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.row - b.row);
}

/** The time span of the rows (ms), or nothing when none has a time. */
export function spanOf(index: ReportIndex, rows: Iterable<number>): { firstSeen?: number; lastSeen?: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const t = index.time(row);
    if (t !== t) continue;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return first === Infinity ? {} : { firstSeen: first, lastSeen: last };
}

/** Distinct non-empty values of a field over rows, most frequent first. */
export function valuesOf(index: ReportIndex, field: IndexedField, rows: Iterable<number>): string[] {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const id = index.id(field, row);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => index.strings.get(id));
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Most serious first, then earliest. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.firstSeen ?? Infinity) - (b.firstSeen ?? Infinity) || a.id.localeCompare(b.id),
  );
}
