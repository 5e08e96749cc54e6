import assert from 'node:assert/strict';

import { ChunkDecoder, encodedLength, looksBinary, sniffEncoding, type TextEncodingName } from '../../../src/core/formats/encoding';
import { byteChunks, concatBytes, pick, rng, shiftJis, shiftJisTable, utf16, utf8 } from './text-helpers';

const SIGNIN_CSV =
  'Date (UTC),Request ID,User,Username,Application,Status,Sign-in error code,IP address,Location\r\n' +
  '2025-04-21T04:29:55Z,7c1f…,Adele Vance,adelev@contoso.com,Office 365 Exchange Online,Failure,50126,203.0.113.7,"Tokyo, Tokyo, JP"\r\n';
const JAPANESE_CSV =
  '日時,ユーザー,アプリケーション,結果,詳細\r\n' +
  '2023/09/19 13:45:17,山田 太郎,Microsoft Teams,失敗,ユーザーが多要素認証を拒否しました\r\n' +
  '2023/09/19 13:46:02,ﾔﾏﾀﾞ ﾀﾛｳ,Outlook,成功,「承認」を選択 ①②③\r\n';
/** ASCII, Latin-1, CJK, half-width kana and astral characters (surrogate pairs in UTF-16). */
const MIXED = 'user@contoso.com, Zoë Müller, 東京都 渋谷区, ｶﾀｶﾅ, 🔐 MFA 😀 done, 𠮷野家\n';

