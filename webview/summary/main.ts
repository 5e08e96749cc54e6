/**
 * The summary panel. Everything shown arrives from the host as data (texts already in the display language) and is
 * placed with `textContent`; the chart is SVG built with `createElementNS`; widths go through the CSSOM. The page
 * saves which files it shows (and the chart mode and scroll position) with `setState`, so VS Code can restore it
 * after a reload.
 */
import { assertNever, type PanelState, type SummaryToHost, type SummaryToWebview, type SummaryView } from '../../src/protocol';
import { chartSection, type ChartState } from './chart';
import { button, el, facts } from './dom';
import { breakdownsSection, findingsSection, kindSection, outcomesSection, reasonsSection, type PageActions } from './sections';

interface Saved extends PanelState {
  readonly table?: boolean;
}

declare function acquireVsCodeApi(): { postMessage(message: SummaryToHost): void; getState(): Saved | undefined; setState(state: Saved): void };
const vscode = acquireVsCodeApi();

let saved: Saved = vscode.getState() ?? { uris: [] };
let shown: SummaryView | undefined;
let restoreScroll = saved.scrollY;

function save(patch: Partial<Saved>): void {
  saved = { ...saved, ...patch };
  vscode.setState(saved);
}

const post = (message: SummaryToHost) => vscode.postMessage(message);

function actions(view: SummaryView): PageActions {
  return {
    reveal: (ref) => post({ type: 'revealRow', ref }),
    timeline: (user) => post({ type: 'openTimeline', user }),
    lookUp: (code) => post({ type: 'lookUpCode', code }),
    copyKql: (finding) => post({ type: 'copyKql', finding }),
    captions: view.captions,
  };
}

function notice(message: string): void {
  const region = document.getElementById('notice');
  if (!region) return;
  region.textContent = message;
  region.classList.add('visible');
  window.setTimeout(() => {
    if (region.textContent === message) region.classList.remove('visible');
  }, 4_000);
}

function noticeRegion(): HTMLElement {
  const region = el('div', 'notice');
  region.id = 'notice';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  return region;
}

function render(view: SummaryView): void {
  shown = view;
  document.documentElement.lang = view.lang;
  const act = actions(view);
  const c = view.captions;
  const main = el('main', 'summary');
  const header = el('header', 'page-header');
  const titleRow = el('div', 'title-row');
  titleRow.append(el('h1', 'title', view.title));
  const toolbar = el('div', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.append(button(c.showTimeline, 'secondary open-timeline', () => post({ type: 'openTimeline' })), button(c.exportSummary, 'secondary export', () => post({ type: 'exportSummary' })));
  titleRow.append(toolbar);
  header.append(titleRow, el('p', 'file', view.files.join(' + ')), facts(view.facts, act));
  main.append(header);
  main.append(findingsSection(view, act), outcomesSection(view), reasonsSection(view, act));
  if (view.chart) {
    const chart = view.chart;
    const state: ChartState = { mode: saved.chart ?? chart.initial, table: saved.table ?? false };
    const slot = el('div', 'chart-slot');
    const draw = (s: ChartState) => {
      save({ chart: s.mode, table: s.table });
      // Keep the keyboard focus on the control that was used.
      const used = document.activeElement?.classList.contains('show-table') ? '.show-table' : s.mode === 'days' ? '.chart-days' : '.chart-hours';
      slot.replaceChildren(chartSection(chart, view, s, draw));
      slot.querySelector<HTMLElement>(used)?.focus();
    };
    slot.append(chartSection(chart, view, state, draw));
    main.append(slot);
  }
  const breakdowns = breakdownsSection(view, act);
  if (breakdowns) main.append(breakdowns);
  for (const s of view.sections) main.append(kindSection(s, act));
  document.body.replaceChildren(main, noticeRegion());
  if (restoreScroll !== undefined) {
    window.scrollTo(0, restoreScroll);
    restoreScroll = undefined;
  }
}

function status(message: string, busy: boolean): void {
  const main = el('main', `status${busy ? ' busy' : ''}`);
  main.setAttribute('aria-busy', String(busy));
  main.append(el('p', 'status-text', message));
  document.body.replaceChildren(main, noticeRegion());
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => save({ scrollY: Math.round(window.scrollY) }), 200);
});

window.addEventListener('message', (event: MessageEvent<SummaryToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'showSummary':
      save({ ...message.state, ...(saved.uris.join('\n') === message.state.uris.join('\n') ? {} : { chart: undefined, scrollY: undefined }) });
      render(message.view);
      return;
    case 'status':
      if (!shown || !message.busy) status(message.message, message.busy);
      return;
    case 'notice':
      notice(message.message);
      return;
    default:
      assertNever(message);
  }
});

post({ type: 'ready' });
