/**
 * One Report Grid webview: answers its queries (filter, sort and search run here over the index, never by shipping
 * all rows to the webview) and page requests, copies and exports rows. Exports go only where the user chose, and never
 * over the source file.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { catalog } from '../../core/catalog';
import { FAMILY_NAMES, OUTCOME_NAMES } from '../../core/display';
import { describeField } from '../../core/explain/columns';
import { OUTCOMES } from '../../core/catalog/types';
import { problemMessage } from '../../core/model/problems';
import { roleColumns } from '../../core/model/roles';
import { toCsv, toMarkdown } from '../../core/table/export';
import { codeCounts, filterRows, sortRows, type RowFilter } from '../../core/table/query';
import { parseTime } from '../../core/formats/time';
import { assertNever, type GridCodeInfo, type GridColumn, type GridInit, type GridQuery, type GridRevealed, type GridRow, type GridToHost, type HostToGrid } from '../../protocol';
import { displayLanguage } from '../language';
import { webviewHtml, webviewOptions } from '../webview-html';
import type { GridDocument } from './grid-document';
import { GridRevealer, type RevealTarget, type ShownView } from './grid-reveal';
import { gridStrings } from './grid-strings';

/** Longest page the webview may ask for at once. */
const MAX_PAGE = 1_000;

export class GridPanel implements vscode.Disposable {
  private view: Uint32Array = new Uint32Array(0);
  private viewId = 0;
  /** The view the webview was last sent (`view` with this id), and the rows read when it was computed. */
  private shown: { id: number; indexRows: number } | undefined;
  private lastQuery: GridQuery | undefined;
  /** The webview said `ready`: it can take `init`. */
  private webviewReady = false;
  private toldPartial = false;
  private toldLossy = false;
  /** Column roles and positions, decided once the document is indexed. */
  private layout: GridInit | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly revealer: GridRevealer;

