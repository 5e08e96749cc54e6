/**
 * Summary, timeline and user ranking over the three real public exports in test/fixtures/samples (provenance in
 * SOURCES.md). Every expected number was counted from the raw files with a throw-away Python script (csv.DictReader /
 * json.load, nothing from this product); the comments say what was counted.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { summarize } from '../../../src/core/analysis/summary';
import { buildTimeline } from '../../../src/core/analysis/timeline';
import { rankUsersByFailures } from '../../../src/core/analysis/user-ranking';
import { indexBytes } from '../../../src/core/model/build-index';
import type { ReportIndex } from '../../../src/core/model/report-index';

const SAMPLES = join(__dirname, '..', '..', 'fixtures', 'samples');
const load = (file: string): ReportIndex => indexBytes(new Uint8Array(readFileSync(join(SAMPLES, file))));

describe('analysis of the real samples', () => {
  describe('202504290949-MFA-UserRegistrationDetails.csv', () => {
    const index = load('202504290949-MFA-UserRegistrationDetails.csv');
    const s = summarize(index);

    it('counts users with and without MFA and SSPR, and admins without MFA', () => {
      // 205 rows, 205 distinct userPrincipalName. isMfaRegistered "True" 123 / "False" 82; isSsprRegistered "True" 7;
      // both "False" on 82 rows; isAdmin "True" on 7 rows, every one of them with isMfaRegistered "True".
      const r = s.registration!;
      assert.equal(r.users, 205);
      assert.equal(r.mfaRegistered, 123);
      assert.equal(r.withoutMfa, 82);
      assert.equal(r.ssprRegistered, 7);
      assert.equal(r.withoutSspr, 198);
      assert.equal(r.withoutEither, 82);
      assert.equal(r.admins, 7);
      assert.deepEqual(r.adminsWithoutMfa, []);
      // First rows with isMfaRegistered "False", in file order.
      assert.deepEqual(r.usersWithoutMfa!.slice(0, 3), ['15857082@bonacu.onmicrosoft.com', '15892936@bonacu.onmicrosoft.com', '15915816@bonacu.onmicrosoft.com']);
    });

    it('counts the users of each registered method', () => {
      // methodsRegistered split on ", ": softwareOneTimePasscode on 119 users, microsoftAuthenticatorPush 97, mobilePhone 6.
      assert.deepEqual(
        s.registration!.methods.map((m) => [m.method, m.users]),
        [['softwareOneTimePasscode', 119], ['microsoftAuthenticatorPush', 97], ['mobilePhone', 6]],
      );
      assert.equal(s.registration!.methods[1]!.label?.en, 'Microsoft Authenticator (push)');
    });

    it('finds nothing to alarm about in a registration export', () => {
      assert.deepEqual(s.findings, []);
      assert.equal(s.ssprFunnel, undefined);
      assert.equal(s.mfaServer, undefined);
    });
  });

  describe('20250502131826-AuditLogs.json', () => {
    const index = load('20250502131826-AuditLogs.json');
    const s = summarize(index);

    it('breaks the 123 records down by service', () => {
      // loggedByService: Core Directory 118, Authentication Methods 3, Azure RBAC (Elevated Access) 1,
      // Self-service Password Management 1.
      assert.deepEqual(
        s.breakdowns.apps!.top.map((e) => [e.value, e.count]),
        [['Core Directory', 118], ['Authentication Methods', 3], ['Azure RBAC (Elevated Access)', 1], ['Self-service Password Management', 1]],
      );
      // Every record is dated 2025-05-02.
      assert.deepEqual(s.breakdowns.days!.map((d) => [d.day, d.count]), [['2025-05-02', 123]]);
    });

    it('has an SSPR picture with no self-service reset: one security-info registration, an admin reset', () => {
      // No "Reset password (self-service)" or flow-progress record; one "User registered security info" (success);
      // the SSPR service's only record is "Reset password (by admin)" for alina_fern. No failure anywhere.
      const f = s.ssprFunnel!;
      assert.equal(f.started, 0);
      assert.equal(f.succeeded, 0);
      assert.equal(f.securityInfoRegistrations, 1);
      assert.equal(f.ssprRegistrations, 0);
      assert.equal(f.registrations, 1);
      assert.deepEqual(f.topFailureDetails, []);
      assert.deepEqual(s.findings, []);
    });

    it('tells davism\'s story: 29 events in two sessions an hour apart', () => {
      // Records whose subject (target user, else actor) is davism: 14; records davism performed on others: 15.
      // Sorted by activityDateTime and split where the gap reaches 30 minutes (no shared correlationId across the
      // gap): 06:46:51–07:06:12 (9 records) and 08:02:08–08:22:36 (20 records).
      const t = buildTimeline([index], 'DavisM@bonacu.onmicrosoft.com');
      assert.equal(t.events, 29);
      assert.deepEqual(t.spellings, ['davism@bonacu.onmicrosoft.com']);
      assert.deepEqual(t.sessions.map((x) => x.events.length), [9, 20]);
      assert.equal(new Date(t.sessions[0]!.start!).toISOString(), '2025-05-02T06:46:51.491Z');
      assert.equal(new Date(t.sessions[1]!.end!).toISOString(), '2025-05-02T08:22:36.320Z');
      assert.equal(t.sessions[1]!.gapBefore, Date.parse('2025-05-02T08:02:08.149Z') - Date.parse('2025-05-02T07:06:12.876Z'));
      assert.equal(t.sessions.flatMap((x) => x.events).filter((e) => e.subject !== undefined).length, 15);
      assert.equal(t.failures, 0);
    });

    it('charles.taylor acted 51 times: three sessions of 47, 1 and 3 events', () => {
      const t = buildTimeline([index], 'charles.taylor@bonacu.onmicrosoft.com');
      assert.equal(t.events, 51);
      assert.deepEqual(t.sessions.map((x) => x.events.length), [47, 1, 3]);
    });
  });

  describe('test-signinlogs-raw.log', () => {
    const index = load('test-signinlogs-raw.log');
    const s = summarize(index);

    it('breaks five "stay signed in?" interrupts down by app, country, IP and client app, with no failure', () => {
      // All five records: appDisplayName "Office 365", location FR (Champs-Sur-Marne, Seine-Et-Marne), ipAddress
      // 81.2.69.144, clientAppUsed "Browser", createdDateTime 04:45:48 -05:00 = 09:45 UTC, errorCode 50140. Users:
      // test@elastic.co once, c3813493-… (the user display name of the other four records) four times.
      const b = s.breakdowns;
      assert.deepEqual(b.apps!.top.map((e) => [e.value, e.count, e.interrupts, e.successRate]), [['Office 365', 5, 5, undefined]]);
      assert.deepEqual(b.countries!.top.map((e) => [e.value, e.count, e.distinctUsers]), [['FR', 5, 2]]);
      assert.deepEqual(b.locations!.top.map((e) => e.value), ['Champs-Sur-Marne, Seine-Et-Marne, FR']);
      assert.deepEqual(b.ips!.top.map((e) => [e.value, e.count]), [['81.2.69.144', 5]]);
      assert.deepEqual(b.clientApps!.top.map((e) => [e.value, e.legacy]), [['Browser', false]]);
      assert.equal(b.methods, undefined);
      assert.equal(b.hours![9]!.count, 5);
      assert.equal(b.hours!.reduce((n, h) => n + h.count, 0), 5);
      assert.equal(s.failures, 0);
      assert.deepEqual(s.findings, []);
    });

    it('ranks its two users, neither with a failure, and gives one a one-event timeline', () => {
      assert.deepEqual(
        rankUsersByFailures([index]).map((r) => [r.user, r.failures, r.interrupts, r.events]),
        [['c3813493-bf92-5123-2717-8a8b2979c38b', 0, 4, 4], ['test@elastic.co', 0, 1, 1]],
      );
      const t = buildTimeline([index], 'test@elastic.co');
      assert.equal(t.events, 1);
      assert.equal(t.sessions.length, 1);
      assert.equal(t.sessions[0]!.events[0]!.line, 1);
      assert.equal(t.sessions[0]!.events[0]!.code, '50140');
    });
  });
});
