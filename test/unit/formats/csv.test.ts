import assert from 'node:assert/strict';
import Papa from 'papaparse';

import { CsvReader, sniffCsvDialect, type CsvDialect, type CsvRow } from '../../../src/core/formats/csv';
import type { TextEncodingName } from '../../../src/core/formats/encoding';
import type { ParseProblem } from '../../../src/core/formats/records';
import { concatBytes, pick, rng, shiftJis, textChunks, timeRatio, utf16, utf8 } from './text-helpers';

interface Read {
  readonly rows: CsvRow[];
  readonly problems: ParseProblem[];
}

function readCsv(text: string, chunkSize = Infinity, options: { dialect?: CsvDialect; encoding?: TextEncodingName; startByte?: number } = {}): Read {
  const rows: CsvRow[] = [];
  const problems: ParseProblem[] = [];
  const dialect = options.dialect ?? sniffCsvDialect(text.slice(0, 65536));
  const reader = new CsvReader(dialect, options.encoding ?? 'utf-8', options.startByte ?? 0, {
    row: (row) => rows.push(row),
    problem: (problem) => problems.push(problem),
  });
  for (const chunk of chunkSize === Infinity ? [text] : textChunks(text, chunkSize)) reader.push(chunk);
  reader.end();
  assert.equal(reader.rows, rows.length);
  return { rows, problems };
}

const fieldsOf = (read: Read) => read.rows.map((r) => r.fields);
const linesOf = (read: Read) => read.rows.map((r) => r.line);

/** The same rows, positions and problems whatever size the text arrives in. */
function assertChunkInvariant(text: string, maxChunk = 17): Read {
  const whole = readCsv(text);
  for (let size = 1; size <= maxChunk; size++) {
    assert.deepEqual(readCsv(text, size), whole, `chunks of ${size} differ for ${JSON.stringify(text.slice(0, 80))}`);
  }
  return whole;
}

/** Every row's byte range, cut from the encoded file and parsed alone, gives the row back; it ends at a line break. */
function assertByteRanges(text: string, read: Read, bytes: Uint8Array, encoding: string, start = 0): void {
  const dialect = sniffCsvDialect(text);
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const unit = encoding.startsWith('utf-16') ? 2 : 1;
  const breakAt = (offset: number) => {
    const ch = decoder.decode(bytes.subarray(offset, offset + unit));
    return ch === '\n' || ch === '\r';
  };
  let linesBefore = 0;
  let counted = start;
  for (const row of read.rows) {
    const end = row.byteOffset + row.byteLength;
    assert.ok(end <= bytes.length, `row at line ${row.line} ends past the file`);
    const slice = decoder.decode(bytes.subarray(row.byteOffset, end));
    const parsed = Papa.parse<string[]>(slice, { delimiter: dialect.delimiter, newline: dialect.newline });
    assert.deepEqual(parsed.data[0], row.fields, `byte range of line ${row.line}: ${JSON.stringify(slice)}`);
    assert.equal(parsed.data.length, 1, `byte range of line ${row.line} holds one row`);
    assert.ok(end === bytes.length || breakAt(end), `row at line ${row.line} is followed by a line break`);
    assert.ok(row.byteOffset === start || breakAt(row.byteOffset - unit), `row at line ${row.line} starts a line`);
    // The line is the number of line breaks before the row's first byte, plus one.
    linesBefore += countLines(decoder.decode(bytes.subarray(counted, row.byteOffset)), dialect.newline);
    counted = row.byteOffset;
    assert.equal(row.line, linesBefore + 1, `line of ${JSON.stringify(slice)}`);
  }
}

function countLines(text: string, newline: string): number {
  return text.split(newline === '\r' ? '\r' : '\n').length - 1;
}

