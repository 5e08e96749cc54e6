/**
 * Applies key presses in the grid (see grid-keys for what each key means): moves the active cell and the selection,
 * scrolls it into view, and acts on Enter — a code filters, a user opens the timeline, a header sorts, any other
 * cell reveals its line in the file.
 */
import type { GridController } from './grid-controller';
import { keyAction, movedColumn, movedRow } from './grid-keys';
import type { GridView } from './grid-view';
import { LINE_COLUMN } from './rows';

export class GridKeyboard {
  constructor(
    private readonly grid: GridController,
    private readonly view: GridView,
  ) {}

  onKeyDown(event: KeyboardEvent): void {
    if (event.target !== this.view.element) return;
    const action = keyAction({ key: event.key, ctrl: event.ctrlKey || event.metaKey, shift: event.shiftKey, alt: event.altKey }, this.view.pageRows);
    if (!action) return;
    event.preventDefault();
    const grid = this.grid;
    const { row, column } = grid.active;
    switch (action.type) {
      case 'move': {
        const nextRow = movedRow(row, action.rows, grid.rowCount);
        const nextColumn = movedColumn(column, action.columns, grid.columns.length);
        if (nextRow >= 0) {
          if (action.extend) {
            if (grid.selection.anchor === undefined && row >= 0) grid.selection.select(row);
            grid.selection.extend(nextRow);
          } else if (!action.keepSelection && nextRow !== row) grid.selection.select(nextRow);
        }
        grid.active = { row: nextRow, column: nextColumn };
        this.view.reveal(nextRow, nextColumn);
        grid.selectionChanged();
        return;
      }
      case 'activate':
        return this.activate(row, column);
      case 'toggleSelection':
        if (row >= 0) {
          grid.selection.toggle(row);
          grid.selectionChanged();
        } else this.activate(row, column);
        return;
      case 'selectAll':
        grid.selection.selectAll(grid.rowCount);
        grid.selectionChanged();
        return;
      case 'copy':
        grid.startCopy(action.format);
        return;
      case 'resize': {
        const id = grid.columns[column]?.id;
        if (row === -1 && id !== undefined && id !== LINE_COLUMN) grid.resize(id, grid.widthOf(id) + action.delta, true);
        return;
      }
      case 'escape':
        if (grid.hidePopover()) return;
        if (!grid.selection.isEmpty) {
          grid.selection.clear();
          grid.selectionChanged();
        }
        return;
      default: {
        const never: never = action;
        return never;
      }
    }
  }

  private activate(row: number, column: number): void {
    const grid = this.grid;
    const kind = grid.columns[column]?.kind;
    const id = grid.columns[column]?.id;
    if (row === -1) {
      if (id !== undefined && id !== LINE_COLUMN) grid.sortBy(id);
      return;
    }
    const data = grid.row(row);
    if (!data) return;
    if (kind === 'code') grid.filterByCode(data.code);
    else if (kind === 'user') grid.openTimeline(data, column);
    else grid.revealLine(data);
  }
}
