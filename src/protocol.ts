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

export type ExplainToWebview = { readonly type: 'showRecord'; readonly card: RecordCard };

/** What the explanation card sends back. */
export type WebviewToHost = { readonly type: 'ready' } | { readonly type: 'lookUpCode'; readonly code: string };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}

// ——— Summary and timeline ————————————————————————————————————————————————————————————————————————————————————————

/**
 * Where a row is: which file of the panel (0 = the report, 1 = its joined AuthDetails file) and its 1-based line.
 * Sent back by the webview when the user clicks an evidence line; the host opens the text editor (or the grid) there.
 */
export interface RowRef {
  readonly file: number;
  readonly line: number;
}

/**
 * A table cell: plain text, or text that does something — open a user's timeline, jump to a row, look up a code —
 * optionally with a bar (0–1) drawn behind it and a marker (`legacy`).
 */
export type Cell =
  | string
  | {
      readonly text: string;
      readonly user?: string;
      readonly row?: RowRef;
      /** Several rows (a fraud report's lines): each a link of its own, after the text. */
      readonly rows?: readonly RowRef[];
      readonly code?: string;
      readonly bar?: number;
      readonly outcome?: Outcome;
      readonly mark?: string;
      /** Tooltip (the explanation of a code, the full value). */
      readonly title?: string;
    };