const INPUTS: readonly string[] = [
  'a,b,c\n1,2,3\n4,5,6\n',
  'a,b,c\r\n1,2,3\r\n4,5,6',
  'a,b,c\r1,2,3\r4,5,6\r',
  // quoted line breaks of every kind, inside a file of each line ending
  'id,note,n\n1,"first\nsecond",2\n3,"a\r\nb",4\n5,"x\n\ny\n",6\n',
  'id,note,n\r\n1,"first\r\nsecond\r\nthird",2\r\n3,"Excel puts\nLF in cells",4\r\n',
  'id,note\r1,"one\rtwo"\r2,"three"\r',
  // blank and whitespace-only lines are not rows
  '\n\na,b\n\n1,2\n\n\n3,4\n   \n\t\n5,6\n\n',
  'a,b\r\n\r\n1,2\r\n\r\n\r\n3,4\r\n',
  'a,b\r\r1,2\r\r3,4',
  // quoted delimiters, doubled quotes, empty and quoted-empty fields
  'name,quote,loc\n"Vance, Adele","She said ""yes""","Tokyo, Tokyo, JP"\n"",,""\n,"",\n""""",""""\n',
  '"a","b"\n"1,2,3","x""y"\n',
  // multi-byte characters: 2-, 3- and 4-byte UTF-8, surrogate pairs a chunk may split
  'ユーザー,結果,メモ\n山田 太郎,失敗,"多要素認証を\n拒否しました"\nZoë Müller,成功,🔐😀\n𠮷野家,"a,😀","b""🔐"""\n',
  // no line break at the end, quoted last field
  'a,b\n1,"last"',
  'a,b\n1,2\n"x\ny","z"',
  // trailing empty fields and a header that is the only row
  'a,b,c\n1,,\n,,\n',
  'Date (UTC),Request ID,User\n',
  // tab and semicolon dialects
  'Time\tUser\tResult\n2025-04-21\tadelev@contoso.com\tSUCCESS_NO_PIN\n"x\ty"\t"2"\t3\n',
  'Zeit;Benutzer;Ergebnis\r\n21.04.2025;"Vance; Adele";Fehler\r\n22.04.2025;x;"a""b"\r\n',
  // broken quoting in the middle and at the end
  'a,b\n1,"bad"x,2\n3,4\n5,6\n',
  'a,b\n"1","2"\n"3"x,"4"\n"5","6"\n',
  'a,b\n1,2\n3,"open\n4,5\n6,7\n',
  'a,b\n1,2\n3,"open',
  'ユーザー,結果\r\n東京,"壊れ"た,2\r\n山田,😀\r\n"x","𠮷\r\n続き"\r\n',
];