describe('sniffEncoding', () => {
  it('takes a UTF-8 byte-order mark as certain, 3 bytes long', () => {
    const guess = sniffEncoding(concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SIGNIN_CSV)));
    assert.equal(guess.encoding, 'utf-8');
    assert.equal(guess.bomLength, 3);
    assert.equal(guess.confidence, 'certain');
  });

  it('takes UTF-16 LE and BE byte-order marks as certain, 2 bytes long', () => {
    const le = sniffEncoding(utf16(SIGNIN_CSV, 'le', true));
    assert.deepEqual([le.encoding, le.bomLength, le.confidence], ['utf-16le', 2, 'certain']);
    const be = sniffEncoding(utf16(SIGNIN_CSV, 'be', true));
    assert.deepEqual([be.encoding, be.bomLength, be.confidence], ['utf-16be', 2, 'certain']);
  });

  it('recognises UTF-16 LE and BE without a byte-order mark from the NUL bytes', () => {
    const le = sniffEncoding(utf16(SIGNIN_CSV, 'le'));
    assert.deepEqual([le.encoding, le.bomLength, le.confidence], ['utf-16le', 0, 'high']);
    const be = sniffEncoding(utf16(SIGNIN_CSV, 'be'));
    assert.deepEqual([be.encoding, be.bomLength, be.confidence], ['utf-16be', 0, 'high']);
    // A Japanese header over ASCII data (PowerShell 5.1 `Out-File` of a Japanese export) is still mostly NULs.
    const text = '日時,ユーザー,結果\r\n' + '2023-09-19T13:45:17Z,adelev@contoso.com,Success\r\n'.repeat(20);
    assert.equal(sniffEncoding(utf16(text, 'le')).encoding, 'utf-16le');
    assert.equal(sniffEncoding(utf16(text, 'be')).encoding, 'utf-16be');
  });

  it('takes ASCII-only text as UTF-8 with high confidence and no BOM', () => {
    const guess = sniffEncoding(utf8(SIGNIN_CSV.replace('…', '...')));
    assert.deepEqual([guess.encoding, guess.bomLength, guess.confidence], ['utf-8', 0, 'high']);
    assert.match(guess.reason, /ASCII/);
  });

  it('takes valid non-ASCII UTF-8 without a BOM as certain', () => {
    for (const text of [SIGNIN_CSV, JAPANESE_CSV, MIXED]) {
      const guess = sniffEncoding(utf8(text));
      assert.deepEqual([guess.encoding, guess.bomLength, guess.confidence], ['utf-8', 0, 'certain'], text);
    }
  });

  it('takes Japanese text that is not UTF-8 but valid Shift_JIS as Shift_JIS', () => {
    const guess = sniffEncoding(shiftJis(JAPANESE_CSV));
    assert.deepEqual([guess.encoding, guess.bomLength, guess.confidence], ['shift_jis', 0, 'high']);
  });

  it('gives low confidence to bytes that are neither UTF-8 nor Shift_JIS, and decodes them as UTF-8', () => {
    const bytes = concatBytes(utf8('user,result\r\nadele,'), new Uint8Array([0xff, 0xff, 0xfd, 0xa0]), utf8(',ok\r\n'));
    const guess = sniffEncoding(bytes);
    assert.deepEqual([guess.encoding, guess.bomLength, guess.confidence], ['utf-8', 0, 'low']);
  });

  it('still takes Shift_JIS with a damaged byte as Shift_JIS (low confidence), so only that character is lost', () => {
    const bytes = shiftJis(JAPANESE_CSV);
    const damaged = Uint8Array.from(bytes);
    damaged[bytes.findIndex((b) => b >= 0x80)] = 0xa0; // not a Shift_JIS byte, in the first Japanese character
    const guess = sniffEncoding(damaged);
    assert.deepEqual([guess.encoding, guess.confidence], ['shift_jis', 'low']);
    assert.match(guess.reason, /^Shift_JIS but for [12] undecodable sequences \(UTF-8 would lose \d+ characters\)$/);
  });

  it('keeps Japanese UTF-8 with a damaged byte as UTF-8', () => {
    const bytes = utf8(JAPANESE_CSV);
    const damaged = concatBytes(bytes.subarray(0, 20), new Uint8Array([0xa0]), bytes.subarray(20));
    assert.deepEqual([sniffEncoding(damaged).encoding, sniffEncoding(damaged).confidence], ['utf-8', 'low']);
  });

  it('does not count a multi-byte character cut at the end of the sample as an error', () => {
    const utf8Bytes = utf8('adelev@contoso.com,東京 😀');
    // Every cut inside the last two characters (3-byte 京, 4-byte emoji) still reads as certain UTF-8.
    for (let cut = utf8Bytes.length - 7; cut < utf8Bytes.length; cut++) {
      const guess = sniffEncoding(utf8Bytes.subarray(0, cut));
      assert.deepEqual([guess.encoding, guess.confidence], ['utf-8', 'certain'], `cut at ${cut}`);
    }
    const sjis = shiftJis(JAPANESE_CSV);
    for (let cut = 20; cut < sjis.length; cut++) {
      assert.equal(sniffEncoding(sjis.subarray(0, cut)).encoding, 'shift_jis', `cut at ${cut}`);
    }
  });

  it('does not mistake a short BOM-less sample for UTF-16', () => {
    assert.equal(sniffEncoding(utf8('a,b')).encoding, 'utf-8');
    assert.equal(sniffEncoding(new Uint8Array(0)).encoding, 'utf-8');
  });
});

describe('looksBinary', () => {
  it('flags binary data and not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    assert.equal(looksBinary(png, 'utf-8'), true);
    const random = rng(7);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    assert.equal(looksBinary(noise, 'utf-8'), true);
    assert.equal(looksBinary(utf8(SIGNIN_CSV + '\t\f'), 'utf-8'), false);
    assert.equal(looksBinary(shiftJis(JAPANESE_CSV), 'shift_jis'), false);
    assert.equal(looksBinary(new Uint8Array(0), 'utf-8'), false);
  });

  it('never flags UTF-16, whose NUL bytes are text', () => {
    assert.equal(looksBinary(utf16(SIGNIN_CSV, 'le'), 'utf-16le'), false);
    assert.equal(looksBinary(utf16(SIGNIN_CSV, 'be'), 'utf-16be'), false);
  });
});

