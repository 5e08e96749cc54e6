/**
 * The CLI is a contract for scripts: these tests run the built `dist/cli.js` exactly as a user would and check its
 * output, JSON fields and exit codes, including every kind of bad input (never a stack trace).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SAMPLES = path.join(ROOT, 'test/fixtures/samples');
const AUDIT = path.join(SAMPLES, '20250502131826-AuditLogs.json');
const SIGNINS = path.join(SAMPLES, 'test-signinlogs-raw.log');
const REGISTRATION = path.join(SAMPLES, '202504290949-MFA-UserRegistrationDetails.csv');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  assert.doesNotMatch(result.stderr, /\n\s+at .+\(.+:\d+:\d+\)/, 'no stack trace on stderr');
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('CLI (dist/cli.js)', function () {
  let tmp: string;
  before(function () {
    this.timeout(60_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'ignore' });
    tmp = mkdtempSync(path.join(tmpdir(), 'erl-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const p = path.join(tmp, name);
    writeFileSync(p, content);
    return p;
  };

  describe('explain', () => {
    it('explains a sign-in code in English, with its outcome', () => {
      const r = cli('explain', '50126');
      assert.equal(r.code, 0);
      assert.match(r.out, /^50126 — Wrong user name or password/);
      assert.match(r.out, /Outcome: +failure/);
    });

    it('accepts the AADSTS prefix and answers in Japanese with --lang ja', () => {
      const r = cli('explain', 'AADSTS50074', '--lang', 'ja');
      assert.equal(r.code, 0);
      assert.match(r.out, /^50074 — /);
      assert.match(r.out, /結果: +中断/);
    });

    it('--json gives the typed record: 500121 proves the password was right', () => {
      const r = cli('explain', '500121', '--json');
      assert.equal(r.code, 0);
      const record = JSON.parse(r.out);
      assert.equal(record.code, '500121');
      assert.equal(record.outcome, 'failure');
      assert.equal(record.passwordAccepted, true);
      assert.ok(record.explanation.en && record.explanation.ja && record.nextStep.en && record.nextStep.ja && record.label.ja);
    });

    it('SUCCESS_USER_BLOCKED is a block, whatever its name says', () => {
      assert.equal(JSON.parse(cli('explain', 'SUCCESS_USER_BLOCKED', '--json').out).outcome, 'blocked');
    });

    it('a value that means different things in different reports gives every meaning', () => {
      const record = JSON.parse(cli('explain', 'PhoneAppNotification', '--json').out);
      const families = [record.family, ...record.otherMeanings.map((r: { family: string }) => r.family)];
      assert.ok(families.length >= 1 && new Set(families).size === families.length, families.join(','));
      const text = cli('explain', 'SMS').out;
      assert.equal(text.split(/\n\n(?=\S+ — )/).length, JSON.parse(cli('explain', 'SMS', '--json').out).otherMeanings.length + 1);
    });

    it('an unknown code exits 1 with a clear message', () => {
      const r = cli('explain', '9999999');
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.match(r.err, /Unknown code "9999999": not in the catalog/);
    });

    it('search finds codes by words in Japanese', () => {
      const r = cli('search', '不正', '--json');
      assert.equal(r.code, 0);
      const codes = JSON.parse(r.out).map((x: { code: string }) => x.code);
      assert.ok(codes.includes('FAILED_FRAUD_REPORTED'), codes.join(','));
    });
  });

  describe('detect', () => {
    it('names kind, encoding, rows and the columns that hold time, user and code', () => {
      const r = cli('detect', AUDIT, '--json');
      assert.equal(r.code, 0);
      const d = JSON.parse(r.out);
      assert.equal(d.kind, 'audit');
      assert.equal(d.dialect, 'graph-json');
      assert.equal(d.confidence, 'certain');
      assert.deepEqual(d.encoding.name, 'utf-8');
      assert.equal(d.encoding.bom, true);
      assert.equal(d.rows, 123);
      assert.equal(d.columns.time.path, 'activityDateTime');
      assert.equal(d.columns.result.path, 'result');
    });

    it('reports CSV columns by header and position', () => {
      const d = JSON.parse(cli('detect', REGISTRATION, '--json').out);
      assert.equal(d.kind, 'registration-details');
      assert.equal(d.rows, 205);
      assert.deepEqual(d.columns.user, { column: 1, header: 'userPrincipalName', foundBy: 'name' });
    });

    it('prints a readable text form', () => {
      const r = cli('detect', SIGNINS);
      assert.equal(r.code, 0);
      assert.match(r.out, /Kind: +Sign-in log \(JSON\) \[signin\] — SignInLogs/);
      assert.match(r.out, /Rows: +5/);
    });
  });

  describe('summary', () => {
    it('keeps the stable JSON fields: rows, outcomes, failure reasons with code, label, count, distinct users', () => {
      const lines = [
        '"Date (UTC)","Request ID","Username","Status","Sign-in error code","IP address"',
        ...['a', 'b', 'c'].map((u, i) => `"2025-12-04T08:1${i}:00Z","r${i}","${u}@contoso.com","Failure","50126","203.0.113.9"`),
        '"2025-12-04T08:20:00Z","r4","a@contoso.com","Failure","50126","203.0.113.9"',
        '"2025-12-04T08:21:00Z","r5","a@contoso.com","Interrupted","50074","203.0.113.9"',
        '"2025-12-04T08:22:00Z","r6","a@contoso.com","Success","0","203.0.113.9"',
      ];
      const r = cli('summary', file('signins.csv', lines.join('\r\n') + '\r\n'), '--json');
      assert.equal(r.code, 0, r.err);
      const s = JSON.parse(r.out);
      assert.equal(s.kind, 'signin');
      assert.equal(s.rows, 6);
      assert.deepEqual(s.outcomes, { success: 1, interrupt: 1, failure: 4, blocked: 0, pending: 0, info: 0 });
      assert.equal(s.failureReasons.length, 1);
      const [top] = s.failureReasons;
      assert.equal(top.code, '50126');
      assert.equal(top.label.en, 'Wrong user name or password');
      assert.equal(top.count, 4);
      assert.equal(top.distinctUsers, 3);
      assert.equal(top.share, 1);
    });

    it('renders Markdown in Japanese', () => {
      const r = cli('summary', SIGNINS, '--md', '--lang', 'ja');
      assert.equal(r.code, 0);
      assert.match(r.out, /## 結果の内訳/);
      assert.match(r.out, /\| 中断 \| 5 \| 100\.0% \|/);
    });

    it('summarizes every export of a folder', () => {
      const r = cli('summary', SAMPLES, '--json');
      assert.equal(r.code, 0, r.err);
      const all = JSON.parse(r.out);
      assert.deepEqual(all.map((s: { rows: number }) => s.rows), [205, 123, 5]);
    });
  });

  describe('bad input: a message naming the file, the line and the problem, never a stack trace', () => {
    it('a missing file exits 2', () => {
      const r = cli('summary', path.join(tmp, 'nope.csv'));
      assert.equal(r.code, 2);
      assert.match(r.err, /nope\.csv: file not found/);
    });

    it('an empty file exits 2', () => {
      const r = cli('summary', file('empty.csv', ''));
      assert.equal(r.code, 2);
      assert.match(r.err, /empty\.csv: line 1: The file is empty\./);
    });

    it('a binary file exits 2', () => {
      const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
      const r = cli('detect', file('photo.csv', bytes));
      assert.equal(r.code, 2);
      assert.match(r.err, /photo\.csv: line 1: This is not a text file/);
    });

    it('plain text that is neither CSV nor JSON exits 2', () => {
      const r = cli('summary', file('notes.txt', 'Meeting notes\nNothing tabular here\n'));
      assert.equal(r.code, 2);
      assert.match(r.err, /notes\.txt: line 1: .*does not look like a CSV or JSON export/);
    });

    it('truncated JSON: the good records are summarized, the cut one is named by line, exit 3', () => {
      const whole = readFileSync(AUDIT, 'utf8');
      const cut = whole.slice(0, whole.indexOf('"id":  "Directory_', 20_000) + 30);
      const r = cli('summary', file('cut.json', cut), '--json');
      assert.equal(r.code, 3);
      const s = JSON.parse(r.out);
      assert.ok(s.rows > 0 && s.rows < 123, `rows ${s.rows}`);
      assert.match(r.err, /cut\.json:\d+: error: The record starting here is cut off/);
    });

    it('a file whose first record is cut off exits 2 naming its line', () => {
      const r = cli('summary', file('cut-first.json', readFileSync(AUDIT, 'utf8').slice(0, 500)));
      assert.equal(r.code, 2);
      assert.match(r.err, /cut-first\.json: line 2: The record starting here is cut off/);
    });

    it('bytes that are not valid in the detected encoding: exit 3 and the first bad line', () => {
      const good = Buffer.from('"UserPrincipalName","MFA Status","MFA Methods"\r\n"a@contoso.com","Enforced","PhoneAppNotification"\r\n');
      const bad = Buffer.from('"b@contoso.com","Disabled","x"\r\n"c@contoso.com","Enabled",""\r\n');
      bad[4] = 0xff; // not UTF-8, not Shift_JIS either
      const r = cli('summary', file('mojibake.csv', Buffer.concat([good, bad])));
      assert.equal(r.code, 3);
      assert.match(r.err, /mojibake\.csv:3: error: Some bytes could not be decoded/);
    });

    it('an unknown command exits 1 with usage', () => {
      const r = cli('frobnicate');
      assert.equal(r.code, 1);
      assert.match(r.err, /unknown command "frobnicate"/);
      assert.match(r.err, /Usage:/);
    });
  });
});