  constructor(
    readonly document: GridDocument,
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
  ) {
    this.revealer = new GridRevealer({
      document,
      shownView: () => this.shownView(),
      requery: () => (this.lastQuery ? this.query(this.lastQuery, !this.lastQuery.sort) : Promise.resolve()),
      post: (message) => this.post(message),
      notice: (message, error) => this.notice(message, error),
    });
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'grid', 'Report Grid');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: GridToHost) => void this.receive(message).catch((error: unknown) => this.notice(String(error), true))),
      document.onProgress((p) => this.post({ type: 'progress', ...p })),
      document.onDidGrow(() => void this.grow().then(() => this.revealer.attempt()).catch((error: unknown) => this.notice(String(error), true))),
      panel.onDidDispose(() => this.dispose()),
      this.revealer,
    );
  }

  private post(message: HostToGrid): void {
    void this.panel.webview.postMessage(message);
  }

  private notice(message: string, error = false): void {
    this.post({ type: 'notice', message, error });
  }

  private async receive(message: GridToHost): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.webviewReady = true;
        this.shown = undefined; // a new page (the webview was shown again): it has no view yet
        // A grid opened (or shown again) after the read ended must not say it is still reading.
        const done = this.document.complete;
        this.post({ type: 'progress', rows: this.document.index?.rowCount ?? 0, bytesRead: done ? this.document.totalBytes : 0, totalBytes: this.document.totalBytes, done });
        // The grid asks for its first view itself once it has `init` (with any filters and sort it restored).
        if (this.document.index) return this.sendInit();
        const index = await this.document.ready;
        if (!index && !this.layout) {
          this.notice(this.document.declined ? vscode.l10n.t('Not read, as you chose. Close and reopen the file to choose again.') : this.strings().notAReport, true);
        }
        return;
      }
      case 'query':
        return this.query(message.query);
      case 'getPage':
        return this.page(message.viewId, message.start, message.count);
      case 'copy':
        return this.copy(message.rows, message.format);
      case 'exportFiltered':
        return this.exportView();
      case 'openTimeline':
        await vscode.commands.executeCommand('entraReportLens.showTimeline', this.document.uri, message.user);
        return;
      case 'revealLine':
        return this.revealLine(message.line);
      case 'reopenAsText':
        await vscode.commands.executeCommand('vscode.openWith', this.document.uri, 'default');
        return;
      case 'locateRow':
        return this.revealer.locate(message.row, message.line);
      case 'rowRevealed': {
        const { type: _type, ...revealed } = message;
        return this.revealer.revealed(revealed);
      }
      default:
        assertNever(message);
    }
  }

  private sendInit(): void {
    this.layout = this.init();
    this.post({ type: 'init', init: this.layout });
  }

  /**
   * More rows were read: the first time, the grid gets its columns; then the current view is computed again. Rows
   * arrive in file order, so an unsorted view only grows at its end and keeps its id (the grid keeps its pages); a
   * sorted one gets a new id. Sorted and text-searched views re-read rows from the file, so they are computed again
   * only once the whole file is read, not on every step.
   */
  private async grow(): Promise<void> {
    if (!this.webviewReady) return;
    if (!this.layout) return this.sendInit();
    const query = this.lastQuery;
    if (!query) return;
    const rereads = Boolean(query.sort || query.search?.trim());
    if (rereads && !this.document.complete) return;
    await this.query(query, !query.sort);
  }

  private strings() {
    return gridStrings(displayLanguage());
  }

  private init(): GridInit {
    const index = this.document.index!;
    const lang = displayLanguage();
    const roles = roleColumns(index.info);
    const roleOf = new Map<number, string>();
    if (index.info.container === 'json') {
      const at = new Map(this.document.columns.map((c, i) => [c.toLowerCase(), i] as const));
      for (const c of index.info.columns) {
        for (const p of (c.path ?? '').split(' | ')) {
          const i = at.get(p.toLowerCase());
          if (i !== undefined && !roleOf.has(i)) roleOf.set(i, c.field);
        }
      }
    } else {
      for (const c of index.info.columns) if (c.column !== undefined) roleOf.set(c.column, c.field);
    }
    const columnOf = (field: string | undefined) => {
      if (!field) return undefined;
      for (const [i, f] of roleOf) if (f === field) return i;
      return undefined;
    };
    const columns: GridColumn[] = this.document.columns.map((name, id) => {
      const role = roleOf.get(id);
      const description = describeField(index.info.kind, role)?.[lang];
      return { id, name, ...(role ? { role } : {}), ...(description ? { description } : {}) };
    });
    const { strings } = this.strings();
    return {
      file: path.basename(this.document.uri.path),
      fingerprint: this.document.fingerprint,
      lang,
      title: index.info.title[lang],
      columns,
      ...optional('timeColumn', columnOf(roles.time?.field)),
      // Audit logs have no code column: the activity is what their code explains.
      ...optional('codeColumn', columnOf(roles.code?.field) ?? columnOf('activity')),
      ...optional('userColumn', columnOf(roles.user?.field)),
      outcomes: OUTCOMES.map((outcome) => ({ outcome, name: OUTCOME_NAMES[outcome][lang] })),
      strings,
    };
  }

  private async query(query: GridQuery, sameView = false): Promise<void> {
    const index = this.document.index;
    if (!index) return;
    this.lastQuery = query;
    const viewId = sameView ? this.viewId : ++this.viewId;
    const rowReader = this.document.rows!;
    const filter: RowFilter = {
      ...(query.outcomes ? { outcomes: query.outcomes } : {}),
      ...(query.code ? { code: query.code } : {}),
      ...(query.user ? { user: query.user } : {}),
      ...(query.app ? { app: query.app } : {}),
      ...(query.ip ? { ip: query.ip } : {}),
      ...(query.from ? { from: parseTime(query.from) } : {}),
      ...(query.to ? { to: endOf(query.to) } : {}),
    };
    const mask = query.search?.trim() ? await rowReader.searchMask(query.search.trim()) : undefined;
    let rows = filterRows(index, filter, mask);
    if (query.sort) {
      const timeColumn = this.layout?.timeColumn;
      rows =
        query.sort.column === timeColumn
          ? sortRows(index, rows, { by: 'time' }, query.sort.direction)
          : sortRows(index, rows, { by: 'values', values: await rowReader.columnValues(query.sort.column) }, query.sort.direction);
    }
    if (viewId !== this.viewId || index !== this.document.index) return; // a newer query or more rows arrived meanwhile
    this.view = rows;
    this.shown = { id: viewId, indexRows: index.rowCount };
    const lang = displayLanguage();
    const facets = codeCounts(index, filterRows(index, filter, mask, 'code')).map((c) => ({
      ...c,
      label: catalog.lookup(c.code, index.info.codeFamilies)?.label[lang] ?? '',
    }));
    this.post({ type: 'view', viewId, rowCount: rows.length, totalRows: index.rowCount, codes: facets });
    void this.revealer.attempt();
    if (this.document.partial && !this.toldPartial) {
      this.toldPartial = true;
      const mb = Math.round(index.info.bytes / 1048576);
      this.notice(vscode.l10n.t('Only the first {0} MB were read, as you chose: {1} rows. Counts and findings cover those rows only.', mb, index.rowCount.toLocaleString(vscode.env.language)));
    }
    // Undecodable bytes show as U+FFFD in the cells: say so once the whole file is read, where it starts (stays shown).
    const lossy = this.document.complete && !this.toldLossy ? index.problems.list.find((p) => p.code === 'encoding-lossy') : undefined;
    if (lossy) {
      this.toldLossy = true;
      this.notice(vscode.l10n.t('Line {0}: {1}', lossy.line, problemMessage(lossy, displayLanguage())), true);
    }
  }

  /**
   * Brings this grid to the front and shows the row of `target` (once read), as filtered and sorted now; resolves
   * when the webview shows it.
   */
  reveal(target: RevealTarget): Promise<GridRevealed | undefined> {
    this.panel.reveal(this.panel.viewColumn, false);
    return this.revealer.reveal(target);
  }

  private shownView(): ShownView | undefined {
    const shown = this.shown;
    return shown && shown.id === this.viewId ? { ...shown, rows: this.view } : undefined;
  }

  private async page(viewId: number, start: number, count: number): Promise<void> {
    const index = this.document.index;
    if (!index || viewId !== this.viewId) return;
    const slice = Array.from(this.view.subarray(Math.max(0, start), Math.max(0, start) + Math.min(count, MAX_PAGE)));
    const cells = await this.document.rows!.readCells(slice);
    if (viewId !== this.viewId) return;
    const lang = displayLanguage();
    const codes: Record<string, GridCodeInfo> = {};
    const rows: GridRow[] = slice.map((row) => {
      const code = index.value('code', row);
      if (code && !codes[code]) {
        const record = index.codeRecord(row);
        if (record) {
          codes[code] = {
            code,
            outcome: record.outcome,
            outcomeName: OUTCOME_NAMES[record.outcome][lang],
            label: record.label[lang],
            familyName: FAMILY_NAMES[record.family][lang],
            explanation: record.explanation[lang],
            nextStep: record.nextStep[lang],
          };
        }
      }
      return { row, line: index.line(row), outcome: index.outcome(row), code, cells: cells.get(row) ?? [] };
    });
    this.post({ type: 'page', viewId, start, rows, codes });
  }

  private async copy(rows: readonly number[], format: 'csv' | 'markdown'): Promise<void> {
    const cells = await this.document.rows!.readCells(rows);
    const body = rows.map((r) => cells.get(r) ?? []);
    const text = format === 'csv' ? toCsv(this.document.columns, body) : toMarkdown(this.document.columns, body);
    await vscode.env.clipboard.writeText(text);
    this.notice(vscode.l10n.t('Copied {0} rows.', rows.length));
  }

  private async exportView(): Promise<void> {
    const source = this.document.uri;
    const ext = this.document.index?.info.container === 'json' ? 'json' : 'csv';
    const base = path.basename(source.path).replace(/\.[^.]+$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(source, '..', `${base}-filtered.${ext}`),
      filters: ext === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
      title: vscode.l10n.t('Export the filtered rows'),
    });
    if (!target) return;
    if (target.toString() === source.toString()) {
      this.notice(vscode.l10n.t('The export cannot be written over the source file. Choose another name.'), true);
      return;
    }
    const rows = Array.from(this.view);
    let content: string;
    if (ext === 'json') {
      const texts = await this.document.rows!.readTexts(rows);
      content = `[\n${rows.map((r) => texts.get(r) ?? '{}').join(',\n')}\n]\n`;
    } else {
      const cells = await this.document.rows!.readCells(rows);
      content = toCsv(this.document.columns, rows.map((r) => cells.get(r) ?? []));
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    this.notice(vscode.l10n.t('Exported {0} rows to {1}.', rows.length, path.basename(target.path)));
  }

  private async revealLine(line: number): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(this.document.uri);
      const position = new vscode.Position(Math.max(0, line - 1), 0);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside });
    } catch {
      this.notice(vscode.l10n.t('This file is too large for the text editor; the grid is the way to read it.'), true);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** A date without a time covers the whole day. */
function endOf(value: string): number {
  const t = parseTime(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? t + 86_399_999 : t;
}
