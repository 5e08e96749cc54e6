/**
 * "Entra Report Lens: Copy Finding as KQL": a quick pick of the current report's findings (most serious first); the
 * chosen one's Kusto query — the same thresholds, over `SigninLogs` / `AuditLogs` — goes to the clipboard, for when
 * the question outgrows one file. Returns the KQL copied.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/analysis';
import { displayLanguage } from './language';
import { releaseSet, resolveSet } from './report-source-set';
import type { ReportSources } from './report-source';
import { SEVERITY_NAMES } from './summary-strings';
import { minute } from './summary-view';
import { currentReport } from './summary-webview-panel';
import { literalInQuickPick } from './quick-pick-text';
import { escapeInvisible } from '../core/text/invisible';

interface FindingItem extends vscode.QuickPickItem {
  readonly finding: Finding;
}

export function registerCopyKql(context: vscode.ExtensionContext, sources: ReportSources): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.copyFindingAsKql.run', async (target?: unknown, which?: unknown): Promise<string | undefined> => {
      const uri = target instanceof vscode.Uri ? target : currentReport();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to copy its findings as KQL.'));
        return undefined;
      }
      const set = await resolveSet(sources, uri);
      try {
        const index = await set.primary.index();
        if (!index) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to copy its findings as KQL.'));
          return undefined;
        }
        const findings = set.primary.findings(index);
        if (findings.length === 0) {
          void vscode.window.showInformationMessage(vscode.l10n.t('No threat patterns were found in {0}: there is no finding to copy.', set.primary.name));
          return undefined;
        }
        const lang = displayLanguage();
        let finding: Finding | undefined;
        if (typeof which === 'number') finding = findings[which];
        else if (typeof which === 'string') finding = findings.find((f) => f.id === which);
        else {
          const items: FindingItem[] = findings.map((f) => ({
            finding: f,
            label: literalInQuickPick(escapeInvisible(`${SEVERITY_NAMES[f.severity][lang]} · ${f.title[lang]}`)),
            description: literalInQuickPick(escapeInvisible([f.users.slice(0, 3).join(', '), f.ips.slice(0, 3).join(', ')].filter(Boolean).join(' · '))),
            detail: [f.firstSeen !== undefined ? `${minute(f.firstSeen)} UTC` : '', vscode.l10n.t('{0} rows', f.evidenceTotal.toLocaleString('en-US'))].filter(Boolean).join(' · '),
          }));
          finding = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Copy a finding as KQL'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true }))?.finding;
        }
        if (!finding) return undefined;
        await vscode.env.clipboard.writeText(finding.kql);
        void vscode.window.showInformationMessage(vscode.l10n.t('KQL copied: paste it into Log Analytics or Microsoft Sentinel.'));
        return finding.kql;
      } finally {
        releaseSet(sources, set);
      }
    }),
  );
}
