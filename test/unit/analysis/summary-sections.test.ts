/**
 * The summary's sections — SSPR funnel, MFA Server call results, breakdowns, failure reasons' apps and IPs, the
 * AuthDetails join — and the timeline's sessions and change marks, over generated fixtures (expectations read off their
 * tables in test/fixtures/build/, header on line 1, row i on line i + 2) and small exports written here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { joinAuthDetails, pairAuthDetails } from '../../../src/core/analysis/join-auth-details';
import { summarize } from '../../../src/core/analysis/summary';
import { buildTimeline } from '../../../src/core/analysis/timeline';
import { indexBytes } from '../../../src/core/model/build-index';
import { at, audit, authDetailsCsv, AUTHN, FLOW, indexText, signinCsv, signins, SSPR, type AuditEvent } from './exports';

const GENERATED = join(__dirname, '..', '..', 'fixtures', 'generated');
const fixture = (name: string) => indexBytes(new Uint8Array(readFileSync(join(GENERATED, name))));
const T = '2025-12-04T10:00:00Z';

describe('summary sections', () => {
  describe('SSPR funnel', () => {
    it('audit log: five attempts grouped by correlation ID end as success, failure, cancel, abandon and block', () => {
      const step = (minute: number, actor: string, reason: string, correlation: string, result: 'success' | 'failure' = 'success'): AuditEvent => ({
        t: at(T, minute), service: SSPR, activity: FLOW, result, reason, actor, ip: '203.0.113.5', correlation,
      });
      const rows: AuditEvent[] = [
        // alice: the whole flow, two gates passed, reset done (both the flow row and the activity row).
        step(0, 'alice@contoso.com', 'User submitted their user ID', 'c-a'),
        step(1, 'alice@contoso.com', 'User started the mobile SMS verification', 'c-a'),
        step(2, 'alice@contoso.com', 'User completed the mobile SMS verification', 'c-a'),
        step(3, 'alice@contoso.com', 'User started the mobile app notification verification option', 'c-a'),
        step(4, 'alice@contoso.com', 'User completed the mobile app notification verification option', 'c-a'),
        step(5, 'alice@contoso.com', 'User completed all verification steps required', 'c-a'),
        step(6, 'alice@contoso.com', 'User submitted a new password', 'c-a'),
        step(7, 'alice@contoso.com', 'User successfully reset password', 'c-a'),
        { t: at(T, 7), service: SSPR, activity: 'Reset password (self-service)', result: 'success', reason: 'Successfully completed reset.', actor: 'alice@contoso.com', ip: '203.0.113.5', correlation: 'c-a' },
        // bob: not enough methods registered → failed.
        step(10, 'bob@contoso.com', 'User submitted their user ID', 'c-b'),
        step(11, 'bob@contoso.com', "User's account has insufficient authentication methods defined. Add authentication info to resolve this", 'c-b', 'failure'),
        // judy: cancelled.
        step(20, 'judy@contoso.com', 'User submitted their user ID', 'c-j'),
        step(21, 'judy@contoso.com', 'User cancelled before passing the required authentication methods', 'c-j', 'failure'),
        // ivan: started a gate and never came back → abandoned.
        step(30, 'ivan@contoso.com', 'User submitted their user ID', 'c-i'),
        step(31, 'ivan@contoso.com', 'User started the mobile SMS verification', 'c-i'),
        // frank: blocked for 24 hours.
        { t: at(T, 40), service: SSPR, activity: 'Blocked from self-service password reset', result: 'success', reason: '', actor: 'frank@contoso.com', ip: '203.0.113.6', correlation: 'c-f' },
        // carol: a password change (not a reset) rejected by the banned-password list: a failure detail, not an attempt.
        { t: at(T, 50), service: SSPR, activity: 'Change password (self-service)', result: 'failure', reason: 'FuzzyPolicyViolationInvalidPassword', actor: 'carol@contoso.com', ip: '203.0.113.7' },
        // Registrations: one security-info, one SSPR.
        { t: at(T, 60), service: AUTHN, activity: 'User registered security info', result: 'success', reason: 'User registered Mobile Phone SMS', actor: 'grace@contoso.com', ip: '203.0.113.8' },
        { t: at(T, 61), service: SSPR, activity: 'User registered for self-service password reset', result: 'success', reason: '', actor: 'harry@contoso.com', ip: '203.0.113.9' },
      ];
      const f = summarize(audit(rows)).ssprFunnel!;
      assert.equal(f.basis, 'attempts');
      assert.deepEqual(
        [f.started, f.stepsPassed, f.succeeded, f.failed, f.cancelled, f.abandoned, f.blocked, f.contactedAdmin],
        [5, 2, 1, 1, 1, 1, 1, 0],
      );
      assert.deepEqual([f.registrations, f.securityInfoRegistrations, f.ssprRegistrations], [2, 1, 1]);
      assert.equal(f.distinctUsers, 8);
      assert.deepEqual(
        f.topFailureDetails.map((d) => [d.code, d.outcome, d.count]).sort(),
        [
          ['Blocked from self-service password reset', 'blocked', 1],
          ['FuzzyPolicyViolationInvalidPassword', 'failure', 1],
          ['User cancelled before passing the required authentication methods', 'failure', 1],
          ["User's account has insufficient authentication methods defined. Add authentication info to resolve this", 'failure', 1],
        ],
      );
    });

    it('classic reports: one row per attempt, counted by Result (English and Japanese)', () => {
      // sspr-reset-activity-en.csv: Succeeded rows 0, 7; Abandoned 1, 9; Blocked 2, 8; Cancelled 3; Contacted Admin 4;
      // Failed 5, 6.
      const en = summarize(fixture('sspr-reset-activity-en.csv')).ssprFunnel!;
      assert.equal(en.basis, 'rows');
      assert.equal(en.stepsPassed, undefined);
      assert.deepEqual([en.started, en.succeeded, en.abandoned, en.blocked, en.cancelled, en.contactedAdmin, en.failed], [10, 2, 2, 2, 1, 1, 2]);
      assert.equal(en.topFailureDetails.length, 8);
      // sspr-reset-activity-ja.csv: 成功 0, 7; 中止 1; ブロック 2, 8; キャンセル 3; 管理者への連絡 4; 失敗 5, 6.
      const ja = summarize(fixture('sspr-reset-activity-ja.csv')).ssprFunnel!;
      assert.deepEqual([ja.started, ja.succeeded, ja.abandoned, ja.blocked, ja.cancelled, ja.contactedAdmin, ja.failed], [9, 2, 1, 2, 1, 1, 2]);
    });
  });

  describe('MFA Server call results', () => {
    it('groups mfa-server-activity.csv by meaning and names fraud reporters and blocked users', () => {
      // Rows by meaning (seed 000): success 0, 6, 9, 12; failure 1, 2, 4, 7, 10, 14; blocked 3, 11, 13; pending 5, 8.
      const m = summarize(fixture('mfa-server-activity.csv')).mfaServer!;
      assert.deepEqual(m.byOutcome.map((g) => [g.outcome, g.count]), [['failure', 6], ['success', 4], ['blocked', 3], ['pending', 2]]);
      assert.deepEqual(m.byOutcome[2]!.results.map((r) => r.code), ['FAILED_AUTHENTICATION_THROTTLED', 'FAILED_FRAUD_CODE_ENTERED', 'SUCCESS_USER_BLOCKED']);
      assert.deepEqual(m.fraudReports.map((u) => [u.user, u.lines, u.phones]), [
        ['carol.lee@contoso.com', [4], []],
        ['mallory.thomas@contoso.com', [15], ['+1 206XXXXX05']],
      ]);
      assert.deepEqual(m.blockedUsers.map((u) => [u.user, u.lines, u.phones]), [
        ['carol.lee@contoso.com', [5], ['+1 425XXXXX01']],
        ['ivan.taylor@contoso.com', [13], []],
        ['mallory.thomas@contoso.com', [15], ['+1 206XXXXX05']],
      ]);
    });
  });

  describe('breakdowns and failure reasons (signin-portal-57.csv)', () => {
    const s = summarize(fixture('signin-portal-57.csv'));

    it('gives each MFA method its success rate, interrupts left out', () => {
      // "Mobile app notification": row 3 (50140, interrupt), row 4 (500121, failure), row 14 (0, success) → 1 of 2.
      const [push] = s.breakdowns.methods!.top;
      assert.deepEqual([push!.value, push!.count, push!.success, push!.failures, push!.interrupts, push!.successRate, push!.distinctUsers], ['Mobile app notification', 3, 1, 1, 1, 0.5, 2]);
    });

    it('counts apps and client apps; interrupts-only values have no success rate', () => {
      // Microsoft Office: rows 0, 1, 6, 8, 10, 11, 12, 13 → successes 0, 11, 12; failures/blocks 1, 6, 8, 10, 13.
      const office = s.breakdowns.apps!.top.find((e) => e.value === 'Microsoft Office')!;
      assert.deepEqual([office.count, office.success, office.failures, office.successRate], [8, 3, 5, 3 / 8]);
      const desktop = s.breakdowns.clientApps!.top.find((e) => e.value === 'Mobile Apps and Desktop clients')!;
      assert.deepEqual([desktop.count, desktop.interrupts, desktop.successRate, desktop.legacy], [3, 3, undefined, false]);
      assert.equal(s.breakdowns.hours![8]!.count, 15);
    });

    it('names the app and IP each failure reason comes from', () => {
      // 50126: rows 1 and 13, bob from 198.51.100.23 on Microsoft Office.
      const wrong = s.failureReasons.find((r) => r.code === '50126')!;
      assert.deepEqual(wrong.topApps, [{ value: 'Microsoft Office', count: 2 }]);
      assert.deepEqual(wrong.topIps, [{ value: '198.51.100.23', count: 2 }]);
    });
  });

  describe('AuthDetails join', () => {
    const PUSH = 'Mobile app notification';
    const signinText = signinCsv([
      /* line 2 */ { t: '2025-12-04T08:00:00Z', user: 'alice@contoso.com', ip: '203.0.113.10', status: 'Success', code: '0', request: 'req-A' },
      /* line 3 */ { t: '2025-12-04T08:05:00Z', user: 'bob@contoso.com', ip: '198.51.100.23', status: 'Failure', code: '50126', request: 'req-B' },
      /* line 4 */ { t: '2025-12-04T08:10:00Z', user: 'carol@contoso.com', ip: '198.51.100.80', status: 'Failure', code: '500121', request: 'req-C' },
      /* line 5 */ { t: '2025-12-04T08:15:00Z', user: 'dave@contoso.com', ip: '203.0.113.77', status: 'Success', code: '0', request: 'req-D' },
    ]);
    const detailsText = authDetailsCsv([
      /* line 2 */ { t: '2025-12-04T07:59:50Z', request: 'req-A', method: 'Password', succeeded: true, result: 'Correct password', requirement: 'Primary authentication' },
      /* line 3 */ { t: '2025-12-04T08:00:00Z', request: 'req-A', method: PUSH, detail: 'Microsoft Authenticator', succeeded: true, result: 'MFA successfully completed', requirement: 'Multifactor authentication' },
      /* line 4 */ { t: '2025-12-04T08:05:00Z', request: 'req-B', method: 'Password', succeeded: false, result: 'Invalid username or password or Invalid on-premise username or password.', requirement: 'Primary authentication' },
      /* line 5 */ { t: '2025-12-04T08:09:50Z', request: 'req-C', method: 'Password', succeeded: true, result: 'Correct password', requirement: 'Primary authentication' },
      /* line 6 */ { t: '2025-12-04T08:10:00Z', request: 'req-C', method: PUSH, detail: 'Microsoft Authenticator', succeeded: false, result: 'MFA denied; user declined the authentication', requirement: 'Multifactor authentication' },
      /* line 7: a sign-in of another download */ { t: '2025-12-03T08:00:00Z', request: 'req-Z', method: 'Password', succeeded: true, result: 'Correct password', requirement: 'Primary authentication' },
    ]);

    it('pairs the AuthDetails file with the sign-ins sharing its request IDs, and counts the steps', () => {
      const a = indexText(signinText);
      const d = indexText(detailsText);
      const other = signins([{ t: '2025-12-04T09:00:00Z', user: 'x@contoso.com', ip: '203.0.113.1', status: 'Success', code: '0', request: 'req-Q' }]);
      assert.deepEqual(pairAuthDetails([other, d, a]), [{ signins: 2, details: 1 }]);
      const s = summarize(a, { join: joinAuthDetails(a, d) }).authDetails!;
      assert.deepEqual([s.steps, s.matchedSteps, s.unmatchedSteps, s.signInsWithSteps, s.signInsWithoutSteps], [6, 5, 1, 3, 1]);
      // Password: 4 steps, 3 succeeded (lines 2, 5, 7) and 1 failed (line 4); push: 1 of 2.
      assert.deepEqual(s.methods!.top.map((e) => [e.value, e.count, e.successRate]), [['Password', 4, 0.75], [PUSH, 2, 0.5]]);
    });

    it('gives each sign-in of a timeline its steps', () => {
      const a = indexText(signinText);
      const d = indexText(detailsText);
      const t = buildTimeline([a, d], 'carol@contoso.com', { joins: [joinAuthDetails(a, d)] });
      assert.equal(t.events, 1);
      const [event] = t.sessions[0]!.events;
      assert.equal(event!.line, 4);
      assert.deepEqual(event!.steps!.map((s) => [s.line, s.method, s.result, s.outcome]), [
        [5, 'Password', 'Correct password', 'success'],
        [6, PUSH, 'MFA denied; user declined the authentication', 'failure'],
      ]);
      assert.equal(event!.steps![1]!.methodDetail, 'Microsoft Authenticator');
    });
  });

  describe('timeline sessions', () => {
    it('splits on 30-minute gaps unless the session ID is shared, and marks IP and country changes', () => {
      const user = 'alice@contoso.com';
      const index = signins([
        /* line 2 */ { t: '2025-12-04T08:00:00Z', user, ip: '203.0.113.10', status: 'Success', code: '0' },
        /* line 3 */ { t: '2025-12-04T08:10:00Z', user, ip: '203.0.113.10', status: 'Interrupted', code: '50140' },
        /* line 4 */ { t: '2025-12-04T09:30:00Z', user, ip: '198.51.100.99', status: 'Failure', code: '50126', location: 'Osaka, Osaka, JP' },
        /* line 5 */ { t: '2025-12-04T10:30:00Z', user, ip: '198.51.100.99', status: 'Success', code: '0', location: 'Osaka, Osaka, JP', session: 'S1' },
        /* line 6 */ { t: '2025-12-04T11:20:00Z', user, ip: '198.51.100.99', status: 'Success', code: '0', location: 'Osaka, Osaka, JP', session: 'S1' },
        /* line 7 */ { t: '2025-12-04T08:05:00Z', user: 'bob@contoso.com', ip: '203.0.113.11', status: 'Success', code: '0' },
      ]);
      const t = buildTimeline([index], 'Alice@Contoso.com');
      assert.equal(t.events, 5);
      assert.equal(t.failures, 1);
      assert.deepEqual(t.sessions.map((s) => s.events.map((e) => e.line)), [[2, 3], [4], [5, 6]]);
      assert.deepEqual(t.sessions.map((s) => s.gapBefore), [undefined, 80 * 60_000, 60 * 60_000]);
      const changed = t.sessions[1]!.events[0]!;
      assert.equal(changed.ipChangedFrom, '203.0.113.10');
      assert.equal(changed.countryChangedFrom, 'US');
      assert.equal(t.sessions[2]!.events[0]!.ipChangedFrom, undefined);
      assert.deepEqual(t.sessions.map((s) => [s.successes, s.failures, s.interrupts]), [[1, 0, 1], [0, 1, 0], [2, 0, 0]]);
    });
  });
});