export interface TableView {
  readonly caption: string;
  readonly headers: readonly string[];
  /** Numeric columns, aligned right. */
  readonly numeric: readonly boolean[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
  /** A line under the table ("12 other values: 40 rows"). */
  readonly note?: string;
}

export interface FactView {
  readonly caption: string;
  readonly value: string;
  /** Draws attention (admins without MFA, blocked attempts). */
  readonly warn?: boolean;
  /** Users named in the value, each a link to its timeline. */
  readonly users?: readonly string[];
}

/** A step of a funnel, drawn as a bar relative to the first step. */
export interface FunnelStep {
  readonly caption: string;
  readonly count: number;
  readonly countText: string;
  readonly share: number;
  readonly tone: 'neutral' | 'success' | 'failure' | 'other';
}

export interface SectionView {
  readonly id: 'sspr' | 'mfaServer' | 'registration' | 'authDetails';
  readonly title: string;
  readonly intro?: string;
  readonly facts: readonly FactView[];
  readonly funnel?: readonly FunnelStep[];
  readonly tables: readonly TableView[];
}

export interface BreakdownView {
  readonly id: 'methods' | 'apps' | 'locations' | 'countries' | 'ips' | 'clientApps';
  readonly table: TableView;
}

/** One bar of the events-over-time chart: rows of the bucket by outcome group. */
export interface ChartBucket {
  /** Axis label (`08`, `12-04`) and full label (`08:00–08:59 UTC`, `2025-12-04`). */
  readonly short: string;
  readonly label: string;
  readonly success: number;
  readonly failure: number;
  /** Interrupts, pending and informational rows. */
  readonly other: number;
}

export interface ChartView {
  readonly hours: readonly ChartBucket[];
  readonly days: readonly ChartBucket[];
  /** Days when the export spans more than one, else hours. */
  readonly initial: 'hours' | 'days';
}

export interface EvidenceView {
  readonly ref: RowRef;
  readonly time: string;
  readonly role: string;
  /** The row's user, IP address and code, to read the evidence without opening the file. */
  readonly user: string;
  readonly ip: string;
  readonly code: string;
  readonly outcome: Outcome;
}

export interface FindingView {
  readonly id: string;
  readonly severity: 'high' | 'medium' | 'low';
  readonly severityName: string;
  readonly title: string;
  readonly explanation: string;
  readonly nextStep: string;
  readonly period: string;
  readonly users: readonly string[];
  readonly ips: readonly string[];
  readonly rule: string;
  readonly evidence: readonly EvidenceView[];
  /** "Showing 200 of 1,204 rows", when not all are listed. */
  readonly evidenceNote?: string;
  readonly kql: string;
}

export interface ReasonView {
  readonly code: string;
  readonly label: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
  readonly count: string;
  readonly share: string;
  readonly shareValue: number;
  readonly users: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly explanation: string;
  readonly nextStep: string;
  readonly topApps: string;
  readonly topIps: string;
}

export type SummaryCaption =
  | 'findings' | 'noFindings' | 'severity' | 'evidence' | 'line' | 'time' | 'role' | 'user' | 'ip' | 'code' | 'users' | 'ips'
  | 'period' | 'rule' | 'whatHappened' | 'nextStep' | 'kql' | 'copyKql' | 'copied' | 'outcomes' | 'outcome' | 'count' | 'share'
  | 'reasons' | 'noReasons' | 'meaning' | 'seen' | 'explanation' | 'topApps' | 'topIps' | 'overTime' | 'byHour' | 'byDay'
  | 'chartTitle' | 'chartDescription' | 'hourUnit' | 'dayUnit' | 'showTable' | 'hideTable' | 'success' | 'failure' | 'other' | 'total' | 'bucket'
  | 'breakdowns' | 'exportSummary' | 'showTimeline' | 'openTimelineOf' | 'lookUp' | 'jumpTo' | 'legacy' | 'rows';

/** One report's summary as the panel shows it: numbers formatted, texts in the display language. */
export interface SummaryView {
  readonly lang: Lang;
  readonly title: string;
  /** The files shown together: the report, then its joined AuthDetails file. */
  readonly files: readonly string[];
  readonly facts: readonly FactView[];
  readonly findings: readonly FindingView[];
  readonly outcomes: ReadonlyArray<{ readonly outcome: Outcome; readonly name: string; readonly count: string; readonly share: number; readonly shareText: string }>;
  readonly reasons: readonly ReasonView[];
  readonly chart?: ChartView;
  readonly breakdowns: readonly BreakdownView[];
  readonly sections: readonly SectionView[];
  readonly captions: Readonly<Record<SummaryCaption, string>>;
}

/** Saved by the summary and timeline webviews (`setState`), given back to the host when VS Code restores the panel. */
export interface PanelState {
  /** The report, then its joined AuthDetails file. */
  readonly uris: readonly string[];
  readonly user?: string;
  readonly chart?: 'hours' | 'days';
  readonly scrollY?: number;
  readonly focus?: number;
}

export type SummaryToWebview =
  | { readonly type: 'showSummary'; readonly view: SummaryView; readonly state: PanelState }
  /** Reading the file (large exports take a moment) or why there is nothing to show. */
  | { readonly type: 'status'; readonly message: string; readonly busy: boolean }
  /** A short confirmation ("KQL copied") read out by screen readers. */
  | { readonly type: 'notice'; readonly message: string };

export type SummaryToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'lookUpCode'; readonly code: string }
  | { readonly type: 'revealRow'; readonly ref: RowRef }
  | { readonly type: 'copyKql'; readonly finding: number }
  | { readonly type: 'openTimeline'; readonly user?: string }
  | { readonly type: 'exportSummary' };

export interface TimelineStepView {
  readonly ref: RowRef;
  readonly time: string;
  readonly method: string;
  readonly result: string;
  readonly label: string;
  readonly explanation: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
}

export interface TimelineEventView {
  readonly ref: RowRef;
  readonly time: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
  readonly code: string;
  /** What happened in a few words: the activity and the code's label. */
  readonly what: string;
  readonly label: string;
  readonly explanation: string;
  readonly nextStep: string;
  /** App, IP, location, method, client app — whichever the row has. */
  readonly facts: ReadonlyArray<{ readonly caption: string; readonly value: string }>;
  /** "New IP address (was …)", "New country (was …)". */
  readonly changes: readonly string[];
  readonly steps: readonly TimelineStepView[];
}

