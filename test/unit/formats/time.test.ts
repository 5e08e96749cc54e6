import assert from 'node:assert/strict';

import { parseIsoTime, parseJapaneseTime, parseTime, parseUsTime } from '../../../src/core/formats/time';

const at = (iso: string) => Date.parse(iso);

function assertTime(parse: (value: string) => number, value: string, expected: string): void {
  const t = parse(value);
  assert.equal(t, at(expected), `${value} → ${Number.isNaN(t) ? 'NaN' : new Date(t).toISOString()}, expected ${expected}`);
}

function assertNaN(parse: (value: string) => number, value: string): void {
  assert.ok(Number.isNaN(parse(value)), `${JSON.stringify(value)} should not be a time, got ${parse(value)}`);
}

describe('time parsing', () => {
  describe('ISO 8601 (Graph, portal JSON, diagnostic records)', () => {
    it('reads Z, offsets and no zone (taken as UTC)', () => {
      assertTime(parseIsoTime, '2025-12-04T08:19:41Z', '2025-12-04T08:19:41.000Z');
      assertTime(parseIsoTime, '2025-12-04t08:19:41z', '2025-12-04T08:19:41.000Z');
      assertTime(parseIsoTime, '2025-12-04T08:19:41', '2025-12-04T08:19:41.000Z');
      assertTime(parseIsoTime, '2019-10-18T04:45:48.0729893-05:00', '2019-10-18T09:45:48.072Z');
      assertTime(parseIsoTime, '2023-09-19T22:45:17+09:00', '2023-09-19T13:45:17.000Z');
      assertTime(parseIsoTime, '2023-09-19T22:45:17+0900', '2023-09-19T13:45:17.000Z');
      assertTime(parseIsoTime, '2023-09-19T05:15:17+05:30', '2023-09-18T23:45:17.000Z');
      assertTime(parseIsoTime, '2023-09-19T13:45:17+00:00', '2023-09-19T13:45:17.000Z');
      assertTime(parseIsoTime, '2023-09-19T13:45:17 Z', '2023-09-19T13:45:17.000Z');
    });

    it('reads 1 to 7 fractional digits, truncating below the millisecond', () => {
      assertTime(parseIsoTime, '2025-04-21T04:29:55.1Z', '2025-04-21T04:29:55.100Z');
      assertTime(parseIsoTime, '2025-04-21T04:29:55.12Z', '2025-04-21T04:29:55.120Z');
      assertTime(parseIsoTime, '2025-04-21T04:29:55.123Z', '2025-04-21T04:29:55.123Z');
      assertTime(parseIsoTime, '2025-04-21T04:29:55.9999999Z', '2025-04-21T04:29:55.999Z');
      assertTime(parseIsoTime, '2025-04-21T04:29:55,5Z', '2025-04-21T04:29:55.500Z');
    });

    it('reads a space instead of T, minutes without seconds, and a date alone', () => {
      assertTime(parseIsoTime, '2025-04-21 04:29:55.287', '2025-04-21T04:29:55.287Z');
      assertTime(parseIsoTime, '2025-04-21 04:29', '2025-04-21T04:29:00.000Z');
      assertTime(parseIsoTime, '2025-04-21', '2025-04-21T00:00:00.000Z');
    });

    it('keeps years below 100 as written (Graph writes 0001-01-01T00:00:00Z for "never")', () => {
      assert.equal(new Date(parseIsoTime('0001-01-01T00:00:00Z')).getUTCFullYear(), 1);
      assert.equal(parseIsoTime('0001-01-01T00:00:00Z'), -62135596800000);
    });

    it('gives NaN for impossible dates and times', () => {
      for (const v of ['2025-13-01T00:00:00Z', '2025-00-10T00:00:00Z', '2025-04-32T00:00:00Z', '2025-04-00T00:00:00Z', '2023-02-29T00:00:00Z', '2025-04-31', '2025-04-21T25:00:00Z', '2025-04-21T24:00:00Z', '2025-04-21T10:60:00Z']) {
        assertNaN(parseIsoTime, v);
      }
      assertTime(parseIsoTime, '2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z');
    });
  });

  describe('US locale (Log Analytics, PowerShell Export-Csv)', () => {
    it('reads the Log Analytics and PowerShell forms', () => {
      assertTime(parseUsTime, '9/19/2023, 1:45:17.287 PM', '2023-09-19T13:45:17.287Z');
      assertTime(parseUsTime, '4/21/2025 4:29:55 AM', '2025-04-21T04:29:55.000Z');
      assertTime(parseUsTime, '12/31/2024 11:59:59 pm', '2024-12-31T23:59:59.000Z');
      assertTime(parseUsTime, '04/01/2025 16:05', '2025-04-01T16:05:00.000Z');
      assertTime(parseUsTime, '4/1/2025 9:05PM', '2025-04-01T21:05:00.000Z');
    });

    it('handles 12 AM as midnight and 12 PM as noon', () => {
      assertTime(parseUsTime, '4/21/2025 12:00:00 AM', '2025-04-21T00:00:00.000Z');
      assertTime(parseUsTime, '4/21/2025 12:30:15 AM', '2025-04-21T00:30:15.000Z');
      assertTime(parseUsTime, '4/21/2025 12:00:00 PM', '2025-04-21T12:00:00.000Z');
      assertTime(parseUsTime, '4/21/2025 12:59:59 PM', '2025-04-21T12:59:59.000Z');
      assertTime(parseUsTime, '4/21/2025 1:00:00 AM', '2025-04-21T01:00:00.000Z');
      assertTime(parseUsTime, '4/21/2025 11:59:59 AM', '2025-04-21T11:59:59.000Z');
      assertTime(parseUsTime, '4/21/2025 0:30:00', '2025-04-21T00:30:00.000Z');
    });

    it('gives NaN for impossible values', () => {
      for (const v of ['13/1/2025 1:00:00 PM', '0/1/2025 1:00 AM', '4/31/2025 1:00 AM', '2/29/2023 1:00 AM', '4/21/2025 13:00:00 PM', '4/21/2025 0:00:00 AM', '4/21/2025 25:00:00', '4/21/2025 10:61 AM', '4/21/25 1:00 PM', '4/21/2025']) {
        assertNaN(parseUsTime, v);
      }
    });
  });

  describe('Japanese locale (Excel, Japanese portal)', () => {
    it('reads slashes and kanji forms', () => {
      assertTime(parseJapaneseTime, '2023/09/19 13:45:17', '2023-09-19T13:45:17.000Z');
      assertTime(parseJapaneseTime, '2023/9/9 3:04', '2023-09-09T03:04:00.000Z');
      assertTime(parseJapaneseTime, '2023/09/19 13:45:17.5', '2023-09-19T13:45:17.500Z');
      assertTime(parseJapaneseTime, '2023/09/19', '2023-09-19T00:00:00.000Z');
      assertTime(parseJapaneseTime, '2023年9月19日 13:45:17', '2023-09-19T13:45:17.000Z');
      assertTime(parseJapaneseTime, '2023年09月19日13時45分17秒', '2023-09-19T13:45:17.000Z');
      assertTime(parseJapaneseTime, '2023年9月19日', '2023-09-19T00:00:00.000Z');
    });

    it('gives NaN for impossible values', () => {
      for (const v of ['2023/13/01 00:00:00', '2023/02/30 00:00', '2023/09/19 25:00:00', '2023/09/19 23:60', '2023年13月1日', '2023年2月29日 10:00']) {
        assertNaN(parseJapaneseTime, v);
      }
    });
  });

  describe('parseTime', () => {
    it('dispatches each format by its shape, ignoring surrounding spaces', () => {
      assertTime(parseTime, ' 2019-10-18T04:45:48.0729893-05:00 ', '2019-10-18T09:45:48.072Z');
      assertTime(parseTime, '9/19/2023, 1:45:17.287 PM', '2023-09-19T13:45:17.287Z');
      assertTime(parseTime, '2023/09/19 13:45:17', '2023-09-19T13:45:17.000Z');
      assertTime(parseTime, '2023年9月19日 13:45:17', '2023-09-19T13:45:17.000Z');
      assertTime(parseTime, '2025-04-21', '2025-04-21T00:00:00.000Z');
    });

    it('gives NaN for values that are not timestamps', () => {
      for (const v of ['', '   ', 'Success', '50126', '20230919', '1695131117', 'adelev@contoso.com', '203.0.113.7', '2023-9-19', '19.09.2023 13:45', 'Tue Sep 19 2023', '2023/09/19T13:45:17', '2023-09-19T13:45:17Zjunk', 'null', 'undefined', '2023-09-19 13:45:17 +09:00 JST']) {
        assertNaN(parseTime, v);
      }
    });

    it('gives NaN for impossible dates in every format', () => {
      for (const v of ['2025-13-01T00:00:00Z', '2025-01-01T25:00:00Z', '13/19/2023, 1:45:17 PM', '9/19/2023, 25:45:17', '2023/13/19 13:45:17', '2023年9月19日 25:00']) {
        assertNaN(parseTime, v);
      }
    });
  });
});
