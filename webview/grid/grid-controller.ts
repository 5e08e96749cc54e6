/**
 * The grid's state and its conversation with the host: the current view (id, row count, code facets), the page
 * cache, the selection and active cell, filters, sort and column layout. Host messages come in through `handle`;
 * every user action becomes a message out (`query`, `getPage`, `copy`, …). Pages are pulled for what is on screen,
 * never pushed.
 */
import { assertNever, type GridInit, type GridRow, type HostToGrid } from '../../src/protocol';
import { CodeHints, type CodeHintSource } from './code-hints';
import { ColumnChooser } from './column-chooser';
import { visibleColumns, withHidden, withWidth, type ColumnLayout } from './columns';
import { CopyRun } from './copy-collector';
import { el } from './dom';
import { GridKeyboard } from './grid-keyboard';
import { GridView, type GridViewModel } from './grid-view';
import type { GridHost } from './host';
import { PageCache } from './page-cache';
import { hasFilters, nextSort, NO_FILTERS, toQuery, type Filters, type Sort } from './query-model';
import { RowReveal } from './row-reveal';
import { LINE_COLUMN, type DisplayColumn } from './rows';
import { restoreGrid, saveGrid } from './saved-state';
import { Selection } from './selection';
import { gridText, type GridText } from './texts';
import { showBootNotice, showBootProgress, Toolbar, type ToolbarAction } from './toolbar';
import type { RowWindow } from './viewport-math';

export const PAGE_SIZE = 200;
/** Pages held at most: 4 × 200 = 800 rows in memory, whatever the file's size. */
export const MAX_PAGES = 4;
const MAX_PAGES_IN_FLIGHT = 3;
const COPY_PAGES_IN_FLIGHT = 4;
const LINE_WIDTH = 80;
const SAVE_DELAY_MS = 300;

interface Ui {
  readonly toolbar: Toolbar;
  readonly view: GridView;
  readonly hints: CodeHints;
  readonly chooser: ColumnChooser;
}

export class GridController implements GridViewModel, CodeHintSource {
  private init: GridInit | undefined;
  private text: GridText = gridText({});
  private ui: Ui | undefined;
  private readonly cache = new PageCache(PAGE_SIZE, MAX_PAGES);
  private viewId = -1;
  private rows = 0;
  private totalRows = 0;
  private progressDone = false;
  private lastProgress: Extract<HostToGrid, { type: 'progress' }> | undefined;
  readonly selection = new Selection();
  active = { row: 0, column: 1 };
  private filters: Filters = NO_FILTERS;
  private sort: Sort | undefined;
  private layout: ColumnLayout = { order: [], hidden: new Set(), widths: new Map() };
  columns: DisplayColumn[] = [];
  /** Row to scroll to once the view has it (restored state); dropped as soon as the user scrolls. */
  private pendingTopRow: number | undefined;
  private readonly copy = new CopyRun((message) => this.host.post(message), PAGE_SIZE, COPY_PAGES_IN_FLIGHT);
  focused = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private keyboard: GridKeyboard | undefined;
  /** A row the host asked to show (an evidence jump), followed until the user takes over. */
  readonly reveal = new RowReveal({
    viewId: () => this.viewId,
    hasFilters: () => hasFilters(this.filters),
    clearFilters: () => this.setFilters(NO_FILTERS),
    show: (position) => this.showRow(position),
    shownLine: (position) => (this.cache.get(position) ? this.ui?.view.shownLine(position) : undefined),
    focused: () => this.focused,
    notice: (message, error) => this.ui?.toolbar.showNotice(message, error),
    post: (message) => this.host.post(message),
    text: (key) => this.text(key),
  });

  constructor(
    private readonly host: GridHost,
    private readonly root: HTMLElement,
  ) {}

  // ——— GridViewModel ———
  get rowCount(): number {
    return this.rows;
  }
  row(index: number): GridRow | undefined {
    return this.cache.get(index);
  }
  isSelected(index: number): boolean {
    return this.selection.has(index);
  }
  cellElement(index: number, displayColumn: number): HTMLElement | undefined {
    return this.ui?.view.cellElement(index, displayColumn);
  }