describe('CsvReader', () => {
  it('gives the same rows, positions and problems in every chunk size from 1 to 17', () => {
    for (const text of INPUTS) assertChunkInvariant(text);
  });

  it('gives byte ranges that re-parse to the row, in UTF-8, UTF-8 with BOM, UTF-16 LE/BE and Shift_JIS', () => {
    for (const text of INPUTS) {
      const read = assertChunkInvariant(text, 3);
      assertByteRanges(text, read, utf8(text), 'utf-8');
      const bom = readCsv(text, 5, { startByte: 3 });
      assertByteRanges(text, bom, concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)), 'utf-8', 3);
      const le = readCsv(text, 7, { encoding: 'utf-16le', startByte: 2 });
      assert.deepEqual(fieldsOf(le), fieldsOf(read));
      assertByteRanges(text, le, utf16(text, 'le', true), 'utf-16le', 2);
      const be = readCsv(text, 4, { encoding: 'utf-16be' });
      assertByteRanges(text, be, utf16(text, 'be'), 'utf-16be');
    }
    const ja = 'ユーザー,結果,メモ\r\n山田 太郎,失敗,"多要素認証を\r\n拒否しました"\r\nﾔﾏﾀﾞ,成功,"①, ②"\r\n';
    for (let size = 1; size <= 9; size++) {
      const read = readCsv(ja, size, { encoding: 'shift_jis' });
      assert.equal(read.rows.length, 3);
      assertByteRanges(ja, read, shiftJis(ja), 'shift_jis');
    }
  });

  it('numbers lines by the file: LF, CRLF, CR, quoted line breaks and blank lines', () => {
    assert.deepEqual(linesOf(readCsv('a\n1\n2\n')), [1, 2, 3]);
    assert.deepEqual(linesOf(readCsv('a\r\n1\r\n2')), [1, 2, 3]);
    assert.deepEqual(linesOf(readCsv('a\r1\r2\r')), [1, 2, 3]);
    const quoted = readCsv('id,note\r\n1,"line one\r\nline two\r\nline three"\r\n2,x\r\n\r\n3,"a\nb"\r\n4,y\r\n');
    assert.deepEqual(linesOf(quoted), [1, 2, 5, 7, 9]);
    assert.deepEqual(fieldsOf(quoted)[1], ['1', 'line one\r\nline two\r\nline three']);
    assert.deepEqual(linesOf(readCsv('a,b\r"x\ry"\r\r1,2\r')), [1, 2, 5]);
    assert.deepEqual(linesOf(readCsv('\n\n\na,b\n\n1,2\n')), [4, 6]);
  });

  it('gives the byte length without the line break, and offsets from the start byte', () => {
    const read = readCsv('ab,c\r\nd,é\r\n\r\nf,"g\r\nh"', Infinity, { startByte: 3 });
    assert.deepEqual(
      read.rows.map((r) => [r.line, r.byteOffset, r.byteLength]),
      [[1, 3, 4], [2, 9, 4], [4, 17, 8]],
    );
  });

  it('reads quoted delimiters and doubled quotes', () => {
    const read = readCsv('User,Location,Detail\r\n"Vance, Adele","Tokyo, Tokyo, JP","He said ""deny"", then ""approve"""\r\n');
    assert.deepEqual(fieldsOf(read)[1], ['Vance, Adele', 'Tokyo, Tokyo, JP', 'He said "deny", then "approve"']);
    assert.deepEqual(read.problems, []);
  });

  it('reports broken quoting in the middle once, at its line, and reads the rows after it', () => {
    for (let size = 1; size <= 17; size++) {
      const read = readCsv('a,b\n1,2\n3,"bad"x,4\n5,6\n7,8\n', size);
      assert.deepEqual(fieldsOf(read), [['a', 'b'], ['1', '2'], ['5', '6'], ['7', '8']], `chunks of ${size}`);
      assert.deepEqual(linesOf(read), [1, 2, 4, 5]);
      assert.deepEqual(read.problems.map((p) => [p.code, p.line]), [['csv-quotes', 3]]);
    }
    // All fields quoted (PowerShell Export-Csv): the next quote in the file must not swallow the rows after it.
    const ps = readCsv('"a","b"\r\n"1","2"\r\n"3"x,"4"\r\n"5","6"\r\n"7","8"\r\n', 5);
    assert.deepEqual(fieldsOf(ps), [['a', 'b'], ['1', '2'], ['5', '6'], ['7', '8']]);
    assert.deepEqual(ps.problems.map((p) => [p.code, p.line]), [['csv-quotes', 3]]);
  });

  it('does not read the second line of a broken row’s two-line field as a row (stray quote, closing quote lost)', () => {
    // Portal exports quote every field; a failure reason may span two lines.
    const around = (row: string) => `"a","b","c"\r\n"1","x","y"\r\n${row}\r\n"3","x","y"\r\n`;
    for (const broken of [
      '"2","Sign-in "was blocked.\r\nContact your administrator.","z"',
      '"2","Sign-in was blocked.\r\nContact your "administrator.","z"',
      '"2,"Sign-in was blocked.\r\nContact your administrator, or retry.","z"',
      '"2","Sign-in was blocked.\r\nContact your administrator.,"z"',
    ]) {
      const read = assertChunkInvariant(around(broken));
      assert.deepEqual(fieldsOf(read), [['a', 'b', 'c'], ['1', 'x', 'y'], ['3', 'x', 'y']], broken);
      assert.deepEqual(linesOf(read), [1, 2, 5]);
      assert.deepEqual(read.problems.map((p) => [p.code, p.line]), [['csv-quotes', 3]]);
    }
    // A row that merely follows a broken one keeps its place, quoted or not, unless the file's rows begin with a quote.
    assert.deepEqual(fieldsOf(readCsv('a,b\n1,"bad"x\n2,"y"\n3,4\n')), [['a', 'b'], ['2', 'y'], ['3', '4']]);
    assert.deepEqual(fieldsOf(readCsv('a,b\n"1","bad"x\n2,y\n')), [['a', 'b'], ['2', 'y']]);
    assert.deepEqual(fieldsOf(readCsv('"a","b"\n"1","bad"x\n"2",y\n')), [['a', 'b'], ['2', 'y']]);
  });

  it('reports a quote left open at the end of the file, keeping the rows before it', () => {
    const read = readCsv('a,b\n1,2\n3,"never closed', 4);
    assert.deepEqual(fieldsOf(read), [['a', 'b'], ['1', '2']]);
    assert.deepEqual(read.problems.map((p) => [p.code, p.line]), [['csv-quotes', 3]]);
    // Lines after an open quote that never closes are read again as rows.
    const more = readCsv('a,b\n1,"open\n2,3\n4,5\n', 3);
    assert.deepEqual(fieldsOf(more), [['a', 'b'], ['2', '3'], ['4', '5']]);
    assert.deepEqual(linesOf(more), [1, 3, 4]);
    assert.deepEqual(more.problems.map((p) => [p.code, p.line]), [['csv-quotes', 2]]);
  });

  it('drops a quote still open after 5,000 lines and reads the rows after the dropped line', () => {
    let text = 'user,result\n1,"open\n';
    for (let i = 0; i < 6000; i++) text += `u${i},ok\n`;
    for (const size of [Infinity, 4096, 100, 7]) {
      const read = readCsv(text, size);
      assert.equal(read.rows.length, 6001, `chunks of ${size}`);
      assert.deepEqual(read.rows[1]!.fields, ['u0', 'ok']);
      assert.equal(read.rows[1]!.line, 3);
      assert.equal(read.rows[6000]!.line, 6002);
      assert.deepEqual(read.problems.map((p) => [p.code, p.line]), [['csv-quotes', 2]]);
      assertByteRanges(text, read, utf8(text), 'utf-8');
      // Looking for the quote's end again on every line took seconds here; linear reading is a small multiple of
      // splitting the text into fields.
      const ratio = timeRatio(() => readCsv(text, size), () => text.split('\n').map((l) => l.split(',')));
      assert.ok(ratio < 50, `chunks of ${size}: ${ratio.toFixed(1)} × splitting the text`);
    }
  });

  it('reads a 10 MB field as one row without a problem, in 64 KiB and 16 KiB chunks', function () {
    this.timeout(60_000);
    // A Log Analytics cell of JSON text: quotes doubled all the way through.
    const json = JSON.stringify({ authenticationDetails: [{ method: 'Password', succeeded: true, detail: 'a\nb' }] }).replace(/"/g, '""');
    const big = json.repeat(Math.ceil((10 << 20) / json.length));
    const text = `id,details,n\n1,"${big}",2\n3,x,4\n`;
    for (const size of [65536, 16384]) {
      const read = readCsv(text, size);
      assert.deepEqual(read.problems, []);
      assert.equal(read.rows.length, 3);
      assert.equal(read.rows[1]!.fields[1]!.length, big.length - big.split('""').length + 1);
      assert.equal(read.rows[1]!.byteLength, `1,"${big}",2`.length);
      assert.deepEqual(read.rows[2]!.fields, ['3', 'x', '4']);
      assert.equal(read.rows[2]!.line, 3);
      // Parsing the open field again on every chunk would take seconds here; reading it once is a small multiple of
      // undoubling its quotes.
      const ratio = timeRatio(() => readCsv(text, size), () => big.replace(/""/g, '"'), 2);
      assert.ok(ratio < 15, `chunks of ${size}: ${ratio.toFixed(1)} × undoubling the quotes`);
    }
  });

  it('reads a header-only file as one row', () => {
    for (const text of ['a,b,c', 'a,b,c\n', 'a,b,c\r\n\r\n']) {
      const read = readCsv(text);
      assert.deepEqual(fieldsOf(read), [['a', 'b', 'c']], JSON.stringify(text));
      assert.deepEqual(read.problems, []);
    }
    assert.deepEqual(readCsv('').rows, []);
    assert.deepEqual(readCsv('\n\n').rows, []);
  });

  it('reads rows of stray quotes inside unquoted fields (literal, as papaparse does)', () => {
    const text = 'device,size\nMonitor 27" LG,1\nCable 6",2\nx,3\n';
    const whole = assertChunkInvariant(text);
    assert.deepEqual(fieldsOf(whole), [['device', 'size'], ['Monitor 27" LG', '1'], ['Cable 6"', '2'], ['x', '3']]);
    assert.deepEqual(whole.problems, []);
  });
});

