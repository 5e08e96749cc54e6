/**
 * The three real public exports in test/fixtures/samples (provenance in SOURCES.md) through `indexBytes`.
 *
 * Every expected number below was counted from the files themselves (a throw-away Python script over the raw
 * files: csv.DictReader / json.load, independent of this product) and the outcome of each row decided from what the
 * row means; the comments say how.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUTCOMES, type Outcome } from '../../../src/core/catalog/types';
import { indexBytes } from '../../../src/core/model/build-index';
import { problemMessage, severityOf } from '../../../src/core/model/problems';
import type { IndexedField, ReportIndex } from '../../../src/core/model/report-index';

const SAMPLES = join(__dirname, '..', '..', 'fixtures', 'samples');

function load(file: string): ReportIndex {
  return indexBytes(new Uint8Array(readFileSync(join(SAMPLES, file))));
}

function outcomeCounts(idx: ReportIndex): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (let r = 0; r < idx.rowCount; r++) counts[idx.outcome(r)]++;
  return counts;
}

const counts = (partial: Partial<Record<Outcome, number>>) => Object.fromEntries(OUTCOMES.map((o) => [o, partial[o] ?? 0]));

interface Spot {
  row: number;
  line: number;
  outcome: Outcome;
  time?: string;
  values: Partial<Record<IndexedField, string>>;
}

function checkSpots(idx: ReportIndex, spots: readonly Spot[]): void {
  for (const s of spots) {
    const at = `row ${s.row}`;
    assert.equal(idx.line(s.row), s.line, `${at}: line`);
    assert.equal(idx.outcome(s.row), s.outcome, `${at}: outcome`);
    for (const [field, want] of Object.entries(s.values)) assert.equal(idx.value(field as IndexedField, s.row), want, `${at}: ${field}`);
    if (s.time) assert.equal(new Date(idx.time(s.row)).toISOString(), s.time, `${at}: time`);
  }
}

function seriousProblems(idx: ReportIndex): string[] {
  return idx.problems
    .sorted()
    .filter((p) => severityOf(p.code) !== 'info')
    .map((p) => `L${p.line} ${problemMessage(p, 'en')}`);
}

describe('real sample exports', () => {
  describe('202504290949-MFA-UserRegistrationDetails.csv (Graph userRegistrationDetails via Export-Csv)', () => {
    let idx: ReportIndex;
    before(() => {
      idx = load('202504290949-MFA-UserRegistrationDetails.csv');
    });

    it('is a registration-details CSV in UTF-8 with BOM', () => {
      assert.equal(idx.info.kind, 'registration-details');
      assert.equal(idx.info.dialect, 'csv');
      assert.equal(idx.info.container, 'csv');
      assert.equal(idx.info.encoding, 'utf-8');
      assert.equal(idx.info.bomLength, 3);
      assert.equal(idx.info.confidence, 'certain');
    });

    it('has 205 users: 123 registered for MFA, 82 not yet', () => {
      // 206 lines (LF, no line breaks inside fields) = 1 header + 205 users.
      assert.equal(idx.rowCount, 205);
      // One row is one user. `isMfaRegistered` is the export's own verdict: "True" on 123 rows → success (the user
      // has MFA methods registered); "False" on 82 rows → pending (a roll-out to-do, not a failure of anything).
      // On this file `isMfaCapable` equals `isMfaRegistered` on every row, and all 82 "False" rows have an empty
      // `methodsRegistered`, so no other reading changes the count.
      assert.deepEqual(outcomeCounts(idx), counts({ success: 123, pending: 82 }));
    });

    it('keeps user, methods, preferred method and time of chosen rows', () => {
      checkSpots(idx, [
        { row: 0, line: 2, outcome: 'pending', time: '2025-04-21T04:29:55.000Z', values: { user: '15857082@bonacu.onmicrosoft.com', code: '', detail: 'none' } },
        { row: 4, line: 6, outcome: 'success', values: { user: '15957218@bonacu.onmicrosoft.com', code: 'softwareOneTimePasscode', detail: 'oath' } },
        // "4/28/2025 8:55:52 PM": US format, 12-hour clock; the file has no zone, read as UTC.
        { row: 65, line: 67, outcome: 'success', time: '2025-04-28T20:55:52.000Z', values: { code: 'microsoftAuthenticatorPush, softwareOneTimePasscode', detail: 'push' } },
        { row: 117, line: 119, outcome: 'success', values: { user: '18792419@bonacu.onmicrosoft.com', code: 'mobilePhone, microsoftAuthenticatorPush, softwareOneTimePasscode' } },
        { row: 141, line: 143, outcome: 'pending', time: '2025-04-21T19:47:44.000Z', values: { user: '19561621@bonacu.onmicrosoft.com' } },
        { row: 204, line: 206, outcome: 'success', values: { user: 'user-creation@bonacu.onmicrosoft.com' } },
      ]);
    });

    it('reads without errors or warnings', () => {
      assert.deepEqual(seriousProblems(idx), []);
    });
  });

  describe('20250502131826-AuditLogs.json (Graph directoryAudit array, PowerShell ConvertTo-Json)', () => {
    let idx: ReportIndex;
    before(() => {
      idx = load('20250502131826-AuditLogs.json');
    });

    it('is a Graph audit JSON in UTF-8 with BOM', () => {
      assert.equal(idx.info.kind, 'audit');
      assert.equal(idx.info.dialect, 'graph-json');
      assert.equal(idx.info.container, 'json');
      assert.equal(idx.info.encoding, 'utf-8');
      assert.equal(idx.info.bomLength, 3);
      assert.equal(idx.info.confidence, 'certain');
    });

    it('has 123 records: 113 successful changes and 10 neutral facts', () => {
      // json.load → a list of 123 objects; every one has result "success" (no failure in this file).
      assert.equal(idx.rowCount, 123);
      // Grouped by (loggedByService, activityDisplayName, result, resultReason), 21 groups:
      //   info (10) — rows that record a side effect or an intermediate step, not an outcome of their own:
      //     Core Directory "Update PasswordProfile" ×4 (the password profile written as part of a reset),
      //     "Validate Password" ×2 (a proposed password checked), "Update StsRefreshTokenValidFrom Timestamp" ×2
      //     (sessions revoked — a fact, not a result), Authentication Methods
      //     "POST UserAuthMethod.SecurityInfoRegistrationCallback" ×1 (resultReason "NoContent": a technical
      //     callback) and "User started security info registration" ×1 (a step; the registration itself is the
      //     separate "User registered security info" row).
      //   success (113) — every other record is an administrative change or registration that completed:
      //     Add member to group 32, Update user 30, Set user manager 21, Update group 5, Remove service principal 5,
      //     Delete application 4, Delete user 3, Add group 2, Add owner to group 2, Add service principal 2, Add user 2,
      //     Reset user password 1, Update device 1, User has elevated their access … 1, User registered security info 1,
      //     Reset password (by admin) 1 (resultReason "None") = 113.
      assert.deepEqual(outcomeCounts(idx), counts({ success: 113, info: 10 }));
    });

    it('finds the user each change is about, the actor and the code of chosen records', () => {
      // Lines: each record starts at a line holding just "    {" (PowerShell indentation); the N-th such line.
      checkSpots(idx, [
        {
          row: 0, line: 2, outcome: 'success', time: '2025-05-02T09:19:09.286Z',
          values: { user: 'contractor.menno@bonacu.onmicrosoft.com', actor: 'charles.taylor@bonacu.onmicrosoft.com', code: 'Add user', activity: 'Add user' },
        },
        {
          row: 26, line: 1541, outcome: 'success', time: '2025-05-02T08:02:23.000Z',
          values: { user: 'davism@bonacu.onmicrosoft.com', code: 'User registered Authenticator App with Notification', activity: 'User registered security info' },
        },
        // Targets of the callback are an untyped object and a policy: the event is about the user who acted.
        {
          row: 27, line: 1590, outcome: 'info',
          values: { user: 'davism@bonacu.onmicrosoft.com', code: 'POST UserAuthMethod.SecurityInfoRegistrationCallback' },
        },
        {
          row: 29, line: 1685, outcome: 'info',
          values: { user: 'davism@bonacu.onmicrosoft.com', code: 'User started the registration for Authenticator App with Notification' },
        },
        // resultReason "None" says nothing: the activity is the code. The user is the target, not the admin.
        {
          row: 90, line: 4699, outcome: 'success', time: '2025-05-02T06:58:47.085Z',
          values: { user: 'alina_fern@bonacu.onmicrosoft.com', actor: 'charles.taylor@bonacu.onmicrosoft.com', code: 'Reset password (by admin)', app: 'Self-service Password Management' },
        },
        // Initiated by an app, not a user.
        { row: 92, line: 4784, outcome: 'success', values: { user: 'alina_fern@bonacu.onmicrosoft.com', actor: 'Microsoft password reset service', code: 'Reset user password' } },
        { row: 122, line: 6652, outcome: 'success', values: { actor: 'Device Registration Service', code: 'Update device' } },
      ]);
    });

    it('reads without errors or warnings', () => {
      assert.deepEqual(seriousProblems(idx), []);
    });
  });

  describe('test-signinlogs-raw.log (diagnostic-settings sign-in records, NDJSON)', () => {
    let idx: ReportIndex;
    before(() => {
      idx = load('test-signinlogs-raw.log');
    });

    it('is a diagnostic sign-in JSON in UTF-8 without BOM', () => {
      assert.equal(idx.info.kind, 'signin');
      assert.equal(idx.info.dialect, 'diagnostic-json');
      assert.equal(idx.info.container, 'json');
      assert.equal(idx.info.encoding, 'utf-8');
      assert.equal(idx.info.bomLength, 0);
      assert.equal(idx.info.confidence, 'certain');
      // The first record's category.
      assert.equal(idx.info.variant, 'SignInLogs');
    });

    it('has 5 records, all "stay signed in?" interrupts', () => {
      // 5 lines, one JSON object each, categories SignInLogs, NonInteractiveUserSignInLogs,
      // ServicePrincipalSignInLogs, MicrosoftServicePrincipalSignInLogs, ManagedIdentitySignInLogs.
      assert.equal(idx.rowCount, 5);
      // Every record has resultType "50140" and properties.status.errorCode 50140 ("This error occurred due to
      // 'Keep me signed in' interrupt …"): the user was shown the "Stay signed in?" prompt — the flow paused for the
      // user and goes on, so interrupt, never failure.
      assert.deepEqual(outcomeCounts(idx), counts({ interrupt: 5 }));
    });

    it('reads time with seven fractional digits and a -05:00 offset, and the MFA detail', () => {
      checkSpots(idx, [
        // createdDateTime 2019-10-18T04:45:48.0729893-05:00 = 09:45:48.072 UTC (the envelope `time` agrees).
        { row: 0, line: 1, outcome: 'interrupt', time: '2019-10-18T09:45:48.072Z', values: { user: 'test@elastic.co', code: '50140' } },
        { row: 1, line: 2, outcome: 'interrupt', time: '2019-10-18T09:45:48.072Z', values: { user: 'c3813493-bf92-5123-2717-8a8b2979c38b', code: '50140', detail: 'MFA required' } },
        { row: 4, line: 5, outcome: 'interrupt', values: { code: '50140', detail: 'MFA required' } },
      ]);
    });

    it('reads without errors or warnings', () => {
      assert.deepEqual(seriousProblems(idx), []);
    });
  });
});
