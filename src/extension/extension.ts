/**
 * Entry point. Activation is light on purpose (it runs for every CSV, JSON and text file): it registers commands and
 * watches documents; the heavy features load only for a document that looks like an export, or when a command needs
 * the catalog.
 */
import * as vscode from 'vscode';
import type { ExtensionApi } from './api';
import { GRID_VIEW_TYPE, largeFilesOffered, registerGridCommands } from './grid-commands';
import { featuresLoaded, loadFeatures } from './lazy-features';
import { watchDocuments } from './report-detector';
import { registerSwitchLanguage } from './switch-language';

/** Commands implemented in the heavy bundle: registered here, loaded when first run. */
const HEAVY_COMMANDS = [
  'entraReportLens.lookUpCode',
  'entraReportLens.showSummary',
  'entraReportLens.showTimeline',
  'entraReportLens.exportSummary',
  'entraReportLens.copyFindingAsKql',
  // Internal (not in the Command Palette): the summary's and timeline's jumps to a row of a file open in the grid.
  'entraReportLens.revealRowInGrid',
];

/** Webview panels VS Code restores after a reload; their serializers must exist from activation on. */
const RESTORED_PANELS = ['entraReportLens.summary', 'entraReportLens.timeline'];

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  registerSwitchLanguage(context);
  for (const command of HEAVY_COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        loadFeatures(context);
        return vscode.commands.executeCommand(`${command}.run`, ...args);
      }),
    );
  }
  for (const viewType of RESTORED_PANELS) {
    context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(viewType, {
        deserializeWebviewPanel: (panel, state: unknown) => loadFeatures(context).restorePanel(viewType, panel, state),
      }),
    );
  }
  registerGridCommands(context);
  // The grid's provider is registered here (cheap); opening a grid loads the heavy features.
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(
      GRID_VIEW_TYPE,
      {
        openCustomDocument: (uri, openContext, token) => loadFeatures(context).grid.openCustomDocument(uri, openContext, token),
        resolveCustomEditor: (document, panel, token) => loadFeatures(context).grid.resolveCustomEditor(document, panel, token),
      },
      { supportsMultipleEditorsPerDocument: true, webviewOptions: { retainContextWhenHidden: false } },
    ),
  );
  watchDocuments(context, (document) => loadFeatures(context).attach(document));
  return {
    featuresLoaded,
    largeFilesOffered,
    report: async (uri) => (featuresLoaded() ? loadFeatures(context).report(uri) : undefined),
    decorations: (uri) => (featuresLoaded() ? loadFeatures(context).decorations(uri) : undefined),
    panels: () => (featuresLoaded() ? loadFeatures(context).panels() : []),
    panelMessage: (viewType, uri, message, user) => loadFeatures(context).panelMessage(viewType, uri, message, user),
    reads: () => (featuresLoaded() ? loadFeatures(context).reads() : []),
    webviews: () => (featuresLoaded() ? loadFeatures(context).webviews() : []),
    memory: (collect = false) => {
      if (collect) collectGarbage();
      const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
      return { rss, heapUsed, external, arrayBuffers };
    },
  };
}

export function deactivate(): void {}

/** A full garbage collection, so a test measures what is held rather than what is not collected yet. */
function collectGarbage(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:v8').setFlagsFromString('--expose-gc');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:vm').runInNewContext('gc') as () => void)();
}
