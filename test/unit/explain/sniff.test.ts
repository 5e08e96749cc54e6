/**
 * The sniffer decides, before anything heavy loads, whether a file might be an Entra export. It must recognize every
 * real and generated export (a miss means no hovers at all) and stay quiet on ordinary CSV and JSON.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sniffExport } from '../../../src/core/formats/sniff';
import { ChunkDecoder, sniffEncoding } from '../../../src/core/formats/encoding';

const FIXTURES = path.join(__dirname, '../../fixtures');

function head(file: string): string {
  const bytes = new Uint8Array(readFileSync(file)).subarray(0, 16_384);
  const guess = sniffEncoding(bytes);
  return new ChunkDecoder(guess.encoding, guess.bomLength).decode(bytes);
}

describe('sniffing exports before loading anything', () => {
  const exports = [
    ...readdirSync(path.join(FIXTURES, 'samples')).filter((f) => !f.endsWith('.md')).map((f) => path.join(FIXTURES, 'samples', f)),
    ...readdirSync(path.join(FIXTURES, 'generated'))
      .filter((f) => f !== 'expected.json' && !f.startsWith('generic-'))
      .map((f) => path.join(FIXTURES, 'generated', f)),
  ];

  for (const file of exports) {
    it(`recognizes ${path.basename(file)}`, () => {
      assert.equal(sniffExport(head(file)).likely, true);
    });
  }

  it('stays quiet on ordinary CSV and JSON', () => {
    for (const text of [
      'id,name,price\n1,apple,3\n2,pear,4\n',
      'Date,Amount,Description\n2025-01-01,30,Coffee\n',
      '{"name": "my-package", "version": "1.0.0", "dependencies": {}}',
      '[{"id": 1, "title": "todo"}]',
      '',
      'plain text without any delimiter\n',
    ]) {
      assert.equal(sniffExport(text).likely, false, text);
    }
  });

  it('a ticket export that only quotes an AADSTS code is worth a full look', () => {
    assert.equal(sniffExport('Ticket,Summary\n123,"User gets AADSTS50126 at login"\n').likely, true);
  });
});
