/**
 * Detection settings (defaults from the published rules, overrides validated) and the KQL each detection renders:
 * the same thresholds, the same code lists as the file analysis, and — when the Kusto language service is installed
 * (`@kusto/language-service-next`, not a dependency yet) — queries that parse and bind against the SigninLogs and
 * AuditLogs columns they use.
 */
import assert from 'node:assert/strict';

import { DEFAULT_SETTINGS, resolveSettings, SETTING_SPECS } from '../../../src/core/analysis/detections/settings';
import * as kql from '../../../src/core/analysis/detections/kql';

describe('detection settings', () => {
  it('defaults come from the rules: Sigma 7 prompts / 10 min, Sentinel 5 users / 20 min, 10 failures / 20 min, >30 failures from 3 places a day', () => {
    assert.deepEqual(DEFAULT_SETTINGS, {
      mfaFatigue: { minRefusedPrompts: 7, windowMinutes: 10, successWithinMinutes: 10 },
      passwordSpray: { minUsers: 5, windowMinutes: 20 },
      bruteForce: { minFailures: 10, windowMinutes: 20 },
      distributedAttempts: { minFailures: 31, minLocations: 3, windowMinutes: 1440 },
      ssprAbuse: { resetUsersPerIp: 2, gateAttemptsPerIp: 6, windowMinutes: 1440, mfaChangeWithinMinutes: 60 },
    });
  });

  it('every setting is described in English and Japanese and names its source rule', () => {
    for (const spec of SETTING_SPECS) {
      assert.ok(spec.description.en.length > 20 && /[ぁ-んァ-ン一-龯]/.test(spec.description.ja), spec.key);
      assert.ok(spec.source.length > 10, spec.key);
      assert.ok(spec.default >= spec.minimum, spec.key);
    }
    assert.equal(new Set(SETTING_SPECS.map((s) => s.key)).size, SETTING_SPECS.length);
  });

  it('accepts whole numbers (also as text) and rejects unknown keys, fractions and values below the minimum', () => {
    const { settings, rejected } = resolveSettings({
      'passwordSpray.minUsers': '3',
      'bruteForce.windowMinutes': 30,
      'mfaFatigue.minRefusedPrompts': 1,
      'mfaFatigue.windowMinutes': 2.5,
      'passwordSpray.minUser': 4,
    });
    assert.equal(settings.passwordSpray.minUsers, 3);
    assert.equal(settings.bruteForce.windowMinutes, 30);
    assert.equal(settings.mfaFatigue.minRefusedPrompts, 7, 'kept the default');
    assert.deepEqual(rejected.sort(), ['mfaFatigue.minRefusedPrompts', 'mfaFatigue.windowMinutes', 'passwordSpray.minUser']);
    assert.equal(DEFAULT_SETTINGS.passwordSpray.minUsers, 5, 'defaults untouched');
  });
});

describe('KQL', () => {
  const s = resolveSettings({ 'passwordSpray.minUsers': 8, 'bruteForce.windowMinutes': 25, 'ssprAbuse.gateAttemptsPerIp': 9 }).settings;
  const queries: Record<string, string> = {
    mfaFatigue: kql.mfaFatigueKql(s),
    passwordSpray: kql.passwordSprayKql(s),
    bruteForce: kql.bruteForceKql(s),
    distributed: kql.distributedKql(s),
    fraud: kql.fraudKql(),
    mfaBlocked: kql.mfaBlockedKql(),
    legacy: kql.legacyAuthKql(),
    ssprBlocked: kql.ssprBlockedKql(),
    ssprResets: kql.ssprResetsKql(s),
    ssprGates: kql.ssprGatesKql(s),
    ssprChange: kql.ssprMfaChangeKql(s),
    exportCount: kql.exportCountKql('AuditLogs', Date.parse('2017-03-01T00:00:00Z'), Date.parse('2017-03-30T00:00:00Z'), '| where LoggedByService == "Self-service Password Management"\n'),
  };

  it('uses the thresholds it is given', () => {
    assert.match(queries['passwordSpray']!, /let minUsers = 8;/);
    assert.match(queries['bruteForce']!, /let window = 25m;/);
    assert.match(queries['ssprGates']!, /let minAttempts = 9;/);
    assert.match(queries['mfaFatigue']!, /let minRefused = 7;/);
    assert.match(queries['exportCount']!, /datetime\(2017-03-01T00:00:00\.000Z\) \.\. datetime\(2017-03-30T00:00:00\.000Z\)/);
  });

  it('lists the same codes the file analysis reads from the catalog', () => {
    assert.ok(kql.CREDENTIAL_FAILURE_CODES.includes('50126') && kql.CREDENTIAL_FAILURE_CODES.includes('50053'));
    assert.ok(!kql.CREDENTIAL_FAILURE_CODES.includes('50074') && !kql.CREDENTIAL_FAILURE_CODES.includes('50140'), 'interrupts are not failures');
    for (const code of ['0', '50055', '50074', '500121', '53003']) assert.ok(kql.PASSWORD_ACCEPTED_CODES.includes(code), code);
    assert.ok(!kql.PASSWORD_ACCEPTED_CODES.includes('50126'));
    assert.ok(kql.REFUSED_PROMPT_DETAILS.includes('MFA denied; user declined the authentication'));
    assert.ok(kql.REFUSED_PROMPT_DETAILS.includes('MFA denied; Phone App Reported Fraud'));
    assert.ok(!kql.REFUSED_PROMPT_DETAILS.includes('MFA denied; user entered incorrect code'), 'a wrong code is not a refused push');
    assert.ok(kql.SECURITY_INFO_CHANGES.includes('User registered security info') && kql.SECURITY_INFO_CHANGES.includes('User deleted security info'));
    assert.ok(!kql.SECURITY_INFO_CHANGES.includes('User started security info registration'));
  });

  it('escapes text put into string literals', () => {
    assert.equal(kql.kqlString('a"b\\c'), '"a\\"b\\\\c"');
    assert.equal(kql.scopeComment('UserPrincipalName', []), '');
  });

  it('parses and binds every query against SigninLogs / AuditLogs (when the Kusto language service is installed)', async function () {
    let K: any;
    try {
      // Optional: the Kusto.Language bridge defines a global namespace when loaded.
      await import('@kusto/language-service-next/bridge.js' as string);
      await import('@kusto/language-service-next/Kusto.Language.Bridge.js' as string);
      K = (globalThis as any).Kusto.Language;
    } catch {
      this.skip();
    }
    const signin = 'TimeGenerated:datetime, ResultType:string, UserPrincipalName:string, IPAddress:string, AppDisplayName:string, ClientAppUsed:string, AuthenticationProtocol:string, UserAgent:string, Status:dynamic, AuthenticationDetails:string, LocationDetails:dynamic';
    const auditColumns = 'TimeGenerated:datetime, OperationName:string, Result:string, ResultReason:string, LoggedByService:string, InitiatedBy:dynamic, TargetResources:dynamic';
    const tables = [new K.Symbols.TableSymbol.$ctor7('SigninLogs', `(${signin})`, null), new K.Symbols.TableSymbol.$ctor7('AuditLogs', `(${auditColumns})`, null)];
    const globals = K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.ctor('db', tables));
    for (const [name, text] of Object.entries(queries)) {
      const diagnostics = K.KustoCode.ParseAndAnalyze(text, globals).GetDiagnostics();
      const messages: string[] = [];
      for (let i = 0; i < diagnostics.Count; i++) messages.push(diagnostics.getItem(i).Message);
      assert.deepEqual(messages, [], name);
    }
  });
});
