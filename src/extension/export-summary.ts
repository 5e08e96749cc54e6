/**
 * "Entra Report Lens: Export Summary": the current report's summary as Markdown (the CLI's `summary --md`, plus each
 * failure reason's explanation), CSV (one long table) or a self-contained HTML page, written to the file the user
 * picks in a save dialog. The dialog starts in the last folder exported to (else the home folder), never beside the
 * export; the source files are never written, even when picked. Returns the URI written.
 */
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { displayLanguage } from './language';
import { releaseSet, resolveSet } from './report-source-set';
import type { ReportSources } from './report-source';
import { renderExport, type ExportFormat } from './export-summary-markdown';
import { summaryData } from './summary-data';
import { currentReport } from './summary-webview-panel';

const EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', html: 'html' };
const LAST_FOLDER = 'entraReportLens.exportFolder';

function isFormat(value: unknown): value is ExportFormat {
  return value === 'markdown' || value === 'csv' || value === 'html';
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
    { format: 'markdown', label: 'Markdown', description: '.md', detail: vscode.l10n.t('For a ticket, a wiki or a pull request') },
    { format: 'csv', label: 'CSV', description: '.csv', detail: vscode.l10n.t('One table with every section, for Excel or a script') },
    { format: 'html', label: 'HTML', description: '.html', detail: vscode.l10n.t('One self-contained page with the chart, to share or print (no scripts)') },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export the summary as…'), ignoreFocusOut: true }))?.format;
}

function startFolder(context: vscode.ExtensionContext, source: vscode.Uri): vscode.Uri {
  const last = context.globalState.get<string>(LAST_FOLDER);
  if (last) {
    try {
      return vscode.Uri.parse(last, true);
    } catch {
      // fall through
    }
  }
  if (source.scheme === 'file') return vscode.Uri.file(homedir());
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(source, '..');
}

export function registerExportSummary(context: vscode.ExtensionContext, sources: ReportSources): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.exportSummary.run', async (target?: unknown, format?: unknown, destination?: unknown): Promise<vscode.Uri | undefined> => {
      const uri = target instanceof vscode.Uri ? target : currentReport();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to export its summary.'));
        return undefined;
      }
      const set = await resolveSet(sources, uri);
      try {
        const data = await summaryData(set);
        if (!data) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to export its summary.'));
          return undefined;
        }
        const chosen = isFormat(format) ? format : await pickFormat();
        if (!chosen) return undefined;
        const base = data.files[0]!.replace(/\.[^.]+$/, '');
        let target = destination instanceof vscode.Uri ? destination : undefined;
        if (!target) {
          target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(startFolder(context, uri), `${base}-summary.${EXTENSIONS[chosen]}`),
            filters: chosen === 'markdown' ? { Markdown: ['md'] } : chosen === 'csv' ? { CSV: ['csv'] } : { HTML: ['html', 'htm'] },
            title: vscode.l10n.t('Export the summary'),
          });
        }
        if (!target) return undefined;
        if (data.uris.includes(target.toString())) {
          void vscode.window.showErrorMessage(vscode.l10n.t('The summary cannot be written over the export it summarizes. Choose another name.'));
          return undefined;
        }
        const lang = displayLanguage();
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderExport(data, chosen, lang)));
        await context.globalState.update(LAST_FOLDER, vscode.Uri.joinPath(target, '..').toString());
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Summary exported to {0}.', target.path.split('/').pop() ?? ''), open).then((choice) => {
          if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
        });
        return target;
      } finally {
        releaseSet(sources, set);
      }
    }),
  );
}
