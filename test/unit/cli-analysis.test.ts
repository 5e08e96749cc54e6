/**
 * The analysis commands of the built `dist/cli.js`, run as a user would: `detect-threats`, `timeline` (with and without
 * `--user`), the grown `summary --json` (findings, breakdowns, the AuthDetails join) and `--set`. The attack export is
 * written here row by row (header on line 1, row i on line i + 2), so the expected lines are read off the table.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { authDetailsCsv, signinCsv, type SignIn } from './analysis/exports';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  assert.doesNotMatch(result.stderr, /\n\s+at .+\(.+:\d+:\d+\)/, 'no stack trace on stderr');
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const DECLINED = 'MFA denied; user declined the authentication';
const ATTACK: SignIn[] = [
  // Lines 2–9: alice refuses 8 pushes in 7 minutes; line 10: she approves one.
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((m): SignIn => ({ t: `2025-12-04T08:0${m}:00Z`, user: 'alice@contoso.com', ip: '198.51.100.7', status: 'Failure', code: '500121', mfa: DECLINED, method: 'Mobile app notification', request: `a${m}` })),
  { t: '2025-12-04T08:09:00Z', user: 'alice@contoso.com', ip: '198.51.100.7', status: 'Success', code: '0', mfa: 'MFA successfully completed', method: 'Mobile app notification', request: 'a9' },
  // Lines 11–16: 192.0.2.66 sprays six users.
  ...[1, 2, 3, 4, 5, 6].map((n): SignIn => ({ t: `2025-12-04T09:0${n}:00Z`, user: `u${n}@contoso.com`, ip: '192.0.2.66', status: 'Failure', code: '50126', location: 'Amsterdam, Noord-Holland, NL', request: `s${n}` })),
];

describe('CLI analysis commands (dist/cli.js)', function () {
  let tmp: string;
  let attack: string;
  before(function () {
    this.timeout(60_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    tmp = mkdtempSync(path.join(tmpdir(), 'erl-cli-analysis-'));
    attack = path.join(tmp, 'InteractiveSignIns_2025-12-04_2025-12-05.csv');
    writeFileSync(attack, signinCsv(ATTACK));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('detect-threats', () => {
    it('--json lists each finding with severity, evidence lines and KQL', () => {
      const r = cli('detect-threats', attack, '--json');
      assert.equal(r.code, 0, r.err);
      const out = JSON.parse(r.out);
      assert.equal(out.kind, 'signin');
      assert.equal(out.rows, 15);
      assert.deepEqual(out.findings.map((f: { id: string; severity: string }) => [f.id, f.severity]), [['mfa-fatigue', 'high'], ['password-spray', 'medium']]);
      assert.deepEqual(out.findings[0].evidence.map((e: { line: number }) => e.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
      assert.deepEqual(out.findings[1].evidence.map((e: { line: number }) => e.line), [11, 12, 13, 14, 15, 16]);
      assert.match(out.findings[1].kql, /SigninLogs/);
      assert.ok(out.findings[0].explanation.ja && out.findings[0].nextStep.en);
    });

    it('prints findings in Japanese with their lines and KQL', () => {
      const r = cli('detect-threats', attack, '--lang', 'ja');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /\[高\] MFA 疲労攻撃の後にサインインが成功/);
      assert.match(r.out, /行: 2, 3, 4, 5, 6, 7, 8, 9, 10/);
      assert.match(r.out, /次の手順: /);
      assert.match(r.out, /let minRefused = 7;/);
    });

    it('--md renders a Kusto code block per finding', () => {
      const r = cli('detect-threats', attack, '--md');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out.split('```kusto').length - 1, 2);
      assert.match(r.out, /### HIGH — MFA fatigue followed by a successful sign-in/);
    });

    it('--set changes a threshold; an unknown key is a usage error listing the settings', () => {
      const quiet = JSON.parse(cli('detect-threats', attack, '--json', '--set', 'mfaFatigue.minRefusedPrompts=20,passwordSpray.minUsers=7').out);
      assert.deepEqual(quiet.findings, []);
      const bad = cli('detect-threats', attack, '--set', 'mfaFatigue.minPrompts=5');
      assert.equal(bad.code, 1);
      assert.match(bad.err, /mfaFatigue\.minPrompts/);
      assert.match(bad.err, /mfaFatigue\.minRefusedPrompts \(default 7, at least 2\)/);
    });
  });

  describe('summary', () => {
    it('--json keeps the old fields and adds findings, breakdowns and each reason\'s top IPs', () => {
      const s = JSON.parse(cli('summary', attack, '--json').out);
      assert.equal(s.rows, 15);
      assert.deepEqual(s.outcomes, { success: 1, interrupt: 0, failure: 14, blocked: 0, pending: 0, info: 0 });
      assert.deepEqual(s.findings.map((f: { id: string }) => f.id), ['mfa-fatigue', 'password-spray']);
      assert.deepEqual(s.breakdowns.ips.top.map((e: { value: string; count: number }) => [e.value, e.count]), [['198.51.100.7', 9], ['192.0.2.66', 6]]);
      const spray = s.failureReasons.find((r: { code: string }) => r.code === '50126');
      assert.deepEqual(spray.topIps, [{ value: '192.0.2.66', count: 6 }]);
    });

    it('text shows the breakdowns and a findings digest', () => {
      const r = cli('summary', attack);
      assert.match(r.out, /By IP address \(2\)/);
      assert.match(r.out, /\[HIGH\] MFA fatigue followed by a successful sign-in — Lines 2, 3, 4, 5, 6, 7 \(\+3 more\)/);
    });

    it('joins an AuthDetails file given next to its sign-ins', () => {
      const details = path.join(tmp, 'InteractiveSignIns_AuthDetails_2025-12-04_2025-12-05.csv');
      writeFileSync(
        details,
        authDetailsCsv([
          { t: '2025-12-04T08:00:00Z', request: 'a0', method: 'Password', succeeded: true, result: 'Correct password', requirement: 'Primary authentication' },
          { t: '2025-12-04T08:00:05Z', request: 'a0', method: 'Mobile app notification', succeeded: false, result: DECLINED, requirement: 'Multifactor authentication' },
          { t: '2025-12-04T08:09:00Z', request: 'a9', method: 'Mobile app notification', succeeded: true, result: 'MFA successfully completed', requirement: 'Multifactor authentication' },
        ]),
      );
      const both = JSON.parse(cli('summary', attack, details, '--json').out);
      assert.equal(both.length, 2);
      assert.equal(both[0].joinedWith, details);
      assert.deepEqual([both[0].authDetails.steps, both[0].authDetails.signInsWithSteps, both[0].authDetails.unmatchedSteps], [3, 2, 0]);
      assert.equal(both[1].kind, 'signin-auth-details');
      const t = cli('timeline', attack, details, '--user', 'alice@contoso.com');
      assert.match(t.out, /step: Mobile app notification — MFA denied; user declined the authentication/);
      assert.match(t.out, /InteractiveSignIns_2025-12-04_2025-12-05\.csv:2/);
    });
  });

  describe('timeline', () => {
    it('--user --json: the user\'s events in one session, with lines', () => {
      const r = cli('timeline', attack, '--user', 'ALICE@contoso.com', '--json');
      assert.equal(r.code, 0, r.err);
      const t = JSON.parse(r.out);
      assert.equal(t.events, 9);
      assert.equal(t.failures, 8);
      assert.equal(t.sessions.length, 1);
      assert.deepEqual(t.sessions[0].events.map((e: { line: number }) => e.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('without --user, ranks users by failures', () => {
      const r = cli('timeline', attack);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /Users by failures/);
      const rows = r.out.split('\n').filter((l) => /^\s+\d+\s/.test(l));
      assert.match(rows[0]!, /1\s+alice@contoso\.com\s+8\s+0\s+1\s+9\s+1/);
      assert.equal(rows.length, 7);
      const json = JSON.parse(cli('timeline', attack, '--json').out);
      assert.deepEqual(json.users.slice(0, 2).map((u: { user: string; failures: number }) => [u.user, u.failures]), [['alice@contoso.com', 8], ['u1@contoso.com', 1]]);
    });

    it('a user with no events exits 1 and says how to list users', () => {
      const r = cli('timeline', attack, '--user', 'nobody@contoso.com');
      assert.equal(r.code, 1);
      assert.match(r.err, /no events for this user/);
    });
  });
});
