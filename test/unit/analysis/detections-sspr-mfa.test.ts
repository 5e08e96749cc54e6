/**
 * SSPR abuse over audit logs and classic reports, fraud and blocked users over MFA Server reports, and export limits.
 * Audit tables are written by hand (record i on line i + 2 of the JSON array); the generated fixtures' lines are read
 * off their tables in test/fixtures/build/ (header on line 1, row i on line i + 2).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { detectThreats } from '../../../src/core/analysis/detections';
import type { Finding } from '../../../src/core/analysis/findings';
import { indexBytes } from '../../../src/core/model/build-index';
import { at, audit, AUTHN, FLOW, indexText, mfaServerCsv, SSPR, type AuditEvent } from './exports';

const GENERATED = join(__dirname, '..', '..', 'fixtures', 'generated');
const fixture = (name: string) => indexBytes(new Uint8Array(readFileSync(join(GENERATED, name))));
const lines = (f: Finding, role?: string) => f.evidence.filter((e) => !role || e.role === role).map((e) => e.line);
const only = (findings: Finding[], id: string) => findings.filter((f) => f.id === id);

const T = '2025-12-04T10:00:00Z';
const flow = (minute: number, actor: string, reason: string, ip: string, correlation: string, result: 'success' | 'failure' = 'success'): AuditEvent => ({
  t: at(T, minute), service: SSPR, activity: FLOW, result, reason, actor, ip, correlation,
});

describe('SSPR abuse over audit logs', () => {
  it('security info registered 10 minutes after a self-service reset: high, the reset and the change as evidence', () => {
    const attacker = '192.0.2.99';
    const findings = detectThreats(
      audit([
        /* line 2 */ flow(0, 'ivy@contoso.com', 'User submitted their user ID', attacker, 'c1'),
        /* line 3 */ flow(0.5, 'ivy@contoso.com', 'User started the mobile SMS verification', attacker, 'c1'),
        /* line 4 */ flow(1, 'ivy@contoso.com', 'User completed the mobile SMS verification', attacker, 'c1'),
        /* line 5 */ flow(2, 'ivy@contoso.com', 'User successfully reset password', attacker, 'c1'),
        /* line 6 */ { t: at(T, 2), service: SSPR, activity: 'Reset password (self-service)', result: 'success', reason: 'Successfully completed reset.', actor: 'ivy@contoso.com', ip: attacker, correlation: 'c1' },
        /* line 7 */ { t: at(T, 12), service: AUTHN, activity: 'User registered security info', result: 'success', reason: 'User registered Authenticator App with Notification', actor: 'ivy@contoso.com', ip: attacker },
      ]),
    );
    assert.deepEqual(findings.map((f) => [f.id, f.severity]), [['sspr-mfa-change-after-reset', 'high']]);
    const [f] = findings;
    assert.deepEqual(lines(f!, 'reset'), [6]);
    assert.deepEqual(lines(f!, 'change'), [7]);
    assert.match(f!.explanation.en, /10 minutes later/);
    assert.match(f!.explanation.en, /User registered Authenticator App with Notification/);
    assert.match(f!.kql, /let within = 60m;/);
    assert.match(f!.kql, /"User registered security info"/);
  });

  it('the same change two hours after the reset is not reported', () => {
    const findings = detectThreats(
      audit([
        { t: at(T, 0), service: SSPR, activity: 'Reset password (self-service)', result: 'success', reason: 'Successfully completed reset.', actor: 'ivy@contoso.com', ip: '203.0.113.7' },
        { t: at(T, 120), service: AUTHN, activity: 'User registered security info', result: 'success', reason: 'User registered Mobile Phone SMS', actor: 'ivy@contoso.com', ip: '203.0.113.7' },
      ]),
    );
    assert.deepEqual(findings, []);
  });

  it('three users reset from one IP address within two hours: medium, the three resets', () => {
    const ip = '192.0.2.150';
    const reset = (minute: number, actor: string): AuditEvent => ({
      t: at(T, minute), service: SSPR, activity: 'Reset password (self-service)', result: 'success', reason: 'Successfully completed reset.', actor, ip,
    });
    const findings = detectThreats(audit([/* line 2 */ reset(0, 'jack@contoso.com'), /* line 3 */ reset(45, 'kim@contoso.com'), /* line 4 */ reset(110, 'leo@contoso.com')]));
    assert.deepEqual(findings.map((f) => f.id), ['sspr-resets-one-ip']);
    assert.deepEqual(lines(findings[0]!), [2, 3, 4]);
    assert.deepEqual(findings[0]!.ips, [ip]);
    assert.match(findings[0]!.explanation.ja, /3 人の異なるユーザー/);
  });

  it('six verification gates started from one IP for four users: medium; five do not fire', () => {
    const ip = '192.0.2.200';
    const gates: AuditEvent[] = [
      /* line 2 */ flow(0, 'a@contoso.com', 'User started the mobile SMS verification', ip, 'g1'),
      /* line 3 */ flow(20, 'b@contoso.com', 'User started the mobile voice call verification option', ip, 'g2'),
      /* line 4 */ flow(40, 'c@contoso.com', 'User started the mobile SMS verification', ip, 'g3'),
      /* line 5 */ flow(60, 'd@contoso.com', 'User started the email verification option', ip, 'g4'),
      /* line 6 */ flow(80, 'a@contoso.com', 'User started the mobile app code verification', ip, 'g5'),
      /* line 7 */ flow(100, 'b@contoso.com', 'User started the mobile SMS verification', ip, 'g6'),
    ];
    const findings = detectThreats(audit(gates));
    assert.deepEqual(findings.map((f) => f.id), ['sspr-gate-attempts-one-ip']);
    assert.deepEqual(lines(findings[0]!), [2, 3, 4, 5, 6, 7]);
    assert.equal(findings[0]!.users.length, 4);
    assert.deepEqual(detectThreats(audit(gates.slice(0, 5))), []);
  });

  it('blocked from SSPR: one medium finding per user', () => {
    const findings = detectThreats(
      audit([
        /* line 2 */ { t: at(T, 0), service: SSPR, activity: 'Blocked from self-service password reset', result: 'success', reason: '', actor: 'nora@contoso.com', ip: '198.51.100.40' },
      ]),
    );
    assert.deepEqual(findings.map((f) => [f.id, f.severity, f.users[0]]), [['sspr-blocked', 'medium', 'nora@contoso.com']]);
    assert.deepEqual(lines(findings[0]!, 'block'), [2]);
  });

  it('noise: a normal roll-out — registrations for everyone, a few resets from home — fires nothing', () => {
    const rows: AuditEvent[] = [];
    for (let u = 0; u < 12; u++) {
      const actor = `staff${u}@contoso.com`;
      const ip = `203.0.113.${u + 10}`;
      const day = u * 30;
      rows.push({ t: at(T, day), service: AUTHN, activity: 'User started security info registration', result: 'success', reason: 'User started the registration for Authenticator App with Notification', actor, ip });
      rows.push({ t: at(T, day + 1), service: AUTHN, activity: 'User registered security info', result: 'success', reason: 'User registered Authenticator App with Notification', actor, ip });
      rows.push({ t: at(T, day + 2), service: AUTHN, activity: 'User registered all required security info', result: 'success', reason: 'User registered all required security info.', actor, ip });
      rows.push({ t: at(T, day + 3), service: SSPR, activity: 'User registered for self-service password reset', result: 'success', reason: '', actor, ip });
    }
    // Days later, three of them forget their password and reset it from their own address.
    for (const u of [1, 5, 9]) {
      const actor = `staff${u}@contoso.com`;
      const ip = `198.51.100.${u}`;
      const start = 3 * 1440 + u * 60;
      rows.push(flow(start, actor, 'User started the mobile app notification verification option', ip, `r${u}`));
      rows.push(flow(start + 1, actor, 'User completed the mobile app notification verification option', ip, `r${u}`));
      rows.push({ t: at(T, start + 2), service: SSPR, activity: 'Reset password (self-service)', result: 'success', reason: 'Successfully completed reset.', actor, ip, correlation: `r${u}` });
    }
    assert.deepEqual(detectThreats(audit(rows)), []);
  });

  it('classic reset report: the two Blocked rows are SSPR blocks (sspr-reset-activity-en.csv rows 2 and 8)', () => {
    const findings = detectThreats(fixture('sspr-reset-activity-en.csv'));
    assert.deepEqual(
      findings.map((f) => [f.id, f.users[0], lines(f)]),
      [
        ['sspr-blocked', 'carol.lee@contoso.com', [4]],
        ['sspr-blocked', 'heidi.moore@contoso.com', [10]],
      ],
    );
  });
});

