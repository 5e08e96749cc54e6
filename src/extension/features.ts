/**
 * The heavy half of the extension (`dist/features.js`): the catalog, the readers and the editor features. Loaded by
 * `lazy-features.ts` the first time a document looks like an export or a catalog command runs.
 */
import type * as vscode from 'vscode';
import type { Features } from './api';
import { registerCodeLens } from './code-lens';
import { GridProvider } from './grid/grid-provider';
import { DecorationController } from './decorations';
import { DiagnosticsController } from './diagnostics';
import { registerHover } from './hover';
import { registerLookUpCode } from './look-up-code';
import { ReportSessions } from './report-sessions';
import { StatusBar } from './status-bar';
import { registerSummary } from './summary-panel';

export function activateFeatures(context: vscode.ExtensionContext): Features {
  const sessions = new ReportSessions();
  const decorations = new DecorationController(sessions);
  context.subscriptions.push(sessions, decorations, new DiagnosticsController(sessions), new StatusBar(sessions));
  registerHover(context, sessions);
  registerCodeLens(context, sessions);
  registerLookUpCode(context);
  registerSummary(context, sessions);
  return {
    attach: (document) => void sessions.attach(document),
    grid: new GridProvider(context.extensionUri) as unknown as vscode.CustomReadonlyEditorProvider<vscode.CustomDocument>,
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
  };
}
