/**
 * The grid's DOM: a scrolling `role="grid"` element holding a canvas as tall as all rows (capped, see
 * viewport-math), the sticky header and the pooled rows. Draws at most one frame per animation frame, only the rows
 * in view plus an overscan; turns pointer and keyboard events into calls on its handlers. Keeps one tab stop: the
 * active cell is announced through `aria-activedescendant`, so recycling row elements never loses focus.
 */
import type { GridColumn, GridRow } from '../../src/protocol';
import { el } from './dom';
import { HeaderRow, type HeaderHandlers, type HeaderTexts } from './header';
import { ACTIVE_CELL_ID, columnWidthVar, RowRenderer, type DisplayColumn, type RowLook } from './rows';
import type { Sort } from './query-model';
import { rowsPerPage, rowTop, rowWindow, scrollToReveal, scrollTopFor, scrollTopToCenter, type RowWindow } from './viewport-math';

export const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 28;
const OVERSCAN = 12;
/** The DOM never holds more rows than this (a 4K-tall window shows ~90). */
export const MAX_RENDERED_ROWS = 140;

export interface GridViewModel {
  readonly rowCount: number;
  row(index: number): GridRow | undefined;
  isSelected(index: number): boolean;
  /** Active cell: row (-1: header) and display column. */
  readonly active: { readonly row: number; readonly column: number };
}

export interface GridViewHandlers extends HeaderHandlers {
  /** After each drawn frame: the rows drawn and in view (the controller fetches pages for them). */
  rendered(window: RowWindow): void;
  /** `row` is what the clicked row shows (not looked up again: the view may have just changed under the pointer). */
  cellClick(index: number, row: GridRow | undefined, displayColumn: number, target: 'code' | 'user' | 'cell', event: MouseEvent): void;
  rowDoubleClick(row: GridRow | undefined): void;
  keyDown(event: KeyboardEvent): void;
  /** The pointer entered (`anchor`) or left (`undefined`) a code. */
  codeHover(row: GridRow | undefined, index: number, anchor: HTMLElement | undefined): void;
  focusChange(focused: boolean): void;
}