  handle(message: HostToGrid): void {
    switch (message.type) {
      case 'init':
        this.start(message.init);
        return;
      case 'progress':
        this.lastProgress = message;
        this.progressDone = message.done;
        if (this.ui) this.ui.toolbar.setProgress(message.rows, message.bytesRead, message.totalBytes, message.done);
        else showBootProgress(this.root, message.bytesRead, message.totalBytes);
        this.updateEmpty();
        return;
      case 'view':
        this.onView(message);
        return;
      case 'page':
        this.onPage(message);
        return;
      case 'notice':
        if (this.ui) this.ui.toolbar.showNotice(message.message, message.error);
        else showBootNotice(this.root, message.message, message.error);
        return;
      case 'revealRow':
        this.reveal.onRevealRow(message);
        return;
      default:
        assertNever(message);
    }
  }

  private start(init: GridInit): void {
    // A second `init` (the display language changed) keeps what the user set up for the same content.
    const saved = this.init?.fingerprint === init.fingerprint ? this.snapshot() : this.host.getState();
    this.init = init;
    this.text = gridText(init.strings);
    document.documentElement.lang = init.lang;
    const restored = restoreGrid(init, saved);
    this.filters = restored.filters;
    this.sort = restored.sort;
    this.layout = restored.layout;
    this.pendingTopRow = restored.topRow > 0 ? restored.topRow : undefined;
    this.buildUi(init);
    this.sendQuery();
  }

  private buildUi(init: GridInit): void {
    const text = this.text;
    const toolbar = new Toolbar(init, text, {
      filtersChanged: (filters) => {
        this.reveal.cancel();
        this.filters = filters;
        this.sendQuery();
      },
      action: (action) => this.onAction(action),
    });
    const view = new GridView(this, {
      sort: (id) => this.sortBy(id),
      resize: (id, width, done) => this.resize(id, width, done),
      rendered: (window) => this.onRendered(window),
      cellClick: (index, row, column, target, event) => this.onCellClick(index, row, column, target, event),
      rowDoubleClick: (row) => this.revealLine(row),
      keyDown: (event) => this.keyboard?.onKeyDown(event),
      codeHover: (row, index, anchor) => this.ui?.hints.hover(row, index, anchor),
      focusChange: (focused) => {
        this.focused = focused;
        if (!focused) this.ui?.hints.blurred();
        view.invalidate();
      },
    }, { label: init.title, line: text('line'), sortAscending: text('sortAscending'), sortDescending: text('sortDescending'), userTitle: text('openTimeline') });
    const hints = new CodeHints(text('nextStep'), this);
    const chooser = new ColumnChooser(text('columns'), (id, shown) => this.setHidden(id, !shown));
    this.ui?.view.dispose();
    this.ui = { toolbar, view, hints, chooser };
    this.keyboard = new GridKeyboard(this, view);
    const takeOver = () => ((this.pendingTopRow = undefined), this.reveal.cancel());
    for (const cancel of ['wheel', 'keydown', 'pointerdown'] as const) view.element.addEventListener(cancel, takeOver, { passive: true });
    view.element.addEventListener('scroll', () => this.saveSoon(), { passive: true });
    const app = el('main', 'grid-app');
    app.append(toolbar.element, view.container);
    this.root.replaceChildren(app, hints.popover.element, chooser.element);
    toolbar.setFilters(this.filters);
    view.setSort(this.sort);
    this.applyColumns();
    if (this.lastProgress) toolbar.setProgress(this.lastProgress.rows, this.lastProgress.bytesRead, this.lastProgress.totalBytes, this.lastProgress.done);
    this.updateCounts();
  }

