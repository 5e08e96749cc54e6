/**
 * The byte-level CSV reader is allowed only because it yields exactly what the papaparse-based reader yields: the same
 * rows (fields, line, byte offset and length) and the same problems, on every CSV fixture and real sample and on
 * thousands of fuzzed inputs (broken quoting, mixed line breaks, whitespace after quotes, multi-byte text), in any
 * chunking.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CsvReader, sniffCsvDialect, type CsvDialect } from '../../../src/core/formats/csv';
import { ChunkDecoder, sniffEncoding } from '../../../src/core/formats/encoding';
import { FastCsvReader } from '../../../src/core/formats/fast-csv';

interface Outcome {
  rows: Array<{ fields: string[]; line: number; byteOffset: number; byteLength: number }>;
  problems: Array<{ line: number; code: string; detail?: string }>;
}

function viaPapaparse(bytes: Uint8Array, dialect: CsvDialect, encoding: 'utf-8' | 'shift_jis', bom: number, chunk: number): Outcome {
  const out: Outcome = { rows: [], problems: [] };
  const reader = new CsvReader(dialect, encoding, bom, {
    row: (r) => out.rows.push({ fields: [...r.fields], line: r.line, byteOffset: r.byteOffset, byteLength: r.byteLength }),
    problem: (p) => out.problems.push({ line: p.line, code: p.code, ...(p.detail ? { detail: p.detail } : {}) }),
  });
  const decoder = new ChunkDecoder(encoding, bom);
  for (let i = 0; i < bytes.length; i += chunk) reader.push(decoder.decode(bytes.subarray(i, i + chunk)));
  reader.push(decoder.decode(new Uint8Array(0), true));
  reader.end();
  return out;
}

function viaBytes(bytes: Uint8Array, dialect: CsvDialect, encoding: 'utf-8' | 'shift_jis', bom: number, chunk: number): Outcome {
  const out: Outcome = { rows: [], problems: [] };
  const reader = new FastCsvReader(dialect, encoding, bom, {
    row: (r) => out.rows.push({ fields: r.fields(), line: r.line, byteOffset: r.byteOffset, byteLength: r.byteLength }),
    problem: (p) => out.problems.push({ line: p.line, code: p.code, ...(p.detail ? { detail: p.detail } : {}) }),
  });
  const body = bytes.subarray(bom);
  // Chunks arrive in one reused Node Buffer, scribbled over after each push, as from `readChunks`: the reader must
  // keep nothing that points into it.
  const reused = Buffer.alloc(Math.min(chunk, body.length));
  for (let i = 0; i < body.length; i += chunk) {
    const n = Math.min(chunk, body.length - i);
    reused.set(body.subarray(i, i + n));
    reader.push(reused.subarray(0, n));
    reused.fill(0x22);
  }
  reader.end();
  return out;
}

function compare(bytes: Uint8Array, label: string, chunks: number[]): void {
  const guess = sniffEncoding(bytes);
  if (guess.encoding !== 'utf-8' && guess.encoding !== 'shift_jis') return;
  const encoding = guess.encoding;
  const text = new TextDecoder(encoding).decode(bytes.subarray(guess.bomLength));
  const dialect = sniffCsvDialect(text.slice(0, 65_536));
  const expected = viaPapaparse(bytes, dialect, encoding, guess.bomLength, 1 << 20);
  for (const chunk of chunks) {
    assert.deepEqual(viaBytes(bytes, dialect, encoding, guess.bomLength, chunk), expected, `${label}, chunks of ${chunk} bytes`);
  }
}

const FIXTURES = path.join(__dirname, '../../fixtures');

describe('the byte-level CSV reader matches the papaparse reader', () => {
  const files = [
    ...readdirSync(path.join(FIXTURES, 'generated')).map((f) => path.join(FIXTURES, 'generated', f)),
    ...readdirSync(path.join(FIXTURES, 'samples')).map((f) => path.join(FIXTURES, 'samples', f)),
  ].filter((f) => /\.(csv|txt)$/.test(f));

  for (const file of files) {
    it(`on ${path.basename(file)}`, () => {
      compare(new Uint8Array(readFileSync(file)), path.basename(file), [1 << 20, 4_096, 97, 7]);
    });
  }

  it('on 10,000 fuzzed inputs (seeded), in random chunkings', function () {
    this.timeout(60_000);
    let seed = 20261122;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pieces = ['a', 'bc', ',', ',', '"', '"', '""', '\n', '\r\n', '\r', ' ', '\t', 'é', '日本', '\u3000', '\u00a0', '"x,y"', '"q""q"', '"l1\nl2"', ';', 'ok'];
    const enc = new TextEncoder();
    for (let i = 0; i < 10_000; i++) {
      // Mostly CSV-shaped rows, sometimes free noise, so both the common and the broken paths are exercised.
      let text = random() < 0.5 ? 'h1,h2,h3\r\n' : random() < 0.5 ? 'h1,h2\n' : '';
      const length = 1 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      const bytes = enc.encode(text);
      compare(bytes, `fuzz #${i} ${JSON.stringify(text)}`, [bytes.length || 1, 1 + Math.floor(random() * 12), 3]);
    }
  });

  it('on a broken row whose two-line field’s tail is skipped, in every chunking', () => {
    const text = '"a","b"\r\n"1","Sign-in "was blocked.\r\nContact your administrator.","z"\r\n"3","y"\r\n';
    compare(new TextEncoder().encode(text), 'broken two-line row', [1, 2, 3, 5, 7, 11, 64]);
  });

  it('decodes each distinct value of a column once: equal values are the same string', () => {
    const csv = new TextEncoder().encode('user,app\r\n"a@x","Teams"\r\n"b@x","Teams"\r\n"a@x","Teams"\r\n');
    const seen: string[][] = [];
    const reader = new FastCsvReader({ delimiter: ',', newline: '\r\n' }, 'utf-8', 0, { row: (r) => seen.push([r.field(0), r.field(1)]), problem: () => undefined });
    reader.push(csv);
    reader.end();
    assert.deepEqual(seen, [['user', 'app'], ['a@x', 'Teams'], ['b@x', 'Teams'], ['a@x', 'Teams']]);
  });
});
