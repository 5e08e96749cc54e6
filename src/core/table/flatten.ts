/**
 * JSON records as grid rows: nested objects become dotted columns (`status.errorCode`, `location.city`), arrays and
 * deeper objects become their JSON text. The columns are the keys seen in the first records, in the order first seen,
 * so a Graph sign-in shows its ~70 properties as ~90 columns.
 */

const MAX_DEPTH = 3;
/** Longest cell text kept for an array or deep object (the whole record is one click away). */
const MAX_JSON_CELL = 2_000;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = jsonPrefix(value, MAX_JSON_CELL + 1);
  return text.length > MAX_JSON_CELL ? `${text.slice(0, MAX_JSON_CELL)}…` : text;
}

/**
 * `JSON.stringify(value)` for a parsed JSON value, stopped once it is at least `limit` characters long. Walked with
 * a stack of its own: `JSON.stringify` recurses, and a record nested 100,000 levels deep (it parses: `JSON.parse`
 * does not recurse) overflowed the call stack when the grid showed it. Stopping early also spares stringifying a
 * multi-megabyte array only to keep its first 2,000 characters.
 */
export function jsonPrefix(value: unknown, limit: number): string {
  let out = '';
  // Open arrays and objects, innermost last, each with the index of its next member.
  const open: Array<{ readonly container: Record<string, unknown> | unknown[]; readonly keys?: string[]; next: number }> = [];
  const write = (v: unknown) => {
    if (v === null || typeof v !== 'object') {
      out += JSON.stringify(v) ?? 'null';
    } else if (Array.isArray(v)) {
      out += '[';
      open.push({ container: v, next: 0 });
    } else {
      out += '{';
      open.push({ container: v as Record<string, unknown>, keys: Object.keys(v), next: 0 });
    }
  };
  write(value);
  while (open.length && out.length < limit) {
    const top = open[open.length - 1]!;
    const { container, keys } = top;
    if (top.next === (keys ?? (container as unknown[])).length) {
      out += keys ? '}' : ']';
      open.pop();
      continue;
    }
    if (top.next > 0) out += ',';
    const i = top.next++;
    if (keys) {
      out += `${JSON.stringify(keys[i])}:`;
      write((container as Record<string, unknown>)[keys[i]!]);
    } else write((container as unknown[])[i]);
  }
  return out;
}

/** Path → cell text for one record. */
export function flattenRecord(record: Record<string, unknown>, out = new Map<string, string>(), prefix = '', depth = 1): Map<string, string> {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < MAX_DEPTH) {
      flattenRecord(value as Record<string, unknown>, out, path, depth + 1);
    } else {
      out.set(path, cellText(value));
    }
  }
  return out;
}

/** Column paths of a set of records, in first-seen order. */
export function jsonColumns(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const path of flattenRecord(record).keys()) seen.add(path);
  return [...seen];
}

/** One record's cells for `columns`. */
export function jsonCells(record: Record<string, unknown>, columns: readonly string[]): string[] {
  const flat = flattenRecord(record);
  return columns.map((c) => flat.get(c) ?? '');
}
