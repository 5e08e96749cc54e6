/** `RowView`s over a CSV row (by column index) and over a JSON record (by dot path). One view is reused per file. */
import { keyOf } from './json-keys';
import { text, type RowView } from './kind';

/** A row's fields by position: papaparse's string array, or the byte reader's row (decoded on demand). */
export interface FieldSource {
  readonly fieldCount: number;
  field(i: number): string;
}

export class CsvRowView<F extends string> implements RowView<F> {
  private fields: readonly string[] | undefined;
  private source: FieldSource | undefined;

  constructor(private readonly columns: ReadonlyMap<F, number>) {}

  set(fields: readonly string[] | FieldSource): this {
    if (Array.isArray(fields)) {
      this.fields = fields;
      this.source = undefined;
    } else {
      this.source = fields as FieldSource;
      this.fields = undefined;
    }
    return this;
  }

  has(field: F): boolean {
    return this.columns.has(field);
  }

  get(field: F): string {
    const i = this.columns.get(field);
    if (i === undefined) return '';
    const v = this.fields ? this.fields[i] : this.source && i < this.source.fieldCount ? this.source.field(i) : undefined;
    return v === undefined ? '' : v.trim();
  }

  /** Log Analytics exports write nested objects as JSON text inside a cell. */
  raw(field: F): unknown {
    const v = this.get(field);
    if (!v || (v[0] !== '{' && v[0] !== '[')) return v || undefined;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  }
}

type Path = readonly string[];

export class JsonRowView<F extends string> implements RowView<F> {
  private record: Record<string, unknown> = {};
  private readonly compiled: ReadonlyMap<F, readonly Path[]>;

  constructor(paths: Readonly<Record<F, readonly string[]>>) {
    this.compiled = new Map(Object.entries(paths).map(([f, ps]) => [f as F, (ps as string[]).map((p) => p.split('.'))]));
  }

  set(record: Record<string, unknown>): this {
    this.record = record;
    return this;
  }

  raw(field: F): unknown {
    for (const path of this.compiled.get(field) ?? []) {
      const v = walk(this.record, path);
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  }

  get(field: F): string {
    return text(this.raw(field)).trim();
  }
}

function walk(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Reads a path inside a value that may be a JSON string (Log Analytics dynamic columns); keys in any casing (the Graph
 * PowerShell SDK writes `ErrorCode` where Graph writes `errorCode`).
 */
export function dig(value: unknown, ...path: string[]): unknown {
  let v = typeof value === 'string' && (value.startsWith('{') || value.startsWith('[')) ? safeParse(value) : value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    const record = v as Record<string, unknown>;
    v = record[keyOf(record, key) ?? key];
  }
  return v;
}

export function safeParse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
