/**
 * What the extension returns from `activate`: enough for tests (and other extensions) to see what it did without
 * reaching into its internals. Shapes are plain data.
 */
import type * as vscode from 'vscode';
import type { Outcome } from '../core/catalog/types';
import type { GridRevealed, SummaryToHost, SummaryView, TimelineToHost, TimelineView } from '../protocol';
import type { ReadRecord } from './read-log';
import type { WebviewSecurity } from './webview-html';

export type { ReadRecord, WebviewSecurity };

/** The extension host's memory, in bytes. */
export interface HostMemory {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
}

export interface ReportSnapshot {
  readonly kind: string;
  readonly dialect: string;
  readonly confidence: string;
  readonly encoding: string;
  readonly rows: number;
  readonly failures: number;
}

export interface DecoratedCell {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  /** The faded inline label, when inline labels are on. */
  readonly label?: string;
}

export type DecoratedCells = Readonly<Partial<Record<Outcome, readonly DecoratedCell[]>>>;

/** A summary or timeline panel as it is now: its files, what it last showed, where its last jump went. */
export interface PanelSnapshot {
  readonly viewType: 'summary' | 'timeline';
  /** The report, then its joined AuthDetails file. */
  readonly uris: readonly string[];
  readonly user?: string;
  readonly title: string;
  readonly active: boolean;
  /** The view last sent to the webview (what it shows), or the status line while reading. */
  readonly view?: SummaryView | TimelineView;
  readonly status?: string;
  /** In the grid, `grid` is what the grid confirmed it shows. */
  readonly lastReveal?: { readonly where: 'text' | 'grid'; readonly uri: string; readonly line: number; readonly grid?: GridRevealed };
}

export type PanelMessage = SummaryToHost | TimelineToHost;

export interface ExtensionApi {
  /** Whether the heavy part (catalog, indexer, editor features) has been loaded. */
  featuresLoaded(): boolean;
  /** Files opened as text that were too large for the text editor's features and were offered the grid. */
  largeFilesOffered(): string[];
  /** The report detected in a document, once indexed; undefined when it is not a report. */
  report(uri: vscode.Uri): Promise<ReportSnapshot | undefined>;
  /** The code cells decorated in the visible editor of `uri`, by outcome, as last applied. */
  decorations(uri: vscode.Uri): DecoratedCells | undefined;
  /** The summary and timeline panels open now. */
  panels(): PanelSnapshot[];
  /**
   * Acts as the webview of the panel showing `uri` (and `user`, for a timeline) and sends it `message` — what a click
   * in the panel sends; resolves with what the host did (the jump made, the KQL copied …). For tests.
   */
  panelMessage(viewType: 'summary' | 'timeline', uri: vscode.Uri, message: PanelMessage, user?: string): Promise<unknown>;
  /** How each read of an export ended (text editor, grid, a panel's own read), oldest first. */
  reads(): readonly ReadRecord[];
  /** The HTML and options of every open webview of the extension. */
  webviews(): WebviewSecurity[];
  /** The extension host's memory now; with `collect`, after a full garbage collection (what is really held). */
  memory(collect?: boolean): HostMemory;
}

/** What the heavy bundle (`dist/features.js`) offers the light entry point. */
export interface Features {
  attach(document: vscode.TextDocument): void;
  /** The Report Grid's provider (the light entry point registers it and forwards here). */
  readonly grid: vscode.CustomReadonlyEditorProvider<vscode.CustomDocument>;
  report(uri: vscode.Uri): Promise<ReportSnapshot | undefined>;
  decorations(uri: vscode.Uri): DecoratedCells | undefined;
  /** Takes over a summary or timeline panel VS Code restored after a reload (the serializers are registered light). */
  restorePanel(viewType: string, panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  panels(): PanelSnapshot[];
  panelMessage(viewType: 'summary' | 'timeline', uri: vscode.Uri, message: PanelMessage, user?: string): Promise<unknown>;
  reads(): readonly ReadRecord[];
  webviews(): WebviewSecurity[];
}
