/**
 * Every code and value in the tables of the two seed documents must be explained by the product, in English and
 * Japanese. The seeds are read as they are (bundled copies, checked identical to ../shared/seeds when that exists);
 * nothing here lists the values by hand, so a value added to a seed table fails this test until it is catalogued.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog, type CatalogRecord, type Family } from '../../../src/core/catalog';

const SEEDS = path.join(__dirname, '../../fixtures/seeds');
const SHARED_SEEDS = path.join(__dirname, '../../../../shared/seeds');
const SEED_000 = '000_1849298a6a9eefc8.txt';
const SEED_002 = '002_e6e1eaf4720c82f7.txt';

const read = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Lines of `text` from the line matching `start` up to (not including) the next line matching `end`. */
function section(text: string, start: RegExp, end: RegExp): string[] {
  const lines = text.split(/\r?\n/);
  const from = lines.findIndex((l) => start.test(l));
  assert.ok(from >= 0, `section ${start} not found in the seed`);
  const rest = lines.slice(from + 1);
  const to = rest.findIndex((l) => end.test(l));
  return to < 0 ? rest : rest.slice(0, to);
}

/** `phrase (日本語)` → ['phrase', '日本語'] (the Japanese part is the last parenthesised group). */
function splitBilingual(item: string): [string, string] {
  const m = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(item.trim());
  assert.ok(m, `not "English (日本語)": ${item}`);
  return [m[1]!.trim(), m[2]!.trim()];
}

function assertExplained(value: string, families: readonly Family[]): CatalogRecord {
  const record = catalog.lookup(value, families);
  assert.ok(record, `"${value}" is not explained by the catalog (families ${families.join(', ')})`);
  for (const field of ['label', 'explanation', 'nextStep'] as const) {
    assert.ok(record[field].en.trim().length > 0, `${record.code}: empty English ${field}`);
    assert.ok(JAPANESE.test(record[field].ja), `${record.code}: Japanese ${field} has no Japanese text`);
  }
  return record;
}

