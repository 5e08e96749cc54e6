/**
 * Which kind of report a file is, from its content: CSV header names (normalized, any known language), then column
 * position for a known layout in an unknown language, then what the values look like; JSON by the keys of its first
 * records. Never from the file name. The result names how sure it is and how each column was found.
 */
import type { Catalog } from '../catalog';
import { generic, GENERIC_COLUMNS } from './kinds/generic';
import { KIND_MODULES } from './kinds';
import { resolvePaths } from './kinds/json-keys';
import { mapColumns, normalizeHeader, type Confidence, type CsvLayout, type JsonLayout, type KindModule } from './kinds/kind';
import { shapeShare, isCatalogValue, isIpAddress, isTimestamp, isUserPrincipalName, type ValueShape } from './shapes';

export type ColumnSource = 'name' | 'position' | 'value';

export interface CsvDetection {
  readonly container: 'csv';
  readonly module: KindModule;
  /** Field → column index. */
  readonly columns: ReadonlyMap<string, number>;
  readonly sources: ReadonlyMap<string, ColumnSource>;
  readonly score: number;
  readonly confidence: Confidence;
}

export interface JsonDetection {
  readonly container: 'json';
  readonly module: KindModule;
  readonly layout: JsonLayout<string>;
  readonly score: number;
  readonly confidence: Confidence;
}

export type Detection = CsvDetection | JsonDetection;

/** A signature field found by position or by values counts for less than one found by its name. */
const WEIGHT: Record<ColumnSource, number> = { name: 1, position: 0.85, value: 0.7 };
/** Below this a file is a generic report. */
const MIN_SCORE = 0.6;
/** Share of sample values that must have a column's shape. */
const MIN_SHAPE_SHARE = 0.6;
/**
 * How much more of the sample a later column must match to take a field found by values from an earlier one. Several
 * columns often share a shape (request, correlation and app ids are all GUIDs); without a margin, one odd value in the
 * right column (a NUL, a cut cell) moved the field to another column for every row (found by the fuzz suite).
 */
const SHAPE_SHARE_MARGIN = 0.1;

export function confidenceOf(score: number): Confidence {
  return score >= 0.999 ? 'certain' : score >= 0.85 ? 'high' : score >= MIN_SCORE ? 'medium' : 'low';
}

export function detectCsv(headers: readonly string[], sample: readonly (readonly string[])[], catalog: Catalog): CsvDetection {
  let best: CsvDetection | undefined;
  for (const module of KIND_MODULES) {
    if (!module.csv) continue;
    const candidate = resolveCsv(module, module.csv, headers, sample, catalog);
    if (!best || candidate.score > best.score || (candidate.score === best.score && namedCount(candidate) > namedCount(best))) best = candidate;
  }
  if (best && best.score >= MIN_SCORE) return best;
  const fallback = resolveCsv(generic, generic.csv!, headers, sample, catalog);
  return { ...fallback, score: best?.score ?? 0, confidence: 'low' };
}

function namedCount(d: CsvDetection): number {
  let n = 0;
  for (const s of d.sources.values()) if (s === 'name') n++;
  return n;
}

