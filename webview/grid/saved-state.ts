/**
 * What the grid keeps across a hidden/restored webview (`getState`/`setState`): scroll position, filters, sort,
 * hidden columns and widths — restored only for the same file content (`init.fingerprint`), since row positions and
 * column ids mean nothing for another file. DOM-free (unit-tested in Node).
 */
import type { Outcome } from '../../src/core/catalog/types';
import type { GridInit } from '../../src/protocol';
import { defaultLayout, restoreLayout, type ColumnLayout } from './columns';
import { NO_FILTERS, restoreFilters, restoreSort, type Filters, type Sort } from './query-model';

export interface SavedGridState {
  readonly version: 1;
  readonly fingerprint: string;
  /** Row position at the top of the viewport. */
  readonly topRow: number;
  readonly filters: Filters;
  readonly sort?: Sort;
  readonly hidden: readonly number[];
  readonly widths: Readonly<Record<string, number>>;
}

export interface RestoredGrid {
  readonly topRow: number;
  readonly filters: Filters;
  readonly sort: Sort | undefined;
  readonly layout: ColumnLayout;
}

/** The grid's starting point for `init`: the saved state if it is for this content, the defaults otherwise. */
export function restoreGrid(init: GridInit, saved: unknown): RestoredGrid {
  const base = defaultLayout(init.columns, init);
  const fresh: RestoredGrid = { topRow: 0, filters: NO_FILTERS, sort: undefined, layout: base };
  if (!saved || typeof saved !== 'object') return fresh;
  const s = saved as Partial<Record<keyof SavedGridState, unknown>>;
  if (s.version !== 1 || s.fingerprint !== init.fingerprint) return fresh;
  const outcomes: Outcome[] = init.outcomes.map((o) => o.outcome);
  const topRow = typeof s.topRow === 'number' && Number.isInteger(s.topRow) && s.topRow > 0 ? s.topRow : 0;
  const hidden = Array.isArray(s.hidden) ? s.hidden.filter((id): id is number => typeof id === 'number') : undefined;
  const widths = s.widths && typeof s.widths === 'object' ? (s.widths as Record<string, number>) : undefined;
  return {
    topRow,
    filters: restoreFilters(s.filters, outcomes),
    sort: restoreSort(s.sort, new Set(base.order)),
    layout: restoreLayout(base, { ...(hidden ? { hidden } : {}), ...(widths ? { widths } : {}) }),
  };
}

export function saveGrid(fingerprint: string, topRow: number, filters: Filters, sort: Sort | undefined, layout: ColumnLayout): SavedGridState {
  return {
    version: 1,
    fingerprint,
    topRow,
    filters,
    ...(sort ? { sort } : {}),
    hidden: [...layout.hidden],
    widths: Object.fromEntries([...layout.widths].map(([id, w]) => [String(id), w])),
  };
}
