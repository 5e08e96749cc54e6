/**
 * Rows copied or exported from the grid, as CSV (RFC 4180, every field quoted, CRLF — what Excel and the portal use)
 * or Markdown (pipes and line breaks in cells escaped so the table holds). Pure text; the caller writes it.
 */

const quoteCsv = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((row) => row.map(quoteCsv).join(',')).join('\r\n') + '\r\n';
}

function markdownCell(value: string): string {
  // Escape first, then turn line breaks into <br>: a literal "<br>" in a cell must stay text.
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}

export function toMarkdown(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
