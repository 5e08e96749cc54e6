/**
 * The Problems panel for an export (source "Entra Report Lens"): malformed rows, broken quoting and bad JSON at their
 * line, cut-off exports, lossy decoding and unknown codes, each with a configurable severity
 * (`entraReportLens.diagnostics.*`). At most `maxPerFile` are listed, then one entry says how many more there are, so a
 * 100k-row file with a shifted column does not flood the panel.
 */
import * as vscode from 'vscode';
import { codeCells } from '../core/explain/code-cells';
import type { ParseProblem, ProblemCode } from '../core/formats/records';
import { problemMessage } from '../core/model/problems';
import { displayLanguage } from './language';
import type { ReportSession, ReportSessions } from './report-sessions';

export const DIAGNOSTIC_SOURCE = 'Entra Report Lens';

export type ProblemCategory = 'malformedRows' | 'truncatedExport' | 'encoding' | 'unknownCodes' | 'columns';

const CATEGORY: Record<ProblemCode, ProblemCategory> = {
  'empty-file': 'malformedRows',
  'binary-file': 'encoding',
  'encoding-lossy': 'encoding',
  'csv-quotes': 'malformedRows',
  'csv-field-count': 'malformedRows',
  'csv-header-only': 'truncatedExport',
  'json-syntax': 'malformedRows',
  'json-truncated': 'truncatedExport',
  'json-unclosed': 'truncatedExport',
  'json-unexpected-text': 'malformedRows',
  'json-not-object': 'malformedRows',
  'duplicate-column': 'columns',
  'unknown-code': 'unknownCodes',
  'bad-time': 'malformedRows',
  'too-many-problems': 'columns',
};

const DEFAULT_SEVERITY: Record<ProblemCategory, string> = {
  malformedRows: 'error',
  truncatedExport: 'warning',
  encoding: 'warning',
  unknownCodes: 'information',
  columns: 'information',
};

function severity(category: ProblemCategory): vscode.DiagnosticSeverity | undefined {
  const setting = vscode.workspace.getConfiguration('entraReportLens.diagnostics').get<string>(category, DEFAULT_SEVERITY[category]);
  switch (setting) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    default:
      return undefined; // "off"
  }
}

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('entra-report-lens');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(sessions: ReportSessions) {
    this.disposables.push(
      sessions.onDidIndex((session) => this.refresh(session)),
      sessions.onDidClose((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('entraReportLens.diagnostics') || e.affectsConfiguration('entraReportLens.language')) {
          for (const session of sessions.all()) this.refresh(session);
        }
      }),
    );
  }

  private refresh(session: ReportSession): void {
    const index = session.index;
    if (!index) return;
    const lang = displayLanguage();
    const document = session.document;
    const max = vscode.workspace.getConfiguration('entraReportLens.diagnostics').get<number>('maxPerFile', 500);
    const diagnostics: vscode.Diagnostic[] = [];
    let hidden = 0;
    const add = (diagnostic: vscode.Diagnostic) => {
      if (diagnostics.length < max) diagnostics.push(diagnostic);
      else hidden++;
    };
    for (const problem of index.problems.sorted()) {
      const level = severity(CATEGORY[problem.code]);
      if (level === undefined) continue;
      const diagnostic = new vscode.Diagnostic(this.rangeOf(session, problem), problemMessage(problem, lang), level);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = problem.code;
      add(diagnostic);
    }
    const misdecoded = this.encodingNotice(session);
    if (misdecoded) add(misdecoded);
    if (hidden > 0) {
      const more = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, document.lineAt(0).text.length),
        vscode.l10n.t('{0} more problems are not listed (at most {1} per file: setting entraReportLens.diagnostics.maxPerFile).', hidden, max),
        vscode.DiagnosticSeverity.Information,
      );
      more.source = DIAGNOSTIC_SOURCE;
      more.code = 'more-problems';
      diagnostics.push(more);
    }
    this.collection.set(document.uri, diagnostics);
  }

  /** The whole line of a problem; for an unknown code, just its cell. */
  private rangeOf(session: ReportSession, problem: ParseProblem): vscode.Range {
    const document = session.document;
    const line = Math.min(Math.max(problem.line - 1, 0), document.lineCount - 1);
    if (problem.code === 'unknown-code' && session.index) {
      const cell = codeCells(session.index, session.lines(), line, line).find((c) => c.code === problem.detail);
      if (cell) return new vscode.Range(line, cell.span.start, line, cell.span.end);
    }
    const text = document.lineAt(line).text;
    const start = text.length - text.trimStart().length;
    return new vscode.Range(line, start, line, Math.max(start, text.length));
  }

  /** A file the product reads as Shift_JIS or UTF-16 but VS Code shows with replacement characters. */
  private encodingNotice(session: ReportSession): vscode.Diagnostic | undefined {
    const index = session.index!;
    const document = session.document;
    if (index.info.encoding === 'utf-8' || index.info.encodingConfidence === 'low' || document.isDirty) return undefined;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 50), 0));
    const bad = head.indexOf('\ufffd');
    if (bad < 0) return undefined;
    const level = severity('encoding');
    if (level === undefined) return undefined;
    const position = document.positionAt(bad);
    const name = index.info.encoding === 'shift_jis' ? 'Japanese (Shift JIS)' : index.info.encoding.toUpperCase();
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(position.line, 0, position.line, document.lineAt(position.line).text.length),
      vscode.l10n.t('This file is in {0}, but the editor shows it in another encoding. Use "Reopen with Encoding" and choose {0}; the explanations already read it correctly.', name),
      level,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = 'encoding-shown-wrong';
    return diagnostic;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
