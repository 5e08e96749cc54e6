/**
 * A row the host asked the grid to show (an evidence line clicked in the summary or timeline): the host says where
 * the row sits in the current view (`revealRow`); the grid scrolls it to the middle, selects it, makes it the active
 * cell and takes the focus, then confirms with `rowRevealed` once the row is drawn with its data. When the current
 * filters hide the row, they are cleared — and the user told so — and the host is asked again for the new view
 * (`locateRow`). The row stays the target, found again in any new order the host sends (a sorted view computed again
 * once the whole file is read), until the user scrolls, clicks, types or changes the view. DOM-free (unit-tested).
 */
import type { GridToHost, HostToGrid } from '../../src/protocol';
import { fill } from './format';
import type { GridText } from './texts';

export interface RevealGrid {
  /** The id of the view the grid has. */
  viewId(): number;
  hasFilters(): boolean;
  /** Clears every filter (controls included) and asks the host for the unfiltered view. */
  clearFilters(): void;
  /** Scrolls position `position` of the view into the middle, selects it, makes it active and focuses the grid. */
  show(position: number): void;
  /** The line number the drawn row at `position` shows in its gutter, when it is in view with its data. */
  shownLine(position: number): number | undefined;
  focused(): boolean;
  notice(message: string, error: boolean): void;
  post(message: GridToHost): void;
  readonly text: GridText;
}

interface Target {
  readonly row: number;
  readonly line: number;
  /** Position in the view of `viewId`; -1 while the grid waits for a view without filters. */
  readonly position: number;
  readonly viewId: number;
  readonly filtersCleared: boolean;
  confirmed: boolean;
}

export class RowReveal {
  private target: Target | undefined;

  constructor(private readonly grid: RevealGrid) {}

  /** The row being revealed, if any (for tests and the controller). */
  get current(): { readonly row: number; readonly line: number; readonly position: number } | undefined {
    return this.target;
  }

  onRevealRow(message: Extract<HostToGrid, { type: 'revealRow' }>): void {
    const grid = this.grid;
    const { row, line, position } = message;
    const filtersCleared = this.target?.row === row && this.target.filtersCleared;
    if (message.viewId !== grid.viewId()) {
      // Placed in a view the grid no longer has: ask again for the one it has.
      this.target = { row, line, position: -1, viewId: grid.viewId(), filtersCleared, confirmed: false };
      grid.post({ type: 'locateRow', row, line });
      return;
    }
    if (position >= 0) {
      this.target = { row, line, position, viewId: message.viewId, filtersCleared, confirmed: false };
      grid.show(position);
      return;
    }
    if (grid.hasFilters()) {
      this.target = { row, line, position: -1, viewId: message.viewId, filtersCleared: true, confirmed: false };
      grid.notice(fill(grid.text('revealCleared'), line), false);
      grid.clearFilters();
      return;
    }
    this.target = undefined;
    grid.notice(fill(grid.text('revealMissing'), line), true);
  }

  /** A new view (new order or filters): where the target row is in it comes from the host. */
  onNewView(): void {
    const target = this.target;
    if (target) this.grid.post({ type: 'locateRow', row: target.row, line: target.line });
  }

  /** After each drawn frame: confirms, once, that the row is in view with its data. */
  onRendered(): void {
    const target = this.target;
    if (!target || target.confirmed || target.position < 0 || target.viewId !== this.grid.viewId()) return;
    const shownLine = this.grid.shownLine(target.position);
    if (shownLine === undefined) return;
    target.confirmed = true;
    const { row, line, position, filtersCleared } = target;
    this.grid.post({ type: 'rowRevealed', row, line, position, filtersCleared, shownLine, focused: this.grid.focused() });
  }

  /** The user took over (scrolled, clicked, typed, filtered, sorted): the row is no longer followed. */
  cancel(): void {
    this.target = undefined;
  }
}
