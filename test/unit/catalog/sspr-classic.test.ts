import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Papa from 'papaparse';

import { Catalog } from '../../../src/core/catalog/catalog';
import { MFA_REGISTRATION } from '../../../src/core/catalog/mfa-registration';
import { normalizeKey } from '../../../src/core/catalog/normalize';
import { REGISTRATION_DATA } from '../../../src/core/catalog/registration-data';
import { SSPR_CLASSIC_DETAILS, SSPR_CLASSIC_RESULTS } from '../../../src/core/catalog/sspr-classic';
import type { CatalogRecord, Family, Outcome } from '../../../src/core/catalog/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SEED_002 = join(FIXTURES, 'seeds', '002_e6e1eaf4720c82f7.txt');
const SEED_000 = join(FIXTURES, 'seeds', '000_1849298a6a9eefc8.txt');
const SAMPLE_CSV = join(FIXTURES, 'samples', '202504290949-MFA-UserRegistrationDetails.csv');
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const ALL: readonly CatalogRecord[] = [...SSPR_CLASSIC_RESULTS, ...SSPR_CLASSIC_DETAILS, ...REGISTRATION_DATA, ...MFA_REGISTRATION];
const c = new Catalog(ALL);

/** Result type of the seed table (Japanese) → English Result value and outcome. */
const RESULT_TYPES: Record<string, { en: string; outcome: Outcome }> = {
  中止: { en: 'Abandoned', outcome: 'failure' },
  ブロック: { en: 'Blocked', outcome: 'blocked' },
  キャンセル: { en: 'Cancelled', outcome: 'failure' },
  管理者への連絡: { en: 'Contacted Admin', outcome: 'failure' },
  失敗: { en: 'Failed', outcome: 'failure' },
  成功: { en: 'Succeeded', outcome: 'success' },
};

/**
 * English originals of the details table, in the order of the seed's Japanese table (MicrosoftDocs/azure-docs
 * `articles/active-directory/active-directory-passwords-get-insights.md`, link reduced to its text).
 */
const ENGLISH_DETAILS: readonly string[] = [
  'User abandoned after completing the email verification option',
  'User abandoned after completing the mobile SMS verification option',
  'User abandoned after completing the mobile voice call verification option',
  'User abandoned after completing the office voice call verification option',
  'User abandoned after completing the security questions option',
  'User abandoned after entering their user ID',
  'User abandoned after starting the email verification option',
  'User abandoned after starting the mobile SMS verification option',
  'User abandoned after starting the mobile voice call verification option',
  'User abandoned after starting the office voice call verification option',
  'User abandoned after starting the security questions option',
  'User abandoned before selecting a new password',
  'User abandoned while selecting a new password',
  'User entered too many invalid SMS verification codes and is blocked for 24 hours',
  'User tried mobile phone voice verification too many times and is blocked for 24 hours',
  'User tried office phone voice verification too many times and is blocked for 24 hours',
  'User tried to answer security questions too many times and is blocked for 24 hours',
  'User tried to verify a phone number too many times and is blocked for 24 hours',
  'User cancelled before passing the required authentication methods',
  'User cancelled before submitting a new password',
  'User contacted an admin after trying the email verification option',
  'User contacted an admin after trying the mobile SMS verification option',
  'User contacted an admin after trying the mobile voice call verification option',
  'User contacted an admin after trying the office voice call verification option',
  'User contacted an admin after trying the security question verification option',
  'Password reset is not enabled for this user. Enable password reset under the configure tab to resolve this',
  'User does not have a license. You can add a license to the user to resolve this',
  'User tried to reset from a device without cookies enabled',
  "User's account has insufficient authentication methods defined. Add authentication info to resolve this",
  "User's password is managed on-premises. You can enable Password Writeback to resolve this",
  "We could not reach your on-premises password reset service. Check your sync machine's event log",
  "We encountered a problem while resetting the user's on-premises password. Check your sync machine's event log",
  'This user is not a member of the password reset users group. Add this user to that group to resolve this.',
  'Password reset has been disabled entirely for this tenant. See here to resolve this.',
  'User successfully reset password',
];