describe('seed coverage: every code and value of the seed tables is explained in en and ja', () => {
  it('the bundled seeds are byte-identical to ../shared/seeds (when present)', function () {
    if (!existsSync(SHARED_SEEDS)) this.skip();
    for (const name of [SEED_000, SEED_002]) {
      assert.deepEqual(readFileSync(path.join(SEEDS, name)), readFileSync(path.join(SHARED_SEEDS, name)), name);
    }
  });

  describe(`seed ${SEED_000} (MFA sign-in details, MFA Server call results)`, () => {
    const seed = read(SEED_000);

    it('all 45 MFA Server call results, by code and by their English and Japanese display text', () => {
      const rows = seed.split(/\r?\n/).filter((l) => /^\|\s*[A-Z_]{6,}\s*\|/.test(l));
      assert.equal(rows.length, 45);
      for (const row of rows) {
        const [code, display] = row.split('|').slice(1, 3).map((c) => c.trim()) as [string, string];
        const record = assertExplained(code, ['mfa-server-result']);
        assert.equal(record.code, code);
        for (const text of splitBilingual(display)) assert.equal(catalog.lookup(text, ['mfa-server-result']), record, `display text "${text}"`);
      }
    });

    const bullets = (start: RegExp, end: RegExp) =>
      section(seed, start, end)
        .filter((l) => /^\s+\*\s/.test(l))
        .map((l) => l.replace(/^\s+\*\s+/, ''));

    it('the 12 ways MFA was satisfied, in English and Japanese, none of them a failure', () => {
      const items = bullets(/MFA が満たされた場合/, /MFA が拒否された場合/);
      assert.equal(items.length, 12);
      for (const item of items) {
        const [en, ja] = splitBilingual(item);
        const record = assertExplained(en, ['mfa-detail']);
        assert.equal(catalog.lookup(ja, ['mfa-detail']), record, ja);
        assert.notEqual(record.outcome, 'failure', en);
      }
    });

    it('the 22 reasons MFA was denied, in English and Japanese, each a failure or a block', () => {
      const items = bullets(/MFA が拒否された場合/, /^## /);
      assert.equal(items.length, 22);
      for (const item of items) {
        const [en, ja] = splitBilingual(item);
        const record = assertExplained(en, ['mfa-detail']);
        assert.equal(catalog.lookup(ja, ['mfa-detail']), record, ja);
        assert.ok(record.outcome === 'failure' || record.outcome === 'blocked', `${en} is ${record.outcome}`);
        assert.equal(catalog.lookup(`MFA denied; ${en}`, ['mfa-detail']), record, `MFA denied; ${en}`);
      }
    });

    it("the PowerShell MFA status export's default value", () => {
      const m = /N='MFA Status'.*else \{"(\w+)"\}/.exec(seed);
      assert.ok(m, 'MFA Status expression not found');
      assertExplained(m[1]!, ['mfa-registration']);
    });
  });

  describe(`seed ${SEED_002} (SSPR activities, classic password-reset reports)`, () => {
    const seed = read(SEED_002);

    it('the 7 Self-service Password Management activity types, in English and Japanese', () => {
      const items = seed
        .split(/\r?\n/)
        .filter((l) => /^\* \[\*\*.+\*\*\]\(#activity-type-/.test(l))
        .map((l) => /^\* \[\*\*(.+)\*\*\]/.exec(l)![1]!);
      assert.equal(items.length, 7);
      for (const item of items) {
        const [en, ja] = splitBilingual(item);
        const record = assertExplained(en, ['audit-activity']);
        assert.equal(catalog.lookup(ja, ['audit-activity']), record, ja);
      }
    });

    it('the activity failure reason FuzzyPolicyViolationInvalidPassword', () => {
      const reasons = [...new Set([...seed.matchAll(/_([A-Z][A-Za-z]+)_ -/g)].map((m) => m[1]!))];
      assert.deepEqual(reasons, ['FuzzyPolicyViolationInvalidPassword']);
      assert.equal(assertExplained(reasons[0]!, ['audit-reason']).outcome, 'failure');
    });

    it('the 6 classic Result values', () => {
      const row = seed.split(/\r?\n/).find((l) => l.startsWith('| 結果 |'));
      assert.ok(row);
      const values = [...row.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim());
      assert.deepEqual(values, ['中止', 'ブロック', 'キャンセル', '管理者への連絡', '失敗', '成功']);
      for (const v of values) assertExplained(v, ['sspr-classic-result']);
    });

    it('the registration data / method values', () => {
      for (const heading of ['| 登録データ |', '| 使用された方法 |']) {
        const row = seed.split(/\r?\n/).find((l) => l.startsWith(heading));
        assert.ok(row, heading);
        const values = [...row.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim()).filter((v) => !v.startsWith('上の任意の組み合わせ'));
        assert.deepEqual(values, ['連絡用電子メール', '会社電話', '携帯電話', '秘密の質問']);
        for (const v of values) assertExplained(v, ['registration-data']);
      }
      assert.equal(catalog.lookupParts('連絡用電子メール + 携帯電話', ['registration-data']).length, 2);
    });

    it('all 35 classic Details strings, each with the outcome of its result type', () => {
      const rows = section(seed, /\[詳細\] 列で許可される値/, /^## /).filter((l) => /^\| .+ \|[^|]+\|\s*$/.test(l) && !/^\| (詳細|---)/.test(l));
      assert.equal(rows.length, 35);
      const outcomeOfResult: Record<string, string> = { 中止: 'failure', ブロック: 'blocked', キャンセル: 'failure', 管理者への連絡: 'failure', 失敗: 'failure', 成功: 'success' };
      for (const row of rows) {
        const [details, result] = row.split('|').slice(1, 3).map((c) => c.trim().replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')) as [string, string];
        const record = assertExplained(details, ['sspr-classic-detail']);
        assert.equal(record.outcome, outcomeOfResult[result], `${details} → ${result}`);
      }
    });
  });
});
