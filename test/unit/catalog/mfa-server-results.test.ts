import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Catalog } from '../../../src/core/catalog/catalog';
import { MFA_SERVER_RESULTS } from '../../../src/core/catalog/mfa-server-results';
import { normalizeKey } from '../../../src/core/catalog/normalize';
import type { CatalogRecord, Outcome, Tag } from '../../../src/core/catalog/types';

const SEED = join(__dirname, '..', '..', 'fixtures', 'seeds', '000_1849298a6a9eefc8.txt');
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface SeedRow {
  code: string;
  english: string;
  japanese: string;
}

/** Rows of the seed's call-result table: `| CODE | English text (日本語の表示) | 説明 |`. */
function seedRows(): SeedRow[] {
  const rows: SeedRow[] = [];
  for (const line of readFileSync(SEED, 'utf8').split(/\r?\n/)) {
    if (!line.startsWith('|')) continue;
    const cells = line.replace(/^\|/, '').split('|').map((c) => c.trim());
    if (!/^[A-Z_]+$/.test(cells[0] ?? '')) continue;
    const display = /^(.*?)\s*\((.*)\)$/.exec(cells[1] ?? '');
    assert.ok(display, `display text of ${cells[0]} should be "English (日本語)"`);
    rows.push({ code: cells[0]!, english: display[1]!, japanese: display[2]! });
  }
  return rows;
}

