/**
 * Code cells coloured by their row's outcome, in the visible lines plus a margin only, recomputed on scroll, edit and
 * re-index. New decorations replace the old in one `setDecorations` per outcome (never cleared first), so nothing
 * flickers. Colours are contributed theme colours (light, dark, high contrast); the faded inline label is optional
 * (`entraReportLens.inlineLabels`).
 */
import * as vscode from 'vscode';
import type { Outcome } from '../core/catalog';
import { codeCells } from '../core/explain/code-cells';
import type { DecoratedCell, DecoratedCells } from './api';
import { displayLanguage } from './language';
import type { ReportSessions } from './report-sessions';

const DECORATED: readonly Outcome[] = ['success', 'interrupt', 'failure', 'blocked', 'pending'];
/** Lines above and below the visible range decorated in advance, so a scroll shows colours at once. */
const MARGIN = 60;
const SCROLL_DELAY_MS = 30;

function decorationType(outcome: Outcome): vscode.TextEditorDecorationType {
  const attention = outcome === 'failure' || outcome === 'blocked';
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`entraReportLens.${outcome}Background`),
    border: '1px solid',
    borderColor: new vscode.ThemeColor(`entraReportLens.${outcome}Border`),
    borderRadius: '2px',
    ...(attention ? { overviewRulerColor: new vscode.ThemeColor(`entraReportLens.${outcome}Background`), overviewRulerLane: vscode.OverviewRulerLane.Right } : {}),
  });
}

export class DecorationController implements vscode.Disposable {
  private readonly types = new Map(DECORATED.map((o) => [o, decorationType(o)] as const));
  private readonly applied = new Map<string, DecoratedCells>();
  private readonly timers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly sessions: ReportSessions) {
    this.disposables.push(
      ...this.types.values(),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.refresh(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor)),
      sessions.onDidIndex((session) => this.editorsOf(session.document.uri).forEach((e) => this.refresh(e))),
      sessions.onDidClose((uri) => this.editorsOf(uri).forEach((e) => this.clear(e))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('entraReportLens.inlineLabels') || e.affectsConfiguration('entraReportLens.language')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  /** What was last decorated in the visible editor of `uri` (for tests and the API). */
  cells(uri: vscode.Uri): DecoratedCells | undefined {
    return this.applied.get(uri.toString());
  }

  private editorsOf(uri: vscode.Uri): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString());
  }

  private refreshAll(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.refresh(e));
  }

  private schedule(editor: vscode.TextEditor): void {
    clearTimeout(this.timers.get(editor));
    this.timers.set(
      editor,
      setTimeout(() => {
        this.timers.delete(editor);
        this.refresh(editor);
      }, SCROLL_DELAY_MS),
    );
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.applied.delete(editor.document.uri.toString());
  }

  private refresh(editor: vscode.TextEditor): void {
    const session = this.sessions.withIndex(editor.document.uri);
    if (!session) return;
    const visible = editor.visibleRanges;
    if (visible.length === 0) return;
    const from = Math.max(0, Math.min(...visible.map((r) => r.start.line)) - MARGIN);
    const to = Math.min(editor.document.lineCount - 1, Math.max(...visible.map((r) => r.end.line)) + MARGIN);
    const lang = displayLanguage();
    const labels = vscode.workspace.getConfiguration('entraReportLens').get<boolean>('inlineLabels', true);
    const byOutcome = new Map<Outcome, vscode.DecorationOptions[]>(DECORATED.map((o) => [o, []]));
    const snapshot: Partial<Record<Outcome, DecoratedCell[]>> = {};
    for (const cell of codeCells(session.index, session.lines(), from, to)) {
      const options = byOutcome.get(cell.outcome);
      if (!options) continue;
      const label = labels && cell.label ? cell.label[lang] : undefined;
      options.push({
        range: new vscode.Range(cell.span.line, cell.span.start, cell.span.line, cell.span.end),
        ...(label
          ? {
              renderOptions: {
                after: { contentText: ` ${label}`, color: new vscode.ThemeColor('entraReportLens.inlineLabelForeground'), fontStyle: 'italic', margin: '0 0 0 0.6em' },
              },
            }
          : {}),
      });
      (snapshot[cell.outcome] ??= []).push({ line: cell.span.line, start: cell.span.start, end: cell.span.end, code: cell.code, ...(label ? { label } : {}) });
    }
    for (const [outcome, options] of byOutcome) editor.setDecorations(this.types.get(outcome)!, options);
    this.applied.set(editor.document.uri.toString(), snapshot);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
