/**
 * A report source: one export file, whichever way it is open. The summary and timeline panels ask a source for the
 * file's index and findings and listen to one event, `onDidChange`; the source decides where the index comes from:
 *
 * - the text editor's `ReportSession`, when the file is open as text (follows unsaved edits);
 * - the Report Grid's `GridDocument`, when the file is open in the grid only (files past VS Code's 50 MB limit);
 * - its own read of the file otherwise (a panel restored after a reload, a file picked in the Explorer), watched on
 *   disk with a FileSystemWatcher so the panel refreshes when the export is replaced.
 *
 * Sources are shared and reference-counted by `ReportSources`; the file is only ever read.
 */
import { isUtf8 } from 'node:buffer';
import * as vscode from 'vscode';
import { detectThreats, type Finding } from '../core/analysis';
import { buildIndex } from '../core/model/build-index';
import type { ReportIndex } from '../core/model/report-index';
import { readChunks } from '../node/file';
import { recordRead } from './read-log';
import { detectionSettings } from './detection-settings';
import type { GridDocument } from './grid/grid-document';
import { isCandidate } from './report-detector';
import { chooseHowMuchToRead } from './read-limit';
import { isReport, type ReportSession, type ReportSessions } from './report-sessions';

export type Backing = 'text' | 'grid' | 'file';

const RELOAD_DELAY_MS = 300;

async function* chunksOf(uri: vscode.Uri): AsyncIterable<Uint8Array> {
  if (uri.scheme === 'file') {
    yield* readChunks(uri.fsPath);
    return;
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  for (let i = 0; i < bytes.length; i += 1 << 20) {
    yield bytes.subarray(i, i + (1 << 20));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A file name as a glob matching only itself (`[`, `*`, `?`, `{`, `}` taken literally). */
export function globLiteral(name: string): string {
  return name.replace(/[[*?{}]/g, (c) => `[${c}]`);
}

/** The source's own read of the file, when neither editor has it. */
class FileRead {
  private readonly abort = new AbortController();
  index: ReportIndex | undefined;
  readonly ready: Promise<ReportIndex | undefined>;

  constructor(uri: vscode.Uri) {
    this.ready = this.read(uri).catch((error: unknown) => {
      if (!this.abort.signal.aborted) console.error('Entra Report Lens: reading the export failed', error);
      return undefined;
    });
  }

  private async read(uri: vscode.Uri): Promise<ReportIndex | undefined> {
    // Above the size set in `confirmFullReadAboveMB`, the user decides how much to read, as in the grid.
    const size = await vscode.workspace.fs.stat(uri).then((s) => s.size);
    const choice = await chooseHowMuchToRead(uri, size);
    if (choice.read === 'none' || this.abort.signal.aborted) {
      recordRead(uri, 'file', choice.read === 'none' ? 'declined' : 'cancelled');
      return undefined;
    }
    const index = await buildIndex(chunksOf(uri), { isUtf8, signal: this.abort.signal, ...(choice.read === 'head' ? { limitBytes: choice.bytes } : {}) });
    const partial = choice.read === 'head' && choice.bytes < size;
    recordRead(uri, 'file', this.abort.signal.aborted ? 'cancelled' : !isReport(index) ? 'not-a-report' : partial ? 'partial' : 'indexed', index.rowCount);
    if (this.abort.signal.aborted || !isReport(index)) return undefined;
    return (this.index = index);
  }

  dispose(): void {
    this.abort.abort();
  }
}

export class ReportSource implements vscode.Disposable {
  refs = 0;
  private own: FileRead | undefined;
  /** Set when the file changed on disk after the grid read it: the grid's index is stale, read the file again. */
  private gridStale = false;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** The index changed (re-indexed after an edit or a change on disk, or moved between editors) or the settings did. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly watcher: vscode.FileSystemWatcher;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly findingsMemo = new WeakMap<ReportIndex, { generation: number; findings: Finding[] }>();
  private generation = 0;

  constructor(
    readonly uri: vscode.Uri,
    private readonly registry: ReportSources,
  ) {
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), globLiteral(uri.path.split('/').pop()!)));
    const changed = () => this.changedOnDisk();
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
  }

  get name(): string {
    return this.uri.path.split('/').pop() ?? this.uri.path;
  }

  private session(): ReportSession | undefined {
    const session = this.registry.sessions.get(this.uri);
    if (session) return session;
    // Open as text but not attached yet (opened before the features loaded): attach now.
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    return document && isCandidate(document) ? this.registry.sessions.attach(document) : undefined;
  }

  /** Where the index comes from right now. */
  get backing(): Backing {
    if (this.registry.sessions.get(this.uri)) return 'text';
    if (!this.gridStale && this.registry.gridDocument(this.uri)) return 'grid';
    return 'file';
  }

  /** The index as it is now, without waiting (undefined while reading). */
  get current(): ReportIndex | undefined {
    const session = this.registry.sessions.get(this.uri);
    if (session?.index) return session.index;
    const grid = this.gridStale ? undefined : this.registry.gridDocument(this.uri);
    // While the grid reads, its index is a growing snapshot: not yet the file's.
    return (grid?.complete ? grid.index : undefined) ?? this.own?.index;
  }

  /** The file's index once read; undefined when it is not an export (or cannot be read). */
  async index(): Promise<ReportIndex | undefined> {
    const session = this.session();
    if (session) {
      // A build can be replaced by a newer one (an edit while reading): wait for the newest.
      for (let attempt = 0; attempt < 10; attempt++) {
        const pending = session.ready;
        const index = await pending;
        if (index) return index;
        if (this.registry.sessions.get(this.uri) !== session) break; // closed, or not a report as text: read the file
        if (session.ready === pending) return session.index;
      }
    }
    const grid = this.gridStale ? undefined : this.registry.gridDocument(this.uri);
    if (grid) {
      const index = await grid.ready;
      if (index && isReport(index)) return index;
      if (index) return undefined;
    }
    this.own ??= new FileRead(this.uri);
    return this.own.ready;
  }

  /** The detections' findings for `index` (computed once per index and settings change). */
  findings(index: ReportIndex): Finding[] {
    const session = this.registry.sessions.get(this.uri);
    if (session?.index === index) return session.findings();
    const memo = this.findingsMemo.get(index);
    if (memo?.generation === this.generation) return memo.findings;
    const findings = detectThreats(index, detectionSettings());
    this.findingsMemo.set(index, { generation: this.generation, findings });
    return findings;
  }

  /** Called by the registry: the text session was re-indexed or closed, or the grid opened or closed. */
  fire(): void {
    this.changeEmitter.fire();
  }

  settingsChanged(): void {
    this.generation++;
    this.registry.sessions.get(this.uri)?.resetFindings();
    this.changeEmitter.fire();
  }

  private changedOnDisk(): void {
    // Text documents follow the disk themselves (VS Code reloads them; the session re-indexes).
    if (this.registry.sessions.get(this.uri)) return;
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      if (this.registry.gridDocument(this.uri)) this.gridStale = true;
      this.own?.dispose();
      this.own = undefined;
      this.changeEmitter.fire();
    }, RELOAD_DELAY_MS);
  }

  /** A grid opened or closed on this file: a fresh grid read is current again. */
  gridOpened(): void {
    this.gridStale = false;
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    this.own?.dispose();
    this.watcher.dispose();
    this.changeEmitter.dispose();
  }
}

