/**
 * "Entra Report Lens: Show User Timeline": one user's events in time order, grouped into sessions, with each sign-in's
 * MFA steps (from the joined AuthDetails file), outcome colours, gaps and IP/country changes. The user comes from the
 * caller (the grid's user cells, the summary's user links) or from a quick pick ranked by failures. One panel per
 * report and user; it refreshes and restores like the summary. Returns the timeline shown.
 */
import * as vscode from 'vscode';
import { buildTimeline, DEFAULT_SESSION_GAP_MINUTES, joinAuthDetails, rankUsersByFailures, type Timeline } from '../core/analysis';
import { catalog } from '../core/catalog';
import { escapeInvisible } from '../core/text/invisible';
import { assertNever, type PanelState, type TimelineToHost, type TimelineToWebview } from '../protocol';
import { ExplainPanel } from './explain-panel';
import { displayLanguage } from './language';
import { literalInQuickPick } from './quick-pick-text';
import { revealEvidence, type RevealResult } from './report-source-reveal';
import { releaseSet, resolveSet, setUris, type SourceSet } from './report-source-set';
import type { ReportSources } from './report-source';
import { PANEL_TEXTS, restoredUris } from './summary-panel';
import { fill } from './summary-strings';
import { minute } from './summary-view';
import { currentReport, panelOptions, ReportPanel } from './summary-webview-panel';
import { timelineView } from './timeline-view';

export const TIMELINE_VIEW_TYPE = 'entraReportLens.timeline';

function sessionGap(): number {
  return vscode.workspace.getConfiguration('entraReportLens.timeline').get<number>('sessionGapMinutes', DEFAULT_SESSION_GAP_MINUTES);
}

export class TimelinePanel extends ReportPanel<TimelineToWebview, TimelineToHost> {
  timeline: Timeline | undefined;
  lastReveal: RevealResult | undefined;

  constructor(
    panel: vscode.WebviewPanel,
    set: SourceSet,
    readonly user: string,
    sources: ReportSources,
    private readonly extensionUri: vscode.Uri,
    onDispose: () => void,
  ) {
    super(panel, set, sources, extensionUri, 'timeline', onDispose);
  }

  async render(): Promise<Timeline | undefined> {
    const generation = ++this.generation;
    const lang = displayLanguage();
    const texts = PANEL_TEXTS[lang];
    const name = this.set.primary.name;
    // The tab shows the name's hidden characters as `[U+202E]`, like the page.
    this.panel.title = `${escapeInvisible(this.user)} — ${texts.timeline}`;
    if (!this.set.primary.current) this.post({ type: 'status', message: fill(texts.reading, name), busy: true });
    const index = await this.set.primary.index();
    const details = this.set.details ? await this.set.details.index() : undefined;
    if (generation !== this.generation || this.isDisposed) return this.timeline;
    if (!index) {
      this.post({ type: 'status', message: fill(texts.notAReport, name), busy: false });
      return undefined;
    }
    const indexes = details ? [index, details] : [index];
    const timeline = buildTimeline(indexes, this.user, { sessionGapMinutes: sessionGap(), ...(details ? { joins: [joinAuthDetails(index, details)] } : {}) });
    this.timeline = timeline;
    const files = [name, ...(this.set.details && details ? [this.set.details.name] : [])];
    const state: PanelState = { uris: setUris(this.set), user: this.user };
    this.post({ type: 'showTimeline', view: timelineView({ timeline, indexes, files, lang }), state });
    return timeline;
  }

  async receive(message: TimelineToHost): Promise<unknown> {
    switch (message.type) {
      case 'ready':
        return undefined;
      case 'lookUpCode': {
        const record = catalog.lookup(message.code);
        if (record) ExplainPanel.show(this.extensionUri, record);
        return record;
      }
      case 'revealRow': {
        this.lastReveal = await revealEvidence(this.set, message.ref, this.panel.viewColumn);
        return this.lastReveal;
      }
      case 'pickUser':
        return vscode.commands.executeCommand('entraReportLens.showTimeline', this.set.primary.uri);
      case 'showSummary':
        return vscode.commands.executeCommand('entraReportLens.showSummary', this.set.primary.uri);
      default:
        return assertNever(message);
    }
  }
}