describe('MFA Server reports', () => {
  it('mfa-server-activity.csv: fraud for carol (line 4) and mallory (line 15); blocked carol (line 5) and ivan (throttled, line 13)', () => {
    const findings = detectThreats(fixture('mfa-server-activity.csv'));
    assert.deepEqual(
      findings.map((f) => [f.id, f.severity, f.users[0], lines(f)]),
      [
        ['fraud-report', 'high', 'carol.lee@contoso.com', [4]],
        ['fraud-report', 'high', 'mallory.thomas@contoso.com', [15]],
        ['mfa-blocked-user', 'medium', 'carol.lee@contoso.com', [5]],
        ['mfa-blocked-user', 'medium', 'ivan.taylor@contoso.com', [13]],
      ],
    );
    // The fraud code entered on a call names the number it blocked.
    assert.match(findings[1]!.explanation.en, /\+1 206XXXXX05/);
  });

  it('seven FAILED_PHONE_APP_DENIED in six minutes, then SUCCESS_PHONE_APP_AUTHENTICATED: MFA fatigue, high', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6].map((m) => ({ t: `5/14/2018 9:0${m}:00 AM`, user: 'zoe@contoso.com', result: 'FAILED_PHONE_APP_DENIED' }));
    const findings = detectThreats(indexText(mfaServerCsv([...rows, { t: '5/14/2018 9:08:00 AM', user: 'zoe@contoso.com', result: 'SUCCESS_PHONE_APP_AUTHENTICATED' }])));
    assert.deepEqual(findings.map((f) => [f.id, f.severity]), [['mfa-fatigue', 'high']]);
    assert.deepEqual(lines(findings[0]!, 'attempt'), [2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(lines(findings[0]!, 'success'), [9]);
  });
});

