/**
 * "Entra Report Lens: Show Summary": one panel per report — or per sign-in export with its AuthDetails file — with the
 * detections at the top (severity, evidence rows that jump to the file, KQL to copy), outcome totals, failure reasons
 * explained, events over time, breakdowns and the sections of the report's kind. It works whichever way the file is
 * open (text editor, Report Grid, not at all), refreshes when the file is re-indexed or changes on disk and when the
 * language changes, and comes back after a window reload (`WebviewPanelSerializer`). Returns the summary shown.
 */
import * as vscode from 'vscode';
import type { Summary } from '../core/analysis';
import { catalog, type Lang } from '../core/catalog';
import { assertNever, type PanelState, type SummaryToHost, type SummaryToWebview } from '../protocol';
import { ExplainPanel } from './explain-panel';
import { displayLanguage } from './language';
import { revealEvidence, type RevealResult } from './report-source-reveal';
import { releaseSet, resolveSet, setUris, type SourceSet } from './report-source-set';
import type { ReportSources } from './report-source';
import { summaryData, type SummaryData } from './summary-data';
import { fill } from './summary-strings';
import { summaryView } from './summary-view';
import { currentReport, panelOptions, ReportPanel } from './summary-webview-panel';

export const SUMMARY_VIEW_TYPE = 'entraReportLens.summary';

/** Panel texts the host writes (the webview shows them as they come), in the display language. */
export const PANEL_TEXTS: Readonly<Record<Lang, Readonly<Record<'reading' | 'notAReport' | 'summary' | 'timeline', string>>>> = {
  en: {
    reading: 'Reading {0}…',
    notAReport: '{0} could not be read as an Entra export (sign-in, audit, MFA, SSPR or registration report).',
    summary: 'Summary',
    timeline: 'Timeline',
  },
  ja: {
    reading: '{0} を読み込んでいます…',
    notAReport: '{0} は Entra のエクスポート (サインイン、監査、MFA、SSPR、登録のレポート) として読み取れませんでした。',
    summary: '概要',
    timeline: 'タイムライン',
  },
};

export class SummaryPanel extends ReportPanel<SummaryToWebview, SummaryToHost> {
  data: SummaryData | undefined;
  lastReveal: RevealResult | undefined;

  async render(): Promise<Summary | undefined> {
    const generation = ++this.generation;
    const lang = displayLanguage();
    const texts = PANEL_TEXTS[lang];
    const name = this.set.primary.name;
    this.panel.title = `${name} — ${texts.summary}`;
    if (!this.set.primary.current) this.post({ type: 'status', message: fill(texts.reading, name), busy: true });
    const data = await summaryData(this.set);
    if (generation !== this.generation || this.isDisposed) return data?.summary;
    this.data = data;
    if (!data) {
      this.post({ type: 'status', message: fill(texts.notAReport, name), busy: false });
      return undefined;
    }
    const state: PanelState = { uris: setUris(this.set) };
    this.post({ type: 'showSummary', view: summaryView({ ...data, lang }), state });
    return data.summary;
  }

  async receive(message: SummaryToHost): Promise<unknown> {
    switch (message.type) {
      case 'ready':
        return undefined;
      case 'lookUpCode': {
        const families = [...(this.data?.index.info.codeFamilies ?? []), ...(this.data?.details?.info.codeFamilies ?? [])];
        const record = catalog.lookup(message.code, families.length ? families : undefined) ?? catalog.lookup(message.code);
        if (record) ExplainPanel.show(this.extensionUri, record);
        return record;
      }
      case 'revealRow': {
        this.lastReveal = await revealEvidence(this.set, message.ref, this.panel.viewColumn);
        return this.lastReveal;
      }
      case 'copyKql': {
        const finding = this.data?.summary.findings[message.finding];
        if (!finding) return undefined;
        await vscode.env.clipboard.writeText(finding.kql);
        this.post({ type: 'notice', message: fill(SUMMARY_NOTICE[displayLanguage()], finding.title[displayLanguage()]) });
        return finding.kql;
      }
      case 'openTimeline':
        return vscode.commands.executeCommand('entraReportLens.showTimeline', this.set.primary.uri, message.user);
      case 'exportSummary':
        return vscode.commands.executeCommand('entraReportLens.exportSummary', this.set.primary.uri);
      default:
        return assertNever(message);
    }
  }

