import assert from 'node:assert/strict';
import Papa from 'papaparse';

import type { ProblemCode } from '../../../src/core/formats/records';
import { buildIndex, IndexBuilder, indexBytes } from '../../../src/core/model/build-index';
import { Growable } from '../../../src/core/model/growable';
import { MAX_PER_CODE, ProblemLog, problemMessage, severityOf } from '../../../src/core/model/problems';
import { INDEXED_FIELDS, type ReportIndex } from '../../../src/core/model/report-index';
import { StringPool } from '../../../src/core/model/string-pool';
import { indexSnapshot } from './index-snapshot';
import { byteChunks, concatBytes, pick, rng, shiftJis, utf16, utf8 } from '../formats/text-helpers';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const MIB = 1 << 20;

const USERS = ['adelev@contoso.com', 'alexw@contoso.com', '山田@contoso.co.jp', 'diegos@contoso.com', 'svc-backup@contoso.com'];
const APPS = ['Office 365 Exchange Online', 'Microsoft Teams', 'Azure Portal', 'マイ アプリ'];
const CODES: ReadonlyArray<[string, string, string]> = [
  ['0', 'Success', ''],
  ['50126', 'Failure', 'Invalid username or password or Invalid on-premise username or password.'],
  ['50074', 'Interrupted', 'Strong Authentication is required.'],
  ['500121', 'Failure', 'Authentication failed during strong authentication request.'],
];

/** A portal sign-in CSV download: header, then `rows` rows; some fields quoted, some spanning lines. */
function signinCsv(rows: number, seed = 1, newline = '\r\n'): string {
  const random = rng(seed);
  const out = ['Date (UTC),Request ID,User,Username,Application,IP address,Location,Status,Sign-in error code,Failure reason,Note'];
  const start = Date.UTC(2025, 3, 21, 4, 29, 55);
  for (let i = 0; i < rows; i++) {
    const [code, status, reason] = pick(random, CODES);
    const user = pick(random, USERS);
    const note = random() < 0.1 ? `"line one${newline}line two, ""quoted"" 😀"` : random() < 0.5 ? 'none' : '';
    out.push([
      new Date(start + i * 61_000).toISOString(),
      `req-${i.toString(16)}`,
      user.split('@')[0],
      user,
      `"${pick(random, APPS)}"`,
      `203.0.113.${Math.floor(random() * 20)}`,
      '"Tokyo, Tokyo, JP"',
      status,
      code,
      reason ? `"${reason}"` : '',
      note,
    ].join(','));
  }
  return out.join(newline) + newline;
}

/** A pretty-printed Graph page of sign-in objects. */
function signinJson(rows: number, seed = 2): string {
  const random = rng(seed);
  const value = Array.from({ length: rows }, (_, i) => {
    const [code, , reason] = pick(random, CODES);
    return {
      id: `id-${i}`,
      createdDateTime: new Date(Date.UTC(2025, 3, 21) + i * 30_000).toISOString(),
      userPrincipalName: pick(random, USERS),
      appDisplayName: pick(random, APPS),
      ipAddress: `198.51.100.${Math.floor(random() * 9)}`,
      correlationId: `corr-${i % 50}`,
      status: { errorCode: Number(code), failureReason: reason || 'Other.' },
      location: { city: '東京', state: 'Tokyo', countryOrRegion: 'JP' },
    };
  });
  return JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns', value }, null, 2) + '\n';
}

/** Each row's byte range re-reads as the row: its user is in the re-parsed CSV fields or JSON record. */
function assertRowsReread(index: ReportIndex, bytes: Uint8Array): void {
  const decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
  for (let r = 0; r < index.rowCount; r++) {
    const text = decoder.decode(bytes.subarray(index.columns.byteOffset[r], index.columns.byteOffset[r]! + index.columns.byteLength[r]!));
    if (index.info.container === 'json') {
      const record = JSON.parse(text) as { userPrincipalName: string };
      assert.equal(record.userPrincipalName, index.value('user', r), `row ${r}`);
    } else {
      const fields = Papa.parse<string[]>(text, { delimiter: index.info.csvDialect!.delimiter, newline: index.info.csvDialect!.newline }).data[0]!;
      assert.equal(fields[3], index.value('user', r), `row ${r} at line ${index.line(r)}: ${text}`);
    }
  }
}

