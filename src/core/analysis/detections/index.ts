/**
 * Every detection over one export, most serious findings first. Each detection is one module with its own pass over
 * the index (see their headers); the time order they share is sorted once (O(rows · log rows)), so the whole run is
 * O(rows · log rows) with no step quadratic in rows.
 */
import type { ReportIndex } from '../../model/report-index';
import { sortFindings, type DetectionId, type Finding } from '../findings';
import { detectBruteForce } from './brute-force';
import { detectionContext, type DetectionContext } from './context';
import { detectDistributedAttempts } from './distributed-attempts';
import { detectExportLimits } from './export-limits';
import { detectFraudReports } from './fraud-report';
import { detectLegacyAuth } from './legacy-auth';
import { detectMfaBlockedUsers } from './mfa-blocked-user';
import { detectMfaFatigue } from './mfa-fatigue';
import { detectPasswordSpray } from './password-spray';
import { DEFAULT_SETTINGS, type DetectionSettings } from './settings';
import { detectSsprAbuse } from './sspr-abuse';

const DETECTIONS: ReadonlyArray<(ctx: DetectionContext) => Finding[]> = [
  detectMfaFatigue,
  detectPasswordSpray,
  detectBruteForce,
  detectDistributedAttempts,
  detectFraudReports,
  detectMfaBlockedUsers,
  detectLegacyAuth,
  detectSsprAbuse,
  detectExportLimits,
];

/** The id of every detection (for filters, settings pages and diagnostic codes). */
export const DETECTION_IDS: readonly DetectionId[] = [
  'mfa-fatigue', 'password-spray', 'brute-force', 'distributed-attempts', 'fraud-report', 'mfa-blocked-user', 'legacy-auth',
  'sspr-blocked', 'sspr-resets-one-ip', 'sspr-gate-attempts-one-ip', 'sspr-mfa-change-after-reset', 'export-limit',
];

export function detectThreats(index: ReportIndex, settings: DetectionSettings = DEFAULT_SETTINGS): Finding[] {
  const ctx = detectionContext(index, settings);
  return sortFindings(DETECTIONS.flatMap((detect) => detect(ctx)));
}

export { DEFAULT_SETTINGS, resolveSettings, SETTING_SPECS, type DetectionSettings, type SettingSpec } from './settings';