describe('sniffCsvDialect', () => {
  it('finds the delimiter and the line ending from the first line', () => {
    assert.deepEqual(sniffCsvDialect('a,b,c\r\n1,2,3'), { delimiter: ',', newline: '\r\n' });
    assert.deepEqual(sniffCsvDialect('a\tb\tc\n1\t2\t3'), { delimiter: '\t', newline: '\n' });
    assert.deepEqual(sniffCsvDialect('a;b;c\r1;2;3'), { delimiter: ';', newline: '\r' });
    assert.deepEqual(sniffCsvDialect('Zeit;Benutzer;"Ort, Land";Ergebnis\r\n'), { delimiter: ';', newline: '\r\n' });
    assert.deepEqual(sniffCsvDialect('"a,b"\t"c,d"\t"e"\n'), { delimiter: '\t', newline: '\n' });
    assert.deepEqual(sniffCsvDialect('Time,User,"Detail\nwith; semicolons; inside"\r\n'), { delimiter: ',', newline: '\r\n' });
  });

  it('defaults to comma and LF for a single column without a line break', () => {
    assert.deepEqual(sniffCsvDialect('header'), { delimiter: ',', newline: '\n' });
    assert.deepEqual(sniffCsvDialect(''), { delimiter: ',', newline: '\n' });
  });
});

