/**
 * One session per export open in the text editor: its index, rebuilt after edits. The index is built from the file's
 * own bytes while the document matches the file (so the product's encoding detection applies: a Shift_JIS export is
 * read right even when VS Code shows it as UTF-8), and from the editor's text once it has unsaved edits. Building runs
 * in 1 MiB steps that yield to the extension host, so a large export never freezes the editor.
 */
import { isUtf8 } from 'node:buffer';
import * as vscode from 'vscode';
import { detectThreats, type Finding } from '../core/analysis';
import type { TextLines } from '../core/explain/at-position';
import { buildIndex } from '../core/model/build-index';
import type { ReportIndex } from '../core/model/report-index';
import { roleColumns } from '../core/model/roles';
import { detectionSettings } from './detection-settings';
import { recordRead } from './read-log';

const REBUILD_DELAY_MS = 300;
const STEP_BYTES = 1 << 20;

export class ReportSession {
  index: ReportIndex | undefined;
  private findingsMemo: { index: ReportIndex; findings: Finding[] } | undefined;
  /** Settles when the current build is done (undefined when the document turned out not to be a report). */
  ready: Promise<ReportIndex | undefined> = Promise.resolve(undefined);
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  /** Stops the build under way (a newer build started, or the tab was closed). */
  private abort = new AbortController();

  constructor(readonly document: vscode.TextDocument) {}

  /** A signal for a new build; the previous build, if still running, is cancelled. */
  nextBuild(): AbortSignal {
    this.abort.abort();
    this.abort = new AbortController();
    return this.abort.signal;
  }

  /** The engine's findings for the current index (computed once per index and settings change). */
  findings(): Finding[] {
    const index = this.index;
    if (!index) return [];
    if (this.findingsMemo?.index !== index) this.findingsMemo = { index, findings: detectThreats(index, detectionSettings()) };
    return this.findingsMemo.findings;
  }

  /** Forgets the findings, e.g. after a threshold changed. */
  resetFindings(): void {
    this.findingsMemo = undefined;
  }

  lines(): TextLines {
    const document = this.document;
    return { lineCount: document.lineCount, lineAt: (line) => document.lineAt(line).text };
  }

  scheduleRebuild(run: () => void): void {
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(run, REBUILD_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.rebuildTimer);
    this.abort.abort();
  }
}

function isShownInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
}

/** Whether an index is worth the editor features: a known kind, or a generic report with a code column. */
export function isReport(index: ReportIndex): boolean {
  if (index.info.container === 'none') return false;
  return index.info.kind !== 'generic' || roleColumns(index.info).code !== undefined;
}

async function* steps(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += STEP_BYTES) {
    yield bytes.subarray(i, i + STEP_BYTES);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export class ReportSessions implements vscode.Disposable {
  private readonly sessions = new Map<string, ReportSession>();
  private readonly indexEmitter = new vscode.EventEmitter<ReportSession>();
  private readonly closeEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a session has a new index. */
  readonly onDidIndex = this.indexEmitter.event;
  /** Fires when a document stops being a report (closed, or edited into something else). */
  readonly onDidClose = this.closeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.indexEmitter, this.closeEmitter];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const session = this.sessions.get(e.document.uri.toString());
        if (session && e.contentChanges.length) session.scheduleRebuild(() => this.build(session));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.drop(document.uri)),
      // VS Code may keep a closed tab's document for a while; the tab closing is what the user did, so it cancels.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !isShownInATab(uri)) this.drop(uri);
        }
      }),
    );
  }

  attach(document: vscode.TextDocument): ReportSession {
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      session = new ReportSession(document);
      this.sessions.set(key, session);
      this.build(session);
    }
    return session;
  }

  get(uri: vscode.Uri): ReportSession | undefined {
    return this.sessions.get(uri.toString());
  }

  /** The session of `uri` once it has an index. */
  withIndex(uri: vscode.Uri): (ReportSession & { index: ReportIndex }) | undefined {
    const session = this.get(uri);
    return session?.index ? (session as ReportSession & { index: ReportIndex }) : undefined;
  }

  all(): ReportSession[] {
    return [...this.sessions.values()];
  }

  private build(session: ReportSession): void {
    const signal = session.nextBuild();
    const cancelled = () => {
      recordRead(session.document.uri, 'text', 'cancelled');
      return undefined;
    };
    const run = async (): Promise<ReportIndex | undefined> => {
      const { document } = session;
      const fromFile = !document.isDirty && !document.isUntitled;
      const bytes = fromFile ? await vscode.workspace.fs.readFile(document.uri).then(undefined, () => undefined) : undefined;
      if (signal.aborted) return cancelled();
      const index = await buildIndex(steps(bytes ?? new TextEncoder().encode(document.getText())), { isUtf8, signal });
      if (signal.aborted || this.get(document.uri) !== session) return cancelled();
      if (!isReport(index)) {
        recordRead(document.uri, 'text', 'not-a-report', index.rowCount);
        this.drop(document.uri);
        return undefined;
      }
      recordRead(document.uri, 'text', 'indexed', index.rowCount);
      session.index = index;
      this.indexEmitter.fire(session);
      return index;
    };
    session.ready = run().catch((error: unknown) => {
      console.error('Entra Report Lens: indexing failed', error);
      return undefined;
    });
  }

  private drop(uri: vscode.Uri): void {
    const session = this.sessions.get(uri.toString());
    if (!session) return;
    session.dispose();
    this.sessions.delete(uri.toString());
    this.closeEmitter.fire(uri);
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
