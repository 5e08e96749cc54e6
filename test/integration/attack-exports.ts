/**
 * A portal sign-in download with an attack in it, and its AuthDetails file, written row by row so the expected lines
 * are read off the table (header on line 1, row i on line i + 2). Shared by the in-editor and end-to-end suites.
 *
 *   lines 2–9   alice@contoso.com declines 8 push notifications in 7 minutes (500121)   → MFA fatigue (high)
 *   line 10     alice approves the 9th                                                    → the success after it
 *   lines 11–16 192.0.2.66 fails the password of six users (50126)                        → password spray (medium)
 */
import { authDetailsCsv, signinCsv, type SignIn, type Step } from '../unit/analysis/exports';

export const DECLINED = 'MFA denied; user declined the authentication';

export const ATTACK_SIGNINS: SignIn[] = [
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((m): SignIn => ({ t: `2025-12-04T08:0${m}:00Z`, user: 'alice@contoso.com', ip: '198.51.100.7', status: 'Failure', code: '500121', mfa: DECLINED, method: 'Mobile app notification', request: `a${m}` })),
  { t: '2025-12-04T08:09:00Z', user: 'alice@contoso.com', ip: '198.51.100.7', status: 'Success', code: '0', mfa: 'MFA successfully completed', method: 'Mobile app notification', request: 'a9' },
  ...[1, 2, 3, 4, 5, 6].map((n): SignIn => ({ t: `2025-12-04T09:0${n}:00Z`, user: `u${n}@contoso.com`, ip: '192.0.2.66', status: 'Failure', code: '50126', location: 'Amsterdam, Noord-Holland, NL', request: `s${n}` })),
  // Line 17: alice again, the next day, from another country (a new session, an IP and country change).
  { t: '2025-12-05T07:30:00Z', user: 'alice@contoso.com', ip: '203.0.113.99', status: 'Success', code: '0', location: 'Osaka, Osaka, JP', request: 'a10' },
];

export const ATTACK_STEPS: Step[] = [
  { t: '2025-12-04T08:00:00Z', request: 'a0', method: 'Password', succeeded: true, result: 'Correct password', requirement: 'Primary authentication' },
  { t: '2025-12-04T08:00:05Z', request: 'a0', method: 'Mobile app notification', succeeded: false, result: DECLINED, requirement: 'Multifactor authentication' },
  { t: '2025-12-04T08:09:00Z', request: 'a9', method: 'Mobile app notification', succeeded: true, result: 'MFA successfully completed', requirement: 'Multifactor authentication' },
];

export const SIGNINS_NAME = 'InteractiveSignIns_2025-12-04_2025-12-05.csv';
export const DETAILS_NAME = 'InteractiveSignIns_AuthDetails_2025-12-04_2025-12-05.csv';

export const attackSignins = () => signinCsv(ATTACK_SIGNINS);
export const attackSteps = () => authDetailsCsv(ATTACK_STEPS);
