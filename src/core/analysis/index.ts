/**
 * The analysis engine's public surface, for the CLI, the editor and the webviews: the summary (with its sections and
 * findings), the detections and their settings, the AuthDetails join, the per-user timeline and the user ranking.
 */
export { summarize, type Summary, type SummaryOptions, type FailureReason, type ValueCount, type OutcomeCounts } from './summary';
export { detectThreats, DETECTION_IDS, DEFAULT_SETTINGS, resolveSettings, SETTING_SPECS, type DetectionSettings, type SettingSpec } from './detections';
export { EXPORT_CAPS } from './detections/export-limits';
export { SEVERITIES, MAX_EVIDENCE, type Finding, type Evidence, type EvidenceRole, type Severity, type DetectionId } from './findings';
export { joinAuthDetails, pairAuthDetails, summarizeJoin, type AuthDetailsJoin, type AuthDetailsSummary } from './join-auth-details';
export { buildTimeline, DEFAULT_SESSION_GAP_MINUTES, type Timeline, type TimelineEvent, type TimelineSession, type TimelineStep } from './timeline';
export { rankUsersByFailures, type UserRank } from './user-ranking';
export type { Breakdown, BreakdownEntry, Breakdowns, TimeBucket } from './breakdowns';
export type { SsprFunnel } from './sspr-funnel';
export type { MfaServerSection } from './mfa-server';
export type { RegistrationSection } from './registration';
