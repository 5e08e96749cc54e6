/**
 * DOM helpers for the summary and timeline webviews. Text is only ever placed as text nodes (`appendVisibleText`:
 * hidden characters such as a right-to-left override or a zero-width space drawn as `U+202E` markers) or as attribute
 * values (those characters written `[U+202E]`); handlers are attached with `addEventListener` (the CSP allows no inline
 * script or handler); sizes go through the CSSOM (the CSP allows no inline style attribute).
 */
import type { Cell, FactView, RowRef, TableView } from '../../src/protocol';
import { appendVisibleText, escapeInvisible, visibleText } from '../ui/visible-text';

/** An element holding `text`, its hidden characters shown as markers. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) appendVisibleText(node, text);
  return node;
}

export { visibleText };

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, className?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (className) node.setAttribute('class', className);
  return node;
}

/** `{0}`-style placeholders. */
export function fill(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : m));
}

export function button(text: string, className: string, onClick: (event: MouseEvent) => void, label?: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  if (label) {
    b.title = escapeInvisible(label);
    b.setAttribute('aria-label', escapeInvisible(label));
  }
  b.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick(event);
  });
  return b;
}

/** What a table cell can do, supplied by the page. */
export interface CellActions {
  readonly reveal: (ref: RowRef) => void;
  readonly timeline: (user: string) => void;
  readonly lookUp: (code: string) => void;
  readonly captions: { readonly jumpTo: string; readonly openTimelineOf: string; readonly lookUp: string };
}

export function lineLink(ref: RowRef, actions: CellActions): HTMLButtonElement {
  return button(String(ref.line), 'link line-link', () => actions.reveal(ref), fill(actions.captions.jumpTo, ref.line));
}

export function userLink(user: string, actions: CellActions): HTMLButtonElement {
  return button(user, 'link user-link', () => actions.timeline(user), fill(actions.captions.openTimelineOf, user));
}

export function codeLink(code: string, actions: CellActions, title?: string): HTMLButtonElement {
  const b = button(code, 'link code-link', () => actions.lookUp(code), fill(actions.captions.lookUp, code));
  if (title) b.title = escapeInvisible(`${code} — ${title}`);
  return b;
}

/** A bar behind a number (width through the CSSOM). */
export function bar(share: number, tone?: string): HTMLSpanElement {
  const b = el('span', `bar${tone ? ` tone-${tone}` : ''}${share > 0 ? '' : ' zero'}`);
  b.setAttribute('aria-hidden', 'true');
  b.style.width = `${Math.max(0, Math.min(100, share * 100)).toFixed(1)}%`;
  return b;
}

export function cellContent(cell: Cell, actions: CellActions): Node {
  if (typeof cell === 'string') return visibleText(cell);
  const wrap = el('span', 'cell');
  if (cell.user) wrap.append(userLink(cell.user, actions));
  else if (cell.code !== undefined && cell.code !== '') wrap.append(codeLink(cell.text, actions, cell.title));
  else if (cell.row) wrap.append(button(cell.text, 'link line-link', () => actions.reveal(cell.row!), fill(actions.captions.jumpTo, cell.row.line)));
  else if (cell.text) {
    const t = el('span', cell.outcome ? `outcome-text outcome-${cell.outcome}` : 'text', cell.text);
    if (cell.title) t.title = escapeInvisible(cell.title);
    wrap.append(t);
  }
  if (cell.mark) {
    const mark = el('span', 'mark', cell.mark);
    if (cell.title) mark.title = escapeInvisible(cell.title);
    wrap.append(mark);
  }
  if (cell.rows?.length) {
    const links = el('span', 'line-links');
    for (const ref of cell.rows) links.append(lineLink(ref, actions));
    wrap.append(links);
  }
  if (cell.bar !== undefined) {
    wrap.classList.add('with-bar');
    wrap.prepend(bar(cell.bar, cell.outcome));
  }
  return wrap;
}

export function table(view: TableView, actions: CellActions, className = ''): HTMLElement {
  const wrap = el('div', `table-wrap ${className}`.trim());
  const t = el('table');
  t.append(el('caption', undefined, view.caption));
  const head = el('thead');
  const hr = el('tr');
  view.headers.forEach((h, i) => {
    const th = el('th', view.numeric[i] ? 'num' : undefined, h);
    th.scope = 'col';
    hr.append(th);
  });
  head.append(hr);
  const body = el('tbody');
  for (const row of view.rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const td = el('td', view.numeric[i] ? 'num' : undefined);
      td.append(cellContent(cell, actions));
      tr.append(td);
    });
    body.append(tr);
  }
  t.append(head, body);
  wrap.append(t);
  if (view.note) wrap.append(el('p', 'note', view.note));
  return wrap;
}

export function facts(list: readonly FactView[], actions: CellActions): HTMLElement {
  const dl = el('dl', 'facts');
  for (const f of list) {
    const dd = el('dd', f.warn ? 'warn' : undefined);
    if (f.value) dd.append(visibleText(f.value));
    if (f.users?.length) {
      const users = el('span', 'user-list');
      for (const u of f.users) users.append(userLink(u, actions));
      dd.append(users);
    }
    dl.append(el('dt', undefined, f.caption), dd);
  }
  return dl;
}