describe('export limits', function () {
  this.timeout(30_000);

  /** A classic reset report with `n` rows, newest first (a minute apart), header on line 1. */
  const classic = (n: number) => {
    const out = ['"User","Role","Date and Time","Method(s) Used","Result","Details"'];
    const start = Date.parse('2017-03-30T00:00:00Z');
    for (let i = 0; i < n; i++) {
      const d = new Date(start - i * 30_000);
      const when = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`;
      out.push(`"user${i % 5000}@contoso.com","User","${when}","Mobile Phone","Succeeded","User successfully reset password"`);
    }
    return indexText(out.join('\r\n') + '\r\n');
  };

  it('a classic report of exactly 75,000 rows is reported as cut off, with the last row (line 75001) as evidence', () => {
    const findings = only(detectThreats(classic(75_000)), 'export-limit');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f!.severity, 'medium');
    assert.deepEqual(f!.evidence.map((e) => [e.row, e.line, e.role]), [[74_999, 75_001, 'last-row']]);
    assert.equal(f!.thresholds['rows'], 75_000);
    assert.match(f!.explanation.en, /exactly 75,000 rows/);
    assert.match(f!.explanation.en, /classic password reset reports/);
    assert.match(f!.explanation.en, /newest first/);
    assert.match(f!.explanation.ja, /75,000 行/);
    assert.match(f!.rule, /seed 002/);
    assert.match(f!.kql, /AuditLogs/);
  });

  it('74,999 rows are not reported', () => {
    assert.deepEqual(only(detectThreats(classic(74_999)), 'export-limit'), []);
  });

  it('a portal sign-in download of exactly 5,000 rows meets the pre-2019 portal cap; an MFA Server report of 5,000 has no known cap', () => {
    const head = '"Date (UTC)","Request ID","Username","IP address","Status","Sign-in error code"';
    const rows = Array.from({ length: 5000 }, (_, i) => `"${new Date(Date.parse('2025-12-04T00:00:00Z') + i * 1000).toISOString()}","r${i}","u${i % 50}@contoso.com","203.0.113.${i % 200}","Success","0"`);
    const [f] = only(detectThreats(indexText([head, ...rows].join('\r\n') + '\r\n')), 'export-limit');
    assert.match(f!.explanation.en, /5,000/);
    assert.match(f!.explanation.en, /oldest first/);
    assert.deepEqual(lines(f!), [5001]);
    assert.match(f!.kql, /^SigninLogs$/m);
    const mfa = mfaServerCsv(Array.from({ length: 5000 }, (_, i) => ({ t: '5/14/2018 9:00:00 AM', user: `u${i}@contoso.com`, result: 'SUCCESS_PHONE_APP_AUTHENTICATED' })));
    assert.deepEqual(only(detectThreats(indexText(mfa)), 'export-limit'), []);
  });
});