function resolveCsv(
  module: KindModule,
  layout: CsvLayout<string>,
  headers: readonly string[],
  sample: readonly (readonly string[])[],
  catalog: Catalog,
): CsvDetection {
  const columns = new Map<string, number>(mapColumns(layout, headers));
  const sources = new Map<string, ColumnSource>([...columns.keys()].map((f) => [f, 'name']));
  const used = new Set(columns.values());
  const shapes = (layout.shapes ?? {}) as Record<string, ValueShape | undefined>;
  const valuesOf = (column: number) => sample.map((row) => row[column] ?? '');

  // A known layout in a language we have no names for: same column order as the English download. A position is
  // only trusted where the values there look right.
  const positional = layout.positional?.find((p) => p.count === headers.length);
  if (positional && !layout.signature.every((f) => sources.get(f) === 'name')) {
    const englishAt = new Map(positional.headers.map((h, i) => [normalizeHeader(h), i] as const));
    for (const field of Object.keys(layout.columns)) {
      if (columns.has(field)) continue;
      for (const name of layout.columns[field]!) {
        const at = englishAt.get(normalizeHeader(name));
        if (at === undefined || used.has(at)) continue;
        const shape = shapes[field];
        if (shape && shapeShare(valuesOf(at), shape, catalog) < MIN_SHAPE_SHARE) continue;
        columns.set(field, at);
        sources.set(field, 'position');
        used.add(at);
        break;
      }
    }
  }

  for (const [field, shape] of Object.entries(shapes)) {
    if (!shape || columns.has(field)) continue;
    let bestColumn = -1;
    let bestShare = MIN_SHAPE_SHARE;
    // At least one value more than the best, however small the sample.
    const margin = Math.max(SHAPE_SHARE_MARGIN, 1.5 / Math.max(sample.length, 1));
    for (let c = 0; c < headers.length; c++) {
      if (used.has(c)) continue;
      const share = shapeShare(valuesOf(c), shape, catalog);
      if (bestColumn < 0 ? share >= bestShare && share > 0 : share > bestShare + margin) {
        bestShare = share;
        bestColumn = c;
      }
    }
    if (bestColumn >= 0) {
      columns.set(field, bestColumn);
      sources.set(field, 'value');
      used.add(bestColumn);
    }
  }

  const signature = layout.signature;
  const score = signature.length === 0 ? 0 : signature.reduce((sum, f) => sum + (sources.has(f) ? WEIGHT[sources.get(f)!] : 0), 0) / signature.length;
  return { container: 'csv', module, columns, sources, score, confidence: confidenceOf(score) };
}

export function detectJson(sample: readonly Record<string, unknown>[], catalog: Catalog): JsonDetection {
  // An empty record (`{}`, what a broken one left behind) says nothing about the kind; it only lowered the score.
  const records = sample.filter((r) => Object.keys(r).length > 0);
  let best: JsonDetection | undefined;
  for (const module of KIND_MODULES) {
    for (const layout of module.json ?? []) {
      const score = records.length ? records.reduce((sum, r) => sum + layout.match(r), 0) / records.length : 0;
      if (!best || score > best.score) best = { container: 'json', module, layout, score, confidence: confidenceOf(score) };
    }
  }
  if (best && best.score >= MIN_SCORE) return { ...best, layout: { ...best.layout, paths: resolvePaths(best.layout.paths, records) } };
  return { container: 'json', module: generic, layout: genericJsonLayout(records, catalog), score: best?.score ?? 0, confidence: 'low' };
}

const GENERIC_SHAPES: Partial<Record<keyof typeof GENERIC_COLUMNS, ValueShape>> = {
  time: isTimestamp,
  user: isUserPrincipalName,
  code: isCatalogValue,
  ip: isIpAddress,
};

/** Top-level keys of the sample records chosen as generic fields, by name and then by value shape. */
function genericJsonLayout(records: readonly Record<string, unknown>[], catalog: Catalog): JsonLayout<string> {
  const keys = new Map<string, string[]>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (v !== null && typeof v === 'object') continue;
      if (!keys.has(k)) keys.set(k, []);
      keys.get(k)!.push(v === null || v === undefined ? '' : String(v));
    }
  }
  const byName = new Map([...keys.keys()].map((k) => [normalizeHeader(k), k] as const));
  const paths: Record<string, string[]> = {};
  const used = new Set<string>();
  for (const [field, names] of Object.entries(GENERIC_COLUMNS)) {
    const named = names.map((n) => byName.get(normalizeHeader(n))).find((k) => k !== undefined && !used.has(k));
    if (named) {
      paths[field] = [named];
      used.add(named);
    }
  }
  for (const [field, shape] of Object.entries(GENERIC_SHAPES)) {
    if (paths[field] || !shape) continue;
    let bestKey: string | undefined;
    let bestShare = MIN_SHAPE_SHARE;
    for (const [k, values] of keys) {
      if (used.has(k)) continue;
      const share = shapeShare(values, shape, catalog);
      if (share >= bestShare) {
        bestShare = share;
        bestKey = k;
      }
    }
    if (bestKey) {
      paths[field] = [bestKey];
      used.add(bestKey);
    }
  }
  for (const field of Object.keys(GENERIC_COLUMNS)) paths[field] ??= [];
  return { dialect: 'json', paths, match: () => 0 };
}
