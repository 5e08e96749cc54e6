/**
 * The rows in the DOM: a pool of row elements, one per drawn position (visible rows plus a small overscan), reused as
 * the grid scrolls — so the DOM holds a bounded number of rows whatever the view's size. Rows are absolutely placed
 * with `transform` (no layout of the others); cells take their width from a CSS variable per column, so resizing a
 * column is one write. Export text goes in as text only, its hidden characters (bidi controls, zero-width and other
 * invisible characters) drawn as `U+202E` markers; the row's data keeps the file's text for copy, filter and export.
 */
import type { Outcome } from '../../src/core/catalog/types';
import type { GridRow } from '../../src/protocol';
import { escapeInvisible, setVisibleText } from '../ui/visible-text';
import { el } from './dom';

/** The line-number gutter's column id (not a column of the file). */
export const LINE_COLUMN = -1;
export const ACTIVE_CELL_ID = 'grid-active-cell';

export type CellKind = 'line' | 'time' | 'code' | 'user' | 'text';

export interface DisplayColumn {
  readonly id: number;
  readonly kind: CellKind;
  /** Kept at the left while scrolling sideways (the line gutter and the time column). */
  readonly frozen: boolean;
}

export interface RowLook {
  readonly data: GridRow | undefined;
  readonly selected: boolean;
  /** Display index of the active cell in this row, or -1. */
  readonly activeColumn: number;
}

interface RowSlot {
  readonly element: HTMLDivElement;
  readonly cells: HTMLDivElement[];
  /** The span holding a code or a user (clickable), per display column; undefined for plain cells. */
  readonly inner: Array<HTMLSpanElement | undefined>;
  index: number;
  data: GridRow | undefined;
  selected: boolean;
  activeColumn: number;
  top: number;
}

export function columnWidthVar(id: number): string {
  return id === LINE_COLUMN ? '--col-w-line' : `--col-w-${id}`;
}

/** Creates the cells of one row (header or body) for the display columns; width and frozen offset through the CSSOM. */
export function sizeCell(cell: HTMLElement, column: DisplayColumn, displayIndex: number): void {
  cell.style.width = `var(${columnWidthVar(column.id)})`;
  cell.setAttribute('aria-colindex', String(displayIndex + 1));
  cell.dataset['col'] = String(displayIndex);
  if (column.frozen) {
    cell.classList.add('frozen');
    cell.style.left = column.kind === 'line' ? '0px' : 'var(--col-w-line)';
  }
}

export class RowRenderer {
  private columns: readonly DisplayColumn[] = [];
  private readonly byIndex = new Map<number, RowSlot>();
  private readonly spare: RowSlot[] = [];
  private activeCell: HTMLElement | undefined;

  constructor(
    readonly container: HTMLElement,
    private titles: { readonly user: string },
  ) {}

  setTitles(titles: { readonly user: string }): void {
    this.titles = titles;
    this.clear();
  }

  /** New column set: every row is rebuilt on the next render. */
  setColumns(columns: readonly DisplayColumn[]): void {
    this.columns = columns;
    this.clear();
  }

  clear(): void {
    for (const slot of this.byIndex.values()) slot.element.remove();
    this.byIndex.clear();
    this.spare.length = 0;
    this.activeCell = undefined;
  }

  /** Number of rows in the DOM (the bound the tests measure). */
  get renderedCount(): number {
    return this.byIndex.size;
  }

  /** The row a drawn position shows right now (which may be an older view's until the next frame). */
  shownAt(index: number): GridRow | undefined {
    return this.byIndex.get(index)?.data;
  }

  /** The element of a drawn cell, for the popover and focus. */
  cellAt(index: number, displayColumn: number): HTMLElement | undefined {
    const slot = this.byIndex.get(index);
    return slot?.inner[displayColumn] ?? slot?.cells[displayColumn];
  }

