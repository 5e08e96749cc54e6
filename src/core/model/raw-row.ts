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
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect?.delimiter ?? ',', newline: dialect?.newline ?? '\n' });
  return { kind: 'csv', fields: parsed.data[0] ?? [] };
}
