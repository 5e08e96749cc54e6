/**
 * The column chooser: a panel under the "Columns" button listing every column of the export with a checkbox. Escape
 * or a click elsewhere closes it and gives focus back to the button.
 */
import type { GridColumn } from '../../src/protocol';
import { checkbox, type Checkbox } from '../ui';
import { el } from './dom';

export class ColumnChooser {
  readonly element = el('div', 'column-chooser');
  private readonly list = el('div', 'column-list');
  private anchor: HTMLElement | undefined;
  private readonly boxes = new Map<number, Checkbox>();
  private readonly outside = (event: MouseEvent) => {
    const target = event.target as Node;
    if (!this.element.contains(target) && !this.anchor?.contains(target)) this.close(false);
  };

  constructor(
    title: string,
    private readonly toggled: (columnId: number, shown: boolean) => void,
  ) {
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', title);
    this.element.hidden = true;
    this.element.append(el('div', 'column-chooser-title', title), this.list);
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close(true);
      }
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  setColumns(columns: readonly GridColumn[], order: readonly number[], hidden: ReadonlySet<number>): void {
    const byId = new Map(columns.map((c) => [c.id, c]));
    this.boxes.clear();
    for (const id of order) {
      const column = byId.get(id);
      const box = checkbox(column?.name.trim() || String(id), !hidden.has(id), 'column-option');
      if (column?.description) box.element.title = column.description;
      box.onChange((shown) => this.toggled(id, shown));
      this.boxes.set(id, box);
    }
    this.list.replaceChildren(...[...this.boxes.values()].map((b) => b.element));
  }

  /** Reflects the layout after a change (a column that must stay shown is re-checked). */
  sync(hidden: ReadonlySet<number>): void {
    for (const [id, box] of this.boxes) {
      const shown = !hidden.has(id);
      if (box.checked !== shown) box.checked = shown;
    }
  }

  toggle(anchor: HTMLElement): void {
    if (this.isOpen) this.close(true);
    else this.open(anchor);
  }

  open(anchor: HTMLElement): void {
    this.anchor = anchor;
    this.element.hidden = false;
    const box = anchor.getBoundingClientRect();
    const width = this.element.getBoundingClientRect().width;
    this.element.style.top = `${Math.round(box.bottom + 4)}px`;
    this.element.style.left = `${Math.round(Math.max(4, Math.min(box.left, window.innerWidth - width - 4)))}px`;
    (this.list.firstElementChild as HTMLElement | null)?.focus();
    document.addEventListener('mousedown', this.outside, true);
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    document.removeEventListener('mousedown', this.outside, true);
    if (returnFocus) this.anchor?.focus();
  }
}
