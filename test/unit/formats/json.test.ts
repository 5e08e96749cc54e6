import assert from 'node:assert/strict';

import type { TextEncodingName } from '../../../src/core/formats/encoding';
import { JsonRecordScanner, type JsonRecord } from '../../../src/core/formats/json';
import type { ParseProblem } from '../../../src/core/formats/records';
import { concatBytes, textChunks, timeRatio, utf16, utf8 } from './text-helpers';

interface Scan {
  readonly records: JsonRecord[];
  readonly problems: ParseProblem[];
}

function scan(text: string, chunkSize = Infinity, options: { encoding?: TextEncodingName; startByte?: number } = {}): Scan {
  const records: JsonRecord[] = [];
  const problems: ParseProblem[] = [];
  const scanner = new JsonRecordScanner(options.encoding ?? 'utf-8', options.startByte ?? 0, {
    record: (record) => records.push(record),
    problem: (problem) => problems.push(problem),
  });
  for (const chunk of chunkSize === Infinity ? [text] : textChunks(text, chunkSize)) scanner.push(chunk);
  scanner.end();
  assert.equal(scanner.records >= records.length, true);
  return { records, problems };
}

const values = (s: Scan) => s.records.map((r) => r.value);
const lines = (s: Scan) => s.records.map((r) => r.line);
const problemsOf = (s: Scan) => s.problems.map((p) => [p.code, p.line]);

/** Same records, positions and problems (detail included) in every chunk size from 1 to 13. */
function assertChunkInvariant(text: string): Scan {
  const whole = scan(text);
  for (let size = 1; size <= 13; size++) {
    assert.deepEqual(scan(text, size), whole, `chunks of ${size} differ for ${JSON.stringify(text.slice(0, 100))}`);
  }
  return whole;
}

/** Each record's byte range, cut from the encoded file, parses to the same object; its line is where it starts. */
function assertByteRanges(s: Scan, bytes: Uint8Array, encoding: string, start = 0): void {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let linesBefore = 0;
  let counted = start;
  for (const record of s.records) {
    const slice = decoder.decode(bytes.subarray(record.byteOffset, record.byteOffset + record.byteLength));
    assert.deepEqual(JSON.parse(slice), record.value, `byte range of the record at line ${record.line}`);
    assert.ok(slice.startsWith('{') && slice.endsWith('}'), `byte range of the record at line ${record.line} is the object: ${slice}`);
    linesBefore += decoder.decode(bytes.subarray(counted, record.byteOffset)).split('\n').length - 1;
    counted = record.byteOffset;
    assert.equal(record.line, linesBefore + 1, `line of ${slice}`);
  }
}

const SIGNINS = [
  { id: '1', createdDateTime: '2025-04-21T04:29:55Z', userPrincipalName: 'adelev@contoso.com', status: { errorCode: 50126, failureReason: 'Invalid username or password.' } },
  { id: '2', createdDateTime: '2025-04-21T04:30:01Z', userPrincipalName: '山田@contoso.co.jp', location: { city: '東京', countryOrRegion: 'JP' }, status: { errorCode: 0 } },
  { id: '3', note: 'quotes " and \\ backslashes \\\\" and {braces} [brackets] 😀', mfaDetail: null, list: [1, { deep: [{}] }], empty: {} },
];

/** PowerShell 5.1 `ConvertTo-Json`: four-space indentation, two spaces after the colon, nested objects aligned. */
function powershellJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[\n\n' + indent + ']';
    const inner = indent + '    ';
    return '[\n' + value.map((v) => inner + powershellJson(v, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const inner = indent + '    ';
    return '{\n' + entries.map(([k, v]) => `${inner}${JSON.stringify(k)}:  ${powershellJson(v, inner + ' '.repeat(k.length + 5))}`).join(',\n') + '\n' + indent + '}';
  }
  return JSON.stringify(value);
}