export interface TimelinePanels {
  show(uri: vscode.Uri, user?: string): Promise<Timeline | undefined>;
  restore(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  all(): TimelinePanel[];
}

interface UserItem extends vscode.QuickPickItem {
  readonly user: string;
}

async function pickUser(set: SourceSet): Promise<string | undefined> {
  const index = await set.primary.index();
  if (!index) return undefined;
  const ranks = rankUsersByFailures([index]);
  if (ranks.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This report names no users.'));
    return undefined;
  }
  const items: UserItem[] = ranks.map((r) => ({
    user: r.user,
    label: literalInQuickPick(r.user),
    description: vscode.l10n.t('{0} failures · {1} interrupts · {2} successes', r.failures, r.interrupts, r.successes),
    ...(r.lastFailure !== undefined ? { detail: vscode.l10n.t('Last failure {0} UTC · {1} IP addresses', minute(r.lastFailure), r.distinctIps) } : {}),
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Show the timeline of… (users ranked by failures)'),
    placeHolder: vscode.l10n.t('Type a user name'),
    matchOnDescription: false,
    // A panel that finishes loading takes the focus; the pick must not vanish under the user.
    ignoreFocusOut: true,
  });
  return chosen?.user;
}

export function registerTimeline(context: vscode.ExtensionContext, sources: ReportSources): TimelinePanels {
  const panels = new Map<string, TimelinePanel>();
  const keyOf = (uri: vscode.Uri, user: string) => `${uri.toString()}\n${user.trim().toLowerCase()}`;

  const adopt = (webviewPanel: vscode.WebviewPanel, set: SourceSet, user: string): TimelinePanel => {
    const key = keyOf(set.primary.uri, user);
    panels.get(key)?.dispose();
    const panel: TimelinePanel = new TimelinePanel(webviewPanel, set, user.trim(), sources, context.extensionUri, () => {
      if (panels.get(key) === panel) panels.delete(key);
    });
    panels.set(key, panel);
    return panel;
  };

  const show = async (uri: vscode.Uri, user?: string): Promise<Timeline | undefined> => {
    const set = await resolveSet(sources, uri, []);
    if (!(await set.primary.index())) {
      releaseSet(sources, set);
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to see a user\'s timeline.'));
      return undefined;
    }
    const chosen = user?.trim() ? user.trim() : await pickUser(set);
    if (!chosen) {
      releaseSet(sources, set);
      return undefined;
    }
    const existing = panels.get(keyOf(set.primary.uri, chosen));
    if (existing && (existing.set.details?.uri.toString() ?? '') === (set.details?.uri.toString() ?? '')) {
      releaseSet(sources, set);
      existing.panel.reveal(undefined, false);
      return existing.render();
    }
    const title = `${escapeInvisible(chosen)} — ${PANEL_TEXTS[displayLanguage()].timeline}`;
    const webviewPanel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, panelOptions(context.extensionUri));
    return adopt(webviewPanel, set, chosen).render();
  };

  const restore = async (webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> => {
    const uris = restoredUris(state);
    const user = (state as PanelState | undefined)?.user;
    if (!uris.length || typeof user !== 'string' || !user) {
      webviewPanel.dispose();
      return;
    }
    const set = await resolveSet(sources, uris[0]!, uris.slice(1));
    await adopt(webviewPanel, set, user).render();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.showTimeline.run', async (target?: unknown, user?: unknown): Promise<Timeline | undefined> => {
      const uri = target instanceof vscode.Uri ? target : currentReport();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an Entra export (sign-in, audit, MFA or SSPR report) to see a user\'s timeline.'));
        return undefined;
      }
      return show(uri, typeof user === 'string' ? user : typeof target === 'string' ? target : undefined);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('entraReportLens.language') || e.affectsConfiguration('entraReportLens.timeline')) for (const p of panels.values()) void p.render();
    }),
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
  );

  return { show, restore, all: () => [...panels.values()] };
}
