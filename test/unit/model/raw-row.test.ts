/**
 * Rows are re-read from their byte range when someone looks at them, so every offset the index records must point at
 * exactly that row in the real file — including after a BOM, through multi-line records and in UTF-16.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { indexBytes } from '../../../src/core/model/build-index';
import { readRawRow, type ReadRange } from '../../../src/core/model/raw-row';
import { concatBytes, utf16, utf8 } from '../formats/text-helpers';

const SAMPLES = path.join(__dirname, '../../fixtures/samples');

function rangeReader(bytes: Uint8Array): ReadRange {
  return async (offset, length) => bytes.subarray(offset, offset + length);
}

describe('re-reading a row from its byte range', () => {
  it('every record of the Graph audit JSON (BOM, PowerShell indentation) comes back identical', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, '20250502131826-AuditLogs.json')));
    const expected = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    const index = indexBytes(bytes, { chunkSize: 4096 });
    assert.equal(index.rowCount, expected.length);
    for (let row = 0; row < index.rowCount; row++) {
      const raw = await readRawRow(index, row, rangeReader(bytes));
      assert.equal(raw.kind, 'json');
      assert.deepEqual(raw.kind === 'json' && raw.record, expected[row], `row ${row}`);
    }
  });

  it('every row of the registration CSV comes back with all 16 fields as papaparse reads them', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, '202504290949-MFA-UserRegistrationDetails.csv')));
    const expected = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data.slice(1);
    const index = indexBytes(bytes, { chunkSize: 1000 });
    assert.equal(index.rowCount, expected.length);
    for (let row = 0; row < index.rowCount; row++) {
      const raw = await readRawRow(index, row, rangeReader(bytes));
      assert.deepEqual(raw.kind === 'csv' && raw.fields, expected[row], `row ${row}`);
      assert.equal(index.line(row), row + 2);
    }
  });

  it('the same file as UTF-16 LE with BOM (PowerShell Out-File) gives the same rows', async () => {
    const text = readFileSync(path.join(SAMPLES, '202504290949-MFA-UserRegistrationDetails.csv'), 'utf8').replace(/^\ufeff/, '');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const index = indexBytes(bytes, { chunkSize: 777 });
    assert.equal(index.info.encoding, 'utf-16le');
    const expected = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
    assert.equal(index.rowCount, expected.length);
    for (const row of [0, 1, 100, index.rowCount - 1]) {
      const raw = await readRawRow(index, row, rangeReader(bytes));
      assert.deepEqual(raw.kind === 'csv' && raw.fields, expected[row], `row ${row}`);
    }
  });

  it('rows after bytes that do not decode still re-read: Latin-1 or a stray UTF-16 BOM in UTF-8 JSON, UTF-16 cut at an odd byte', async () => {
    // A replacement character stands for 1–3 bad bytes; counted as the 3 of a real U+FFFD, every later offset was early.
    const records = ['{"userPrincipalName":"a@x","city":"Z', '"}\n{"userPrincipalName":"b@x"}\n{"userPrincipalName":"c@x"}\n'];
    for (const bad of [[0xeb], [0xff, 0xfe], [0xf0, 0x9f, 0x98]]) {
      const bytes = concatBytes(utf8(records[0]!), new Uint8Array(bad), utf8(records[1]!));
      for (const chunkSize of [1 << 20, 5]) {
        const index = indexBytes(bytes, { chunkSize });
        assert.deepEqual([index.rowCount, index.problems.count('encoding-lossy')], [3, 1]);
        for (let row = 0; row < 3; row++) {
          const raw = await readRawRow(index, row, rangeReader(bytes));
          assert.equal(raw.kind === 'json' && raw.record.userPrincipalName, 'abc'[row] + '@x', `row ${row} after ${bad}, chunks of ${chunkSize}`);
        }
      }
    }
    const csv = utf16('User,Result\r\na@x,ok\r\nb@x,failed', 'le', true);
    const cut = concatBytes(csv, new Uint8Array([0x41]));
    const index = indexBytes(cut);
    const last = index.rowCount - 1;
    assert.equal(index.columns.byteOffset[last]! + index.columns.byteLength[last]!, cut.length, 'the last row ends at the end of the file');
  });

  it('a CSV row that starts with U+FEFF (files appended together) re-reads as the index read it', async () => {
    // papaparse's `parse` strips a BOM at the start of its input, which the whole-file read kept in the field.
    const bytes = utf8('User,Result\n"a@x",ok\n\ufeff"b@x",failed\n');
    const index = indexBytes(bytes);
    const raw = await readRawRow(index, 1, rangeReader(bytes));
    assert.deepEqual(raw.kind === 'csv' && raw.fields, ['\ufeff"b@x"', 'failed']);
    assert.equal(index.value('user', 1), '"b@x"'); // trimmed, as every cell
  });

  it('each NDJSON diagnostic record comes back from its line', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, 'test-signinlogs-raw.log')));
    const lines = new TextDecoder().decode(bytes).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const index = indexBytes(bytes);
    assert.equal(index.rowCount, lines.length);
    for (let row = 0; row < index.rowCount; row++) {
      const raw = await readRawRow(index, row, rangeReader(bytes));
      assert.deepEqual(raw.kind === 'json' && raw.record, lines[row]);
      assert.equal(index.line(row), row + 1);
    }
  });
});