export class GridView {
  /** The grid and, beside it (not inside: a grid holds only rows), the "no rows" message. */
  readonly container = el('div', 'grid-container');
  readonly element = el('div', 'grid');
  private readonly canvas = el('div', 'grid-canvas');
  private readonly rowsArea = el('div', 'grid-rows');
  private readonly empty = el('div', 'grid-empty');
  readonly header: HeaderRow;
  private readonly rows: RowRenderer;
  private columns: readonly DisplayColumn[] = [];
  private frame: number | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.invalidate());
  private lastWindow: RowWindow | undefined;

  constructor(
    private readonly model: GridViewModel,
    private readonly handlers: GridViewHandlers,
    texts: HeaderTexts & { readonly label: string; readonly userTitle: string },
  ) {
    const grid = this.element;
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-multiselectable', 'true');
    grid.setAttribute('aria-label', texts.label);
    grid.tabIndex = 0;
    this.container.style.setProperty('--row-height', `${ROW_HEIGHT}px`);
    this.container.style.setProperty('--header-height', `${HEADER_HEIGHT}px`);
    this.canvas.setAttribute('role', 'presentation');
    this.rowsArea.setAttribute('role', 'rowgroup');
    this.empty.hidden = true;
    this.header = new HeaderRow(handlers, texts);
    this.rows = new RowRenderer(this.rowsArea, { user: texts.userTitle });
    const headerGroup = el('div', 'grid-header-group');
    headerGroup.setAttribute('role', 'rowgroup');
    headerGroup.append(this.header.element);
    this.canvas.append(headerGroup, this.rowsArea);
    grid.append(this.canvas);
    this.empty.setAttribute('role', 'status');
    this.container.append(grid, this.empty);
    this.wireEvents();
    this.resizeObserver.observe(grid);
  }

  /** Stops observing (the controller builds a new view when `init` comes again). */
  dispose(): void {
    this.resizeObserver.disconnect();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Height of the rows' part of the viewport (below the sticky header). */
  get viewportHeight(): number {
    return Math.max(0, this.element.clientHeight - HEADER_HEIGHT);
  }

  get pageRows(): number {
    return rowsPerPage(this.viewportHeight, ROW_HEIGHT);
  }

  get window(): RowWindow | undefined {
    return this.lastWindow;
  }

  setColumns(columns: readonly DisplayColumn[], info: readonly GridColumn[], widths: ReadonlyMap<number, number>, texts: HeaderTexts & { readonly userTitle: string }): void {
    this.columns = columns;
    this.rows.setTitles({ user: texts.userTitle });
    this.rows.setColumns(columns);
    this.header.setColumns(columns, info, texts);
    this.setWidths(widths);
    this.element.setAttribute('aria-colcount', String(columns.length));
  }

  /** Column widths as CSS variables on the grid: cells read them, so a resize is one write per column. */
  setWidths(widths: ReadonlyMap<number, number>): void {
    let total = 0;
    for (const column of this.columns) {
      const width = widths.get(column.id) ?? 140;
      this.element.style.setProperty(columnWidthVar(column.id), `${width}px`);
      total += width;
    }
    this.element.style.setProperty('--row-width', `${total}px`);
  }

  setSort(sort: Sort | undefined): void {
    this.header.setSort(sort);
  }

  setEmptyText(text: string | undefined): void {
    this.empty.textContent = text ?? '';
    this.empty.hidden = !text;
  }

  /** The row at the top of the viewport. */
  get topRow(): number {
    return this.lastWindow?.firstVisible ?? 0;
  }

  scrollToRow(index: number): void {
    this.applyCanvasHeight();
    this.element.scrollTop = scrollTopFor(index, this.model.rowCount, ROW_HEIGHT, this.viewportHeight);
    this.invalidate();
  }

  /** Scrolls so that row `index` is in the middle of the viewport (as far as the ends allow). */
  centerRow(index: number): void {
    this.applyCanvasHeight();
    this.element.scrollTop = scrollTopToCenter(index, this.geometry());
    this.invalidate();
  }

  /** The line number the gutter of row `index` shows, when the row is drawn in view (not the overscan) with its data. */
  shownLine(index: number): number | undefined {
    const window = this.lastWindow;
    if (!window || index < window.firstVisible || index > window.lastVisible || !this.rows.shownAt(index)) return undefined;
    const line = Number(this.rows.cellAt(index, 0)?.textContent);
    return line > 0 ? line : undefined;
  }

  /** Scrolls as little as needed to show row `index` (and the active column). */
  reveal(index: number, displayColumn: number): void {
    const top = scrollToReveal(index, this.geometry());
    if (top !== undefined) this.element.scrollTop = top;
    const cell = index < 0 ? this.header.cellAt(displayColumn) : this.rows.cellAt(index, displayColumn);
    const column = this.columns[displayColumn];
    if (cell && column && !column.frozen) {
      // Sideways: keep the cell clear of the frozen columns.
      const frozenWidth = this.columns.filter((c) => c.frozen).reduce((sum, c) => sum + (this.widthOf(c.id) ?? 0), 0);
      const cellBox = (cell.closest('.grid-cell, .header-cell') as HTMLElement | null) ?? cell;
      const left = cellBox.offsetLeft;
      const right = left + cellBox.offsetWidth;
      if (left - frozenWidth < this.element.scrollLeft) this.element.scrollLeft = Math.max(0, left - frozenWidth);
      else if (right > this.element.scrollLeft + this.element.clientWidth) this.element.scrollLeft = right - this.element.clientWidth;
    }
    this.invalidate();
  }

  /** The drawn element of a cell (a code's chip, a user's link, or the cell), if the row is drawn. */
  cellElement(index: number, displayColumn: number): HTMLElement | undefined {
    return index < 0 ? this.header.cellAt(displayColumn) : this.rows.cellAt(index, displayColumn);
  }

  /** Draws on the next animation frame (many calls, one frame). */
  invalidate(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.render();
    });
  }

  /** Draws now. */
  render(): void {
    this.applyCanvasHeight();
    const geometry = this.geometry();
    const window = rowWindow({ ...geometry, overscan: OVERSCAN, maxRendered: MAX_RENDERED_ROWS });
    const active = this.model.active;
    this.rows.render(
      window.first,
      window.last,
      (index) => rowTop(index, geometry),
      (index): RowLook => ({ data: this.model.row(index), selected: this.model.isSelected(index), activeColumn: active.row === index ? active.column : -1 }),
    );
    this.header.setActive(active.row === -1 ? active.column : -1);
    const activeDrawn = active.row === -1 || (active.row >= window.first && active.row <= window.last);
    if (activeDrawn && document.getElementById(ACTIVE_CELL_ID)) this.element.setAttribute('aria-activedescendant', ACTIVE_CELL_ID);
    else this.element.removeAttribute('aria-activedescendant');
    this.element.setAttribute('aria-rowcount', String(this.model.rowCount + 1));
    this.lastWindow = window;
    this.handlers.rendered(window);
  }

  private widthOf(id: number): number | undefined {
    const value = this.element.style.getPropertyValue(columnWidthVar(id));
    return value ? Number.parseFloat(value) : undefined;
  }

  private geometry() {
    return { rowCount: this.model.rowCount, rowHeight: ROW_HEIGHT, scrollTop: this.element.scrollTop, viewportHeight: this.viewportHeight };
  }

  private applyCanvasHeight(): void {
    const height = `${rowWindow({ ...this.geometry(), overscan: 0, maxRendered: 1 }).scrollHeight}px`;
    if (this.rowsArea.style.height !== height) this.rowsArea.style.height = height;
  }

  private indexOf(target: EventTarget | null): { index: number; column: number; row: HTMLElement } | undefined {
    const row = (target as HTMLElement | null)?.closest<HTMLElement>('.grid-row');
    if (!row) return undefined;
    const cell = (target as HTMLElement).closest<HTMLElement>('.grid-cell');
    return { index: Number(row.dataset['index']), column: cell ? Number(cell.dataset['col']) : 0, row };
  }

  private wireEvents(): void {
    const grid = this.element;
    grid.addEventListener('scroll', () => this.invalidate(), { passive: true });
    grid.addEventListener('keydown', (event) => this.handlers.keyDown(event));
    grid.addEventListener('focus', () => this.handlers.focusChange(true));
    grid.addEventListener('blur', () => this.handlers.focusChange(false));
    this.rowsArea.addEventListener('mousedown', (event) => {
      // Shift+click selects rows, not text.
      if (event.shiftKey) event.preventDefault();
    });
    this.rowsArea.addEventListener('click', (event) => {
      const hit = this.indexOf(event.target);
      if (!hit) return;
      const target = event.target as HTMLElement;
      const kind = target.closest('.code-chip') ? 'code' : target.closest('.user-link') ? 'user' : 'cell';
      this.handlers.cellClick(hit.index, this.rows.shownAt(hit.index), hit.column, kind, event);
    });
    this.rowsArea.addEventListener('dblclick', (event) => {
      const hit = this.indexOf(event.target);
      if (hit) this.handlers.rowDoubleClick(this.rows.shownAt(hit.index));
    });
    this.rowsArea.addEventListener('mouseover', (event) => {
      const chip = (event.target as HTMLElement).closest<HTMLElement>('.code-chip');
      const hit = chip ? this.indexOf(chip) : undefined;
      if (chip && hit) this.handlers.codeHover(this.rows.shownAt(hit.index), hit.index, chip);
    });
    this.rowsArea.addEventListener('mouseout', (event) => {
      const chip = (event.target as HTMLElement).closest<HTMLElement>('.code-chip');
      if (chip && !chip.contains(event.relatedTarget as Node | null)) this.handlers.codeHover(undefined, -1, undefined);
    });
  }
}

