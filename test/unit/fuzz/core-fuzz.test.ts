/**
 * The core against 10,000 hostile and broken inputs per run (seeded: the same inputs every run unless FUZZ_SEED is
 * set). For each one, the index and everything built on it must finish within 2 s without throwing, and the properties
 * of `properties.ts` must hold; a quarter of the inputs are valid exports with exactly one row broken, for which every
 * other row must still be indexed (`good-rows.ts`).
 *
 * A failure names the seed, the input's number and what the input is. To run that input alone:
 *   FUZZ_SEED=<seed> FUZZ_INPUT=<n> npx mocha test/unit/fuzz/core-fuzz.test.ts
 * FUZZ_INPUTS=<count> runs more (or fewer) inputs.
 */
import assert from 'node:assert/strict';
import { rng } from '../formats/text-helpers';
import { baseExports } from './corpus';
import { bigField, chunkSizeFor, FAMILIES, type FuzzInput, type Random } from './generators';
import { breakOneRow, checkGoodRows, CORRUPTIONS, type OneRowBroken } from './good-rows';
import { analyse, checkEncoding, checkProblems, checkRows, fileText, indexInput } from './properties';

const SEED = Number(process.env.FUZZ_SEED ?? 20251122);
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 10_000);
const ONLY = process.env.FUZZ_INPUT === undefined ? undefined : Number(process.env.FUZZ_INPUT);
/** Longest the core may take on one input (index, then every analysis). */
const MAX_MS = 2_000;
/** The five 10 MB-field inputs come first; they are the slow ones. */
const BIG_INPUTS = 5;
/** Their bound: they take about 1 s on a quiet 2-core machine; a shared CI machine must not turn that into a failure. */
const MAX_BIG_MS = 5_000;

/** Input `n` of the run: its own generator, so any one can be made again without the others. */
function inputNumber(n: number): { input: FuzzInput; oneRow?: OneRowBroken } {
  const random = rng(Math.imul(SEED ^ 0x9e3779b9, 0x85ebca6b) + n * 0x27d4eb2f);
  const options = (bytes: Uint8Array) => ({ chunkSize: chunkSizeFor(random, bytes.length), validateUtf8: random() < 0.5 });
  if (n < BIG_INPUTS) {
    const made = bigField(n);
    return { input: { family: 'big-field', ...made, chunkSize: 1 << 20, validateUtf8: n % 2 === 0 } };
  }
  if (random() < 0.25) {
    for (;;) {
      const corruption = CORRUPTIONS[Math.floor(random() * CORRUPTIONS.length)]!;
      const oneRow = breakOneRow(random, corruption);
      if (oneRow) return { input: { family: `one-row ${corruption}`, about: oneRow.about, bytes: oneRow.bytes, ...options(oneRow.bytes) }, oneRow };
    }
  }
  const family = pickFamily(random);
  const made = family.make(random);
  return { input: { family: family.name, ...made, ...options(made.bytes) } };
}

const TOTAL_WEIGHT = FAMILIES.reduce((s, f) => s + f.weight, 0);
function pickFamily(random: Random): (typeof FAMILIES)[number] {
  let r = random() * TOTAL_WEIGHT;
  for (const f of FAMILIES) if ((r -= f.weight) < 0) return f;
  return FAMILIES[0]!;
}

interface Outcome {
  readonly family: string;
  readonly ms: number;
  readonly broken: string[];
}

async function check(n: number): Promise<Outcome> {
  const { input, oneRow } = inputNumber(n);
  const random = rng(SEED + n);
  const name = `FUZZ_SEED=${SEED} FUZZ_INPUT=${n} [${input.family}] ${input.about} (${input.bytes.length} bytes, chunks of ${input.chunkSize}${input.validateUtf8 ? ', isUtf8' : ''})`;
  let ms = 0;
  const timed = async <T>(work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      ms += performance.now() - start;
    }
  };
  try {
    const index = await timed(() => indexInput(input));
    const file = fileText(input.bytes, index);
    const broken = [
      ...checkProblems(index, file),
      ...checkEncoding(input.bytes, index),
      ...(await checkRows(input.bytes, index, file, random)),
      ...(oneRow ? checkGoodRows(oneRow, index) : []),
      ...(await timed(() => analyse(input.bytes, index, file, random))),
    ];
    const limit = n < BIG_INPUTS ? MAX_BIG_MS : MAX_MS;
    if (ms > limit) broken.push(`took ${Math.round(ms)} ms (at most ${limit})`);
    return { family: input.family, ms, broken: broken.map((b) => `${name}: ${b}`) };
  } catch (error) {
    return { family: input.family, ms, broken: [`${name}: threw ${(error as Error).stack ?? String(error)}`] };
  }
}

describe('the core on hostile and broken input (fuzzed, seeded)', () => {
  it(`never throws, never hangs, reports every problem at a real line and loses no good row (${ONLY === undefined ? INPUTS.toLocaleString('en') : `input ${ONLY}`} inputs)`, async function () {
    this.timeout(300_000);
    baseExports();
    const numbers = ONLY === undefined ? [...Array(INPUTS).keys()] : [ONLY];
    const failures: string[] = [];
    const perFamily = new Map<string, { count: number; ms: number }>();
    for (const n of numbers) {
      const { ms, broken, family: name } = await check(n);
      const family = name.split(' ')[0]!;
      const f = perFamily.get(family) ?? { count: 0, ms: 0 };
      perFamily.set(family, { count: f.count + 1, ms: f.ms + ms });
      failures.push(...broken);
      if (failures.length >= 20) break;
    }
    if (process.env.FUZZ_STATS) console.log([...perFamily].map(([k, v]) => `${k}: ${v.count} inputs, ${Math.round(v.ms)} ms`).join('\n'));
    assert.deepEqual(failures.slice(0, 20), []);
  });
});