  private onView(message: Extract<HostToGrid, { type: 'view' }>): void {
    if (message.viewId < this.viewId) return;
    const grown = message.viewId === this.viewId;
    this.rows = message.rowCount;
    this.totalRows = message.totalRows;
    this.ui?.toolbar.setCodes(message.codes, this.filters.code);
    if (!grown) {
      // A new order: every position changed.
      this.viewId = message.viewId;
      this.cache.reset(message.viewId);
      this.selection.clear();
      this.copy.cancel();
      this.active = { row: this.rows > 0 ? 0 : -1, column: this.active.column };
      this.ui?.hints.hide();
      if (this.pendingTopRow === undefined) this.ui?.view.scrollToRow(0);
      this.reveal.onNewView();
    }
    if (this.pendingTopRow !== undefined && this.rows > this.pendingTopRow) {
      this.active = { row: this.pendingTopRow, column: this.active.column };
      this.ui?.view.scrollToRow(this.pendingTopRow);
      this.pendingTopRow = undefined;
    }
    this.updateCounts();
    this.updateEmpty();
    this.ui?.view.invalidate();
  }

  private onPage(message: Extract<HostToGrid, { type: 'page' }>): void {
    this.copy.take(message.viewId, message.start, message.rows);
    if (message.viewId !== this.cache.viewId) return; // an older view's page: positions no longer match
    this.ui?.hints.remember(message.codes);
    this.cache.put(message.viewId, message.start, message.rows, this.rows, this.keptPages());
    this.ui?.view.invalidate();
  }

  /** Pages of the drawn rows: never evicted to make room for another. */
  private keptPages(): Set<number> {
    const keep = new Set<number>();
    const window = this.ui?.view.window;
    if (window) for (let start = this.cache.pageStartOf(window.first); start <= window.last; start += PAGE_SIZE) keep.add(start);
    return keep;
  }

