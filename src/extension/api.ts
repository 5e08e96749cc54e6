/**
 * What the extension returns from `activate`: enough for tests (and other extensions) to see what it did without
 * reaching into its internals. Shapes are plain data.
 */
import type * as vscode from 'vscode';
import type { Outcome } from '../core/catalog/types';

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

export interface ExtensionApi {
  /** Whether the heavy part (catalog, indexer, editor features) has been loaded. */
  featuresLoaded(): boolean;
  /** Files opened as text that were too large for the text editor's features and were offered the grid. */
  largeFilesOffered(): string[];
  /** The report detected in a document, once indexed; undefined when it is not a report. */
  report(uri: vscode.Uri): Promise<ReportSnapshot | undefined>;
  /** The code cells decorated in the visible editor of `uri`, by outcome, as last applied. */
  decorations(uri: vscode.Uri): DecoratedCells | undefined;
}

/** What the heavy bundle (`dist/features.js`) offers the light entry point. */
export interface Features {
  attach(document: vscode.TextDocument): void;
  /** The Report Grid's provider (the light entry point registers it and forwards here). */
  readonly grid: vscode.CustomReadonlyEditorProvider<vscode.CustomDocument>;
  report(uri: vscode.Uri): Promise<ReportSnapshot | undefined>;
  decorations(uri: vscode.Uri): DecoratedCells | undefined;
}
