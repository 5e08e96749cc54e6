import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from '../../../src/core/catalog/catalog';
import { normalizeKey, normalizeNumericCode } from '../../../src/core/catalog/normalize';
import { SIGNIN_ERRORS } from '../../../src/core/catalog/signin-errors';
import type { CatalogRecord, Outcome } from '../../../src/core/catalog/types';

/** Byte-for-byte copy of the researched reference table, so the test runs without the shared reference folder. */
const CSV_PATH = join(__dirname, '..', '..', 'fixtures', 'reference', 'aadsts-codes.csv');

interface CsvRow {
  code: string;
  symbolic_name: string;
  class: string;
  password_accepted_hint: string;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, commas inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function readReference(): CsvRow[] {
  const [header, ...body] = parseCsv(readFileSync(CSV_PATH, 'utf8'));
  const col = (name: string): number => {
    const i = header!.indexOf(name);
    assert.ok(i >= 0, `column ${name} missing from ${CSV_PATH}`);
    return i;
  };
  const [code, sym, cls, pw] = [col('code'), col('symbolic_name'), col('class'), col('password_accepted_hint')];
  return body.map((r) => ({ code: r[code]!, symbolic_name: r[sym]!, class: r[cls]!, password_accepted_hint: r[pw]! }));
}

/** Codes whose outcome deliberately differs from the plain class mapping (see the comments in the module). */
const OUTCOME_EXCEPTIONS: Record<string, Outcome> = {
  '50057': 'blocked', // disabled account (the brief's mapping)
  '50088': 'blocked', // MFA phone-call throttle
  '120002': 'failure', // weak new password: the user just picks another one
  '120018': 'failure', // banned new password: the user just picks another one
  '135011': 'blocked', // disabled device, like a disabled account
};

function expectedOutcome(row: CsvRow): Outcome {
  const exception = OUTCOME_EXCEPTIONS[row.code];
  if (exception) return exception;
  if (row.class === 'success') return 'success';
  if (row.class === 'interrupt') return 'interrupt';
  if (row.class === 'failure_policy' || row.class === 'failure_lockout') return 'blocked';
  assert.match(row.class, /^failure_/, `unexpected class ${row.class} for ${row.code}`);
  return 'failure';
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('catalog: sign-in error codes', () => {
  const catalog = new Catalog(SIGNIN_ERRORS);
  const lookup = (value: string): CatalogRecord | undefined => catalog.lookup(value, ['signin-error']);
  const reference = readReference();

  it('reads the 88-code reference table', () => {
    assert.equal(reference.length, 88);
  });

  it('has at least one record per reference code, plus the verified extras', () => {
    assert.ok(SIGNIN_ERRORS.length >= 88, `only ${SIGNIN_ERRORS.length} records`);
    assert.ok(SIGNIN_ERRORS.length >= 88 + 10, 'expected about 10-25 extra codes from Microsoft documentation');
    assert.ok(SIGNIN_ERRORS.length <= 88 + 25);
  });

  it('resolves every reference code through the real lookup', () => {
    for (const row of reference) {
      const record = lookup(row.code);
      assert.ok(record, `code ${row.code} (${row.symbolic_name}) not found`);
      assert.equal(record.code, row.code);
      assert.equal(record.family, 'signin-error');
      assert.equal(record.source, 'reference:aadsts-codes', `source of ${row.code}`);
    }
  });

  it('maps the reference class to the outcome', () => {
    for (const row of reference) {
      assert.equal(lookup(row.code)?.outcome, expectedOutcome(row), `outcome of ${row.code} (${row.class})`);
    }
  });

  it('sets passwordAccepted exactly where the reference says Y', () => {
    for (const row of reference) {
      const record = lookup(row.code)!;
      if (row.password_accepted_hint === 'Y') assert.equal(record.passwordAccepted, true, `${row.code} should prove the password`);
      else assert.equal(record.passwordAccepted, undefined, `${row.code} should not claim the password was accepted`);
    }
  });

  it('extra codes come from Microsoft documentation and make no password claim', () => {
    const referenceCodes = new Set(reference.map((r) => r.code));
    const extras = SIGNIN_ERRORS.filter((r) => !referenceCodes.has(r.code));
    assert.equal(extras.length, SIGNIN_ERRORS.length - 88);
    for (const r of extras) {
      assert.equal(r.source, 'microsoft-docs', `source of ${r.code}`);
      assert.equal(r.passwordAccepted, undefined, r.code);
    }
    for (const code of ['700082', '50196', '7000112', '90019', '50000', '500021']) assert.ok(lookup(code), code);
    assert.equal(lookup('500021')?.outcome, 'blocked');
    assert.equal(lookup('700082')?.outcome, 'failure');
  });

  it('resolves the AADSTS prefix, surrounding whitespace and spreadsheet number formats', () => {
    for (const spelling of ['AADSTS50126', 'aadsts50126', ' 50126 ', '50126', '50126.0']) {
      assert.equal(lookup(spelling)?.code, '50126', JSON.stringify(spelling));
    }
    assert.equal(lookup('AADSTS500121')?.code, '500121');
    assert.equal(lookup('0')?.outcome, 'success');
    assert.equal(lookup('99999999'), undefined);
  });

  it('classifies the codes analysts meet most often', () => {
    for (const code of ['50074', '50076', '50140']) assert.equal(lookup(code)?.outcome, 'interrupt', code);
    assert.equal(lookup('53003')?.outcome, 'blocked');
    assert.equal(lookup('50053')?.outcome, 'blocked');
    assert.equal(lookup('50057')?.outcome, 'blocked');
    assert.equal(lookup('50126')?.outcome, 'failure');

    const mfaFailed = lookup('500121')!;
    assert.equal(mfaFailed.outcome, 'failure');
    assert.equal(mfaFailed.passwordAccepted, true);
    assert.ok(mfaFailed.tags?.includes('mfa'));

    assert.equal(lookup('50126')?.passwordAccepted, undefined);
    assert.equal(lookup('0')?.passwordAccepted, true);
  });

  it('tags the codes detections rely on', () => {
    const has = (code: string, tag: string): boolean => lookup(code)?.tags?.includes(tag as never) ?? false;
    for (const code of ['50126', '50034', '50056', '50064', '120000']) assert.ok(has(code, 'credential'), code);
    assert.ok(has('50053', 'lockout'));
    for (const code of ['50074', '50076', '500121', '50088', '50072', '50079']) assert.ok(has(code, 'mfa'), code);
    for (const code of ['50072', '50079', '50125']) assert.ok(has(code, 'registration'), code);
    for (const code of ['50140', '50058', '70008', '50199', '16000', '16001', '50089', '70043', '70044']) {
      assert.ok(has(code, 'benign'), code);
    }
    for (const code of ['53003', '53000', '530035', '500212', '50105']) assert.ok(has(code, 'policy'), code);
    // Noise must never be tagged as an attack signal.
    for (const r of SIGNIN_ERRORS) {
      if (r.tags?.includes('benign')) assert.ok(!r.tags.includes('credential') && !r.tags.includes('lockout'), r.code);
    }
  });

  it('says so in the explanation when a code is an interrupt or proves the password', () => {
    for (const r of SIGNIN_ERRORS) {
      if (r.outcome === 'interrupt') {
        assert.match(r.explanation.en, /interrupt/i, `${r.code} en should call itself an interrupt`);
        assert.match(r.explanation.ja, /中断/, `${r.code} ja should call itself an interrupt`);
      }
      if (r.passwordAccepted) {
        assert.match(r.explanation.en, /password|credential/i, `${r.code} en should mention the password`);
        assert.match(r.explanation.ja, /パスワード|資格情報/, `${r.code} ja should mention the password`);
      }
    }
  });

  it('has well-formed records', () => {
    for (const r of SIGNIN_ERRORS) {
      assert.equal(r.family, 'signin-error', r.code);
      assert.match(r.code, /^(0|[1-9]\d*)$/, `${r.code} must be the bare number as written in logs`);
      assert.equal(r.aliases, undefined, `${r.code} needs no aliases`);
      for (const field of ['label', 'explanation', 'nextStep'] as const) {
        assert.ok(r[field].en.trim().length > 0, `${r.code} ${field}.en empty`);
        assert.ok(r[field].ja.trim().length > 0, `${r.code} ${field}.ja empty`);
        assert.match(r[field].ja, JAPANESE, `${r.code} ${field}.ja has no Japanese`);
        assert.doesNotMatch(r[field].en, JAPANESE, `${r.code} ${field}.en contains Japanese`);
      }
      assert.ok(r.label.en.split(/\s+/).length <= 8, `${r.code} label too long: ${r.label.en}`);
      assert.doesNotMatch(r.label.en, /\.$/, `${r.code} label ends with a period`);
      assert.doesNotMatch(r.label.ja, /。$/, `${r.code} label ends with a period`);
    }
  });

  it('has no duplicate keys', () => {
    const seen = new Map<string, string>();
    for (const r of SIGNIN_ERRORS) {
      for (const key of [normalizeKey(r.code), normalizeNumericCode(r.code)]) {
        assert.ok(key !== undefined);
        const owner = seen.get(key);
        assert.ok(owner === undefined || owner === r.code, `key ${key} used by ${owner} and ${r.code}`);
        seen.set(key, r.code);
      }
    }
    assert.equal(new Set(SIGNIN_ERRORS.map((r) => r.code)).size, SIGNIN_ERRORS.length);
  });
});
