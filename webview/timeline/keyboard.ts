/**
 * Keyboard navigation of the timeline: one tab stop for the whole list (a roving `tabindex`); ↑/↓ (or k/j) move
 * between events and their authentication steps, Page Up/Down by ten, Home/End to the first and last; Enter or Space
 * goes to the row in the file. The focused item shows its code's explanation (CSS, on `:focus`), as hovering does.
 */
export interface Navigation {
  /** The items in order (events and steps). */
  readonly items: () => HTMLElement[];
  readonly activate: (item: HTMLElement) => void;
  readonly onMove?: (index: number) => void;
}

export function focusItem(items: HTMLElement[], index: number): void {
  const target = items[Math.max(0, Math.min(items.length - 1, index))];
  if (!target) return;
  for (const item of items) item.tabIndex = item === target ? 0 : -1;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

export function attachNavigation(container: HTMLElement, nav: Navigation): void {
  container.addEventListener('keydown', (event) => {
    const items = nav.items();
    const current = items.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        next = current + 1;
        break;
      case 'ArrowUp':
      case 'k':
        next = current - 1;
        break;
      case 'PageDown':
        next = current + 10;
        break;
      case 'PageUp':
        next = current - 10;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        nav.activate(items[current]!);
        return;
      default:
        return;
    }
    event.preventDefault();
    const clamped = Math.max(0, Math.min(items.length - 1, next));
    focusItem(items, clamped);
    nav.onMove?.(clamped);
  });
  // A click on an item makes it the tab stop, so Tab comes back to it.
  container.addEventListener('focusin', (event) => {
    const items = nav.items();
    const target = event.target as HTMLElement;
    if (!items.includes(target)) return;
    for (const item of items) item.tabIndex = item === target ? 0 : -1;
    nav.onMove?.(items.indexOf(target));
  });
}
