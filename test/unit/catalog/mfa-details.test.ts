import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_METHODS } from '../../../src/core/catalog/auth-methods';
import { Catalog } from '../../../src/core/catalog/catalog';
import { MFA_DETAILS } from '../../../src/core/catalog/mfa-details';
import { normalizeKey } from '../../../src/core/catalog/normalize';
import type { CatalogRecord, Family } from '../../../src/core/catalog/types';

const SEED = join(__dirname, '../../fixtures/seeds/000_1849298a6a9eefc8.txt');
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface SeedPhrase {
  en: string;
  ja: string;
}

/** The two bullet lists of the seed: how MFA was satisfied, and why it was denied. */
function parseSeedLists(): { satisfied: SeedPhrase[]; denied: SeedPhrase[] } {
  const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
  const satisfied: SeedPhrase[] = [];
  const denied: SeedPhrase[] = [];
  let current: SeedPhrase[] | undefined;
  for (const line of lines) {
    if (/^\* MFA が満たされた場合/.test(line)) current = satisfied;
    else if (/^\* MFA が拒否された場合/.test(line)) current = denied;
    else if (/^#/.test(line)) current = undefined;
    const m = /^\s+\* (.+?) \(([^()]+)\)\s*$/.exec(line);
    if (m && current) current.push({ en: m[1]!, ja: m[2]! });
  }
  return { satisfied, denied };
}

const seed = parseSeedLists();
const catalog = new Catalog([...MFA_DETAILS, ...AUTH_METHODS]);
const MFA: readonly Family[] = ['mfa-detail'];
const METHOD: readonly Family[] = ['auth-method'];

function mfa(value: string): CatalogRecord {
  const record = catalog.lookup(value, MFA);
  assert.ok(record, `no mfa-detail record for "${value}"`);
  return record;
}

function method(value: string): CatalogRecord {
  const record = catalog.lookup(value, METHOD);
  assert.ok(record, `no auth-method record for "${value}"`);
  return record;
}

describe('catalog: MFA details and authentication methods', () => {
  it('parses the 12 satisfied and 22 denied phrases from the bundled seed', () => {
    assert.equal(seed.satisfied.length, 12);
    assert.equal(seed.denied.length, 22);
    assert.ok(seed.satisfied.some((p) => p.en === 'completed in the cloud' && p.ja === 'クラウドで完了しました'));
    assert.ok(seed.denied.some((p) => p.en === 'user declined the authentication' && p.ja === 'ユーザーが認証を拒否しました'));
  });

  it('has the expected number of records per family', () => {
    assert.equal(MFA_DETAILS.length, 43);
    assert.equal(AUTH_METHODS.length, 18);
    assert.ok(MFA_DETAILS.every((r) => r.family === 'mfa-detail'));
    assert.ok(AUTH_METHODS.every((r) => r.family === 'auth-method' && r.outcome === 'info'));
  });

  it('resolves every satisfied seed phrase, English and Japanese, to a non-failure record', () => {
    for (const phrase of seed.satisfied) {
      const en = mfa(phrase.en);
      const ja = mfa(phrase.ja);
      assert.equal(ja, en, `"${phrase.ja}" and "${phrase.en}" should be the same record`);
      assert.ok(!['failure', 'blocked'].includes(en.outcome), `${phrase.en} → ${en.outcome}`);
      assert.equal(en.source, 'seed:000');
      assert.ok(en.aliases?.includes(phrase.en), `bare seed phrase "${phrase.en}" is an alias`);
      assert.ok(en.aliases?.includes(phrase.ja), `Japanese phrase "${phrase.ja}" is an alias`);
    }
  });

  it('resolves every denied seed phrase, English and Japanese, to a failure or blocked record', () => {
    for (const phrase of seed.denied) {
      const en = mfa(phrase.en);
      const ja = mfa(phrase.ja);
      assert.equal(ja, en, `"${phrase.ja}" and "${phrase.en}" should be the same record`);
      assert.ok(['failure', 'blocked'].includes(en.outcome), `${phrase.en} → ${en.outcome}`);
      assert.ok(en.code.startsWith('MFA denied; '), en.code);
      assert.equal(mfa(`MFA denied; ${phrase.en}`), en, 'prefixed form resolves');
      assert.ok(en.aliases?.includes(phrase.en), `bare seed phrase "${phrase.en}" is an alias`);
      assert.ok(en.aliases?.includes(phrase.ja), `Japanese phrase "${phrase.ja}" is an alias`);
    }
  });

  it('gives one record per seed phrase (34 distinct records)', () => {
    const records = new Set([...seed.satisfied, ...seed.denied].map((p) => mfa(p.en)));
    assert.equal(records.size, 34);
  });

  it('matches case, contraction, apostrophe and 2025-doc wording variants', () => {
    const noResponse = mfa('MFA denied; user did not respond to mobile app notification');
    assert.equal(mfa("MFA Denied; user didn't respond to mobile app notification"), noResponse);
    assert.equal(mfa('MFA denied; user didn’t respond to mobile app notification'), noResponse);
    assert.equal(mfa("user didn't respond to mobile app notification"), noResponse);
    assert.equal(mfa('MFA Denied; user declined the authentication'), mfa('user declined the authentication'));
    assert.equal(mfa("user doesn't have any verification methods registered").code, 'MFA denied; user does not have any verification methods registered');
    assert.equal(mfa("MFA denied; unable to reach the user's phone"), mfa('unable to reach the user’s phone'));
    assert.equal(mfa('  mfa requirement satisfied by claim in the token. '), mfa('satisfied by claim in the token'));
  });

  it('resolves the full strings seen in real data and detection rules', () => {
    const expected: Array<[string, string]> = [
      ['Correct password', 'success'],
      // The AuthDetails CSV's `Result detail` of a failed password step.
      ['Invalid username or password or Invalid on-premise username or password.', 'failure'],
      ['Authentication in progress', 'pending'],
      ['First factor requirement satisfied by claim in the token', 'success'],
      ['MFA requirement satisfied by claim in the token', 'success'],
      ['MFA successfully completed', 'success'],
      ['MFA completed in Azure AD', 'success'],
      ['MFA required', 'interrupt'],
      ['MFA denied; user declined the authentication', 'failure'],
      ['MFA denied; user did not respond to mobile app notification', 'failure'],
      ['MFA denied; duplicate authentication attempt', 'failure'],
      ['MFA denied; Phone App Reported Fraud', 'failure'],
      ['MFA denied; user did not select the correct number', 'failure'],
      ['MFA denied; invalid verification code', 'failure'],
      ['User account is disabled. The account has been disabled by an administrator.', 'blocked'],
      ['MFA requirement skipped due to registered device', 'success'],
      ['MFA requirement skipped due to IP address', 'success'],
      ['MFA requirement skipped due to app password', 'success'],
      ['MFA requirement skipped due to remembered device', 'success'],
      ['MFA requirement satisfied by claim provided by external provider', 'success'],
      ['MFA requirement satisfied by strong authentication', 'success'],
    ];
    for (const [value, outcome] of expected) assert.equal(mfa(value).outcome, outcome, value);
    // "completed in the cloud" and the observed "MFA completed in Azure AD" are one record.
    assert.equal(mfa('completed in the cloud'), mfa('MFA completed in Azure AD'));
    // The denied "authentication in-progress" is not the neutral "Authentication in progress".
    assert.equal(mfa('authentication in-progress').outcome, 'failure');
    assert.equal(mfa('Authentication in progress').outcome, 'pending');
  });

  it('sets the outcomes and tags an analyst relies on', () => {
    assert.equal(mfa('registration prompted').outcome, 'interrupt');
    assert.equal(mfa('has expired due to the policies configured on tenant').outcome, 'interrupt');
    for (const skipped of ['skipped due to app password', 'skipped due to location', 'skipped due to registered device', 'skipped due to remembered device', 'skipped as flow exercised was Windows broker logon flow']) {
      assert.equal(mfa(skipped).outcome, 'success', skipped);
    }
    assert.equal(mfa('user is blocked').outcome, 'blocked');
    const fraud = mfa('MFA denied; Phone App Reported Fraud');
    assert.equal(fraud.outcome, 'failure');
    assert.ok(fraud.tags?.includes('fraud'));
    assert.ok(mfa('user declined the authentication').tags?.includes('mfa-denied'));
    for (const noAnswer of ['user did not respond to mobile app notification', 'user never entered the verification code', 'phone call went to voicemail']) {
      assert.ok(mfa(noAnswer).tags?.includes('mfa-no-response'), noAnswer);
    }
    const denied = MFA_DETAILS.filter((r) => r.code.startsWith('MFA denied; '));
    assert.ok(denied.every((r) => r.tags?.includes('mfa')));
    assert.equal(MFA_DETAILS.filter((r) => r.tags?.includes('mfa-denied')).length, 1);
  });

  it('explains MFA fatigue and token replay where they show up', () => {
    assert.match(mfa('user declined the authentication').explanation.en, /fatigue/i);
    assert.match(mfa('user did not respond to mobile app notification').explanation.en, /fatigue/i);
    assert.match(mfa('satisfied by claim in the token').explanation.en, /replay/i);
    assert.match(mfa('MFA denied; Phone App Reported Fraud').explanation.en, /password/i);
  });

  it('resolves authentication methods, old-portal Japanese names and Graph names', () => {
    const pairs: Array<[string, string]> = [
      ['Password', 'Password'],
      ['Text message', 'Text message'],
      ['SMS', 'Text message'],
      ['テキスト メッセージ', 'Text message'],
      ['テキストメッセージ', 'Text message'],
      ['Voice', 'Phone call approval (Authentication phone)'],
      ['Phone call approval (Authentication phone)', 'Phone call approval (Authentication phone)'],
      ['電話の呼び出し (認証用電話)', 'Phone call approval (Authentication phone)'],
      ['Phone call (Office phone)', 'Phone call approval (Office phone)'],
      ['電話の呼び出し (会社の電話)', 'Phone call approval (Office phone)'],
      ['Phone call (Alternate authentication phone)', 'Phone call approval (Alternate phone)'],
      ['電話の呼び出し (代替の認証用電話)', 'Phone call approval (Alternate phone)'],
      ['Mobile app notification', 'Mobile app notification'],
      ['モバイル アプリの通知', 'Mobile app notification'],
      ['Mobile app verification code', 'Mobile app verification code'],
      ['モバイル アプリの確認コード', 'Mobile app verification code'],
      ['OATH verification code', 'OATH verification code'],
      ['Authenticator App', 'Authenticator App'],
      ['Software OATH token', 'Software OATH token'],
      ['Satisfied by token', 'Satisfied by token'],
      ['Previously satisfied', 'Previously satisfied'],
      ['FIDO2 security key', 'FIDO2 security key'],
      ['Windows Hello for Business', 'Windows Hello for Business'],
      ['Passkey (Microsoft Authenticator)', 'Passkey (Microsoft Authenticator)'],
      ['Temporary Access Pass', 'Temporary Access Pass'],
      ['X.509 Certificate', 'X.509 Certificate'],
      ['Certificate-based authentication', 'X.509 Certificate'],
      ['Passwordless phone sign-in', 'Passwordless phone sign-in'],
    ];
    for (const [value, code] of pairs) assert.equal(method(value).code, code, value);
    assert.match(method('OATH verification code').explanation.en, /hardware/i);
    assert.match(method('OATH verification code').explanation.en, /software/i);
    assert.match(method('FIDO2 security key').explanation.en, /phishing-resistant/);
    assert.match(method('Text message').explanation.en, /weakest/);
    // A method name is not an MFA detail, and vice versa.
    assert.equal(catalog.lookup('Password', MFA), undefined);
    assert.equal(catalog.lookup('MFA successfully completed', METHOD), undefined);
  });

  for (const [name, records] of [
    ['mfa-details', MFA_DETAILS],
    ['auth-methods', AUTH_METHODS],
  ] as const) {
    describe(`${name}: general checks`, () => {
      it('has no duplicate normalized keys', () => {
        const seen = new Map<string, string>();
        for (const r of records) {
          for (const spelling of [r.code, ...(r.aliases ?? [])]) {
            const key = normalizeKey(spelling);
            assert.ok(!seen.has(key), `"${spelling}" (${r.code}) collides with ${seen.get(key)}`);
            seen.set(key, r.code);
          }
        }
      });

      it('resolves every code and alias to its own record', () => {
        for (const r of records) {
          for (const spelling of [r.code, ...(r.aliases ?? [])]) {
            assert.equal(catalog.lookup(spelling, [r.family]), r, spelling);
          }
        }
      });

      it('has complete bilingual texts in the right script', () => {
        for (const r of records) {
          for (const field of ['label', 'explanation', 'nextStep'] as const) {
            const text = r[field];
            assert.ok(text.en.trim(), `${r.code}: empty ${field}.en`);
            assert.ok(text.ja.trim(), `${r.code}: empty ${field}.ja`);
            assert.match(text.ja, JAPANESE, `${r.code}: ${field}.ja has no Japanese`);
            assert.doesNotMatch(text.en, JAPANESE, `${r.code}: ${field}.en contains Japanese`);
          }
          assert.ok(!r.label.en.endsWith('.'), `${r.code}: label ends with a period`);
          assert.ok(r.label.en.split(/\s+/).length <= 8, `${r.code}: label too long`);
        }
      });
    });
  }
});