const SHAPES: ReadonlyArray<{ name: string; text: string; lines: number[] }> = [
  { name: 'compact array', text: JSON.stringify(SIGNINS), lines: [1, 1, 1] },
  { name: 'pretty array', text: JSON.stringify(SIGNINS, null, 2) + '\n', lines: [2, 11, 23] },
  { name: 'PowerShell ConvertTo-Json', text: '\ufeff' + powershellJson(SIGNINS).replace(/\n/g, '\r\n') + '\r\n', lines: [2, 11, 23] },
  {
    name: 'Graph page, keys before and after value',
    text: `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns","value":${JSON.stringify(SIGNINS)},"@odata.nextLink":"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=abc"}`,
    lines: [1, 1, 1],
  },
  {
    name: 'pretty Graph page',
    text: JSON.stringify({ '@odata.context': 'x', '@odata.count': 3, value: SIGNINS, '@odata.nextLink': 'y' }, null, 4),
    lines: [5, 14, 26],
  },
  { name: 'PowerShell ConvertTo-Json of a Graph page', text: powershellJson({ '@odata.context': 'x', value: SIGNINS, '@odata.nextLink': 'y' }), lines: [4, 13, 25] },
  { name: 'diagnostic records wrapper', text: `{ "records": [\n${SIGNINS.map((s) => JSON.stringify(s)).join(',\n')}\n] }\n`, lines: [2, 3, 4] },
  { name: 'concatenated arrays', text: `[${JSON.stringify(SIGNINS[0])}][${JSON.stringify(SIGNINS[1])}]\r\n[\r\n${JSON.stringify(SIGNINS[2])}\r\n]`, lines: [1, 1, 3] },
  { name: 'NDJSON with trailing newline', text: SIGNINS.map((s) => JSON.stringify(s)).join('\n') + '\n', lines: [1, 2, 3] },
  { name: 'NDJSON without trailing newline, CRLF', text: SIGNINS.map((s) => JSON.stringify(s)).join('\r\n'), lines: [1, 2, 3] },
  { name: 'records at column 0 of an array', text: `[\n${SIGNINS.map((s) => JSON.stringify(s)).join(',\n')}\n]\n`, lines: [2, 3, 4] },
  { name: 'pretty objects one after another', text: SIGNINS.map((s) => JSON.stringify(s, null, 2)).join('\n') + '\n', lines: [1, 10, 22] },
  { name: 'array of pages', text: `[[${JSON.stringify(SIGNINS[0])},${JSON.stringify(SIGNINS[1])}],\n[${JSON.stringify(SIGNINS[2])}]]`, lines: [1, 1, 2] },
];

