/** What every reader gives for one record: where it is in the file. */
export interface RecordPosition {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** Byte offset of the record's first byte in the file (after any byte-order mark is counted). */
  readonly byteOffset: number;
  /** Bytes of the record, without its trailing line break. */
  readonly byteLength: number;
}

/**
 * Problems a reader or the index builder can find. Messages for each code live in `messages.ts` (en/ja); a problem
 * carries only its code, line and the details the message needs.
 */
export type ProblemCode =
  | 'empty-file'
  | 'binary-file'
  | 'encoding-lossy'
  | 'csv-quotes'
  | 'csv-field-count'
  | 'csv-header-only'
  | 'json-syntax'
  | 'json-truncated'
  | 'json-unclosed'
  | 'json-unexpected-text'
  | 'json-not-object'
  | 'duplicate-column'
  | 'unknown-code'
  | 'bad-time'
  | 'too-many-problems';

export interface ParseProblem {
  readonly line: number;
  readonly code: ProblemCode;
  /** Free detail for the message (a parser's own words, a column name, a count). */
  readonly detail?: string;
}

export interface ParseProblemSink {
  problem(problem: ParseProblem): void;
}
