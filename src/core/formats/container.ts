/**
 * CSV or JSON, from the decoded start of a file. JSON when its first character opens an array or an object — or when
 * its first line is something else but most of the lines after it open an object: NDJSON under a line a tool wrote
 * (a banner, a shebang) or whose first record is broken. Read as CSV, every record was lost.
 */

/** Lines after the first looked at; enough to be sure, few enough to stay within the sniffed head. */
const LINES_LOOKED_AT = 10;

export function isJsonText(text: string, first: number): boolean {
  const c = text[first];
  if (c === '[' || c === '{') return true;
  let seen = 0;
  let objects = 0;
  for (let nl = text.indexOf('\n', first); nl !== -1 && seen < LINES_LOOKED_AT; nl = text.indexOf('\n', nl + 1)) {
    // The line's first character other than spaces (a blank line has none before its line break).
    let k = nl + 1;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\ufeff')) k++;
    if (k === text.length || text[k] === '\n') continue;
    seen++;
    if (text[k] === '{') objects++;
  }
  return objects >= 2 && objects >= seen * 0.8;
}
