/**
 * When the code popover shows, and for which row: after a short hover over a code, and while the keyboard's active
 * cell is a code in a focused grid. Hides it when its row scrolls away (row elements are reused for other rows).
 * Holds the explanations the host sent with the pages.
 */
import type { GridCodeInfo, GridRow } from '../../src/protocol';
import { CodePopover } from './code-popover';
import type { DisplayColumn } from './rows';

/** Explanations kept at most (codes are few; this only bounds a pathological export). */
const MAX_INFOS = 5_000;

export interface CodeHintSource {
  readonly focused: boolean;
  readonly active: { readonly row: number; readonly column: number };
  readonly columns: readonly DisplayColumn[];
  /** The row held for a position, if any. */
  row(index: number): GridRow | undefined;
  /** The drawn element of a cell (a code's chip for the code column). */
  cellElement(index: number, displayColumn: number): HTMLElement | undefined;
}

export class CodeHints {
  readonly popover: CodePopover;
  private readonly infos = new Map<string, GridCodeInfo>();
  /** The row the popover explains, or -1. */
  private index = -1;

  constructor(
    nextStepCaption: string,
    private readonly source: CodeHintSource,
  ) {
    this.popover = new CodePopover(nextStepCaption);
  }

  remember(codes: Readonly<Record<string, GridCodeInfo>>): void {
    if (this.infos.size > MAX_INFOS) this.infos.clear();
    for (const [code, info] of Object.entries(codes)) this.infos.set(code, info);
  }

  forget(): void {
    this.infos.clear();
  }

  /** The pointer entered a code (`anchor`) or left it (`undefined`). */
  hover(data: GridRow | undefined, index: number, anchor: HTMLElement | undefined): void {
    if (!anchor) {
      if (!this.keyboardWants(this.index)) this.popover.hideSoon();
      return;
    }
    if (!data) return;
    this.index = index;
    this.popover.showSoon(anchor, this.codeText(data, anchor), this.infos.get(data.code));
  }

  /** After each drawn frame: drop a popover whose row scrolled away, follow the keyboard's active cell. */
  sync(): void {
    const anchor = this.popover.shownFor;
    const anchorIndex = anchor ? Number(anchor.closest<HTMLElement>('.grid-row')?.dataset['index'] ?? -1) : -1;
    if (anchor && (!anchor.isConnected || anchorIndex !== this.index)) this.popover.hide();
    else this.popover.reposition();
    const { active, focused } = this.source;
    if (!this.keyboardWants(active.row)) {
      if (focused && this.index >= 0 && this.index === active.row) this.hide();
      return;
    }
    const data = this.source.row(active.row);
    const chip = this.source.cellElement(active.row, active.column);
    if (!data || !chip?.classList.contains('code-chip') || chip.hidden) return;
    if (this.popover.shownFor === chip && this.index === active.row) return;
    this.index = active.row;
    this.popover.show(chip, this.codeText(data, chip), this.infos.get(data.code));
  }

  /** Focus left the grid: a popover the pointer is not on goes. */
  blurred(): void {
    if (!this.popover.element.matches(':hover')) this.hide();
  }

  /** Hides the popover; true when it was shown (Escape closes it before clearing the selection). */
  hide(): boolean {
    const shown = this.popover.shownFor !== undefined;
    this.popover.hide();
    this.index = -1;
    return shown;
  }

  /**
   * The value a code chip shows, from the row (the file's text): the chip's own text has its hidden characters drawn
   * as markers, which the popover draws again from the value.
   */
  private codeText(data: GridRow, chip: HTMLElement): string {
    const column = this.source.columns[Number(chip.closest<HTMLElement>('.grid-cell')?.dataset['col'])];
    return (column && data.cells[column.id]) || data.code;
  }

  /** The keyboard's active cell is a code of row `index` in a focused grid. */
  private keyboardWants(index: number): boolean {
    const { active, focused, columns } = this.source;
    return focused && index >= 0 && active.row === index && columns[active.column]?.kind === 'code';
  }
}