describe('CsvReader against papaparse (differential)', () => {
  const random = rng(0xc5f);
  const pieces = ['a', 'Adele', 'adelev@contoso.com', '50126', ' ', '', 'é', '東京', 'ﾀﾛｳ', '😀', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'x y'];

  function randomCsv(dialect: CsvDialect): string {
    const rows: string[] = [];
    const columns = 2 + Math.floor(random() * 4);
    for (let r = 0; r < 1 + Math.floor(random() * 12); r++) {
      const fields: string[] = [];
      for (let c = 0; c < columns; c++) {
        let value = '';
        for (let k = Math.floor(random() * 4); k > 0; k--) value += pick(random, pieces);
        const needsQuotes = /[",;\t\r\n]/.test(value) || value.trim() !== value;
        fields.push(needsQuotes || random() < 0.2 ? `"${value.replace(/"/g, '""')}"` : value);
      }
      rows.push(fields.join(dialect.delimiter));
      if (random() < 0.15) rows.push('');
    }
    return rows.join(dialect.newline) + (random() < 0.5 ? dialect.newline : '');
  }

  it('gives papaparse’s rows minus blank lines, for 150 random well-formed files in every dialect', () => {
    const dialects: CsvDialect[] = [];
    for (const delimiter of [',', '\t', ';'] as const) for (const newline of ['\r\n', '\n', '\r'] as const) dialects.push({ delimiter, newline });
    for (let n = 0; n < 150; n++) {
      const dialect = dialects[n % dialects.length]!;
      const text = randomCsv(dialect);
      const expected = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline: dialect.newline }).data.filter(
        (row) => !(row.length === 1 && row[0]!.trim() === ''),
      );
      const sizes = [Infinity, 1 + (n % 17), 1 + ((n * 7) % 13)];
      for (const size of sizes) {
        const read = readCsv(text, size, { dialect });
        assert.deepEqual(fieldsOf(read), expected, `file ${n} in chunks of ${size}: ${JSON.stringify(text)}`);
        assert.deepEqual(read.problems, []);
      }
      if (dialect.delimiter === sniffCsvDialect(text).delimiter && dialect.newline === sniffCsvDialect(text).newline) {
        assertByteRanges(text, readCsv(text, 1 + (n % 11), { dialect }), utf8(text), 'utf-8');
      }
    }
  });
});