/** Every source in use, one per file, shared by the panels that show it. */
export class ReportSources implements vscode.Disposable {
  private readonly sources = new Map<string, ReportSource>();
  private readonly grids = new Map<string, Set<GridDocument>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly sessions: ReportSessions) {
    this.disposables.push(
      sessions.onDidIndex((session) => this.sources.get(session.document.uri.toString())?.fire()),
      sessions.onDidClose((uri) => this.sources.get(uri.toString())?.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('entraReportLens.detections')) for (const source of this.sources.values()) source.settingsChanged();
      }),
    );
  }

  /** The source of `uri`, shared; call `release` when done with it. */
  acquire(uri: vscode.Uri): ReportSource {
    const key = uri.toString();
    let source = this.sources.get(key);
    if (!source) this.sources.set(key, (source = new ReportSource(uri, this)));
    source.refs++;
    return source;
  }

  release(source: ReportSource): void {
    if (--source.refs > 0) return;
    const key = source.uri.toString();
    if (this.sources.get(key) === source) this.sources.delete(key);
    source.dispose();
  }

  /** Files with a source (for tests: which files are watched). */
  keys(): string[] {
    return [...this.sources.keys()];
  }

  /** Remembers a document the Report Grid opened, until the grid disposes it. */
  trackGridDocument(document: GridDocument): void {
    const key = document.uri.toString();
    let set = this.grids.get(key);
    if (!set) this.grids.set(key, (set = new Set()));
    set.add(document);
    const dispose = document.dispose.bind(document);
    document.dispose = () => {
      set.delete(document);
      if (set.size === 0) this.grids.delete(key);
      dispose();
      this.sources.get(key)?.fire();
    };
    const source = this.sources.get(key);
    if (source) {
      source.gridOpened();
      void document.ready.then(() => source.fire());
    }
  }

  /** The newest grid document open on `uri`. */
  gridDocument(uri: vscode.Uri): GridDocument | undefined {
    const set = this.grids.get(uri.toString());
    return set ? [...set].pop() : undefined;
  }

  dispose(): void {
    for (const source of this.sources.values()) source.dispose();
    this.sources.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
