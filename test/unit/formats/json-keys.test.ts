/**
 * The same Graph data exported by the Graph PowerShell SDK (`Get-MgAuditLogSignIn | ConvertTo-Json`) has PascalCase
 * keys and, under Windows PowerShell 5.1, `/Date(ms)/` timestamps. It must read exactly like Graph REST output, and
 * Log Analytics rows (also PascalCase) must still be told apart.
 */
import assert from 'node:assert/strict';
import { indexBytes } from '../../../src/core/model/build-index';
import { parseTime } from '../../../src/core/formats/time';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 4));

const sdkSignIn = (i: number, code: number, details: string) => ({
  AppDisplayName: 'Office 365 Exchange Online',
  ClientAppUsed: 'Browser',
  CorrelationId: `c0ffee00-0000-4000-8000-00000000000${i}`,
  CreatedDateTime: `/Date(${Date.UTC(2025, 11, 4, 8, 19, i)})/`,
  Id: `1d000000-0000-4000-8000-00000000000${i}`,
  IPAddress: '203.0.113.7',
  Location: { City: 'Osaka', State: 'Osaka', CountryOrRegion: 'JP' },
  Status: { AdditionalDetails: details, ErrorCode: code, FailureReason: code ? 'Authentication failed during strong authentication request.' : 'Other.' },
  AuthenticationDetails: [
    { AuthenticationMethod: 'Password', AuthenticationStepRequirement: 'Primary authentication', Succeeded: true, AuthenticationStepResultDetail: 'Correct password' },
    { AuthenticationMethod: 'Mobile app notification', AuthenticationStepRequirement: 'Multifactor authentication', Succeeded: code === 0, AuthenticationStepResultDetail: details },
  ],
  UserDisplayName: 'Hanako Sato',
  UserPrincipalName: 'hanako@contoso.co.jp',
  AdditionalProperties: {},
});

describe('JSON key casing (Graph PowerShell SDK exports)', () => {
  it('PascalCase sign-ins are sign-ins, with codes, outcomes, MFA method and detail, location and /Date()/ times', () => {
    const index = indexBytes(encode([sdkSignIn(1, 500121, 'MFA denied; user declined the authentication'), sdkSignIn(2, 0, 'MFA successfully completed')]));
    assert.equal(index.info.kind, 'signin');
    assert.equal(index.info.dialect, 'graph-json');
    assert.equal(index.rowCount, 2);
    assert.deepEqual([index.value('code', 0), index.outcome(0), index.value('code', 1), index.outcome(1)], ['500121', 'failure', '0', 'success']);
    assert.equal(index.value('detail', 0), 'MFA denied; user declined the authentication');
    assert.equal(index.value('method', 0), 'Mobile app notification');
    assert.equal(index.value('user', 0), 'hanako@contoso.co.jp');
    assert.equal(index.value('ip', 0), '203.0.113.7');
    assert.equal(index.value('country', 0), 'JP');
    assert.equal(index.value('location', 0), 'Osaka, Osaka, JP');
    assert.equal(new Date(index.time(0)).toISOString(), '2025-12-04T08:19:01.000Z');
    assert.equal(index.problems.list.length, 0);
  });

  it('PascalCase directory audits are audits, with actor, target and reason', () => {
    const audit = {
      ActivityDateTime: '2025-05-02T09:19:09.286602Z',
      ActivityDisplayName: 'Reset password (self-service)',
      Category: 'UserManagement',
      CorrelationId: 'a',
      LoggedByService: 'Self-service Password Management',
      Result: 'failure',
      ResultReason: 'FuzzyPolicyViolationInvalidPassword',
      InitiatedBy: { User: { UserPrincipalName: 'taro@contoso.co.jp', IPAddress: '198.51.100.4' } },
      TargetResources: [{ Type: 'User', UserPrincipalName: 'taro@contoso.co.jp' }],
    };
    const index = indexBytes(encode([audit]));
    assert.equal(index.info.kind, 'audit');
    assert.equal(index.value('code', 0), 'FuzzyPolicyViolationInvalidPassword');
    assert.equal(index.outcome(0), 'failure');
    assert.equal(index.value('actor', 0), 'taro@contoso.co.jp');
    assert.equal(index.value('ip', 0), '198.51.100.4');
    assert.equal(index.codeRecord(0)?.code, 'FuzzyPolicyViolationInvalidPassword');
  });

  it('Log Analytics rows (PascalCase with ResultType / OperationName) keep their own dialect', () => {
    const signin = { TimeGenerated: '2025-12-04T08:19:41Z', ResultType: '50126', UserPrincipalName: 'a@contoso.com', AppDisplayName: 'Azure Portal', CreatedDateTime: '2025-12-04T08:19:40Z' };
    assert.equal(indexBytes(encode([signin])).info.dialect, 'log-analytics-json');
    const audit = { TimeGenerated: '2025-12-04T08:19:41Z', OperationName: 'Reset user password', LoggedByService: 'Core Directory', Result: 'success', ActivityDisplayName: 'Reset user password', ActivityDateTime: '2025-12-04T08:19:41Z' };
    assert.equal(indexBytes(encode([audit])).info.dialect, 'log-analytics-json');
  });

  it('reads /Date(ms)/ with or without an offset, and rejects look-alikes', () => {
    assert.equal(parseTime('/Date(1701234567000)/'), 1701234567000);
    assert.equal(parseTime('/Date(1701234567000+0900)/'), 1701234567000);
    assert.ok(Number.isNaN(parseTime('/Date(abc)/')));
    assert.ok(Number.isNaN(parseTime('/etc/passwd/x')));
  });
});