interface DetailRow {
  japanese: string;
  result: string;
}

/** Rows `| 日本語 |結果 |` of the seed table after the heading `[詳細] 列で許可される値`, links reduced to their text. */
function detailRows(): DetailRow[] {
  const lines = readFileSync(SEED_002, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('#') && l.includes('[詳細] 列で許可される値'));
  assert.ok(start >= 0, 'seed 002 should contain the details table heading');
  const rows: DetailRow[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) continue;
    const cells = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((s) => s.trim());
    if (cells[0] === '詳細' || /^-+$/.test(cells[0] ?? '')) continue;
    rows.push({ japanese: cells[0]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'), result: cells[1]! });
  }
  return rows;
}

function lookup(value: string, family: Family): CatalogRecord {
  const record = c.lookup(value, [family]);
  assert.ok(record, `"${value}" should resolve in ${family}`);
  assert.equal(record.family, family);
  return record;
}

describe('catalog: classic SSPR reports, registration data, MFA registration', () => {
  describe('general', () => {
    it('has the expected number of records per family', () => {
      assert.equal(SSPR_CLASSIC_RESULTS.length, 6);
      assert.equal(SSPR_CLASSIC_DETAILS.length, 35);
      assert.equal(REGISTRATION_DATA.length, 4);
      assert.ok(MFA_REGISTRATION.length >= 30, `mfa-registration has ${MFA_REGISTRATION.length} records`);
    });

    it('keeps each module within its own family', () => {
      for (const r of SSPR_CLASSIC_RESULTS) assert.equal(r.family, 'sspr-classic-result', r.code);
      for (const r of SSPR_CLASSIC_DETAILS) assert.equal(r.family, 'sspr-classic-detail', r.code);
      for (const r of REGISTRATION_DATA) assert.equal(r.family, 'registration-data', r.code);
      for (const r of MFA_REGISTRATION) assert.equal(r.family, 'mfa-registration', r.code);
    });

    it('has no duplicate normalized keys within a family', () => {
      const seen = new Map<string, string>();
      for (const r of ALL) {
        const keys = new Set([r.code, ...(r.aliases ?? [])].map(normalizeKey));
        for (const key of keys) {
          const id = `${r.family}\u0000${key}`;
          assert.ok(!seen.has(id), `${r.family}: "${key}" used by both ${seen.get(id)} and ${r.code}`);
          seen.set(id, r.code);
        }
      }
    });

    it('resolves every code and alias to its own record', () => {
      for (const r of ALL) {
        for (const spelling of [r.code, ...(r.aliases ?? [])]) assert.equal(c.lookup(spelling, [r.family]), r, spelling);
      }
    });

    it('has complete bilingual texts', () => {
      for (const r of ALL) {
        for (const field of ['label', 'explanation', 'nextStep'] as const) {
          const text = r[field];
          assert.ok(text.en.trim(), `${r.code}: empty en ${field}`);
          assert.ok(text.ja.trim(), `${r.code}: empty ja ${field}`);
          assert.ok(JAPANESE.test(text.ja), `${r.code}: ja ${field} has no Japanese characters`);
          assert.ok(!JAPANESE.test(text.en), `${r.code}: en ${field} contains Japanese characters`);
        }
        assert.ok(!/[.。]$/.test(r.label.en), `${r.code}: label should not end with a period`);
        assert.ok(r.label.en.split(/\s+/).length <= 8, `${r.code}: label too long`);
      }
    });
  });

  describe('sspr-classic-result', () => {
    it('resolves the English and Japanese Result values with the right outcome', () => {
      for (const [ja, { en, outcome }] of Object.entries(RESULT_TYPES)) {
        const byEn = lookup(en, 'sspr-classic-result');
        assert.equal(byEn.code, en);
        assert.equal(byEn.outcome, outcome, en);
        assert.equal(lookup(ja, 'sspr-classic-result'), byEn, ja);
      }
    });

    it('accepts the other spellings used by the documentation', () => {
      assert.equal(lookup('Canceled', 'sspr-classic-result').code, 'Cancelled');
      assert.equal(lookup('Contacted admin', 'sspr-classic-result').code, 'Contacted Admin');
    });

    it('counts the 24-hour throttle as blocked and unfinished resets as failures', () => {
      assert.equal(lookup('Blocked', 'sspr-classic-result').outcome, 'blocked');
      for (const v of ['Abandoned', 'Cancelled', 'Contacted Admin', 'Failed']) assert.equal(lookup(v, 'sspr-classic-result').outcome, 'failure', v);
    });
  });

  describe('sspr-classic-detail', () => {
    const rows = detailRows();

    it('parses all 35 rows of the seed details table', () => {
      assert.equal(rows.length, 35);
      assert.equal(ENGLISH_DETAILS.length, rows.length);
      for (const row of rows) assert.ok(RESULT_TYPES[row.result], `unknown result type ${row.result}`);
      assert.ok(rows.some((r) => r.japanese.includes(' ここ ')), 'the Markdown link should be reduced to its text');
    });

    it('resolves every Japanese details string with the outcome of its result type', () => {
      for (const row of rows) {
        const record = lookup(row.japanese, 'sspr-classic-detail');
        assert.equal(record.outcome, RESULT_TYPES[row.result]!.outcome, row.japanese);
        assert.ok(record.aliases?.includes(row.japanese), `exact seed string should be an alias: ${row.japanese}`);
      }
    });

    it('pairs each English original with the same record as its Japanese row', () => {
      rows.forEach((row, i) => {
        const en = ENGLISH_DETAILS[i]!;
        const record = lookup(en, 'sspr-classic-detail');
        assert.equal(normalizeKey(record.code), normalizeKey(en));
        assert.equal(lookup(row.japanese, 'sspr-classic-detail'), record, `${en} ↔ ${row.japanese}`);
      });
    });

    it('gives one record per row', () => {
      const records = new Set(rows.map((r) => lookup(r.japanese, 'sspr-classic-detail')));
      assert.equal(records.size, 35);
    });

    it('matches the short first sentence and the link-URL variant of multi-sentence details', () => {
      assert.equal(lookup('Password reset is not enabled for this user', 'sspr-classic-detail').outcome, 'failure');
      assert.equal(
        lookup('Password reset has been disabled entirely for this tenant. See http://aka.ms/ssprtroubleshoot to resolve this.', 'sspr-classic-detail').code,
        'Password reset has been disabled entirely for this tenant. See here to resolve this',
      );
    });

    it('gives concrete next steps for the configuration failures', () => {
      const writeback = lookup("User's password is managed on-premises. You can enable Password Writeback to resolve this", 'sspr-classic-detail');
      assert.match(writeback.nextStep.en, /Entra Connect/);
      assert.match(writeback.nextStep.en, /Cloud Sync/);
      assert.match(lookup('User does not have a license', 'sspr-classic-detail').nextStep.en, /license/i);
      assert.match(lookup('This user is not a member of the password reset users group', 'sspr-classic-detail').nextStep.en, /group/);
      assert.match(lookup('User entered too many invalid SMS verification codes and is blocked for 24 hours', 'sspr-classic-detail').nextStep.en, /24 hours/);
    });
  });

  describe('registration-data', () => {
    const values: Array<[string, string[]]> = [
      ['Alternate Email', ['連絡用電子メール', '連絡用メール アドレス']],
      ['Office Phone', ['会社電話']],
      ['Mobile Phone', ['携帯電話']],
      ['Security Questions', ['秘密の質問', 'セキュリティの質問']],
    ];

    it('resolves the four values in English and Japanese', () => {
      for (const [en, jas] of values) {
        const record = lookup(en, 'registration-data');
        assert.equal(record.code, en);
        assert.equal(record.outcome, 'info');
        for (const ja of jas) assert.equal(lookup(ja, 'registration-data'), record, ja);
      }
    });

    it('splits two-gate combinations into their parts', () => {
      const parts = c.lookupParts('Alternate Email + Mobile Phone', ['registration-data']);
      assert.deepEqual(parts.map((r) => r.code), ['Alternate Email', 'Mobile Phone']);
      assert.equal(c.lookupParts('連絡用メール アドレス + 携帯電話', ['registration-data']).length, 2);
    });

    it('says that security questions are weak', () => {
      assert.match(lookup('Security Questions', 'registration-data').explanation.en, /weakest/);
    });
  });

  describe('mfa-registration', () => {
    it('resolves the MFA Status values of the seed PowerShell export', () => {
      const seed = readFileSync(SEED_000, 'utf8');
      assert.ok(seed.includes("@{N='MFA Status'"), 'seed 000 should contain the MFA status export');
      assert.ok(seed.includes('"Disabled"'));
      assert.equal(lookup('Enabled', 'mfa-registration').outcome, 'pending');
      assert.equal(lookup('Enforced', 'mfa-registration').outcome, 'success');
      assert.equal(lookup('Disabled', 'mfa-registration').outcome, 'info');
      // Graph perUserMfaState spells the same states in lower case.
      for (const v of ['enabled', 'enforced', 'disabled']) assert.ok(c.lookup(v, ['mfa-registration']), v);
      assert.match(lookup('Disabled', 'mfa-registration').explanation.en, /Conditional Access/);
    });

    it('resolves the StrongAuthenticationMethods method types', () => {
      for (const v of ['OneWaySMS', 'TwoWayVoiceMobile', 'TwoWayVoiceOffice', 'TwoWayVoiceAlternateMobile', 'PhoneAppOTP', 'PhoneAppNotification']) {
        assert.equal(lookup(v, 'mfa-registration').outcome, 'info', v);
      }
      assert.equal(lookup('System.Object[]', 'mfa-registration').outcome, 'info');
    });

    it('resolves every methodsRegistered token and preferred-method value of the sample CSV', () => {
      const parsed = Papa.parse<Record<string, string>>(readFileSync(SAMPLE_CSV, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      assert.equal(parsed.data.length, 205);
      const tokens = (column: string): Set<string> =>
        new Set(parsed.data.flatMap((row) => (row[column] ?? '').split(',').map((t) => t.trim()).filter(Boolean)));
      const methods = tokens('methodsRegistered');
      assert.deepEqual([...methods].sort(), ['microsoftAuthenticatorPush', 'mobilePhone', 'softwareOneTimePasscode']);
      for (const column of ['methodsRegistered', 'userPreferredMethodForSecondaryAuthentication', 'systemPreferredAuthenticationMethods']) {
        for (const token of tokens(column)) assert.equal(lookup(token, 'mfa-registration').outcome, 'info', `${column}: ${token}`);
      }
      for (const row of parsed.data) {
        const cell = row['methodsRegistered'] ?? '';
        if (cell) assert.equal(c.lookupParts(cell, ['mfa-registration']).length, cell.split(',').length, cell);
      }
    });

    it('resolves the documented methodsRegistered and preferred-method tokens', () => {
      const documented = [
        'microsoftAuthenticatorPush', 'softwareOneTimePasscode', 'hardwareOneTimePasscode', 'microsoftAuthenticatorPasswordless',
        'mobilePhone', 'alternateMobilePhone', 'officePhone', 'email', 'securityQuestion', 'fido2SecurityKey', 'fido2',
        'windowsHelloForBusiness', 'temporaryAccessPass', 'passKeyDeviceBound', 'passKeyDeviceBoundAuthenticator',
        'passKeyDeviceBoundWindowsHello', 'macOsSecureEnclaveKey', 'passKeySynced', 'qrCode', 'externalAuthMethod',
        'push', 'oath', 'voiceMobile', 'voiceAlternateMobile', 'voiceOffice', 'sms', 'none',
      ];
      for (const token of documented) lookup(token, 'mfa-registration');
    });
  });
});
