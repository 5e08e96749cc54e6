/**
 * The timeline panel: one user's events in time order, grouped into sessions with the gaps between them, each sign-in
 * with its MFA steps; outcome colours, IP and country changes flagged, and each code's explanation shown on hover and
 * on keyboard focus. Everything is placed as text from the host's view (hidden characters — a right-to-left override,
 * a zero-width space — drawn as `U+202E` markers, see webview/ui/visible-text.ts); the page saves which report and
 * user it shows (and the focused event) with `setState` so VS Code restores it after a reload.
 */
import { assertNever, type PanelState, type TimelineEventView, type TimelineStepView, type TimelineToHost, type TimelineToWebview, type TimelineView } from '../../src/protocol';
import { button, el, fill, visibleText } from '../summary/dom';
import { escapeInvisible } from '../ui/visible-text';
import { attachNavigation, focusItem } from './keyboard';

declare function acquireVsCodeApi(): { postMessage(message: TimelineToHost): void; getState(): PanelState | undefined; setState(state: PanelState): void };
const vscode = acquireVsCodeApi();

let saved: PanelState = vscode.getState() ?? { uris: [] };
let shown: TimelineView | undefined;
let ids = 0;

const post = (message: TimelineToHost) => vscode.postMessage(message);

function save(patch: Partial<PanelState>): void {
  saved = { ...saved, ...patch };
  vscode.setState(saved);
}

function explanation(text: string, next: string, view: TimelineView, extra?: string): HTMLElement | undefined {
  if (!text && !next && !extra) return undefined;
  const box = el('div', 'explain');
  box.id = `explain-${++ids}`;
  box.setAttribute('role', 'tooltip');
  if (extra) box.append(el('p', 'explain-label', extra));
  if (text) box.append(el('p', undefined, text));
  if (next) {
    const p = el('p', 'next');
    p.append(el('strong', undefined, `${view.captions.nextStep}: `), visibleText(next));
    box.append(p);
  }
  return box;
}

function stepItem(step: TimelineStepView, view: TimelineView): HTMLElement {
  const li = el('li', `item step outcome-${step.outcome}`);
  li.tabIndex = -1;
  li.dataset['line'] = String(step.ref.line);
  li.dataset['file'] = String(step.ref.file);
  const row = el('div', 'row');
  row.append(el('time', 'time', step.time.slice(11) || '—'), el('span', `badge badge-${step.outcome}`, step.outcomeName), el('span', 'method', step.method));
  if (step.result) row.append(el('span', 'result', step.result));
  if (step.label && step.label !== step.result) row.append(el('span', 'label', step.label));
  li.append(row);
  const box = explanation(step.explanation, '', view, step.label);
  if (box) {
    li.append(box);
    li.setAttribute('aria-describedby', box.id);
  }
  li.setAttribute('aria-label', escapeInvisible([step.time, step.outcomeName, step.method, step.result].filter(Boolean).join(' · ')));
  return li;
}

function eventItem(e: TimelineEventView, view: TimelineView): HTMLElement {
  const li = el('li', `item event outcome-${e.outcome}${e.changes.length ? ' changed' : ''}`);
  li.tabIndex = -1;
  li.dataset['line'] = String(e.ref.line);
  li.dataset['file'] = String(e.ref.file);
  const row = el('div', 'row');
  row.append(el('time', 'time', e.time || '—'), el('span', `badge badge-${e.outcome}`, e.outcomeName));
  if (e.code) {
    const code = button(e.code, 'link code', () => post({ type: 'lookUpCode', code: e.code }), e.code);
    code.tabIndex = -1;
    row.append(code);
  }
  row.append(el('span', 'what', e.what));
  const line = button(`${view.captions.line} ${e.ref.line}`, 'link line-link', () => post({ type: 'revealRow', ref: e.ref }), fill(view.captions.jumpTo, e.ref.line));
  line.tabIndex = -1;
  row.append(line);
  li.append(row);
  if (e.facts.length) {
    const facts = el('div', 'facts');
    for (const f of e.facts) {
      const span = el('span', 'fact');
      span.append(el('span', 'fact-caption', `${f.caption}: `), el('span', 'fact-value', f.value));
      facts.append(span);
    }
    li.append(facts);
  }
  if (e.changes.length) {
    const changes = el('div', 'changes');
    for (const change of e.changes) changes.append(el('span', 'change', `⚑ ${change}`));
    li.append(changes);
  }
  const box = explanation(e.explanation, e.nextStep, view, e.label && e.label !== e.what ? `${e.code} — ${e.label}` : undefined);
  if (box) {
    li.append(box);
    li.setAttribute('aria-describedby', box.id);
  }
  li.setAttribute('aria-label', escapeInvisible([e.time, e.outcomeName, e.code, e.what, ...e.changes].filter(Boolean).join(' · ')));
  if (e.steps.length) {
    const steps = el('ol', 'steps');
    steps.setAttribute('aria-label', view.captions.steps);
    for (const s of e.steps) steps.append(stepItem(s, view));
    li.append(steps);
  }
  return li;
}