  private onRendered(window: RowWindow): void {
    if (this.viewId < 0) return;
    this.cache.expire();
    // The rows in view first, then the overscan; a few requests at a time (the host reads each page from disk).
    const wanted = [...this.cache.missing(window.firstVisible, window.lastVisible, this.rows), ...this.cache.missing(window.first, window.last, this.rows)];
    const sent = new Set<number>();
    for (const request of wanted) {
      if (this.cache.pendingCount >= MAX_PAGES_IN_FLIGHT) break;
      if (sent.has(request.start)) continue;
      sent.add(request.start);
      this.cache.markRequested(request.start, this.rows);
      this.host.post({ type: 'getPage', viewId: this.viewId, start: request.start, count: request.count });
    }
    if (this.cache.pendingCount > 0) {
      // An unanswered request is retried after the cache's timeout.
      if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.ui?.view.invalidate(), 10_500);
    }
    this.ui?.hints.sync();
    this.reveal.onRendered();
  }

  /** Hides the code popover; true when it was shown (Escape closes it first). */
  hidePopover(): boolean {
    return this.ui?.hints.hide() ?? false;
  }

  private onCellClick(index: number, data: GridRow | undefined, column: number, target: 'code' | 'user' | 'cell', event: MouseEvent): void {
    const plain = !event.shiftKey && !event.ctrlKey && !event.metaKey;
    if (plain && data && target === 'code') return this.filterByCode(data.code);
    if (plain && data && target === 'user') return this.openTimeline(data, column);
    if (event.ctrlKey || event.metaKey) {
      if (event.shiftKey) this.selection.extend(index, true);
      else this.selection.toggle(index);
    } else if (event.shiftKey) this.selection.extend(index);
    else this.selection.select(index);
    this.active = { row: index, column };
    this.selectionChanged();
  }

  selectionChanged(): void {
    this.updateCounts();
    this.ui?.view.invalidate();
  }

  filterByCode(code: string): void {
    this.reveal.cancel();
    this.ui?.hints.hide();
    this.setFilters({ ...this.filters, code });
  }

  private setFilters(filters: Filters): void {
    this.filters = filters;
    this.ui?.toolbar.setFilters(filters);
    this.sendQuery();
  }

  /** Shows a revealed row: in the middle of the view, selected, active, with the keyboard focus. */
  private showRow(position: number): void {
    const view = this.ui?.view;
    this.pendingTopRow = undefined;
    if (!view) return;
    this.selection.select(position);
    this.active = { row: position, column: this.active.column };
    view.centerRow(position);
    view.element.focus({ preventScroll: true });
    this.selectionChanged();
  }

  openTimeline(data: GridRow, column: number): void {
    const id = this.columns[column]?.id;
    const user = id !== undefined ? data.cells[id] : undefined;
    if (user) this.host.post({ type: 'openTimeline', user });
  }

  revealLine(data: GridRow | undefined): void {
    if (data) this.host.post({ type: 'revealLine', line: data.line });
  }

  sortBy(columnId: number): void {
    this.reveal.cancel();
    this.sort = nextSort(this.sort, columnId);
    this.ui?.view.setSort(this.sort);
    this.sendQuery();
  }

  resize(columnId: number, width: number, done: boolean): void {
    this.layout = withWidth(this.layout, columnId, width);
    this.ui?.view.setWidths(this.layout.widths);
    if (done) this.saveSoon();
  }

  widthOf(columnId: number): number {
    return this.layout.widths.get(columnId) ?? 140;
  }

  private setHidden(columnId: number, hidden: boolean): void {
    if (this.layout.hidden.has(columnId) === hidden) return;
    this.layout = withHidden(this.layout, columnId, hidden);
    this.ui?.chooser.sync(this.layout.hidden);
    this.applyColumns();
    this.saveSoon();
  }

  private applyColumns(): void {
    const init = this.init;
    const ui = this.ui;
    if (!init || !ui) return;
    const shown = visibleColumns(this.layout);
    const kindOf = (id: number): DisplayColumn['kind'] =>
      id === init.timeColumn ? 'time' : id === init.codeColumn ? 'code' : id === init.userColumn ? 'user' : 'text';
    this.columns = [
      { id: LINE_COLUMN, kind: 'line', frozen: true },
      ...shown.map((id, k) => ({ id, kind: kindOf(id), frozen: k === 0 && id === init.timeColumn })),
    ];
    this.active = { row: this.active.row, column: Math.min(this.active.column, this.columns.length - 1) };
    const widths = new Map(this.layout.widths);
    widths.set(LINE_COLUMN, LINE_WIDTH);
    ui.view.setColumns(this.columns, init.columns, widths, { line: this.text('line'), sortAscending: this.text('sortAscending'), sortDescending: this.text('sortDescending'), userTitle: this.text('openTimeline') });
    ui.view.setSort(this.sort);
    ui.chooser.setColumns(init.columns, this.layout.order, this.layout.hidden);
    ui.view.invalidate();
  }

  private onAction(action: ToolbarAction): void {
    switch (action) {
      case 'copyCsv':
        return this.startCopy('csv');
      case 'copyMarkdown':
        return this.startCopy('markdown');
      case 'exportFiltered':
        return this.host.post({ type: 'exportFiltered' });
      case 'reopenAsText':
        return this.host.post({ type: 'reopenAsText' });
      case 'columns':
        if (this.ui) this.ui.chooser.toggle(this.ui.toolbar.columnsButton.element);
        return;
      default:
        assertNever(action);
    }
  }

  /** Copies the selected rows (or the active one): their file row numbers go to the host, which writes the text. */
  startCopy(format: 'csv' | 'markdown'): void {
    let ranges = this.selection.rangesWithin(this.rows);
    if (ranges.length === 0 && this.active.row >= 0 && this.active.row < this.rows) ranges = [[this.active.row, this.active.row]];
    if (ranges.length > 0 && this.viewId >= 0) this.copy.start(this.viewId, ranges, format, this.cache);
  }

  private sendQuery(): void {
    this.host.post({ type: 'query', query: toQuery(this.filters, this.sort) });
    this.saveSoon();
  }

  private updateCounts(): void {
    this.ui?.toolbar.setCounts(this.rows, this.totalRows, this.selection.count);
  }

  private updateEmpty(): void {
    const empty = this.viewId >= 0 && this.rows === 0 && (this.progressDone || hasFilters(this.filters));
    this.ui?.view.setEmptyText(empty ? this.text('noRows') : undefined);
  }

  private snapshot() {
    return saveGrid(this.init?.fingerprint ?? '', this.ui?.view.topRow ?? 0, this.filters, this.sort, this.layout);
  }

  private saveSoon(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      if (this.init) this.host.setState(this.snapshot());
    }, SAVE_DELAY_MS);
  }
}
