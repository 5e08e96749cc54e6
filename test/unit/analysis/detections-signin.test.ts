/**
 * Detections over sign-in exports built with known attacks and known noise. Each table below is written by hand; the
 * builder puts row i on line i + 2 (header on line 1), so the expected evidence lines are read off the table.
 */
import assert from 'node:assert/strict';

import { detectThreats } from '../../../src/core/analysis/detections';
import { resolveSettings } from '../../../src/core/analysis/detections/settings';
import type { Finding } from '../../../src/core/analysis/findings';
import { at, signins, type SignIn } from './exports';

const DECLINED = 'MFA denied; user declined the authentication';
const NO_RESPONSE = 'MFA denied; user did not respond to mobile app notification';
const DONE = 'MFA successfully completed';
const PUSH = 'Mobile app notification';
const T0 = '2025-12-04T08:00:00Z';

const lines = (f: Finding, role?: string) => f.evidence.filter((e) => !role || e.role === role).map((e) => e.line);
const only = (findings: Finding[], id: string) => findings.filter((f) => f.id === id);

/** An MFA prompt the attacker triggered and alice refused (500121 with the refusal in the MFA result column). */
const refused = (minute: number, mfa = DECLINED, user = 'alice@contoso.com'): SignIn => ({
  t: at(T0, minute), user, ip: '198.51.100.7', status: 'Failure', code: '500121', mfa, method: PUSH, app: 'Azure Portal',
});

