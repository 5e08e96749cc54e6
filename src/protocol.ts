/**
 * Every message between the extension host and its webviews, both directions, as discriminated unions — one union per
 * webview for what the host sends, one for what any webview sends back. Both sides import this file; handlers switch
 * on `type` and end in `assertNever`, so adding a message is a compile error until both sides handle it.
 */
import type { Family, Lang, Outcome, Tag } from './core/catalog/types';

/** A catalog record as shown to the user: texts already in the display language. */
export interface RecordCard {
  readonly code: string;
  readonly family: Family;
  readonly familyName: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
  readonly label: string;
  readonly explanation: string;
  readonly nextStep: string;
  readonly aliases: readonly string[];
  readonly passwordAccepted: boolean;
  readonly tags: readonly Tag[];
  readonly source: string;
  /** Captions of the card, in the same language. */
  readonly captions: Readonly<Record<'outcome' | 'explanation' | 'nextStep' | 'aliases' | 'passwordAccepted' | 'source', string>>;
  readonly lang: Lang;
}

/** One export's summary as shown: numbers already formatted, texts in the display language. */
export interface SummaryView {
  readonly lang: Lang;
  readonly title: string;
  readonly file: string;
  readonly facts: ReadonlyArray<{ readonly caption: string; readonly value: string }>;
  readonly outcomes: ReadonlyArray<{ readonly outcome: Outcome; readonly name: string; readonly count: string; readonly share: number; readonly shareText: string }>;
  readonly reasons: ReadonlyArray<{
    readonly code: string;
    readonly label: string;
    readonly outcome: Outcome;
    readonly outcomeName: string;
    readonly count: string;
    readonly share: string;
    readonly users: string;
    readonly firstSeen: string;
    readonly lastSeen: string;
    readonly explanation: string;
    readonly nextStep: string;
  }>;
  readonly captions: Readonly<
    Record<'outcomes' | 'reasons' | 'noReasons' | 'code' | 'meaning' | 'count' | 'share' | 'users' | 'seen' | 'explanation' | 'nextStep' | 'unexplained', string>
  >;
}

export type ExplainToWebview = { readonly type: 'showRecord'; readonly card: RecordCard };

export type SummaryToWebview = { readonly type: 'showSummary'; readonly view: SummaryView };

export type WebviewToHost = { readonly type: 'ready' } | { readonly type: 'lookUpCode'; readonly code: string };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}

// ——— Report Grid ——————————————————————————————————————————————————————————————————————————————————————————————————

/** One column of the grid: a CSV header, or a flattened JSON path (`status.errorCode`). */
export interface GridColumn {
  readonly id: number;
  readonly name: string;
  /** What the product knows the column holds (`time`, `user`, `code`, `app`, `ip`, …), when it knows. */
  readonly role?: string;
  /** What the column is, in the display language (for the header tooltip). */
  readonly description?: string;
}

/** Everything the grid needs to start; texts already in the display language. */
export interface GridInit {
  readonly file: string;
  /** Identifies the file's content: saved state (scroll, filters) is restored only for the same content. */
  readonly fingerprint: string;
  readonly lang: Lang;
  readonly title: string;
  readonly columns: readonly GridColumn[];
  /** The time column, shown frozen at the left. */
  readonly timeColumn?: number;
  readonly codeColumn?: number;
  readonly userColumn?: number;
  readonly outcomes: ReadonlyArray<{ readonly outcome: Outcome; readonly name: string }>;
  readonly strings: Readonly<Record<GridString, string>>;
}

export type GridString =
  | 'rowsOf' // "{0} of {1} rows"
  | 'indexing' // "Reading the file… {0} rows"
  | 'search'
  | 'matches' // "{0} matching rows"
  | 'outcome'
  | 'code'
  | 'user'
  | 'app'
  | 'ip'
  | 'from'
  | 'to'
  | 'clearFilters'
  | 'columns'
  | 'copyCsv'
  | 'copyMarkdown'
  | 'exportFiltered'
  | 'reopenAsText'
  | 'allCodes'
  | 'nextStep'
  | 'line'
  | 'sortAscending'
  | 'sortDescending'
  | 'noRows'
  | 'selected' // "{0} selected"
  | 'dismiss' // closes a notice
  | 'openTimeline'; // tooltip of a user cell: "Open this user's timeline"

export interface GridQuery {
  readonly sort?: { readonly column: number; readonly direction: 'asc' | 'desc' };
  /** Keep rows with one of these outcomes (all when absent). */
  readonly outcomes?: readonly Outcome[];
  /** Exact code. */
  readonly code?: string;
  /** Case-insensitive substring of the user, app or IP. */
  readonly user?: string;
  readonly app?: string;
  readonly ip?: string;
  /** ISO date or date-time (UTC); rows without a time are kept only when no range is set. */
  readonly from?: string;
  readonly to?: string;
  /** Case-insensitive text anywhere in the row. */
  readonly search?: string;
}

/** What a code in a page means, sent once per page for the codes it shows. */
export interface GridCodeInfo {
  readonly code: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
  readonly label: string;
  readonly familyName: string;
  readonly explanation: string;
  readonly nextStep: string;
}

export interface GridRow {
  /** Row number in the file's index (stable whatever the sort). */
  readonly row: number;
  /** 1-based line of the row in the file. */
  readonly line: number;
  readonly outcome: Outcome;
  readonly code: string;
  readonly cells: readonly string[];
}

export type HostToGrid =
  | { readonly type: 'init'; readonly init: GridInit }
  /** Reading progress: rows indexed so far; the grid can show and page through them already. */
  | { readonly type: 'progress'; readonly rows: number; readonly bytesRead: number; readonly totalBytes: number; readonly done: boolean }
  /** The result of a query: how many rows the current view has. `viewId` increases with each query. */
  | { readonly type: 'view'; readonly viewId: number; readonly rowCount: number; readonly totalRows: number; readonly codes: ReadonlyArray<{ readonly code: string; readonly count: number; readonly label: string }> }
  | { readonly type: 'page'; readonly viewId: number; readonly start: number; readonly rows: readonly GridRow[]; readonly codes: Readonly<Record<string, GridCodeInfo>> }
  | { readonly type: 'notice'; readonly message: string; readonly error: boolean };

export type GridToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'query'; readonly query: GridQuery }
  | { readonly type: 'getPage'; readonly viewId: number; readonly start: number; readonly count: number }
  | { readonly type: 'copy'; readonly rows: readonly number[]; readonly format: 'csv' | 'markdown' }
  | { readonly type: 'exportFiltered' }
  | { readonly type: 'openTimeline'; readonly user: string }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'reopenAsText' };
