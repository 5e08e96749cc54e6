/**
 * Timestamps as exporters write them, to milliseconds since the epoch (UTC). One small parser per format:
 * - ISO 8601 with `Z`, an offset or none, up to 7 fractional digits (`2025-12-04T08:19:41Z`,
 *   `2019-10-18T04:45:48.0729893-05:00`, Graph/portal/diagnostic records; a space instead of `T` too);
 * - US locale from Log Analytics and PowerShell `Export-Csv` (`9/19/2023, 1:45:17.287 PM`, `4/21/2025 4:29:55 AM`);
 * - Japanese locale from Excel / a Japanese portal (`2023/09/19 13:45:17`, `2023年9月19日 13:45:17`);
 * - Windows PowerShell 5.1 `ConvertTo-Json` of a DateTime (`/Date(1701234567000)/`, milliseconds since the epoch).
 * A value with no offset is taken as UTC: the portal and Log Analytics columns are UTC (`Date (UTC)`,
 * `TimeGenerated [UTC]`); PowerShell exports carry the exporting machine's local time, which the file does not say.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([AP]M)?$/i;
const JA_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const DOTNET_JSON = /^\/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\/$/;
const JA_KANJI = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日\s*(?:(\d{1,2})[:時](\d{2})(?:[:分](\d{2})秒?)?)?$/;

function fractionMs(fraction: string | undefined): number {
  if (!fraction) return 0;
  return Math.floor(Number((fraction + '000').slice(0, 3)));
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return NaN;
  // Date.UTC silently rolls 2023-02-30 over to March 2: check the day (a year 400 years on has the same calendar).
  if (d > 28 && new Date(Date.UTC(2000 + (y % 400), mo - 1, d)).getUTCDate() !== d) return NaN;
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC reads years 0–99 as 1900–1999; Graph writes 0001-01-01T00:00:00Z for "never", which must not be 1901.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/** `YYYY-MM-DDTHH:MM:SS` + optional fraction + `Z`, read by character codes: the portal's and Graph's usual form. */
function fastIso(v: string): number {
  const n = v.length;
  if (n < 20 || v.charCodeAt(10) !== 84 /* T */ || v.charCodeAt(n - 1) !== 90 /* Z */) return NaN;
  const d = (i: number) => v.charCodeAt(i) - 48;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]) if (d(i) < 0 || d(i) > 9) return NaN;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return NaN;
  let ms = 0;
  if (n > 20) {
    if (v.charCodeAt(19) !== 46 /* . */ || n > 30) return NaN;
    for (let i = 20; i < n - 1; i++) if (d(i) < 0 || d(i) > 9) return NaN;
    ms = Math.floor(Number((v.slice(20, n - 1) + '000').slice(0, 3)));
  }
  return utc(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3), d(5) * 10 + d(6), d(8) * 10 + d(9), d(11) * 10 + d(12), d(14) * 10 + d(15), d(17) * 10 + d(18), ms);
}

export function parseIsoTime(value: string): number {
  const fast = fastIso(value);
  if (!Number.isNaN(fast)) return fast;
  const m = ISO.exec(value);
  if (!m) return NaN;
  const t = utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), fractionMs(m[7]));
  return t - offsetMinutes(m[8]) * 60_000;
}

export function parseUsTime(value: string): number {
  const m = US.exec(value);
  if (!m) return NaN;
  let hour = +m[4]!;
  const meridiem = m[8]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return NaN;
    if (meridiem === 'AM' && hour === 12) hour = 0;
    else if (meridiem === 'PM' && hour !== 12) hour += 12;
  }
  return utc(+m[3]!, +m[1]!, +m[2]!, hour, +m[5]!, +(m[6] ?? 0), fractionMs(m[7]));
}

export function parseJapaneseTime(value: string): number {
  const m = JA_SLASH.exec(value) ?? JA_KANJI.exec(value);
  if (!m) return NaN;
  return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), fractionMs(m[7]));
}

export function parseDotNetJsonTime(value: string): number {
  const m = DOTNET_JSON.exec(value);
  return m ? Number(m[1]) : NaN; // the optional offset only says how to display it; the number is UTC
}

/** Any of the formats above; NaN when the value is not a timestamp. */
export function parseTime(value: string): number {
  const v = value.trim();
  if (v.length < 8) return NaN;
  if (v.charCodeAt(0) === 47 /* / */) return parseDotNetJsonTime(v);
  const yearFirst = /^\d{4}([-/年])/.exec(v);
  if (!yearFirst) return parseUsTime(v);
  return yearFirst[1] === '-' ? parseIsoTime(v) : parseJapaneseTime(v);
}