describe('indexBytes / IndexBuilder', () => {
  describe('gives the same index whatever the chunk size (1, 7, 64, 4096 bytes, 1 MiB)', () => {
    // Each file is over 1 MiB so the chunks after the sniffed head go through the streaming path too.
    const cases: ReadonlyArray<{ name: string; bytes: () => Uint8Array; sizes: number[]; rows: number }> = [
      { name: 'UTF-8 CSV with BOM', bytes: () => concatBytes(BOM, utf8(signinCsv(6_500))), sizes: [1, 7, 64, 4096, MIB], rows: 6_500 },
      { name: 'UTF-16 LE CSV with BOM (PowerShell 5.1)', bytes: () => utf16(signinCsv(3_500, 3), 'le', true), sizes: [7, 64, 4096, MIB], rows: 3_500 },
      { name: 'Shift_JIS CSV (Japanese Excel)', bytes: () => shiftJis(signinCsv(6_500, 4).replace(/😀/g, '☆')), sizes: [7, 64, 4096, MIB], rows: 6_500 },
      { name: 'pretty Graph JSON page', bytes: () => utf8(signinJson(3_500)), sizes: [7, 64, 4096, MIB], rows: 3_500 },
    ];
    for (const c of cases) {
      it(c.name, function () {
        this.timeout(10_000);
        const bytes = c.bytes();
        assert.ok(bytes.length > MIB, `${bytes.length} bytes`);
        const reference = indexSnapshot(indexBytes(bytes, { chunkSize: bytes.length }));
        assert.equal(reference.rowCount, c.rows);
        assert.deepEqual(reference.problems, []);
        for (const size of c.sizes) assert.deepEqual(indexSnapshot(indexBytes(bytes, { chunkSize: size })), reference, `chunks of ${size}`);
        assertRowsReread(indexBytes(bytes, { chunkSize: 4096 }), bytes);
      });
    }
  });

  it('reads encoding, kind and fields of a CSV download', () => {
    const bytes = concatBytes(BOM, utf8(signinCsv(120)));
    const index = indexBytes(bytes);
    assert.equal(index.info.kind, 'signin');
    assert.equal(index.info.container, 'csv');
    assert.equal(index.info.encoding, 'utf-8');
    assert.equal(index.info.bomLength, 3);
    assert.deepEqual(index.info.csvDialect, { delimiter: ',', newline: '\r\n' });
    assert.equal(index.info.bytes, bytes.length);
    assert.equal(index.info.headers![0], 'Date (UTC)');
    assert.equal(index.rowCount, 120);
    assert.equal(index.line(0), 2);
    assert.equal(index.time(0), Date.UTC(2025, 3, 21, 4, 29, 55));
    assert.ok(USERS.includes(index.value('user', 0)));
    assert.ok(['success', 'failure', 'interrupt'].includes(index.outcome(0)));
    assertRowsReread(index, bytes);
  });

  it('builds the same index from an async iterable (buildIndex) as from bytes (indexBytes)', async () => {
    const bytes = utf8(signinJson(300));
    async function* stream() {
      for (const chunk of byteChunks(bytes, 777)) {
        await Promise.resolve();
        yield chunk;
      }
    }
    let progress = 0;
    const index = await buildIndex(stream(), { onProgress: (n) => (progress = n) });
    assert.deepEqual(indexSnapshot(index), indexSnapshot(indexBytes(bytes)));
    assert.equal(progress, bytes.length);
    assert.equal(index.rowCount, 300);
  });

  it('stops early on an AbortSignal, keeping what was read', async () => {
    const bytes = utf8(signinCsv(4_000));
    const controller = new AbortController();
    const index = await buildIndex(byteChunks(bytes, 16_384), {
      signal: controller.signal,
      onProgress: (read) => {
        if (read >= 3 * 16_384) controller.abort();
      },
    });
    assert.ok(index.rowCount > 100 && index.rowCount < 4_000, `${index.rowCount} rows`);
    assert.equal(index.info.bytes, 3 * 16_384);
    // The rows it kept are the first ones, complete, with the same positions as in the full index; the row the last
    // chunk cut through is dropped, not indexed as a broken row.
    assert.deepEqual(index.problems.sorted(), []);
    const full = indexBytes(bytes);
    for (let r = 0; r < index.rowCount; r++) {
      assert.equal(index.columns.byteOffset[r], full.columns.byteOffset[r]);
      assert.equal(index.columns.byteLength[r], full.columns.byteLength[r]);
      assert.equal(index.line(r), full.line(r));
      assert.equal(index.value('requestId', r), full.value('requestId', r));
    }
    assert.ok(index.columns.byteOffset[index.rowCount - 1]! + index.columns.byteLength[index.rowCount - 1]! <= 3 * 16_384);
  });

  it('reads only the first bytes when asked (limitBytes), leaving out the row cut there, even in the last chunk', async () => {
    const bytes = utf8(signinCsv(2_000));
    const full = indexBytes(bytes);
    for (const [limit, chunk] of [[50_000, 16_384], [50_000, bytes.length], [3 * 16_384, 16_384]] as const) {
      const index = await buildIndex(byteChunks(bytes, chunk), { limitBytes: limit });
      assert.equal(index.info.bytes, limit, `limit ${limit}, chunks of ${chunk}`);
      assert.deepEqual(index.problems.sorted(), [], `limit ${limit}, chunks of ${chunk}`);
      const last = index.rowCount - 1;
      assert.ok(index.columns.byteOffset[last]! + index.columns.byteLength[last]! <= limit);
      assert.equal(index.value('requestId', last), full.value('requestId', last));
      // Every row that ends before the limit is kept.
      assert.ok(full.columns.byteOffset[last + 1]! + full.columns.byteLength[last + 1]! > limit - 2);
    }
  });

  it('drops the cut-off record of an aborted JSON read without reporting it', async () => {
    const bytes = utf8(signinJson(500));
    const controller = new AbortController();
    const index = await buildIndex(byteChunks(bytes, 10_000), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    assert.ok(index.rowCount > 5 && index.rowCount < 500, `${index.rowCount} rows`);
    assert.deepEqual(index.problems.sorted(), []);
  });

  it('reads the whole file when the signal fires only after the last chunk', async () => {
    const bytes = utf8(signinCsv(50).trimEnd());
    const controller = new AbortController();
    const index = await buildIndex([bytes], { signal: controller.signal, onProgress: () => controller.abort() });
    assert.equal(index.rowCount, 50);
  });

  it('reports an empty file (no bytes, only whitespace, only a BOM)', () => {
    for (const bytes of [new Uint8Array(0), utf8(' \r\n\t\n'), BOM, utf16('\n', 'le', true)]) {
      const index = indexBytes(bytes);
      assert.equal(index.rowCount, 0);
      assert.deepEqual(index.problems.sorted().map((p) => [p.code, p.line]), [['empty-file', 1]]);
    }
  });

  it('reports a binary file and reads nothing from it', () => {
    const random = rng(99);
    const zip = concatBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Uint8Array.from({ length: 5000 }, () => Math.floor(random() * 256)));
    const index = indexBytes(zip, { chunkSize: 1000 });
    assert.equal(index.rowCount, 0);
    assert.deepEqual(index.problems.sorted().map((p) => p.code), ['binary-file']);
  });

  it('reports lossy decoding once, at the first bad line, with the count', () => {
    const lines = signinCsv(30).split('\r\n');
    const bad = new Uint8Array([0xff, 0xfe, 0xfd]);
    // Bad bytes in row fields at lines 5 and 9 (a user name), the rest valid UTF-8.
    const parts: Uint8Array[] = [];
    lines.forEach((line, i) => {
      parts.push(utf8(line.replace(/,alexw,|,adelev,/, ',')));
      if (i === 4 || i === 8) parts.push(bad);
      if (i < lines.length - 1) parts.push(utf8('\r\n'));
    });
    const bytes = concatBytes(...parts);
    for (const size of [5, 4096, MIB]) {
      const index = indexBytes(bytes, { chunkSize: size });
      assert.equal(index.info.encodingConfidence, 'low');
      const lossy = index.problems.sorted().filter((p) => p.code === 'encoding-lossy');
      assert.equal(lossy.length, 1);
      assert.equal(lossy[0]!.line, 5);
      assert.match(lossy[0]!.detail!, /utf-8, 6 characters/);
      assert.equal(index.rowCount, 30);
    }
  });

  it('reports lossy decoding found after the first megabyte at its line', () => {
    const text = signinCsv(6_500);
    const cut = text.indexOf('\r\n', MIB + 100) + 2;
    const badLine = text.slice(0, cut).split('\r\n').length;
    const bytes = concatBytes(utf8(text.slice(0, cut)), new Uint8Array([0xc3]), utf8(text.slice(cut)));
    const index = indexBytes(bytes, { chunkSize: 65_536 });
    assert.equal(index.info.encodingConfidence, 'certain');
    assert.deepEqual(index.problems.sorted().filter((p) => p.code === 'encoding-lossy').map((p) => p.line), [badLine]);
  });

  it('does not report lossy decoding for a valid file that contains U+FFFD', () => {
    const index = indexBytes(utf8(signinCsv(20).replace('line two', 'line \ufffd two')));
    assert.equal(index.problems.count('encoding-lossy'), 0);
  });

  it('reports a CSV row with the wrong number of fields at its line', () => {
    const text = 'Date (UTC),Request ID,Username,Status,Sign-in error code\n' +
      '2025-04-21T04:29:55Z,r1,adelev@contoso.com,Failure,50126\n' +
      '2025-04-21T04:30:00Z,r2,alexw@contoso.com,Success\n' +
      '2025-04-21T04:31:00Z,r3,"Vance, Adele",Success,0,extra\n' +
      '2025-04-21T04:32:00Z,r4,diegos@contoso.com,Failure,50074\n';
    const index = indexBytes(utf8(text));
    assert.equal(index.rowCount, 4);
    assert.deepEqual(
      index.problems.sorted().filter((p) => p.code === 'csv-field-count').map((p) => [p.line, p.detail]),
      [[3, '4 instead of 5'], [4, '6 instead of 5']],
    );
  });

  it('reports a header-only CSV', () => {
    const index = indexBytes(utf8('Date (UTC),Request ID,Username,Status,Sign-in error code\r\n'));
    assert.equal(index.rowCount, 0);
    assert.deepEqual(index.problems.sorted().map((p) => p.code), ['csv-header-only']);
  });

  it('keeps 200 problems of one code plus a summary, counting every one', () => {
    let text = 'Date (UTC),Request ID,Username,Status,Sign-in error code\n';
    for (let i = 0; i < 250; i++) text += `2025-04-21T04:29:55Z,r${i},adelev@contoso.com,Failure\n`;
    text += '2025-04-21T04:29:55Z,"broken"x,adelev@contoso.com,Failure,50126\n';
    const index = indexBytes(utf8(text));
    assert.equal(index.problems.count('csv-field-count'), 250);
    assert.equal(index.problems.count('csv-quotes'), 1);
    const sorted = index.problems.sorted();
    assert.equal(sorted.filter((p) => p.code === 'csv-field-count').length, MAX_PER_CODE);
    const summary = sorted.filter((p) => p.code === 'too-many-problems');
    assert.equal(summary.length, 1);
    assert.equal(summary[0]!.detail, 'csv-field-count: 250');
    assert.equal(summary[0]!.line, 2);
    // In line order, the first 200 kept.
    const kept = sorted.filter((p) => p.code === 'csv-field-count').map((p) => p.line);
    assert.deepEqual(kept, Array.from({ length: MAX_PER_CODE }, (_, i) => i + 2));
    assert.equal(index.problems.errorCount, 1);
  });

  it('maps any line to the row whose record starts at or before it (multi-line records)', () => {
    const text = 'Date (UTC),Request ID,Username,Status,Sign-in error code,Note\n' +
      '2025-04-21T04:29:55Z,r1,adelev@contoso.com,Failure,50126,x\n' +
      '2025-04-21T04:30:00Z,r2,alexw@contoso.com,Success,0,"one\ntwo\nthree"\n' +
      '\n' +
      '2025-04-21T04:31:00Z,r3,diegos@contoso.com,Success,0,y\n';
    const index = indexBytes(utf8(text));
    assert.deepEqual([...index.columns.line], [2, 3, 7]);
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((line) => index.rowAtLine(line)), [-1, 0, 1, 1, 1, 1, 2, 2]);
    const json = indexBytes(utf8(signinJson(3)));
    assert.deepEqual([...json.columns.line], [4, 21, 38]);
    assert.deepEqual([3, 4, 20, 21, 37, 38, 1000].map((line) => json.rowAtLine(line)), [-1, 0, 0, 1, 1, 2, 2]);
  });

  it('shares interned strings among rows', () => {
    const index = indexBytes(utf8(signinCsv(2_000)));
    // 5 users, 4 apps, 4 codes, 20 IPs, one location, a few reasons… and 2,000 unique request ids.
    assert.ok(index.strings.size < 2_000 + 60, `${index.strings.size} strings`);
    const users = new Set(Array.from({ length: index.rowCount }, (_, r) => index.id('user', r)));
    assert.equal(users.size, USERS.length);
    const first = index.id('user', 0);
    for (let r = 0; r < index.rowCount; r++) if (index.value('user', r) === index.value('user', 0)) assert.equal(index.id('user', r), first);
    assert.equal(index.strings.get(0), '');
  });

  it('reads NDJSON and reports its cut-off record', () => {
    const records = Array.from({ length: 5 }, (_, i) => JSON.stringify({ time: `2025-04-21T04:2${i}:00Z`, category: 'SignInLogs', resultType: '50126', properties: { userPrincipalName: USERS[i], createdDateTime: `2025-04-21T04:2${i}:00Z`, status: { errorCode: 50126 } } }));
    records[2] = records[2]!.slice(0, 40);
    const bytes = utf8(records.join('\n') + '\n');
    const index = indexBytes(bytes, { chunkSize: 13 });
    assert.equal(index.rowCount, 4);
    assert.deepEqual([...index.columns.line], [1, 2, 4, 5]);
    assert.deepEqual(index.problems.sorted().map((p) => [p.code, p.line]), [['json-truncated', 3]]);
  });

  it('reads NDJSON whose first line is not JSON (a banner, a broken first record) as JSON, reporting that line', () => {
    // The first character used to decide alone: `#` made the file a CSV, and every record was lost.
    const records = Array.from({ length: 5 }, (_, i) => JSON.stringify({ time: `2025-04-21T04:2${i}:00Z`, category: 'SignInLogs', resultType: '50126', properties: { userPrincipalName: USERS[i], status: { errorCode: 50126 } } }));
    for (const first of ['#!', 'undefined', 'Export of sign-in logs, 2025-04-21']) {
      const index = indexBytes(utf8(`${first}\n${records.join('\n')}\n`));
      assert.deepEqual([index.info.container, index.info.kind, index.rowCount], ['json', 'signin', 5], first);
      assert.deepEqual(index.problems.sorted().map((p) => [p.code, p.line]), [['json-unexpected-text', 1]], first);
    }
    // A CSV stays a CSV, even with a cell that holds JSON.
    assert.equal(indexBytes(utf8('User,Data\na@x,"{""k"":1}"\nb@x,{}\n')).info.container, 'csv');
  });

  it('decides the kind of a small JSON export from its records, whatever empty ones (`{}`) a broken record left', () => {
    const record = (i: number) => JSON.stringify({ id: String(i), createdDateTime: `2025-04-21T04:2${i}:00Z`, userPrincipalName: USERS[i], status: { errorCode: 50126 } });
    const clean = indexBytes(utf8(`[${[1, 2].map(record).join(',\n')}]`));
    const broken = indexBytes(utf8(`[{},\n{},\n${[1, 2].map(record).join(',\n')}]`));
    assert.equal(clean.info.kind, 'signin');
    assert.equal(broken.info.kind, clean.info.kind);
  });

  it('can be pushed by hand and ignores empty chunks', () => {
    const builder = new IndexBuilder();
    builder.push(new Uint8Array(0));
    for (const chunk of byteChunks(utf8(signinCsv(10)), 100)) {
      builder.push(chunk);
      builder.push(new Uint8Array(0));
    }
    assert.equal(builder.end().rowCount, 10);
  });

  it('gives the rows read so far while building, which later rows leave unchanged (a grid growing)', () => {
    const bytes = concatBytes(BOM, utf8(signinCsv(6_500)));
    const builder = new IndexBuilder();
    assert.equal(builder.snapshot(), undefined, 'nothing before the kind is decided');
    const partials: Array<{ index: ReportIndex; frozen: ReturnType<typeof indexSnapshot> }> = [];
    for (const chunk of byteChunks(bytes, 64 * 1024)) {
      builder.push(chunk);
      const partial = builder.snapshot();
      if (partial) partials.push({ index: partial, frozen: indexSnapshot(partial) });
    }
    const whole = indexSnapshot(builder.end());
    assert.ok(partials.length >= 3, `${partials.length} partial indexes`);
    assert.ok(partials[0]!.index.rowCount > 0 && partials[0]!.index.rowCount < 6_500);
    for (const { index, frozen } of partials) {
      // Unchanged by the rows pushed after it was taken…
      assert.deepEqual(indexSnapshot(index).line, frozen.line);
      assert.deepEqual(indexSnapshot(index).fields, frozen.fields);
      // …and a prefix of the whole file's index.
      const n = index.rowCount;
      assert.equal(frozen.info.kind, 'signin');
      assert.deepEqual(frozen.line, whole.line.slice(0, n));
      assert.deepEqual(frozen.time, whole.time.slice(0, n));
      assert.deepEqual(frozen.outcome, whole.outcome.slice(0, n));
      for (const f of INDEXED_FIELDS) assert.deepEqual(frozen.fields[f], whole.fields[f]!.slice(0, n), f);
    }
  });
});

