/**
 * The explanation of a code, shown next to a code cell on hover (after a short delay) and while the cell is the
 * keyboard's active cell: code, outcome, label, what it means and the next step, from the catalog records the host
 * sends with each page. One element for the whole grid, filled with `textContent`, positioned through the CSSOM.
 */
import type { GridCodeInfo } from '../../src/protocol';
import { el } from './dom';

export const POPOVER_ID = 'grid-code-popover';
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;
const GAP = 4;

export class CodePopover {
  readonly element = el('div', 'code-popover');
  private anchor: HTMLElement | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private nextStepCaption: string) {
    this.element.id = POPOVER_ID;
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    // Moving the pointer from the cell onto the popover keeps it open (to read or select its text).
    this.element.addEventListener('mouseenter', () => this.cancelHide());
    this.element.addEventListener('mouseleave', () => this.hideSoon());
  }

  setCaption(nextStepCaption: string): void {
    this.nextStepCaption = nextStepCaption;
  }

  get shownFor(): HTMLElement | undefined {
    return this.element.hidden ? undefined : this.anchor;
  }

  /** Shows after the hover delay (the pointer may only be passing over). */
  showSoon(anchor: HTMLElement, code: string, info: GridCodeInfo | undefined): void {
    this.cancelHide();
    if (this.anchor === anchor && !this.element.hidden) return;
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.show(anchor, code, info), SHOW_DELAY_MS);
  }

  show(anchor: HTMLElement, code: string, info: GridCodeInfo | undefined): void {
    this.cancelShow();
    this.cancelHide();
    this.detach();
    this.anchor = anchor;
    this.fill(code, info);
    this.element.hidden = false;
    anchor.setAttribute('aria-describedby', POPOVER_ID);
    this.place(anchor);
  }

  /** Follows the cell after the grid scrolled. */
  reposition(): void {
    if (this.anchor && !this.element.hidden) this.place(this.anchor);
  }

  hideSoon(): void {
    this.cancelShow();
    if (this.element.hidden || this.hideTimer !== undefined) return;
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    this.cancelShow();
    this.cancelHide();
    this.detach();
    this.element.hidden = true;
  }

  private detach(): void {
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = undefined;
  }

  private cancelShow(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = undefined;
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private fill(code: string, info: GridCodeInfo | undefined): void {
    this.element.className = `code-popover${info ? ` outcome-${info.outcome}` : ''}`;
    const head = el('div', 'popover-head');
    head.append(el('span', 'popover-code', code));
    if (info) head.append(el('span', `popover-outcome outcome-${info.outcome}`, info.outcomeName), el('span', 'popover-family', info.familyName));
    const parts: HTMLElement[] = [head];
    if (info?.label) parts.push(el('p', 'popover-label', info.label));
    if (info?.explanation) parts.push(el('p', 'popover-explanation', info.explanation));
    if (info?.nextStep) parts.push(el('p', 'popover-caption', this.nextStepCaption), el('p', 'popover-next-step', info.nextStep));
    this.element.replaceChildren(...parts);
  }

  /** Below the cell when it fits, above otherwise; kept inside the window horizontally. */
  private place(anchor: HTMLElement): void {
    const box = anchor.getBoundingClientRect();
    const style = this.element.style;
    style.left = '0px';
    style.top = '0px';
    const { width, height } = this.element.getBoundingClientRect();
    const below = box.bottom + GAP;
    const top = below + height <= window.innerHeight || box.top - GAP - height < 0 ? below : box.top - GAP - height;
    const left = Math.max(GAP, Math.min(box.left, window.innerWidth - width - GAP));
    style.left = `${Math.round(left)}px`;
    style.top = `${Math.round(Math.max(GAP, top))}px`;
  }
}