describe('JsonRecordScanner', () => {
  for (const shape of SHAPES) {
    it(`reads every record of a ${shape.name} in every chunk size, with lines and byte ranges`, () => {
      const s = assertChunkInvariant(shape.text);
      assert.deepEqual(values(s), SIGNINS);
      assert.deepEqual(lines(s), shape.lines);
      assert.deepEqual(s.problems, []);
      assertByteRanges(s, utf8(shape.text), 'utf-8');
      // With a UTF-8 BOM before the text, offsets move by 3; in UTF-16 every character is 2 bytes.
      const bom = scan(shape.text, 5, { startByte: 3 });
      assertByteRanges(bom, concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(shape.text)), 'utf-8', 3);
      const le = scan(shape.text, 7, { encoding: 'utf-16le', startByte: 2 });
      assertByteRanges(le, utf16(shape.text, 'le', true), 'utf-16le', 2);
    });
  }

  it('unwraps a page whose `value` key is split by any chunk boundary', () => {
    const text = `{"@odata.context":"ctx","value":[{"id":"a"},{"id":"b"}],"@odata.nextLink":"next"}`;
    for (let size = 1; size <= text.length; size++) {
      assert.deepEqual(values(scan(text, size)), [{ id: 'a' }, { id: 'b' }], `chunks of ${size}`);
    }
    // A top-level object without a wrapper key is a record itself, whatever arrays it holds.
    assert.deepEqual(values(assertChunkInvariant('{"values":[{"id":"a"}],"n":1}')), [{ values: [{ id: 'a' }], n: 1 }]);
    assert.deepEqual(values(assertChunkInvariant('{"value":{"id":"a"}}')), [{ value: { id: 'a' } }]);
  });

  it('keeps escaped quotes and backslash runs right across chunk boundaries', () => {
    const tricky = [
      { s: 'a\\' },
      { s: '\\\\' },
      { s: '"' },
      { s: '\\"' },
      { s: '\\\\\\"}]{[' },
      { s: '"},{"' },
      { s: '\u2028 \t \\u0041 ' },
      { 'k"ey': '"value":[' },
    ];
    for (const text of [JSON.stringify(tricky), JSON.stringify({ value: tricky }), tricky.map((t) => JSON.stringify(t)).join('\n')]) {
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), tricky, text);
      assert.deepEqual(s.problems, []);
      assertByteRanges(s, utf8(text), 'utf-8');
    }
  });

  describe('cut-off records', () => {
    it('NDJSON: a line that ends inside a record', () => {
      const s = assertChunkInvariant('{"a":1}\n{"a":2,"b":\n{"a":3}\n{"a":4}');
      assert.deepEqual(values(s), [{ a: 1 }, { a: 3 }, { a: 4 }]);
      assert.deepEqual(lines(s), [1, 3, 4]);
      assert.deepEqual(problemsOf(s), [['json-truncated', 2]]);
      assertByteRanges(s, utf8('{"a":1}\n{"a":2,"b":\n{"a":3}\n{"a":4}'), 'utf-8');
    });

    it('NDJSON: a line that ends inside a string (CRLF)', () => {
      const text = '{"a":1}\r\n{"a":"cut off\r\n{"a":3}\r\n';
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), [{ a: 1 }, { a: 3 }]);
      assert.deepEqual(problemsOf(s), [['json-truncated', 2]]);
      assertByteRanges(s, utf8(text), 'utf-8');
    });

    it('array: a `{` at column 0 while a record is still open', () => {
      const text = '[\n{"a":1,"b":{"c":2},\n{"a":2},\n{"a":3}\n]';
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), [{ a: 2 }, { a: 3 }]);
      assert.deepEqual(lines(s), [3, 4]);
      assert.deepEqual(problemsOf(s), [['json-truncated', 2]]);
      assertByteRanges(s, utf8(text), 'utf-8');
      // A pretty record cut off, then records at column 0.
      const pretty = '[\n{\n  "a": 1,\n  "b": [\n{"a":2}\n]';
      const p = assertChunkInvariant(pretty);
      assert.deepEqual(values(p), [{ a: 2 }]);
      assert.deepEqual(problemsOf(p), [['json-truncated', 2]]);
    });

    it('array: a raw line break inside a string followed by `{`, also where a chunk ends at the line break', () => {
      const text = '[\n{"a":1,"b":"cut off\n{"a":2}\n]';
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), [{ a: 2 }]);
      assert.deepEqual(lines(s), [3]);
      assert.deepEqual(problemsOf(s), [['json-truncated', 2]]);
      assertByteRanges(s, utf8(text), 'utf-8');
      // The first of several concatenated files (and the first NDJSON record: no line is known to be one record yet).
      for (const other of ['[{"a":1}]\r\n[{"a":"x\r\n{"a":3}]', '{"a":"cut\n{"a":2}\n{"a":3}\n']) {
        const o = assertChunkInvariant(other);
        assert.equal(o.problems.length, 1, other);
        assert.equal(o.problems[0]!.code, 'json-truncated');
        assert.deepEqual(values(o).at(-1), { a: 3 });
      }
    });

    it('reports a record cut off at the end of the file at its first line, after the complete ones', () => {
      const text = '[\n  {"a": 1},\n  {\n    "a": 2,\n    "b": [1,';
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), [{ a: 1 }]);
      assert.deepEqual(problemsOf(s), [['json-truncated', 3]]);
      const ndjson = assertChunkInvariant('{"a":1}\n{"a":2');
      assert.deepEqual(problemsOf(ndjson), [['json-truncated', 2]]);
      const inString = assertChunkInvariant('{"value":[{"a":1},{"a":"unterminated');
      assert.deepEqual(problemsOf(inString), [['json-truncated', 1]]);
    });
  });

  describe('one broken record in an indented export loses only itself (found by the fuzz suite)', () => {
    const others = [SIGNINS[0], { id: '2', userPrincipalName: 'b@x' }, SIGNINS[1]];
    /** A PowerShell-indented array (records at column 4) with the middle record's text replaced by `broken`. */
    const withMiddle = (broken: (record: string) => string) => {
      const text = powershellJson(others).replace(/\n/g, '\r\n');
      const start = text.indexOf('    {', text.indexOf('"2"') - 40);
      const end = text.indexOf('\r\n    }', start) + 7;
      return text.slice(0, start) + broken(text.slice(start, end)) + text.slice(end);
    };

    it('a record cut off (outside or inside a string) or missing its closing brace, before a `{` at the records’ indentation', () => {
      for (const [name, cut] of [
        ['cut between values', (r: string) => r.slice(0, r.indexOf('"userPrincipalName"'))],
        ['cut inside a string', (r: string) => r.slice(0, r.indexOf('b@x') + 1)],
        ['no closing brace', (r: string) => r.slice(0, r.lastIndexOf('}'))],
      ] as const) {
        const text = withMiddle(cut);
        const s = assertChunkInvariant(text);
        assert.deepEqual(values(s), [others[0], others[2]], name);
        assert.deepEqual(problemsOf(s), [['json-truncated', 11]], name);
        assertByteRanges(s, utf8(text), 'utf-8');
      }
    });

    it('a stray quote (a string running past its line) skips to the next record, reported at the broken one', () => {
      const text = withMiddle((r) => r.replace('b@x', 'b"@x'));
      const s = assertChunkInvariant(text);
      assert.deepEqual(values(s), [others[0], others[2]]);
      assert.deepEqual(problemsOf(s), [['json-syntax', 11]]);
      assertByteRanges(s, utf8(text), 'utf-8');
    });

    it('text where a record was (`undefined`, `garbage`) is reported at its line, quoted from the start of its word', () => {
      for (const word of ['undefined', 'garbage', 'NaN', '<html>']) {
        const s = assertChunkInvariant(withMiddle(() => `    ${word}`));
        assert.deepEqual(values(s), [others[0], others[2]]);
        assert.deepEqual(problemsOf(s), [['json-unexpected-text', 11]]);
        assert.equal(s.problems[0]!.detail, JSON.stringify(`${word},`));
      }
      // Numbers, `true`, `false` and `null` are JSON values: skipped, as before, without a problem.
      assert.deepEqual(assertChunkInvariant('[1, -2.5e3, true, false, null, {"a":1}]').problems, []);
    });

    it('a stray closing bracket (`{}}`) is reported and the rest of its record does not become records', () => {
      const ndjson = assertChunkInvariant('{"a":1}\n{}}"id":"x","status":{"errorCode":0,"d":{"e":1}},"l":[{"f":2}]}\n{"a":2}\n');
      assert.deepEqual(values(ndjson), [{ a: 1 }, {}, { a: 2 }]);
      assert.deepEqual(problemsOf(ndjson), [['json-unexpected-text', 2]]);
      const page = assertChunkInvariant(`{"value": ${withMiddle((r) => r.replace('{', '{}}'))}}`);
      assert.deepEqual(values(page), [others[0], {}, others[2]]);
      assert.ok(page.problems.every((p) => p.code === 'json-unexpected-text' && p.line >= 11 && p.line <= 14), JSON.stringify(page.problems));
    });

    it('a page whose first record happens to fit on one line is not taken for NDJSON', () => {
      const s = assertChunkInvariant('{"value": [\n  {"a": 1},\n  {\n    "b": 2\n  }\n]}');
      assert.deepEqual(values(s), [{ a: 1 }, { b: 2 }]);
      assert.deepEqual(s.problems, []);
    });
  });

  it('reports a file that ends before its closing bracket (json-unclosed), keeping every record', () => {
    const s = assertChunkInvariant('[\n{"a":1},\n{"a":2}\n');
    assert.deepEqual(values(s), [{ a: 1 }, { a: 2 }]);
    assert.deepEqual(problemsOf(s), [['json-unclosed', 4]]);
    const page = assertChunkInvariant('{"value":[{"a":1}]');
    assert.deepEqual(values(page), [{ a: 1 }]);
    assert.deepEqual(problemsOf(page), [['json-unclosed', 1]]);
  });

  it('reports unexpected text between records once per line, with the same snippet in any chunking', () => {
    const text = '{"a":1}\nnot json at all, then more text on this line\n{"a":2} x y z\n"str" 12 true\n{"a":3}\n] stray';
    const s = assertChunkInvariant(text);
    assert.deepEqual(values(s), [{ a: 1 }, { a: 2 }, { a: 3 }]);
    assert.deepEqual(problemsOf(s), [2, 3, 4, 6].map((line) => ['json-unexpected-text', line]));
    assert.deepEqual(
      s.problems.map((p) => p.detail),
      // Quoted up to 20 characters, never past the end of the line.
      [JSON.stringify('not json at all, the'), JSON.stringify('x y z'), JSON.stringify('12 true'), JSON.stringify('] stray')],
    );
    // Commas between NDJSON records are tolerated.
    const commas = assertChunkInvariant('{"a":1},\n{"a":2},\n');
    assert.deepEqual(values(commas), [{ a: 1 }, { a: 2 }]);
    assert.deepEqual(commas.problems, []);
  });

  it('ignores a BOM between concatenated files, and counts its bytes', () => {
    const text = '[{"a":1}]\ufeff[{"a":2}]\r\n\ufeff[\r\n{"a":3}\r\n]\r\n\ufeff{"a":4}';
    const s = assertChunkInvariant(text);
    assert.deepEqual(values(s), [{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }]);
    assert.deepEqual(s.problems, []);
    assertByteRanges(s, utf8(text), 'utf-8');
  });

  it('reports invalid JSON inside a balanced record at a line inside the record, and reads the next records', () => {
    const text = '[\n  {\n    "a": 1,\n    "b": 01,\n    "c": 3\n  },\n  {"a": 2}\n]';
    const s = assertChunkInvariant(text);
    assert.deepEqual(values(s), [{ a: 2 }]);
    assert.deepEqual(problemsOf(s), [['json-syntax', 4]]);
    assert.match(s.problems[0]!.detail ?? '', /./);
    // Without a position in the engine's message the record's own first line is used.
    const noPosition = assertChunkInvariant('[\n{\n"a": tru\n},\n{"a": 2}]');
    assert.deepEqual(values(noPosition), [{ a: 2 }]);
    assert.equal(noPosition.problems.length, 1);
    assert.equal(noPosition.problems[0]!.code, 'json-syntax');
    assert.ok(noPosition.problems[0]!.line >= 2 && noPosition.problems[0]!.line <= 4, `line ${noPosition.problems[0]!.line}`);
  });

  it('drops the record and reports mismatched brackets, then goes on', () => {
    const s = assertChunkInvariant('[{"a":[1}\n]\n{"b":2}\n');
    assert.deepEqual(problemsOf(s)[0], ['json-syntax', 1]);
    assert.deepEqual(values(s), [{ b: 2 }]);
  });

  it('gives only objects as records: numbers, strings and nulls in the array are skipped', () => {
    const s = assertChunkInvariant('[1,"x",{"a":1},null,true,[{"b":2}],{"c":[{"d":3}]}]');
    assert.deepEqual(values(s), [{ a: 1 }, { b: 2 }, { c: [{ d: 3 }] }]);
  });

  it('counts bytes of multi-byte characters in offsets (UTF-8, UTF-16, surrogate pairs split by chunks)', () => {
    const text = '[{"u":"東京😀"},\n{"u":"é"},{"u":"𠮷"}]';
    for (let size = 1; size <= 13; size++) {
      assertByteRanges(scan(text, size), utf8(text), 'utf-8');
      assertByteRanges(scan(text, size, { encoding: 'utf-16be' }), utf16(text, 'be'), 'utf-16be');
    }
    assert.deepEqual(
      scan(text).records.map((r) => [r.byteOffset, r.byteLength]),
      [[1, 18], [21, 10], [32, 12]],
    );
  });

  it('reads a single-line 8 MB Graph page in 1 MiB chunks in linear time', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({ ...SIGNINS[i % 3], id: String(i) }));
    const text = JSON.stringify({ '@odata.context': 'x', value: records });
    const s = scan(text, 1 << 20);
    assert.equal(s.records.length, 20_000);
    assert.deepEqual(s.problems, []);
    assert.deepEqual(s.records[19_999]!.value, records[19_999]);
    // Searching for line breaks from every string to the end of a single-line chunk took seconds here: over 100
    // times JSON.parse of the same text. Linear scanning is a small multiple of it.
    const ratio = timeRatio(() => scan(text, 1 << 20), () => JSON.parse(text));
    assert.ok(ratio < 25, `${ratio.toFixed(1)} × JSON.parse`);
  });

  it('treats an empty or whitespace-only input as no records and no problems', () => {
    for (const text of ['', '   \n\t\r\n', '[]', '{"value":[]}', '[\n\n]\n']) {
      const s = scan(text);
      assert.deepEqual(s.records, [], JSON.stringify(text));
      assert.deepEqual(s.problems, [], JSON.stringify(text));
    }
  });
});
