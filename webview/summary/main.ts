/**
 * The summary panel: outcome totals and failure reasons with their explanations. Everything shown arrives as data and
 * is placed with `textContent`; bar widths are set through the CSSOM (allowed by the CSP, unlike inline styles).
 */
import { assertNever, type SummaryToWebview, type SummaryView, type WebviewToHost } from '../../src/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewToHost): void };
const vscode = acquireVsCodeApi();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function row(cells: Array<string | HTMLElement>, header = false): HTMLTableRowElement {
  const tr = el('tr');
  for (const cell of cells) {
    const td = el(header ? 'th' : 'td');
    if (typeof cell === 'string') td.textContent = cell;
    else td.append(cell);
    tr.append(td);
  }
  return tr;
}

function render(view: SummaryView): void {
  document.documentElement.lang = view.lang;
  const main = el('main', 'summary');
  const header = el('header');
  header.append(el('h1', 'title', view.title), el('p', 'file', view.file));
  const facts = el('dl', 'facts');
  for (const fact of view.facts) facts.append(el('dt', undefined, fact.caption), el('dd', undefined, fact.value));
  header.append(facts);
  main.append(header);

  const outcomes = el('section', 'outcomes');
  outcomes.setAttribute('aria-label', view.captions.outcomes);
  outcomes.append(el('h2', undefined, view.captions.outcomes));
  const table = el('table', 'outcome-table');
  table.append(row([view.captions.outcomes, view.captions.count, view.captions.share], true));
  for (const o of view.outcomes) {
    const bar = el('span', `bar outcome-${o.outcome}`);
    bar.style.width = `${Math.max(1, Math.round(o.share * 100))}%`;
    bar.setAttribute('aria-hidden', 'true');
    const name = el('span', 'outcome-name');
    name.append(el('span', `badge badge-${o.outcome}`, o.name));
    const share = el('span', 'share');
    share.append(bar, el('span', 'share-text', o.shareText));
    const tr = row([name, o.count, share]);
    tr.dataset['outcome'] = o.outcome;
    table.append(tr);
  }
  outcomes.append(table);
  main.append(outcomes);

  const reasons = el('section', 'reasons');
  reasons.append(el('h2', undefined, view.captions.reasons));
  if (view.reasons.length === 0) reasons.append(el('p', 'none', view.captions.noReasons));
  for (const r of view.reasons) {
    const item = el('details', `reason outcome-${r.outcome}`);
    const summary = el('summary');
    const code = el('button', 'code', r.code);
    code.type = 'button';
    code.title = r.code;
    code.addEventListener('click', (event) => {
      event.preventDefault();
      vscode.postMessage({ type: 'lookUpCode', code: r.code });
    });
    summary.append(code, el('span', 'label', r.label), el('span', 'numbers', `${r.count} · ${r.share} · ${view.captions.users} ${r.users}`));
    item.append(summary);
    if (r.explanation) item.append(el('h3', undefined, view.captions.explanation), el('p', 'text', r.explanation));
    if (r.nextStep) item.append(el('h3', undefined, view.captions.nextStep), el('p', 'text', r.nextStep));
    if (r.firstSeen) item.append(el('p', 'seen', `${view.captions.seen}: ${r.firstSeen} — ${r.lastSeen}`));
    reasons.append(item);
  }
  main.append(reasons);
  document.body.replaceChildren(main);
}

window.addEventListener('message', (event: MessageEvent<SummaryToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'showSummary':
      render(message.view);
      return;
    default:
      assertNever(message.type);
  }
});

vscode.postMessage({ type: 'ready' });
