/**
 * The Problems panel for an export (source "Entra Report Lens"): malformed rows, broken quoting and bad JSON at their
 * line, cut-off exports, lossy decoding, unknown codes, and the engine's security findings (MFA fatigue, password
 * spray, fraud reports …) at their evidence rows with the other rows as related information; each category has a
 * configurable severity (`entraReportLens.diagnostics.*`). At most `maxPerFile` are listed, then one entry says how many more there are, so a
 * 100k-row file with a shifted column does not flood the panel.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/analysis';
import type { Lang } from '../core/catalog';
import { codeCells } from '../core/explain/code-cells';
import { escapeInvisible } from '../core/text/invisible';
import type { ParseProblem, ProblemCode } from '../core/formats/records';
import { problemMessage } from '../core/model/problems';
import { displayLanguage } from './language';
import type { ReportSession, ReportSessions } from './report-sessions';
import { ROLE_NAMES } from './summary-strings';

export const DIAGNOSTIC_SOURCE = 'Entra Report Lens';

export type ProblemCategory = 'malformedRows' | 'truncatedExport' | 'encoding' | 'unknownCodes' | 'columns' | 'securityFindings';

/** Related rows listed under a finding (the panel stays readable; the summary lists them all). */
const MAX_RELATED = 30;


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
  securityFindings: 'warning',
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
        const thresholds = e.affectsConfiguration('entraReportLens.detections');
        if (thresholds || e.affectsConfiguration('entraReportLens.diagnostics') || e.affectsConfiguration('entraReportLens.language')) {
          for (const session of sessions.all()) {
            if (thresholds) session.resetFindings();
            this.refresh(session);
          }
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
      const diagnostic = new vscode.Diagnostic(this.rangeOf(session, problem), escapeInvisible(problemMessage(problem, lang)), level);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = problem.code;
      add(diagnostic);
    }
    const misdecoded = this.encodingNotice(session);
    if (misdecoded) add(misdecoded);
    const findingLevel = severity('securityFindings');
    if (findingLevel !== undefined) for (const finding of session.findings()) add(this.findingDiagnostic(session, finding, findingLevel, lang));
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

  /**
   * A finding at its key evidence row (the success after a fatigue burst, the accepted password, the report …; else
   * the first attempt), with the other evidence rows as related information.
   */
  private findingDiagnostic(session: ReportSession, finding: Finding, level: vscode.DiagnosticSeverity, lang: Lang): vscode.Diagnostic {
    const document = session.document;
    const key = finding.evidence.find((e) => e.role !== 'attempt') ?? finding.evidence[0];
    const range = this.lineRange(document, (key?.line ?? 1) - 1);
    const severityWord = { high: { en: 'High', ja: '高' }, medium: { en: 'Medium', ja: '中' }, low: { en: 'Low', ja: '低' } }[finding.severity][lang];
    // User names and addresses come from the file: hidden characters are written out (`[U+202E]`), as in hovers.
    const diagnostic = new vscode.Diagnostic(range, escapeInvisible(`[${severityWord}] ${finding.title[lang]}: ${finding.explanation[lang]} ${finding.nextStep[lang]}`), level);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.id;
    diagnostic.relatedInformation = finding.evidence
      .filter((e) => e !== key)
      .slice(0, MAX_RELATED)
      .map(
        (e) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(document.uri, this.lineRange(document, e.line - 1)),
            `${ROLE_NAMES[e.role][lang]}${e.time !== undefined ? ` · ${new Date(e.time).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}`,
          ),
      );
    return diagnostic;
  }

  private lineRange(document: vscode.TextDocument, line: number): vscode.Range {
    const l = Math.min(Math.max(line, 0), document.lineCount - 1);
    const text = document.lineAt(l).text;
    const start = text.length - text.trimStart().length;
    return new vscode.Range(l, start, l, Math.max(start, text.length));
  }

  /** The whole line of a problem; for an unknown code, just its cell. */
  private rangeOf(session: ReportSession, problem: ParseProblem): vscode.Range {
    const document = session.document;
    const line = Math.min(Math.max(problem.line - 1, 0), document.lineCount - 1);
    if (problem.code === 'unknown-code' && session.index) {
      const cell = codeCells(session.index, session.lines(), line, line).find((c) => c.code === problem.detail);
      if (cell) return new vscode.Range(line, cell.span.start, line, cell.span.end);
    }
    return this.lineRange(document, line);
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