export interface TimelineSessionView {
  readonly heading: string;
  readonly span: string;
  /** "4 h 10 min later" before every session but the first. */
  readonly gap?: string;
  readonly counts: string;
  readonly where: string;
  readonly events: readonly TimelineEventView[];
}

export type TimelineCaption =
  | 'sessions' | 'undated' | 'noEvents' | 'steps' | 'explanation' | 'nextStep' | 'jumpTo' | 'pickUser' | 'showSummary' | 'line' | 'keys';

export interface TimelineView {
  readonly lang: Lang;
  readonly user: string;
  readonly title: string;
  readonly files: readonly string[];
  readonly stats: string;
  readonly legend: ReadonlyArray<{ readonly outcome: Outcome; readonly name: string }>;
  readonly sessions: readonly TimelineSessionView[];
  readonly undated: readonly TimelineEventView[];
  readonly captions: Readonly<Record<TimelineCaption, string>>;
}

export type TimelineToWebview =
  | { readonly type: 'showTimeline'; readonly view: TimelineView; readonly state: PanelState }
  | { readonly type: 'status'; readonly message: string; readonly busy: boolean };

export type TimelineToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'lookUpCode'; readonly code: string }
  | { readonly type: 'revealRow'; readonly ref: RowRef }
  | { readonly type: 'pickUser' }
  | { readonly type: 'showSummary' };

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
  | 'openTimeline' // tooltip of a user cell: "Open this user's timeline"
  | 'revealCleared' // "Filters cleared to show line {0}."
  | 'revealMissing'; // "Line {0} is not in this view."

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
  /**
   * The result of a query: how many rows the current view has. `viewId` increases with each query. While the file is
   * still being read, the same `viewId` may come again with a larger `rowCount` (rows appended, positions already sent
   * unchanged): the grid keeps what it fetched and grows. A new `viewId` means every position changed.
   */
  | { readonly type: 'view'; readonly viewId: number; readonly rowCount: number; readonly totalRows: number; readonly codes: ReadonlyArray<{ readonly code: string; readonly count: number; readonly label: string }> }
  | { readonly type: 'page'; readonly viewId: number; readonly start: number; readonly rows: readonly GridRow[]; readonly codes: Readonly<Record<string, GridCodeInfo>> }
  | { readonly type: 'notice'; readonly message: string; readonly error: boolean }
  /**
   * Show row `row` (1-based `line`) of the file: at `position` of view `viewId`, or -1 when that view filters it out
   * (the grid then clears its filters, says so, and asks `locateRow`). Sent for the internal command
   * `entraReportLens.revealRowInGrid(uri, row, line)` and in answer to `locateRow`; the grid scrolls to the row,
   * selects it, takes the keyboard focus there and answers `rowRevealed` once the row is drawn.
   */
  | { readonly type: 'revealRow'; readonly viewId: number; readonly row: number; readonly line: number; readonly position: number };

/** A revealed row as the grid shows it (what `revealRowInGrid` resolves with): `shownLine` is read from its gutter. */
export interface GridRevealed {
  readonly row: number;
  readonly line: number;
  readonly position: number;
  readonly filtersCleared: boolean;
  readonly shownLine: number;
  readonly focused: boolean;
}

export type GridToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'query'; readonly query: GridQuery }
  | { readonly type: 'getPage'; readonly viewId: number; readonly start: number; readonly count: number }
  | { readonly type: 'copy'; readonly rows: readonly number[]; readonly format: 'csv' | 'markdown' }
  | { readonly type: 'exportFiltered' }
  | { readonly type: 'openTimeline'; readonly user: string }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'reopenAsText' }
  /** Where is `row` in the current view? Sent after the view changed under a reveal; answered by `revealRow`. */
  | { readonly type: 'locateRow'; readonly row: number; readonly line: number }
  | ({ readonly type: 'rowRevealed' } & GridRevealed);
