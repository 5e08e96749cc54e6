/**
 * Re-reading rows of an indexed export from their byte ranges (Node, read-only): the grid's pages, copies and exports,
 * sorting by a column the index does not hold, and text search. Runs of nearby rows are read in one read.
 */
import Papa from 'papaparse';
import { FastCsvReader, type ByteRow } from '../core/formats/fast-csv';
import type { ReportIndex } from '../core/model/report-index';
import { StringPool } from '../core/model/string-pool';
import { jsonCells, jsonColumns } from '../core/table/flatten';
import type { ColumnValues } from '../core/table/query';

/** Reads `length` bytes at `offset`. */
export interface RangeReader {
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Rows closer than this in the file are read together. */
const COALESCE_BYTES = 64 * 1024;
/** JSON records sampled to decide the grid's columns. */
const COLUMN_SAMPLE = 200;

export class RowReader {
  private readonly decoder: TextDecoder;
  private readonly extracted = new Map<number, Promise<ColumnValues>>();
  /** Grid column names: CSV headers, or flattened JSON paths (set by `init`). */
  columns: string[] = [];

  constructor(
    private readonly index: ReportIndex,
    private readonly reader: RangeReader,
  ) {
    this.decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
  }

  /** Decides the columns: the CSV header, or the keys of the first JSON records. */
  async init(): Promise<this> {
    const { info } = this.index;
    if (info.container === 'json') {
      const sample = Array.from({ length: Math.min(this.index.rowCount, COLUMN_SAMPLE) }, (_, i) => i);
      this.columns = jsonColumns([...(await this.readRecords(sample)).values()]);
    } else {
      this.columns = (info.headers ?? []).map((h, i) => h.trim() || `#${i + 1}`);
    }
    return this;
  }

  /** A reader for a later state of the same file's index (a grid growing while the file is read): same columns. */
  withIndex(index: ReportIndex): RowReader {
    const next = new RowReader(index, this.reader);
    next.columns = this.columns;
    return next;
  }

  /** Raw text of each row. */
  async readTexts(rows: readonly number[]): Promise<Map<number, string>> {
    const { byteOffset, byteLength } = this.index.columns;
    const texts = new Map<number, string>();
    for await (const { start, bytes, rows: inBlock } of this.readBlocks(rows)) {
      for (const row of inBlock) {
        const from = byteOffset[row]! - start;
        texts.set(row, this.decoder.decode(bytes.subarray(from, from + byteLength[row]!)));
      }
    }
    return texts;
  }

  /** The requested rows grouped into runs close enough in the file to be read with one read each. */
  private async *readBlocks(rows: readonly number[]): AsyncGenerator<{ start: number; bytes: Uint8Array; rows: number[] }> {
    const { byteOffset, byteLength } = this.index.columns;
    const sorted = [...rows].sort((a, b) => byteOffset[a]! - byteOffset[b]!);
    for (let i = 0; i < sorted.length; ) {
      const start = byteOffset[sorted[i]!]!;
      let end = start + byteLength[sorted[i]!]!;
      let j = i + 1;
      while (j < sorted.length && byteOffset[sorted[j]!]! - end < COALESCE_BYTES) {
        end = Math.max(end, byteOffset[sorted[j]!]! + byteLength[sorted[j]!]!);
        j++;
      }
      yield { start, bytes: await this.reader.read(start, end - start), rows: sorted.slice(i, j) };
      i = j;
    }
  }

  async readRecords(rows: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
    const out = new Map<number, Record<string, unknown>>();
    for (const [row, text] of await this.readTexts(rows)) {
      try {
        out.set(row, JSON.parse(text) as Record<string, unknown>);
      } catch {
        out.set(row, {});
      }
    }
    return out;
  }

  /** The cells of each row, in `columns` order. */
  async readCells(rows: readonly number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (this.index.info.container === 'json') {
      for (const [row, record] of await this.readRecords(rows)) out.set(row, jsonCells(record, this.columns));
      return out;
    }
    if (await this.parseCsvRows(rows, (row, parsed) => out.set(row, parsed.fields()))) return out;
    const dialect = this.index.info.csvDialect ?? { delimiter: ',', newline: '\n' };
    for (const [row, text] of await this.readTexts(rows)) {
      const parsed = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline: dialect.newline });
      out.set(row, parsed.data[0] ?? []);
    }
    return out;
  }

  /**
   * UTF-8 and Shift_JIS CSV: one byte-level parse per block, with the reader the index was built with (far cheaper than
   * a parse per row, and only the fields asked for are decoded). False for other files: the caller parses text.
   */
  private async parseCsvRows(rows: readonly number[], onRow: (row: number, parsed: ByteRow) => void): Promise<boolean> {
    const { info } = this.index;
    if (info.container !== 'csv' || (info.encoding !== 'utf-8' && info.encoding !== 'shift_jis')) return false;
    const dialect = info.csvDialect ?? { delimiter: ',', newline: '\n' };
    const { byteOffset } = this.index.columns;
    for await (const { start, bytes, rows: inBlock } of this.readBlocks(rows)) {
      const wanted = new Map(inBlock.map((row) => [byteOffset[row]!, row]));
      const reader = new FastCsvReader(dialect, info.encoding, start, {
        row: (parsed) => {
          const row = wanted.get(parsed.byteOffset);
          if (row !== undefined) onRow(row, parsed);
        },
        problem: () => undefined,
      });
      reader.push(bytes);
      reader.end();
    }
    return true;
  }

  /** Every row's value of `column`, interned (for sorting by a column the index does not hold). Cached. */
  columnValues(column: number): Promise<ColumnValues> {
    let values = this.extracted.get(column);
    if (!values) {
      values = (async () => {
        const pool = new StringPool();
        const ids = new Uint32Array(this.index.rowCount);
        for (const rows of blocks(this.index.rowCount, 10_000)) {
          const fast = await this.parseCsvRows(rows, (row, parsed) => (ids[row] = pool.intern(parsed.field(column))));
          if (!fast) for (const [row, cells] of await this.readCells(rows)) ids[row] = pool.intern(cells[column] ?? '');
        }
        return { ids, pool };
      })();
      this.extracted.set(column, values);
    }
    return values;
  }

  /** 1 for each row whose text contains `needle` (case-insensitive). */
  async searchMask(needle: string): Promise<Uint8Array> {
    const lower = needle.toLowerCase();
    const mask = new Uint8Array(this.index.rowCount);
    for (const rows of blocks(this.index.rowCount, 5_000)) {
      for (const [row, text] of await this.readTexts(rows)) if (text.toLowerCase().includes(lower)) mask[row] = 1;
    }
    return mask;
  }
}

function* blocks(count: number, size: number): Generator<number[]> {
  for (let start = 0; start < count; start += size) yield Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i);
}