interface Sample {
  readonly encoding: TextEncodingName;
  readonly bom: number;
  readonly bytes: Uint8Array;
  readonly text: string;
}

function samples(): Sample[] {
  const ja = JAPANESE_CSV;
  const all = SIGNIN_CSV + MIXED;
  return [
    { encoding: 'utf-8', bom: 0, bytes: utf8(all), text: all },
    { encoding: 'utf-8', bom: 3, bytes: concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(all)), text: all },
    { encoding: 'utf-16le', bom: 2, bytes: utf16(all, 'le', true), text: all },
    { encoding: 'utf-16le', bom: 0, bytes: utf16(all, 'le'), text: all },
    { encoding: 'utf-16be', bom: 2, bytes: utf16(all, 'be', true), text: all },
    { encoding: 'utf-16be', bom: 0, bytes: utf16(all, 'be'), text: all },
    { encoding: 'shift_jis', bom: 0, bytes: shiftJis(ja), text: ja },
  ];
}

function decodeInChunks(sample: Sample, size: number): { text: string; replacements: number } {
  const decoder = new ChunkDecoder(sample.encoding, sample.bom);
  let text = '';
  for (const chunk of byteChunks(sample.bytes, size)) text += decoder.decode(chunk);
  text += decoder.decode(new Uint8Array(0), true);
  return { text, replacements: decoder.replacements };
}

