/**
 * Exporters write the same value with small differences: `MFA Denied` / `MFA denied`, `did not` / `didn't`,
 * typographic apostrophes, full-width characters from Japanese Excel, trailing spaces or full stops. A normalized
 * key removes those differences so one catalog record matches all of them.
 */

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bdidn't\b/g, 'did not'],
  [/\bdoesn't\b/g, 'does not'],
  [/\bdon't\b/g, 'do not'],
  [/\bcan't\b/g, 'cannot'],
  [/\bcouldn't\b/g, 'could not'],
  [/\bisn't\b/g, 'is not'],
  [/\bwasn't\b/g, 'was not'],
  [/\bwon't\b/g, 'will not'],
  [/\bhasn't\b/g, 'has not'],
  [/\bhaven't\b/g, 'have not'],
];

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc]/u;
const CJK_ADJACENT_SPACE =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc]) | (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc])/gu;

/** Case-, apostrophe-, contraction- and whitespace-insensitive key for matching values. */
export function normalizeKey(value: string): string {
  let s = value.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  s = s.replace(/[\u201c\u201d]/g, '"');
  // Zero-width characters and BOMs that sometimes ride along in cells.
  s = s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  // Japanese text is spaced inconsistently between words ("モバイル SMS の" / "モバイルSMSの"); spaces next to a
  // Japanese character carry no meaning.
  if (CJK.test(s)) s = s.replace(CJK_ADJACENT_SPACE, '');
  if (s.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // Trailing sentence punctuation differs between documentation and data ("… reset." / "… reset").
  s = s.replace(/[\s.。!！]+$/u, '');
  return s;
}

/** `AADSTS50126`, `50126`, ` 50126 `, `50126.0` → `50126`; anything else unchanged. */
export function normalizeNumericCode(value: string): string | undefined {
  // NFKC first: Japanese Excel can turn digits full-width (５０１２６).
  const m = /^\s*(?:aadsts)?\s*(\d{1,9})(?:\.0+)?\s*$/i.exec(value.normalize('NFKC'));
  if (!m) return undefined;
  const digits = m[1]!.replace(/^0+(?=\d)/, '');
  return digits;
}

/** The first sentence of a longer message, used when an exporter appends advice to a documented string. */
export function firstSentence(key: string): string | undefined {
  const m = /^(.+?)[.。](?:\s|$)/u.exec(key);
  return m && m[1]!.length < key.length ? m[1]!.trim() : undefined;
}
