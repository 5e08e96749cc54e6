/**
 * How each read of an export ended — indexed, cancelled (its tab closed, or a newer read replaced it), declined or cut
 * short by the user (files over the size that asks first), or not a report — kept for the extension's test API and
 * for the output of a support question. File names only; nothing from inside the files.
 */
export type ReadOutcome = 'indexed' | 'partial' | 'cancelled' | 'declined' | 'not-a-report';

export interface ReadRecord {
  readonly uri: string;
  /** Who read it: the text editor's session, the Report Grid, or a panel's own read of a file not open elsewhere. */
  readonly reader: 'text' | 'grid' | 'file';
  readonly outcome: ReadOutcome;
  readonly rows: number;
  readonly at: number;
}

const KEPT = 200;
const records: ReadRecord[] = [];

export function recordRead(uri: { toString(): string }, reader: ReadRecord['reader'], outcome: ReadOutcome, rows = 0): void {
  records.push({ uri: uri.toString(), reader, outcome, rows, at: Date.now() });
  if (records.length > KEPT) records.splice(0, records.length - KEPT);
}

export function readLog(): readonly ReadRecord[] {
  return records;
}