  /** Draws rows `first..last` (inclusive) at `topOf(i)`; rows outside the range go back to the pool. */
  render(first: number, last: number, topOf: (index: number) => number, look: (index: number) => RowLook): void {
    for (const [index, slot] of this.byIndex) {
      if (index < first || index > last) {
        this.byIndex.delete(index);
        slot.element.remove();
        this.spare.push(slot);
      }
    }
    // The pool never holds more than one window's worth of rows.
    if (this.spare.length > last - first + 1) this.spare.length = Math.max(0, last - first + 1);
    const fragment = document.createDocumentFragment();
    for (let index = first; index <= last; index++) {
      let slot = this.byIndex.get(index);
      if (!slot) {
        slot = this.spare.pop() ?? this.createSlot();
        slot.index = -1;
        this.byIndex.set(index, slot);
        fragment.append(slot.element);
      }
      this.update(slot, index, topOf(index), look(index));
    }
    if (fragment.childNodes.length) this.container.append(fragment);
  }

  private createSlot(): RowSlot {
    const element = el('div', 'grid-row');
    element.setAttribute('role', 'row');
    const cells: HTMLDivElement[] = [];
    const inner: Array<HTMLSpanElement | undefined> = [];
    this.columns.forEach((column, k) => {
      const cell = el('div', `grid-cell cell-${column.kind}`);
      cell.setAttribute('role', 'gridcell');
      sizeCell(cell, column, k);
      let span: HTMLSpanElement | undefined;
      // A code's explanation is the popover, not a native tooltip.
      if (column.kind === 'code') span = el('span', 'code-chip');
      else if (column.kind === 'user') {
        span = el('span', 'user-link');
        span.title = this.titles.user;
      }
      if (span) cell.append(span);
      cells.push(cell);
      inner.push(span);
    });
    element.append(...cells);
    return { element, cells, inner, index: -1, data: undefined, selected: false, activeColumn: -1, top: Number.NaN };
  }

  private update(slot: RowSlot, index: number, top: number, look: RowLook): void {
    const element = slot.element;
    if (slot.top !== top) {
      element.style.transform = `translateY(${top}px)`;
      slot.top = top;
    }
    if (slot.index !== index) {
      element.dataset['index'] = String(index);
      element.setAttribute('aria-rowindex', String(index + 2));
    }
    if (slot.index !== index || slot.data !== look.data) this.fill(slot, look.data);
    if (slot.selected !== look.selected || slot.index !== index) {
      element.classList.toggle('selected', look.selected);
      element.setAttribute('aria-selected', String(look.selected));
      slot.selected = look.selected;
    }
    if (slot.activeColumn !== look.activeColumn || slot.index !== index) {
      const previous = slot.cells[slot.activeColumn];
      if (previous) {
        previous.classList.remove('active');
        if (previous.id === ACTIVE_CELL_ID) previous.removeAttribute('id');
      }
      const cell = slot.cells[look.activeColumn];
      if (cell) {
        if (this.activeCell && this.activeCell !== cell && this.activeCell.id === ACTIVE_CELL_ID) this.activeCell.removeAttribute('id');
        cell.classList.add('active');
        cell.id = ACTIVE_CELL_ID;
        this.activeCell = cell;
      }
      slot.activeColumn = look.activeColumn;
    }
    slot.index = index;
  }

  private fill(slot: RowSlot, data: GridRow | undefined): void {
    slot.data = data;
    const element = slot.element;
    element.classList.toggle('loading', !data);
    setOutcomeClass(element, data?.outcome);
    this.columns.forEach((column, k) => {
      const text = !data ? '' : column.kind === 'line' ? String(data.line) : (data.cells[column.id] ?? '');
      const span = slot.inner[k];
      const cell = slot.cells[k]!;
      if (span) {
        const shown = column.kind === 'code' && data && !text ? data.code : text;
        setVisibleText(span, shown);
        if (column.kind === 'code') setOutcomeClass(span, data?.outcome);
        span.hidden = !shown;
      } else {
        setVisibleText(cell, text);
        // Long values are cut with an ellipsis; the tooltip holds the whole value (hidden characters as `[U+202E]`).
        const title = escapeInvisible(text);
        if (title.length > 24) cell.title = title;
        else cell.removeAttribute('title');
      }
    });
  }
}

const OUTCOME_CLASS = /\boutcome-\S+/g;

function setOutcomeClass(element: HTMLElement, outcome: Outcome | undefined): void {
  const base = element.className.replace(OUTCOME_CLASS, '').trim();
  element.className = outcome ? `${base} outcome-${outcome}` : base;
}