describe('detections over sign-ins', () => {
  describe('MFA fatigue', () => {
    it('8 refused prompts in 7 minutes, then a success: high, the prompts and the success as evidence', () => {
      const index = signins([
        /* line 2 */ refused(0),
        /* line 3 */ refused(1, NO_RESPONSE),
        /* line 4 */ refused(2),
        /* line 5 */ refused(3),
        /* line 6 */ refused(4, NO_RESPONSE),
        /* line 7 */ refused(5),
        /* line 8 */ refused(6),
        /* line 9 */ refused(7),
        /* line 10: the user gives in */ { t: at(T0, 9), user: 'alice@contoso.com', ip: '198.51.100.7', status: 'Success', code: '0', mfa: DONE, method: PUSH, app: 'Azure Portal' },
      ]);
      const findings = detectThreats(index);
      assert.deepEqual(findings.map((f) => f.id), ['mfa-fatigue'], 'nothing else fires');
      const [f] = findings;
      assert.equal(f!.severity, 'high');
      assert.deepEqual(f!.users, ['alice@contoso.com']);
      assert.deepEqual(f!.ips, ['198.51.100.7']);
      assert.deepEqual(lines(f!, 'attempt'), [2, 3, 4, 5, 6, 7, 8, 9]);
      assert.deepEqual(lines(f!, 'success'), [10]);
      assert.deepEqual(f!.evidence.map((e) => e.row), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
      assert.equal(f!.evidenceTotal, 9);
      assert.match(f!.explanation.en, /8 push or phone MFA prompts/);
      assert.match(f!.explanation.en, /line 10/);
      assert.match(f!.explanation.ja, /8 回/);
      assert.match(f!.nextStep.ja, /セッションを取り消し/);
      assert.equal(f!.thresholds['mfaFatigue.minRefusedPrompts'], 7);
      assert.match(f!.kql, /let minRefused = 7;/);
      assert.match(f!.kql, /where UserPrincipalName in~ \("alice@contoso.com"\)/);
    });

    it('7 refused prompts and no success: medium', () => {
      const findings = detectThreats(signins([0, 1, 2, 4, 5, 7, 9].map((m) => refused(m))));
      const [f] = only(findings, 'mfa-fatigue');
      assert.equal(f!.severity, 'medium');
      assert.deepEqual(lines(f!), [2, 3, 4, 5, 6, 7, 8]);
    });

    it('does not fire on 6 refused prompts, nor on 8 spread over two hours', () => {
      assert.deepEqual(only(detectThreats(signins([0, 1, 2, 3, 4, 5].map((m) => refused(m)))), 'mfa-fatigue'), []);
      assert.deepEqual(only(detectThreats(signins([0, 15, 30, 45, 60, 75, 90, 105].map((m) => refused(m)))), 'mfa-fatigue'), []);
    });

    it('a threshold is a setting: 5 prompts fire with mfaFatigue.minRefusedPrompts = 5', () => {
      const { settings } = resolveSettings({ 'mfaFatigue.minRefusedPrompts': 5 });
      const [f] = only(detectThreats(signins([0, 1, 2, 3, 4].map((m) => refused(m))), settings), 'mfa-fatigue');
      assert.deepEqual(lines(f!), [2, 3, 4, 5, 6]);
      assert.match(f!.kql, /let minRefused = 5;/);
    });
  });

  describe('noise: interrupts and benign MFA prompts', () => {
    it('hundreds of 50074 / 50140 / 50058 interrupts, approved prompts and one accidental denial fire nothing', () => {
      const rows: SignIn[] = [];
      for (let u = 0; u < 40; u++) {
        const user = `user${u}@contoso.com`;
        const ip = `203.0.113.${u + 1}`;
        for (let k = 0; k < 5; k++) {
          const m = u * 3 + k * 60;
          // MFA asked, then completed, then "stay signed in?", then silent SSO without a session: all normal.
          rows.push({ t: at(T0, m), user, ip, status: 'Interrupted', code: '50074' });
          rows.push({ t: at(T0, m + 1), user, ip, status: 'Success', code: '0', mfa: DONE, method: PUSH });
          rows.push({ t: at(T0, m + 1), user, ip, status: 'Interrupted', code: '50140' });
          rows.push({ t: at(T0, m + 2), user, ip, status: 'Failure', code: '50058', client: 'Mobile Apps and Desktop clients' });
        }
      }
      rows.push({ t: at(T0, 500), user: 'user3@contoso.com', ip: '203.0.113.4', status: 'Failure', code: '500121', mfa: DECLINED, method: PUSH });
      assert.deepEqual(detectThreats(signins(rows)), []);
    });
  });

  describe('password spray', () => {
    const SPRAYER = '192.0.2.66';
    /** u1..u6 fail from the sprayer two minutes apart (lines 2–7); each also signs in normally from the office. */
    const spray = (): SignIn[] => [
      ...[1, 2, 3, 4, 5, 6].map((n): SignIn => ({ t: at('2025-12-04T09:00:00Z', (n - 1) * 2), user: `u${n}@contoso.com`, ip: SPRAYER, status: 'Failure', code: '50126', location: 'Amsterdam, Noord-Holland, NL' })),
      ...[1, 2, 3, 4, 5, 6].map((n): SignIn => ({ t: at('2025-12-04T07:00:00Z', n), user: `u${n}@contoso.com`, ip: '203.0.113.200', status: 'Success', code: '0' })),
    ];

    it('one IP failing for 6 users within 10 minutes: medium, the 6 failures as evidence', () => {
      const findings = detectThreats(signins(spray()));
      assert.deepEqual(findings.map((f) => f.id), ['password-spray']);
      const [f] = findings;
      assert.equal(f!.severity, 'medium');
      assert.deepEqual(f!.ips, [SPRAYER]);
      assert.equal(f!.users.length, 6);
      assert.deepEqual(lines(f!), [2, 3, 4, 5, 6, 7]);
      assert.match(f!.explanation.en, /6 different users/);
      assert.match(f!.kql, /let minUsers = 5;/);
      assert.match(f!.kql, /"50126"/);
    });

    it('escalates to high when a targeted user then gets a password-accepted code from the same IP', () => {
      // Line 14: u4 gets 50074 (MFA required — so the password was right) from the sprayer half an hour later.
      const rows = [...spray(), { t: '2025-12-04T09:40:00Z', user: 'u4@contoso.com', ip: SPRAYER, status: 'Interrupted', code: '50074' } as SignIn];
      const [f] = only(detectThreats(signins(rows)), 'password-spray');
      assert.equal(f!.severity, 'high');
      assert.deepEqual(lines(f!, 'accepted'), [14]);
      assert.deepEqual(lines(f!, 'attempt'), [2, 3, 4, 5, 6, 7]);
      assert.match(f!.explanation.en, /u4@contoso\.com/);
      assert.match(f!.title.ja, /有効なパスワード/);
    });

    it('does not fire for 4 users, nor for a shared office address where more users succeed than fail', () => {
      assert.deepEqual(only(detectThreats(signins(spray().filter((r) => !/u[56]@/.test(r.user) || r.ip !== SPRAYER))), 'password-spray'), []);
      const office = '203.0.113.1';
      const rows: SignIn[] = [
        ...[1, 2, 3, 4, 5].map((n): SignIn => ({ t: at(T0, n), user: `typo${n}@contoso.com`, ip: office, status: 'Failure', code: '50126' })),
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): SignIn => ({ t: at(T0, 30 + n), user: `staff${n}@contoso.com`, ip: office, status: 'Success', code: '0' })),
      ];
      assert.deepEqual(detectThreats(signins(rows)), []);
    });
  });

  describe('brute force and distributed attempts', () => {
    const guesses = (n: number): SignIn[] =>
      Array.from({ length: n }, (_, k) => ({ t: at('2025-12-04T10:00:00Z', k * 2), user: 'bob@contoso.com', ip: '203.0.113.50', status: 'Failure' as const, code: k === n - 1 ? '50053' : '50126' }));

    it('10 password failures for one user in 18 minutes: medium; a success within the window makes it high', () => {
      const [f] = only(detectThreats(signins(guesses(10))), 'brute-force');
      assert.equal(f!.severity, 'medium');
      assert.deepEqual(lines(f!), [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const withSuccess = [...guesses(10), { t: '2025-12-04T10:20:00Z', user: 'bob@contoso.com', ip: '203.0.113.50', status: 'Success', code: '0' } as SignIn];
      const [g] = only(detectThreats(signins(withSuccess)), 'brute-force');
      assert.equal(g!.severity, 'high');
      assert.deepEqual(lines(g!, 'accepted'), [12]);
      assert.deepEqual(only(detectThreats(signins(guesses(9))), 'brute-force'), []);
    });

    const PLACES = ['Paris, Ile-de-France, FR', 'Lagos, Lagos, NG', 'Sao Paulo, Sao Paulo, BR'];
    const cracking = (n: number, places: readonly string[]): SignIn[] =>
      Array.from({ length: n }, (_, k) => ({
        t: at('2025-12-05T00:00:00Z', k * 12), user: 'carol@contoso.com', ip: `198.51.100.${(k % places.length) + 10}`, status: 'Failure' as const,
        code: '50126', location: places[k % places.length]!,
      }));

    it('31 failures for one user from 3 locations in 6 hours: distributed attempts, nothing else', () => {
      const findings = detectThreats(signins(cracking(31, PLACES)));
      assert.deepEqual(findings.map((f) => f.id), ['distributed-attempts']);
      assert.deepEqual(lines(findings[0]!), Array.from({ length: 31 }, (_, k) => k + 2));
      assert.match(findings[0]!.explanation.en, /3 locations/);
      assert.match(findings[0]!.kql, /let minLocations = 3;/);
    });

    it('does not fire for 30 failures, nor for 31 from 2 locations', () => {
      assert.deepEqual(detectThreats(signins(cracking(30, PLACES))), []);
      assert.deepEqual(detectThreats(signins(cracking(31, PLACES.slice(0, 2)))), []);
    });
  });

  describe('fraud reports and legacy authentication', () => {
    it('"MFA denied; Phone App Reported Fraud" is a high fraud finding on its line', () => {
      const findings = detectThreats(
        signins([
          /* line 2 */ { t: T0, user: 'dave@contoso.com', ip: '198.51.100.80', status: 'Failure', code: '500121', mfa: 'MFA denied; Phone App Reported Fraud', method: PUSH },
          /* line 3 */ { t: at(T0, 5), user: 'dave@contoso.com', ip: '203.0.113.80', status: 'Success', code: '0', mfa: DONE, method: PUSH },
        ]),
      );
      assert.deepEqual(findings.map((f) => [f.id, f.severity]), [['fraud-report', 'high']]);
      assert.deepEqual(lines(findings[0]!, 'report'), [2]);
      assert.match(findings[0]!.explanation.ja, /不正を 1 回報告/);
    });

    it('legacy protocols: an IMAP success is high; BAV2ROPC and ROPC failures are medium', () => {
      const findings = detectThreats(
        signins([
          /* line 2 */ { t: T0, user: 'erin@contoso.com', ip: '192.0.2.20', status: 'Success', code: '0', client: 'IMAP4' },
          /* line 3 */ { t: at(T0, 1), user: 'frank@contoso.com', ip: '192.0.2.21', status: 'Failure', code: '50126', client: 'Other clients', ua: 'BAV2ROPC' },
          /* line 4 */ { t: at(T0, 2), user: 'grace@contoso.com', ip: '192.0.2.22', status: 'Failure', code: '50126', client: 'Mobile Apps and Desktop clients', protocol: 'ropc' },
          /* line 5 */ { t: at(T0, 3), user: 'heidi@contoso.com', ip: '192.0.2.23', status: 'Success', code: '0', client: 'Browser' },
        ]),
      );
      const legacy = only(findings, 'legacy-auth');
      assert.deepEqual(legacy.map((f) => f.severity), ['high', 'medium']);
      assert.deepEqual(lines(legacy[0]!), [2]);
      assert.deepEqual(legacy[0]!.users, ['erin@contoso.com']);
      assert.deepEqual(lines(legacy[1]!), [3, 4]);
      assert.match(legacy[1]!.kql, /AuthenticationProtocol =~ "ropc"/);
    });
  });
});