describe('ChunkDecoder', () => {
  it('gives the same text as one-shot decoding whatever the chunk boundaries split (emoji, Shift_JIS, surrogate pairs)', () => {
    for (const sample of samples()) {
      const whole = new ChunkDecoder(sample.encoding, sample.bom).decode(sample.bytes, true);
      assert.equal(whole, sample.text, `${sample.encoding} one shot`);
      for (let size = 1; size <= 17; size++) {
        const { text, replacements } = decodeInChunks(sample, size);
        assert.equal(text, sample.text, `${sample.encoding} (BOM ${sample.bom}) in chunks of ${size}`);
        assert.equal(replacements, 0, `${sample.encoding} in chunks of ${size}`);
      }
    }
  });

  it('skips a BOM split over the first chunks but keeps a later U+FEFF (files appended together)', () => {
    const bytes = concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('[{"a":1}]'), new Uint8Array([0xef, 0xbb, 0xbf]), utf8('[{"a":2}]'));
    for (const size of [1, 2, 4]) {
      const text = decodeInChunks({ encoding: 'utf-8', bom: 3, bytes, text: '' }, size).text;
      assert.equal(text, '[{"a":1}]\ufeff[{"a":2}]', `chunks of ${size}`);
    }
  });

  it('counts each undecodable sequence once, across chunk boundaries and at the end', () => {
    // 0xC3 0x28: a 2-byte lead followed by ASCII; 0xFF: never valid; 0xE6 0x9D at the end: a cut-off 3-byte char.
    const bytes = concatBytes(utf8('ok,'), new Uint8Array([0xc3, 0x28]), utf8(',ä,'), new Uint8Array([0xff]), utf8(',x'), new Uint8Array([0xe6, 0x9d]));
    for (let size = 1; size <= bytes.length; size++) {
      const { text, replacements } = decodeInChunks({ encoding: 'utf-8', bom: 0, bytes, text: '' }, size);
      assert.equal(text, 'ok,\ufffd(,ä,\ufffd,x\ufffd', `chunks of ${size}`);
      assert.equal(replacements, 3, `chunks of ${size}`);
    }
  });

  it('counts bad bytes in Shift_JIS and a lone surrogate in UTF-16', () => {
    const sjis = concatBytes(shiftJis('結果,'), new Uint8Array([0x82]), utf8(',x'));
    assert.equal(decodeInChunks({ encoding: 'shift_jis', bom: 0, bytes: sjis, text: '' }, 1).replacements, 1);
    const lone = utf16('a\ud83db', 'le');
    assert.equal(decodeInChunks({ encoding: 'utf-16le', bom: 0, bytes: lone, text: '' }, 3).replacements, 1);
    const odd = concatBytes(utf16('ab', 'be'), new Uint8Array([0x00]));
    assert.equal(decodeInChunks({ encoding: 'utf-16be', bom: 0, bytes: odd, text: '' }, 2).replacements, 1);
  });

  it('does not count a U+FFFD the file itself contains as lost bytes', () => {
    // Sign-in logs can carry characters an upstream system already replaced; the file is still valid.
    const text = 'device,DESKTOP-\ufffd\ufffdPC\n\ufffd,x\ufffd\n';
    const cases: Sample[] = [
      { encoding: 'utf-8', bom: 0, bytes: utf8(text), text },
      { encoding: 'utf-16le', bom: 2, bytes: utf16(text, 'le', true), text },
      { encoding: 'utf-16be', bom: 0, bytes: utf16(text, 'be'), text },
    ];
    for (const sample of cases) {
      for (let size = 1; size <= 9; size++) {
        const out = decodeInChunks(sample, size);
        assert.equal(out.text, text, `${sample.encoding} in chunks of ${size}`);
        assert.equal(out.replacements, 0, `${sample.encoding} in chunks of ${size}`);
      }
    }
    // …while real bad bytes next to it are still counted.
    const mixed = concatBytes(utf8('\ufffd'), new Uint8Array([0xef, 0xbf]), utf8('\ufffd,'), new Uint8Array([0xbd]));
    for (let size = 1; size <= mixed.length; size++) {
      const out = decodeInChunks({ encoding: 'utf-8', bom: 0, bytes: mixed, text: '' }, size);
      assert.equal(out.text, '\ufffd\ufffd\ufffd,\ufffd', `chunks of ${size}`);
      assert.equal(out.replacements, 2, `chunks of ${size}`);
    }
    // UTF-16: FD FF at an odd offset is not a U+FFFD code unit.
    const shifted = concatBytes(new Uint8Array([0x41, 0xfd]), new Uint8Array([0xff, 0x00]));
    assert.equal(new ChunkDecoder('utf-16le', 0).decode(shifted, true), '\ufd41\u00ff');
  });

  it('knows the bytes behind each replacement, so positions after bad bytes map to exact offsets', () => {
    // Each `|` sits after bytes that did not decode; its byte offset must come out of the decoded text exactly.
    const bad = (...b: number[]) => new Uint8Array(b);
    const cases: Array<[TextEncodingName, Uint8Array]> = [
      ['utf-8', concatBytes(utf8('a|'), bad(0xff), utf8('|é|'), bad(0xe6, 0x9d), utf8('|'), bad(0xf0, 0x9f, 0x98), utf8('|\ufffd|'), bad(0xc3), utf8('|東'), bad(0xed, 0xa0, 0x80), utf8('|'))],
      ['utf-16le', concatBytes(utf16('a|\ud83d|b|', 'le'), bad(0x7c))],
      ['shift_jis', concatBytes(shiftJis('結|'), bad(0xa0), utf8('|'), bad(0x82, 0x41), utf8('|'), bad(0x85, 0xfd), shiftJis('|ｶ|'), bad(0x82))],
    ];
    for (const [encoding, bytes] of cases) {
      const offsets: number[] = [];
      for (let i = bytes.indexOf(0x7c); i !== -1; i = bytes.indexOf(0x7c, i + 1)) {
        // UTF-16 LE: a `|` is 7C 00 at an even offset; the odd last byte 0x7C is not a character.
        if (encoding !== 'utf-16le' || (i % 2 === 0 && i + 1 < bytes.length)) offsets.push(i);
      }
      for (let size = 1; size <= bytes.length; size++) {
        const decoder = new ChunkDecoder(encoding, 0);
        let text = '';
        for (const chunk of byteChunks(bytes, size)) text += decoder.decode(chunk);
        text += decoder.decode(new Uint8Array(0), true);
        const at = (p: number) => encodedLength(text, 0, p, encoding) + decoder.widths.extraBytes(0, p);
        const found = [...text.matchAll(/\|/g)].map((m) => at(m.index));
        assert.deepEqual(found, offsets, `${encoding} in chunks of ${size}: ${JSON.stringify(text)}`);
        assert.equal(at(text.length), bytes.length, `${encoding} in chunks of ${size}: the whole text is the whole file`);
      }
    }
  });
});