function render(view: TimelineView): void {
  shown = view;
  ids = 0;
  document.documentElement.lang = view.lang;
  const main = el('main', 'timeline');
  const header = el('header', 'page-header');
  const titleRow = el('div', 'title-row');
  titleRow.append(el('h1', 'title', view.title));
  const toolbar = el('div', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.append(button(view.captions.pickUser, 'secondary pick-user', () => post({ type: 'pickUser' })), button(view.captions.showSummary, 'secondary show-summary', () => post({ type: 'showSummary' })));
  titleRow.append(toolbar);
  header.append(titleRow, el('p', 'file', view.files.join(' + ')), el('p', 'stats', view.stats));
  const legend = el('p', 'legend');
  for (const l of view.legend) legend.append(el('span', `badge badge-${l.outcome}`, l.name));
  header.append(legend, el('p', 'keys', view.captions.keys));
  main.append(header);

  const list = el('div', 'sessions');
  if (!view.sessions.length && !view.undated.length) list.append(el('p', 'none', view.captions.noEvents));
  view.sessions.forEach((s, i) => {
    const section = el('section', 'session');
    const heading = el('h2', 'session-heading');
    heading.id = `session-${i}`;
    section.setAttribute('aria-labelledby', heading.id);
    if (s.gap) {
      const gap = el('div', 'gap', s.gap);
      gap.setAttribute('role', 'separator');
      list.append(gap);
    }
    heading.append(el('span', 'session-name', s.heading), el('span', 'span', s.span));
    section.append(heading, el('p', 'session-meta', [s.counts, s.where].filter(Boolean).join(' · ')));
    const events = el('ol', 'events');
    for (const e of s.events) events.append(eventItem(e, view));
    section.append(events);
    list.append(section);
  });
  if (view.undated.length) {
    const section = el('section', 'session undated');
    section.append(el('h2', 'session-heading', view.captions.undated));
    const events = el('ol', 'events');
    for (const e of view.undated) events.append(eventItem(e, view));
    section.append(events);
    list.append(section);
  }
  main.append(list);
  document.body.replaceChildren(main);

  const items = () => [...list.querySelectorAll<HTMLElement>('.item')];
  const all = items();
  const start = Math.min(saved.focus ?? 0, Math.max(0, all.length - 1));
  if (all[start]) all[start]!.tabIndex = 0;
  attachNavigation(list, {
    items,
    activate: (item) => post({ type: 'revealRow', ref: { file: Number(item.dataset['file']), line: Number(item.dataset['line']) } }),
    onMove: (index) => save({ focus: index }),
  });
  list.addEventListener('dblclick', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('.item');
    if (item) post({ type: 'revealRow', ref: { file: Number(item.dataset['file']), line: Number(item.dataset['line']) } });
  });
  if (saved.focus !== undefined && document.hasFocus()) focusItem(all, start);
}

function status(message: string, busy: boolean): void {
  const main = el('main', `status${busy ? ' busy' : ''}`);
  main.setAttribute('aria-busy', String(busy));
  main.append(el('p', 'status-text', message));
  document.body.replaceChildren(main);
}

window.addEventListener('message', (event: MessageEvent<TimelineToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'showTimeline': {
      const same = saved.uris.join('\n') === message.state.uris.join('\n') && saved.user === message.state.user;
      save({ ...message.state, ...(same ? {} : { focus: undefined }) });
      render(message.view);
      return;
    }
    case 'status':
      if (!shown || !message.busy) status(message.message, message.busy);
      return;
    default:
      assertNever(message);
  }
});

post({ type: 'ready' });
