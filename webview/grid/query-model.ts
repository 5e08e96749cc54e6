/**
 * What the user asked for (the filter fields as typed, the sort) and the `GridQuery` the host receives: empty fields
 * dropped, text trimmed, a date range made explicit in UTC (the "to" day included). DOM-free (unit-tested in Node).
 */
import type { Outcome } from '../../src/core/catalog/types';
import type { GridQuery } from '../../src/protocol';

export type SortDirection = 'asc' | 'desc';

export interface Sort {
  readonly column: number;
  readonly direction: SortDirection;
}

export interface Filters {
  readonly outcomes: readonly Outcome[];
  readonly code: string;
  readonly user: string;
  readonly app: string;
  readonly ip: string;
  /** `YYYY-MM-DD` as the date fields give it, or empty. */
  readonly from: string;
  readonly to: string;
  readonly search: string;
}

export const NO_FILTERS: Filters = { outcomes: [], code: '', user: '', app: '', ip: '', from: '', to: '', search: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toQuery(filters: Filters, sort: Sort | undefined): GridQuery {
  const query: { -readonly [K in keyof GridQuery]: GridQuery[K] } = {};
  if (sort) query.sort = { column: sort.column, direction: sort.direction };
  if (filters.outcomes.length) query.outcomes = [...filters.outcomes];
  const code = filters.code.trim();
  if (code) query.code = code;
  for (const key of ['user', 'app', 'ip', 'search'] as const) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  if (DATE.test(filters.from)) query.from = `${filters.from}T00:00:00.000Z`;
  if (DATE.test(filters.to)) query.to = `${filters.to}T23:59:59.999Z`;
  return query;
}

export function hasFilters(filters: Filters): boolean {
  return Object.keys(toQuery(filters, undefined)).length > 0;
}

/** The next sort when a column's header is clicked: ascending → descending → unsorted; another column starts ascending. */
export function nextSort(current: Sort | undefined, column: number): Sort | undefined {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  if (current.direction === 'asc') return { column, direction: 'desc' };
  return undefined;
}

/** Filters restored from saved state, keeping only well-formed fields. */
export function restoreFilters(saved: unknown, outcomes: readonly Outcome[]): Filters {
  if (!saved || typeof saved !== 'object') return NO_FILTERS;
  const s = saved as Record<string, unknown>;
  const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : '');
  const known = new Set(outcomes);
  const restoredOutcomes = Array.isArray(s['outcomes']) ? (s['outcomes'] as unknown[]).filter((o): o is Outcome => typeof o === 'string' && known.has(o as Outcome)) : [];
  return {
    outcomes: restoredOutcomes,
    code: text('code'),
    user: text('user'),
    app: text('app'),
    ip: text('ip'),
    from: DATE.test(text('from')) ? text('from') : '',
    to: DATE.test(text('to')) ? text('to') : '',
    search: text('search'),
  };
}

export function restoreSort(saved: unknown, columns: ReadonlySet<number>): Sort | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const s = saved as Record<string, unknown>;
  const column = s['column'];
  const direction = s['direction'];
  if (typeof column !== 'number' || !columns.has(column) || (direction !== 'asc' && direction !== 'desc')) return undefined;
  return { column, direction };
}
