/**
 * What a key press in the grid means: moving the active cell (rows, pages, first/last), extending the selection,
 * acting on the active cell, copying. DOM-free (unit-tested in Node); the grid applies the action.
 */

export interface KeyInput {
  readonly key: string;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

export type GridKeyAction =
  /** Move the active cell; `extend` grows the selection from its anchor, `keepSelection` moves focus only. */
  | { readonly type: 'move'; readonly rows: number | 'first' | 'last'; readonly columns: number | 'first' | 'last'; readonly extend: boolean; readonly keepSelection: boolean }
  /** Enter: filter by the code, open the user's timeline, sort by the header, or reveal the row in the file. */
  | { readonly type: 'activate' }
  | { readonly type: 'toggleSelection' }
  | { readonly type: 'selectAll' }
  | { readonly type: 'copy'; readonly format: 'csv' | 'markdown' }
  /** Alt+Left/Right on a header cell: narrower/wider. */
  | { readonly type: 'resize'; readonly delta: number }
  | { readonly type: 'escape' };

export const RESIZE_STEP = 16;

/** The action for a key press, or `undefined` when the grid leaves the key alone (Tab, typing …). */
export function keyAction(input: KeyInput, pageRows: number): GridKeyAction | undefined {
  const { key, ctrl, shift, alt } = input;
  const move = (rows: number | 'first' | 'last', columns: number | 'first' | 'last' = 0): GridKeyAction => ({
    type: 'move', rows, columns, extend: shift, keepSelection: ctrl && !shift,
  });
  if (alt) {
    if (key === 'ArrowLeft') return { type: 'resize', delta: -RESIZE_STEP };
    if (key === 'ArrowRight') return { type: 'resize', delta: RESIZE_STEP };
    return undefined;
  }
  switch (key) {
    case 'ArrowDown':
      return move(1);
    case 'ArrowUp':
      return move(-1);
    case 'ArrowLeft':
      return move(0, ctrl ? 'first' : -1);
    case 'ArrowRight':
      return move(0, ctrl ? 'last' : 1);
    case 'PageDown':
      return move(pageRows);
    case 'PageUp':
      return move(-pageRows);
    case 'Home':
      return move('first');
    case 'End':
      return move('last');
    case 'Enter':
      return { type: 'activate' };
    case ' ':
      return { type: 'toggleSelection' };
    case 'Escape':
      return { type: 'escape' };
  }
  if (ctrl && (key === 'a' || key === 'A')) return { type: 'selectAll' };
  // Only Ctrl+C: the workbench also receives every key, and Ctrl+Shift+C is its "open external terminal".
  if (ctrl && !shift && (key === 'c' || key === 'C')) return { type: 'copy', format: 'csv' };
  return undefined;
}

/** The active row after a move: `-1` is the header row; clamped to the view. */
export function movedRow(current: number, rows: number | 'first' | 'last', rowCount: number): number {
  if (rows === 'first') return rowCount > 0 ? 0 : -1;
  if (rows === 'last') return rowCount - 1;
  return Math.max(-1, Math.min(rowCount - 1, current + rows));
}

export function movedColumn(current: number, columns: number | 'first' | 'last', columnCount: number): number {
  if (columns === 'first') return 0;
  if (columns === 'last') return columnCount - 1;
  return Math.max(0, Math.min(columnCount - 1, current + columns));
}
