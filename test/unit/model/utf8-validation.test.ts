/**
 * With a native UTF-8 validity check, valid chunks are not decoded just to count lost characters. The result must be
 * the same as decoding everything: the same rows, and the same lossy-decoding problem (count and first line) — with
 * characters cut across chunk boundaries, bad bytes late in the file, and U+FFFD written in the file itself.
 */
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { incompleteUtf8Tail, indexBytes } from '../../../src/core/model/build-index';

const enc = new TextEncoder();
const header = '"UserPrincipalName","MFA Status","MFA Methods"\r\n';
const row = (i: number, name: string) => `"${name}${i}@contoso.com","Enforced","PhoneAppNotification"\r\n`;

function both(bytes: Uint8Array, chunkSize: number) {
  const plain = indexBytes(bytes, { chunkSize });
  const validated = indexBytes(bytes, { chunkSize, isUtf8 });
  const summary = (i: typeof plain) => ({
    rows: i.rowCount,
    users: Array.from({ length: i.rowCount }, (_, r) => i.value('user', r)),
    lossy: i.problems.list.filter((p) => p.code === 'encoding-lossy'),
  });
  return { plain: summary(plain), validated: summary(validated) };
}

describe('UTF-8 validation instead of decoding', () => {
  const japanese = enc.encode(header + Array.from({ length: 400 }, (_, i) => row(i, 'ユーザー日本')).join(''));

  for (const chunk of [1, 2, 3, 5, 64, 4096]) {
    it(`valid UTF-8 with characters cut at chunk boundaries (${chunk}-byte chunks): nothing lost, same rows`, () => {
      const { plain, validated } = both(japanese, chunk);
      assert.deepEqual(validated, plain);
      assert.equal(validated.lossy.length, 0);
    });
  }

  it('bad bytes after the first megabyte: same count and same first line as decoding', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i, "user"));
    const bytes = enc.encode(header + rows.join(''));
    const bad = bytes.indexOf(0x40, 1_500_000); // an "@" well past the first megabyte
    assert.ok(bad > 1_500_000);
    bytes[bad] = 0xff;
    bytes[bad + 200] = 0xfe;
    const { plain, validated } = both(bytes, 1 << 20);
    assert.deepEqual(validated.lossy, plain.lossy);
    assert.equal(validated.lossy.length, 1);
    assert.match(validated.lossy[0]!.detail ?? '', /utf-8, 2 characters/);
  });

  it('U+FFFD written in the file is not counted as lost', () => {
    const bytes = enc.encode(header + Array.from({ length: 30_000 }, (_, i) => row(i, i === 29_000 ? 'x\ufffd' : 'user')).join(''));
    const { plain, validated } = both(bytes, 1 << 20);
    assert.deepEqual(validated.lossy, []);
    assert.deepEqual(plain.lossy, []);
  });

  it('finds the bytes of a character cut at the end of a chunk', () => {
    const bytes = enc.encode('ab日'); // 61 62 E6 97 A5
    assert.equal(incompleteUtf8Tail(bytes), 0);
    assert.equal(incompleteUtf8Tail(bytes.subarray(0, 4)), 2);
    assert.equal(incompleteUtf8Tail(bytes.subarray(0, 3)), 1);
    assert.equal(incompleteUtf8Tail(enc.encode('😀').subarray(0, 3)), 3);
  });
});
