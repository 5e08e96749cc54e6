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
  const text = JSON.stringify(value);
  return text.length > MAX_JSON_CELL ? `${text.slice(0, MAX_JSON_CELL)}…` : text;
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