  private get extensionUri(): vscode.Uri {
    return this.extension;
  }

  constructor(
    panel: vscode.WebviewPanel,
    set: SourceSet,
    sources: ReportSources,
    private readonly extension: vscode.Uri,
    onDispose: () => void,
  ) {
    super(panel, set, sources, extension, 'summary', onDispose);
  }
}

const SUMMARY_NOTICE: Readonly<Record<Lang, string>> = {
  en: 'KQL of "{0}" copied to the clipboard.',
  ja: '「{0}」の KQL をクリップボードにコピーしました。',
};

export interface SummaryPanels {
  /** Opens (or reveals) the summary of `uri`, with `extra` files selected alongside it. */
  show(uri: vscode.Uri, extra?: readonly vscode.Uri[]): Promise<Summary | undefined>;
  /** Takes over a panel VS Code restored after a reload (the light entry point registers the serializer). */
  restore(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  /** The panels open now. */
  all(): SummaryPanel[];
}

export function registerSummary(context: vscode.ExtensionContext, sources: ReportSources): SummaryPanels {
  const panels = new Map<string, SummaryPanel>();

  const adopt = (webviewPanel: vscode.WebviewPanel, set: SourceSet): SummaryPanel => {
    const key = set.primary.uri.toString();
    panels.get(key)?.dispose();
    const panel: SummaryPanel = new SummaryPanel(webviewPanel, set, sources, context.extensionUri, () => {
      if (panels.get(key) === panel) panels.delete(key);
    });
    panels.set(key, panel);
    return panel;
  };

  const show = async (uri: vscode.Uri, extra: readonly vscode.Uri[] = []): Promise<Summary | undefined> => {
    const set = await resolveSet(sources, uri, extra);
    if (!(await set.primary.index())) {
      releaseSet(sources, set);
      return undefined;
    }
    const existing = panels.get(set.primary.uri.toString());
    if (existing && (existing.set.details?.uri.toString() ?? '') === (set.details?.uri.toString() ?? '')) {
      // Same files: the existing panel keeps its sources.
      releaseSet(sources, set);
      existing.panel.reveal(undefined, false);
      return existing.render();
    }
    const webviewPanel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, `${set.primary.name} — ${PANEL_TEXTS[displayLanguage()].summary}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, panelOptions(context.extensionUri));
    return adopt(webviewPanel, set).render();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.showSummary.run', async (target?: unknown, selected?: unknown): Promise<Summary | undefined> => {
      const uri = target instanceof vscode.Uri ? target : currentReport();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to see its summary.'));
        return undefined;
      }
      const extra = Array.isArray(selected) ? selected.filter((u): u is vscode.Uri => u instanceof vscode.Uri && u.toString() !== uri.toString()) : [];
      const summary = await show(uri, extra);
      if (!summary) void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to see its summary.'));
      return summary;
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('entraReportLens.language')) for (const p of panels.values()) void p.render();
    }),
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
  );

  /** A panel VS Code restored after a reload: its state names the files. */
  async function restore(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uris = restoredUris(state);
    if (!uris.length) {
      webviewPanel.dispose();
      return;
    }
    const set = await resolveSet(sources, uris[0]!, uris.slice(1));
    await adopt(webviewPanel, set).render();
  }

  return { show, restore, all: () => [...panels.values()] };
}

/** The files a saved panel state names (ignoring anything malformed). */
export function restoredUris(state: unknown): vscode.Uri[] {
  const uris = (state as PanelState | undefined)?.uris;
  if (!Array.isArray(uris)) return [];
  return uris.filter((u): u is string => typeof u === 'string').flatMap((u) => {
    try {
      return [vscode.Uri.parse(u, true)];
    } catch {
      return [];
    }
  });
}