describe('encodedLength', () => {
  const random = rng(20250421);
  const alphabet = [...'abcxyz,"\r\n\t 0123456789', 'é', 'ß', 'Ω', '東', '京', 'ア', 'ｶ', 'ﾟ', '😀', '🔐', '𠮷', '\u0080', '\u07ff', '\u0800', '\uffef'];
  const randomText = (n: number) => Array.from({ length: n }, () => pick(random, alphabet)).join('');

  it('equals the real UTF-8 and UTF-16 byte length of any range between characters', () => {
    for (let round = 0; round < 40; round++) {
      const text = randomText(1 + Math.floor(random() * 150));
      const boundaries = [0];
      for (let i = 0; i < text.length; ) {
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
        boundaries.push(i);
      }
      for (let k = 0; k < 30; k++) {
        let a = pick(random, boundaries);
        let b = pick(random, boundaries);
        if (a > b) [a, b] = [b, a];
        const part = text.slice(a, b);
        assert.equal(encodedLength(text, a, b, 'utf-8'), utf8(part).length, JSON.stringify(part));
        assert.equal(encodedLength(text, a, b, 'utf-16le'), utf16(part, 'le').length);
        assert.equal(encodedLength(text, a, b, 'utf-16be'), utf16(part, 'be').length);
      }
      assert.equal(encodedLength(text, 0, text.length, 'utf-8'), utf8(text).length);
    }
  });

  it('uses the ASCII fast path for long ranges without changing the result', () => {
    const ascii = 'x,'.repeat(200) + 'é' + 'y'.repeat(100);
    assert.equal(encodedLength(ascii, 0, 400, 'utf-8'), 400);
    assert.equal(encodedLength(ascii, 0, ascii.length, 'utf-8'), utf8(ascii).length);
    assert.equal(encodedLength(ascii, 300, ascii.length, 'utf-8'), utf8(ascii.slice(300)).length);
  });

  it('counts a UTF-8 surrogate pair as 4 bytes even when a range splits it (chunked text)', () => {
    const text = 'a😀b';
    assert.equal(encodedLength(text, 0, 2, 'utf-8') + encodedLength(text, 2, 4, 'utf-8'), 6);
  });

  it('equals the real Shift_JIS byte length, for every character the decoder can produce', () => {
    const table = shiftJisTable();
    // Every character this runtime's Shift_JIS decoder yields, one at a time…
    for (const [ch, bytes] of table) assert.equal(encodedLength(ch, 0, ch.length, 'shift_jis'), bytes.length, `U+${ch.codePointAt(0)!.toString(16)}`);
    // …and in running text, for ranges.
    const chars = [...table.keys()];
    for (let round = 0; round < 30; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 200) }, () => pick(random, chars)).join('');
      assert.equal(encodedLength(text, 0, text.length, 'shift_jis'), shiftJis(text).length);
      const a = Math.floor(random() * text.length);
      const b = a + Math.floor(random() * (text.length - a));
      assert.equal(encodedLength(text, a, b, 'shift_jis'), shiftJis(text.slice(a, b)).length);
    }
    assert.equal(encodedLength(JAPANESE_CSV, 0, JAPANESE_CSV.length, 'shift_jis'), shiftJis(JAPANESE_CSV).length);
  });
});
