/**
 * Re-reading one row from the file: the index keeps only what analysis needs, and the rest of a row (all 57 columns,
 * the whole JSON record) is read again from its byte range when someone looks at it.
 */
import Papa from 'papaparse';
import type { ReportIndex } from './report-index';

/** Reads `length` bytes at `offset` of the indexed file. */
export type ReadRange = (offset: number, length: number) => Promise<Uint8Array>;

export type RawRow = { readonly kind: 'csv'; readonly fields: string[] } | { readonly kind: 'json'; readonly record: Record<string, unknown> };

export async function readRawRow(index: ReportIndex, row: number, read: ReadRange): Promise<RawRow> {
  const bytes = await read(index.columns.byteOffset[row]!, index.columns.byteLength[row]!);
  const text = new TextDecoder(index.info.encoding, { ignoreBOM: true }).decode(bytes);
  if (index.info.container === 'json') return { kind: 'json', record: JSON.parse(text) as Record<string, unknown> };
  const dialect = index.info.csvDialect;
  // The parser itself, not `Papa.parse`: that strips a U+FEFF at the start of its input, which in the middle of a file
  // (files appended together) the index read as part of the row's first field.
  const parser = new Papa.Parser({ delimiter: dialect?.delimiter ?? ',', newline: dialect?.newline ?? '\n', quoteChar: '"', escapeChar: '"' });
  const parsed = parser.parse(text, 0, false) as Papa.ParseResult<string[]>;
  return { kind: 'csv', fields: parsed.data[0] ?? [] };
}