describe('catalog: MFA Server call results', () => {
  const c = new Catalog(MFA_SERVER_RESULTS);
  const rows = seedRows();
  const find = (value: string): CatalogRecord | undefined => c.lookup(value, ['mfa-server-result']);
  const get = (code: string): CatalogRecord => {
    const record = find(code);
    assert.ok(record, `${code} should resolve`);
    return record;
  };

  it('covers all 45 call results of the seed table, one record each', () => {
    assert.equal(rows.length, 45);
    assert.equal(MFA_SERVER_RESULTS.length, 45);
    assert.deepEqual(
      [...MFA_SERVER_RESULTS.map((r) => r.code)].sort(),
      rows.map((r) => r.code).sort(),
    );
  });

  it('resolves every code, its English display text and its Japanese display text to the same record', () => {
    for (const row of rows) {
      const byCode = find(row.code);
      assert.ok(byCode, `${row.code} should resolve`);
      assert.equal(byCode.code, row.code);
      assert.equal(find(row.english), byCode, `"${row.english}" should resolve to ${row.code}`);
      assert.equal(find(row.japanese), byCode, `"${row.japanese}" should resolve to ${row.code}`);
    }
  });

  it('resolves values as a report or spreadsheet writes them', () => {
    assert.equal(find(' success_with_pin ')?.code, 'SUCCESS_WITH_PIN');
    assert.equal(find('mobile app denied.')?.code, 'FAILED_PHONE_APP_DENIED');
    assert.equal(find('ＯＡＴＨ コードが正しくありません')?.code, 'FAILED_OATH_CODE_INCORRECT');
    assert.equal(find('モバイルアプリが拒否されました')?.code, 'FAILED_PHONE_APP_DENIED');
  });

  it('decides outcomes from meaning, not from the SUCCESS/FAILED prefix', () => {
    const expected: Record<string, Outcome> = {
      SUCCESS_WITH_PIN: 'success',
      SUCCESS_NO_PIN: 'success',
      SUCCESS_NO_PIN_BUT_TIMEOUT: 'failure',
      SUCCESS_WITH_PIN_BUT_TIMEOUT: 'failure',
      SUCCESS_PIN_EXPIRED: 'failure',
      SUCCESS_INVALID_INPUT: 'failure',
      SUCCESS_USER_BLOCKED: 'blocked',
      SUCCESS_SMS_SENT: 'pending',
      SUCCESS_OATH_CODE_PENDING: 'pending',
      SUCCESS_USED_CACHE: 'success',
      SUCCESS_USED_IP_BASED_CACHE: 'success',
      SUCCESS_USED_APP_BASED_CACHE: 'success',
      SUCCESS_BYPASSED_AUTH: 'success',
      SUCCESS_PHONE_APP_AUTHENTICATED: 'success',
      FAILED_FRAUD_CODE_ENTERED: 'blocked',
      FAILED_FRAUD_REPORTED: 'failure',
      FAILED_PHONE_APP_ALL_DEVICES_BLOCKED: 'blocked',
      FAILED_AUTHENTICATION_THROTTLED: 'blocked',
      FAILED_PHONE_APP_DENIED: 'failure',
      FAILED_PHONE_BUSY: 'failure',
      CONFIG_ISSUE: 'failure',
    };
    for (const [code, outcome] of Object.entries(expected)) assert.equal(get(code).outcome, outcome, code);
  });

  it('tags fraud, denial, no-response, throttling and the channel', () => {
    const has = (code: string, tag: Tag) => assert.ok(get(code).tags?.includes(tag), `${code} should be tagged ${tag}`);
    has('FAILED_FRAUD_CODE_ENTERED', 'fraud');
    has('FAILED_FRAUD_REPORTED', 'fraud');
    has('FAILED_PHONE_APP_DENIED', 'mfa-denied');
    has('FAILED_AUTHENTICATION_THROTTLED', 'lockout');
    for (const code of [
      'FAILED_PHONE_APP_NO_RESPONSE',
      'SUCCESS_WITH_PIN_BUT_TIMEOUT',
      'SUCCESS_NO_PIN_BUT_TIMEOUT',
      'FAILED_OATH_TOKEN_TIMEOUT',
      'FAILED_SECURITY_QUESTIONS_TIMEOUT',
      'FAILED_AUTH_RESULT_TIMEOUT',
    ]) {
      has(code, 'mfa-no-response');
    }
    has('SUCCESS_NO_PIN_BUT_TIMEOUT', 'phone');
    has('SUCCESS_SMS_SENT', 'phone');
    has('FAILED_PHONE_APP_DENIED', 'app-notification');
    has('SUCCESS_PHONE_APP_AUTHENTICATED', 'app-notification');
    const fraudCodes = MFA_SERVER_RESULTS.filter((r) => r.tags?.includes('fraud')).map((r) => r.code).sort();
    assert.deepEqual(fraudCodes, ['FAILED_FRAUD_CODE_ENTERED', 'FAILED_FRAUD_REPORTED']);
  });

  it('explains what a user or analyst needs for the tricky results', () => {
    assert.match(get('SUCCESS_NO_PIN_BUT_TIMEOUT').explanation.en, /voicemail/i);
    assert.match(get('SUCCESS_NO_PIN_BUT_TIMEOUT').explanation.ja, /留守番電話/);
    assert.match(get('FAILED_PHONE_BUSY').explanation.en, /RADIUS/);
    assert.match(get('FAILED_FRAUD_REPORTED').explanation.en, /password/i);
    for (const code of ['SUCCESS_USED_CACHE', 'SUCCESS_USED_IP_BASED_CACHE', 'SUCCESS_USED_APP_BASED_CACHE', 'SUCCESS_BYPASSED_AUTH']) {
      assert.match(get(code).explanation.en, /no second factor was actually performed/i, code);
      assert.match(get(code).explanation.ja, /2 要素目の認証は行われていません/, code);
    }
    assert.match(get('SUCCESS_BYPASSED_AUTH').nextStep.en, /review/i);
    for (const code of ['SUCCESS_WITH_PIN', 'SUCCESS_NO_PIN']) {
      assert.match(get(code).explanation.en, /standard mode/i, code);
      assert.match(get(code).explanation.en, /PIN mode/, code);
    }
    // The note that the activity report no longer covers NPS extension / AD FS appears once, not on every record.
    const withNote = MFA_SERVER_RESULTS.filter((r) => /NPS extension/.test(r.explanation.en));
    assert.equal(withNote.length, 1);
  });

  it('has no duplicate normalized keys across codes and aliases', () => {
    const seen = new Map<string, string>();
    for (const record of MFA_SERVER_RESULTS) {
      for (const spelling of [record.code, ...(record.aliases ?? [])]) {
        const key = normalizeKey(spelling);
        const owner = seen.get(key);
        assert.ok(owner === undefined, `"${spelling}" of ${record.code} collides with ${owner}`);
        seen.set(key, record.code);
      }
    }
  });

  it('fills every text in both languages, in the right language, from seed 000', () => {
    for (const r of MFA_SERVER_RESULTS) {
      assert.equal(r.family, 'mfa-server-result');
      assert.equal(r.source, 'seed:000');
      for (const field of [r.label, r.explanation, r.nextStep]) {
        assert.ok(field.en.trim(), `${r.code} en text`);
        assert.ok(field.ja.trim(), `${r.code} ja text`);
        assert.match(field.ja, JAPANESE, `${r.code} ja text should be Japanese: ${field.ja}`);
        assert.doesNotMatch(field.en, JAPANESE, `${r.code} en text should not contain Japanese: ${field.en}`);
      }
      assert.doesNotMatch(r.label.en, /\.$/, `${r.code} label ends with a period`);
      assert.ok(r.label.en.split(/\s+/).length <= 8, `${r.code} label is too long`);
    }
  });
});
