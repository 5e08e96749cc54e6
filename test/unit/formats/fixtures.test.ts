/**
 * Every generated fixture (test/fixtures/generated, built by `npm run fixtures`) against its expectations in
 * `expected.json`: detected kind, dialect, container, encoding, confidence, row count, outcome counts and spot checks
 * (line, user, code, time …) of chosen rows. The expectations were written by hand from the meaning of each code in
 * the tables of test/fixtures/build/ (one module per export family), not computed by the product.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUTCOMES, type Outcome } from '../../../src/core/catalog/types';
import { indexBytes } from '../../../src/core/model/build-index';
import { problemMessage, severityOf } from '../../../src/core/model/problems';
import type { ReportIndex } from '../../../src/core/model/report-index';
import type { FixtureExpect } from '../../fixtures/build/expected';

const DIR = join(__dirname, '..', '..', 'fixtures', 'generated');

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { fixtures: FixtureExpect[]; equivalent: string[][] };

const cache = new Map<string, ReportIndex>();
function indexOf(file: string): ReportIndex {
  let idx = cache.get(file);
  if (!idx) {
    idx = indexBytes(new Uint8Array(readFileSync(join(DIR, file))));
    cache.set(file, idx);
  }
  return idx;
}

function outcomeCounts(idx: ReportIndex): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (let r = 0; r < idx.rowCount; r++) counts[idx.outcome(r)]++;
  return counts;
}

const TEXT_FIELDS = ['user', 'code', 'detail', 'location', 'country', 'method', 'activity', 'actor'] as const;

describe('generated fixtures', () => {
  it('expected.json describes every generated file and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'expected.json').sort();
    assert.deepEqual(expected.fixtures.map((f) => f.file).sort(), files);
  });

  for (const fx of expected.fixtures) {
    describe(`${fx.file} — ${fx.about}`, () => {
      it(`is detected as ${fx.kind} / ${fx.dialect} (${fx.container})`, () => {
        const { info } = indexOf(fx.file);
        assert.equal(info.kind, fx.kind);
        assert.equal(info.dialect, fx.dialect);
        assert.equal(info.container, fx.container);
        if (fx.variant !== undefined) assert.equal(info.variant, fx.variant);
      });

      it(`is decoded as ${fx.encoding}${fx.bom ? ' with BOM' : ''}`, () => {
        const { info } = indexOf(fx.file);
        assert.equal(info.encoding, fx.encoding);
        assert.equal(info.bomLength > 0, fx.bom);
      });

      it(`has ${fx.confidence} confidence`, () => {
        const { confidence } = indexOf(fx.file).info;
        if (fx.confidence === 'lower') {
          // Found by column position or by values: detected, but never as sure as a fully named layout.
          assert.ok(confidence === 'high' || confidence === 'medium', `confidence ${confidence}`);
        } else {
          assert.equal(confidence, fx.confidence);
        }
      });

      it(`has ${fx.rows} rows with the expected outcomes`, () => {
        const idx = indexOf(fx.file);
        assert.equal(idx.rowCount, fx.rows);
        const want = Object.fromEntries(OUTCOMES.map((o) => [o, fx.outcomes[o] ?? 0]));
        assert.deepEqual(outcomeCounts(idx), want);
      });

      it('spot checks', () => {
        const idx = indexOf(fx.file);
        for (const s of fx.spot) {
          const at = `${fx.file} row ${s.row}`;
          assert.equal(idx.line(s.row), s.line, `${at}: line`);
          // The raw row is re-read from these bytes on demand (hover, grid): they must be exact in every encoding.
          assert.equal(idx.columns.byteOffset[s.row], s.byteOffset, `${at}: byte offset`);
          assert.equal(idx.columns.byteLength[s.row], s.byteLength, `${at}: byte length`);
          assert.equal(idx.outcome(s.row), s.outcome, `${at}: outcome`);
          for (const field of TEXT_FIELDS) {
            const want = s[field];
            if (want !== undefined) assert.equal(idx.value(field, s.row), want, `${at}: ${field}`);
          }
          if (s.time !== undefined) {
            const ms = idx.time(s.row);
            assert.ok(!Number.isNaN(ms), `${at}: no time`);
            assert.equal(new Date(ms).toISOString(), s.time, `${at}: time`);
          }
        }
      });

      it('reads without errors or warnings', () => {
        const idx = indexOf(fx.file);
        const serious = idx.problems.sorted().filter((p) => severityOf(p.code) !== 'info');
        assert.deepEqual(serious.map((p) => `L${p.line} ${problemMessage(p, 'en')}`), []);
      });

      if (fx.unknownCodes) {
        it(`reports ${fx.unknownCodes.join(', ')} as unknown, at its line`, () => {
          const idx = indexOf(fx.file);
          for (const code of fx.unknownCodes!) {
            const problem = idx.problems.list.find((p) => p.code === 'unknown-code' && p.detail === code);
            assert.ok(problem, `no unknown-code problem for ${code}`);
            let row = -1;
            for (let r = 0; r < idx.rowCount && row < 0; r++) if (idx.value('code', r) === code) row = r;
            assert.equal(problem.line, idx.line(row));
          }
        });
      }
    });
  }

  describe('the same rows in another encoding or header language give the same index', () => {
    for (const group of expected.equivalent) {
      const [first, ...others] = group;
      for (const other of others) {
        it(`${other} = ${first}`, () => {
          const a = indexOf(first!);
          const b = indexOf(other);
          assert.equal(b.rowCount, a.rowCount);
          for (let r = 0; r < a.rowCount; r++) {
            const row = (idx: ReportIndex) => ({
              line: idx.line(r),
              time: idx.time(r),
              outcome: idx.outcome(r),
              ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, idx.value(f, r)])),
            });
            assert.deepEqual(row(b), row(a), `row ${r}`);
          }
        });
      }
    }
  });
});
