/**
 * The heavy half of the extension (`dist/features.js`): the catalog, the readers and the editor features. Loaded by
 * `lazy-features.ts` the first time a document looks like an export or a catalog command runs.
 */
import { readLog } from './read-log';
import { issuedWebviews } from './webview-html';
import type * as vscode from 'vscode';
import type { Features, PanelSnapshot } from './api';
import { registerCodeLens } from './code-lens';
import { registerCopyKql } from './copy-kql';
import { registerExportSummary } from './export-summary';
import type { GridDocument } from './grid/grid-document';
import { GridProvider } from './grid/grid-provider';
import { DecorationController } from './decorations';
import { DiagnosticsController } from './diagnostics';
import { registerHover } from './hover';
import { registerLookUpCode } from './look-up-code';
import { ReportSessions } from './report-sessions';
import { ReportSources } from './report-source';
import { StatusBar } from './status-bar';
import { registerSummary, SUMMARY_VIEW_TYPE } from './summary-panel';
import { registerTimeline } from './timeline-panel';

export function activateFeatures(context: vscode.ExtensionContext): Features {
  const sessions = new ReportSessions();
  const decorations = new DecorationController(sessions);
  const sources = new ReportSources(sessions);
  context.subscriptions.push(sessions, decorations, sources, new DiagnosticsController(sessions), new StatusBar(sessions));
  registerHover(context, sessions);
  registerCodeLens(context, sessions);
  registerLookUpCode(context);
  const summaries = registerSummary(context, sources);
  const timelines = registerTimeline(context, sources);
  registerExportSummary(context, sources);
  registerCopyKql(context, sources);
  const grid = new GridProvider(context.extensionUri);
  context.subscriptions.push(grid.registerRevealCommand());

  const snapshots = (): PanelSnapshot[] => [
    ...summaries.all().map((p): PanelSnapshot => {
      const shown = p.posted.get('showSummary');
      const status = p.posted.get('status');
      return {
        viewType: 'summary',
        uris: [p.set.primary.uri.toString(), ...(p.set.details ? [p.set.details.uri.toString()] : [])],
        title: p.panel.title,
        active: p.panel.active,
        ...(shown?.type === 'showSummary' ? { view: shown.view } : {}),
        ...(status?.type === 'status' ? { status: status.message } : {}),
        ...(p.lastReveal ? { lastReveal: p.lastReveal } : {}),
      };
    }),
    ...timelines.all().map((p): PanelSnapshot => {
      const shown = p.posted.get('showTimeline');
      const status = p.posted.get('status');
      return {
        viewType: 'timeline',
        uris: [p.set.primary.uri.toString(), ...(p.set.details ? [p.set.details.uri.toString()] : [])],
        user: p.user,
        title: p.panel.title,
        active: p.panel.active,
        ...(shown?.type === 'showTimeline' ? { view: shown.view } : {}),
        ...(status?.type === 'status' ? { status: status.message } : {}),
        ...(p.lastReveal ? { lastReveal: p.lastReveal } : {}),
      };
    }),
  ];

  return {
    attach: (document) => void sessions.attach(document),
    grid: {
      openCustomDocument: (uri) => {
        const document = grid.openCustomDocument(uri);
        sources.trackGridDocument(document);
        return document;
      },
      resolveCustomEditor: (document, panel) => grid.resolveCustomEditor(document as GridDocument, panel),
    } as vscode.CustomReadonlyEditorProvider<vscode.CustomDocument>,
    report: async (uri) => {
      const session = sessions.get(uri);
      const index = await session?.ready;
      if (!index) return undefined;
      let failures = 0;
      for (let row = 0; row < index.rowCount; row++) {
        const o = index.outcome(row);
        if (o === 'failure' || o === 'blocked') failures++;
      }
      return { kind: index.info.kind, dialect: index.info.dialect, confidence: index.info.confidence, encoding: index.info.encoding, rows: index.rowCount, failures };
    },
    decorations: (uri) => decorations.cells(uri),
    restorePanel: (viewType, panel, state) => (viewType === SUMMARY_VIEW_TYPE ? summaries.restore(panel, state) : timelines.restore(panel, state)),
    panels: snapshots,
    reads: readLog,
    webviews: issuedWebviews,
    panelMessage: async (viewType, uri, message, user) => {
      const key = uri.toString();
      const panel =
        viewType === 'summary'
          ? summaries.all().find((p) => p.set.primary.uri.toString() === key || p.set.details?.uri.toString() === key)
          : timelines.all().find((p) => (p.set.primary.uri.toString() === key || p.set.details?.uri.toString() === key) && (!user || p.user.toLowerCase() === user.toLowerCase()));
      if (!panel) throw new Error(`no ${viewType} panel shows ${key}`);
      return panel.receive(message as never);
    },
  };
}
