/**
 * The header row: one `columnheader` per shown column, sticky at the top of the scrolling area. Clicking a header
 * sorts (ascending → descending → none); dragging its right edge resizes the column (pointer capture, the width
 * written to the column's CSS variable as the pointer moves).
 */
import type { GridColumn } from '../../src/protocol';
import { escapeInvisible } from '../ui/visible-text';
import { el } from './dom';
import type { Sort } from './query-model';
import { ACTIVE_CELL_ID, LINE_COLUMN, sizeCell, type DisplayColumn } from './rows';

export interface HeaderHandlers {
  sort(columnId: number): void;
  /** While dragging (`done` false) and once at the end (`done` true). */
  resize(columnId: number, width: number, done: boolean): void;
}

export interface HeaderTexts {
  readonly line: string;
  readonly sortAscending: string;
  readonly sortDescending: string;
}

export class HeaderRow {
  readonly element = el('div', 'grid-header');
  private cells: HTMLDivElement[] = [];
  private columns: readonly DisplayColumn[] = [];
  private info = new Map<number, GridColumn>();
  private sort: Sort | undefined;
  private active = -1;

  constructor(
    private readonly handlers: HeaderHandlers,
    private texts: HeaderTexts,
  ) {
    this.element.setAttribute('role', 'row');
    this.element.setAttribute('aria-rowindex', '1');
    this.element.addEventListener('click', (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('.header-cell');
      if (!cell || (event.target as HTMLElement).closest('.resize-handle')) return;
      const column = this.columns[Number(cell.dataset['col'])];
      if (column && column.id !== LINE_COLUMN) this.handlers.sort(column.id);
    });
  }

  setColumns(columns: readonly DisplayColumn[], info: readonly GridColumn[], texts: HeaderTexts): void {
    this.columns = columns;
    this.texts = texts;
    this.info = new Map(info.map((c) => [c.id, c]));
    this.cells = columns.map((column, k) => this.createCell(column, k));
    this.element.replaceChildren(...this.cells);
    this.setSort(this.sort);
    this.setActive(this.active);
  }

  cellAt(displayColumn: number): HTMLElement | undefined {
    return this.cells[displayColumn];
  }

  setSort(sort: Sort | undefined): void {
    this.sort = sort;
    this.columns.forEach((column, k) => {
      const cell = this.cells[k]!;
      if (column.id === LINE_COLUMN) return;
      const direction = sort?.column === column.id ? sort.direction : undefined;
      cell.setAttribute('aria-sort', direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none');
      cell.classList.toggle('sorted', direction !== undefined);
      const indicator = cell.querySelector<HTMLElement>('.sort-indicator')!;
      indicator.textContent = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '';
      // The tooltip says what the column is, and how it is sorted.
      const info = this.info.get(column.id);
      const about = info?.description ? `${info.name.trim()} — ${info.description}` : (info?.name.trim() ?? '');
      const state = direction === 'asc' ? this.texts.sortAscending : direction === 'desc' ? this.texts.sortDescending : '';
      cell.title = escapeInvisible(state ? `${about}\n${state}` : about);
    });
  }

  /** Marks the header cell the keyboard is on (`-1`: none). */
  setActive(displayColumn: number): void {
    const previous = this.cells[this.active];
    if (previous) {
      previous.classList.remove('active');
      if (previous.id === ACTIVE_CELL_ID) previous.removeAttribute('id');
    }
    this.active = displayColumn;
    const cell = this.cells[displayColumn];
    if (cell) {
      cell.classList.add('active');
      cell.id = ACTIVE_CELL_ID;
    }
  }

  private createCell(column: DisplayColumn, k: number): HTMLDivElement {
    const cell = el('div', `header-cell cell-${column.kind}`);
    cell.setAttribute('role', 'columnheader');
    sizeCell(cell, column, k);
    const name = column.id === LINE_COLUMN ? this.texts.line : (this.info.get(column.id)?.name.trim() ?? '');
    cell.append(el('span', 'header-title', name));
    if (column.id === LINE_COLUMN) return cell;
    const indicator = el('span', 'sort-indicator');
    indicator.setAttribute('aria-hidden', 'true');
    const handle = el('div', 'resize-handle');
    handle.setAttribute('aria-hidden', 'true');
    this.wireResize(handle, cell, column.id);
    cell.append(indicator, handle);
    return cell;
  }

  private wireResize(handle: HTMLElement, cell: HTMLElement, columnId: number): void {
    handle.addEventListener('pointerdown', (down) => {
      if (down.button !== 0) return;
      down.preventDefault();
      down.stopPropagation();
      const startX = down.clientX;
      const startWidth = cell.getBoundingClientRect().width;
      handle.setPointerCapture(down.pointerId);
      cell.classList.add('resizing');
      const move = (event: PointerEvent) => this.handlers.resize(columnId, startWidth + event.clientX - startX, false);
      const up = (event: PointerEvent) => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        cell.classList.remove('resizing');
        this.handlers.resize(columnId, startWidth + event.clientX - startX, true);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    });
    // A click on the edge must not sort.
    handle.addEventListener('click', (event) => event.stopPropagation());
  }
}