describe('ProblemLog and messages', () => {
  /** Every problem code; `satisfies` makes the compiler flag one added to `ProblemCode` but not here. */
  const CODES_ALL = {
    'empty-file': true, 'binary-file': true, 'encoding-lossy': true, 'csv-quotes': true, 'csv-field-count': true,
    'csv-header-only': true, 'json-syntax': true, 'json-truncated': true, 'json-unclosed': true,
    'json-unexpected-text': true, 'json-not-object': true, 'duplicate-column': true, 'unknown-code': true,
    'bad-time': true, 'too-many-problems': true,
  } as const satisfies Record<ProblemCode, true>;
  const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

  /** Codes whose message has no place for a detail (their producers never give one). */
  const WITHOUT_DETAIL = new Set<ProblemCode>(['empty-file', 'binary-file', 'csv-header-only', 'json-unclosed', 'json-not-object']);

  it('has an English and a Japanese message for every code, with and without detail, never "undefined"', () => {
    for (const code of Object.keys(CODES_ALL) as ProblemCode[]) {
      assert.ok(['error', 'warning', 'info'].includes(severityOf(code)), code);
      for (const detail of [undefined, '', 'some detail 42']) {
        const en = problemMessage({ line: 3, code, detail }, 'en');
        const ja = problemMessage({ line: 3, code, detail }, 'ja');
        for (const message of [en, ja]) {
          assert.ok(message.length > 5, `${code}: ${message}`);
          assert.doesNotMatch(message, /undefined|null|\[object/, `${code}: ${message}`);
          if (detail && !WITHOUT_DETAIL.has(code)) assert.ok(message.includes(detail), `${code} shows its detail: ${message}`);
        }
        assert.notEqual(en, ja);
        assert.match(ja, JAPANESE, `${code}: ${ja}`);
        assert.doesNotMatch(en, JAPANESE, `${code}: ${en}`);
      }
    }
    // The two codes whose detail is optional read well without one.
    assert.doesNotMatch(problemMessage({ line: 1, code: 'csv-quotes' }, 'en'), /: \./);
    assert.doesNotMatch(problemMessage({ line: 1, code: 'json-truncated' }, 'en'), /\(\)/);
  });

  it('keeps the first 200 per code in line order, counts all, and sums errors', () => {
    const log = new ProblemLog();
    for (let i = 0; i < 450; i++) log.add({ line: 1000 - i, code: 'bad-time', detail: String(i) });
    for (let i = 0; i < 3; i++) log.add({ line: 5 + i, code: 'json-syntax' });
    log.add({ line: 1, code: 'unknown-code', detail: 'X' });
    assert.equal(log.count('bad-time'), 450);
    assert.equal(log.count('json-syntax'), 3);
    assert.equal(log.count('empty-file'), 0);
    assert.equal(log.list.length, MAX_PER_CODE + 4);
    assert.equal(log.errorCount, 3);
    const sorted = log.sorted();
    const lines = sorted.filter((p) => p.code !== 'too-many-problems').map((p) => p.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.deepEqual(sorted.filter((p) => p.code === 'too-many-problems').map((p) => p.detail), ['bad-time: 450']);
    // The first 200 added are kept, not the 200 lowest lines.
    assert.deepEqual(sorted.filter((p) => p.code === 'bad-time').map((p) => p.detail).sort(), Array.from({ length: 200 }, (_, i) => String(i)).sort());
  });
});

describe('StringPool and Growable', () => {
  it('interns each distinct string once; id 0 is the empty string', () => {
    const pool = new StringPool();
    assert.equal(pool.intern(''), 0);
    const a = pool.intern('adelev@contoso.com');
    assert.equal(pool.intern('adelev@contoso.com'), a);
    const b = pool.intern('山田');
    assert.notEqual(a, b);
    assert.equal(pool.get(a), 'adelev@contoso.com');
    assert.equal(pool.get(b), '山田');
    assert.equal(pool.get(999), '');
    assert.equal(pool.find('山田'), b);
    assert.equal(pool.find('nobody'), undefined);
    assert.equal(pool.size, 3);
    assert.equal(pool.intern('__proto__'), 3);
    assert.equal(pool.intern('constructor'), 4);
    assert.equal(pool.get(3), '__proto__');
  });

  it('grows past its initial size and trims to its length', () => {
    const g = new Growable(Uint32Array, 2);
    for (let i = 0; i < 1000; i++) g.push(i * 3);
    const t = g.trimmed();
    assert.ok(t instanceof Uint32Array);
    assert.equal(t.length, 1000);
    assert.equal(t[999], 2997);
    const f = new Growable(Float64Array, 1);
    f.push(NaN);
    f.push(1.5);
    f.push(2 ** 40);
    assert.deepEqual([...f.trimmed()], [NaN, 1.5, 2 ** 40]);
    assert.equal(new Growable(Uint8Array).trimmed().length, 0);
  });
});
