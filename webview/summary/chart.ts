/**
 * Events over time: stacked bars by outcome, drawn as SVG with `createElementNS` from the shared layout
 * (`src/extension/summary-chart.ts`, also used by the HTML export). Accessible: the SVG is an image with a `<title>`
 * and `<desc>` (total, bucket count, busiest bucket), each bar has its own `<title>`, the axes are labelled, and a
 * button shows the same numbers as a table. Colours come from the theme's chart variables.
 */
import type { ChartBucket, ChartView, SummaryView } from '../../src/protocol';
import { layoutChart, r1, SEGMENT_KINDS } from '../../src/extension/summary-chart';
import { button, el, fill, svg } from './dom';

let chartIds = 0;

function drawChart(buckets: readonly ChartBucket[], view: SummaryView, unit: string): SVGSVGElement {
  const c = view.captions;
  const layout = layoutChart(buckets, { success: c.success, failure: c.failure, other: c.other });
  const id = `chart-${++chartIds}`;
  const root = svg('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, preserveAspectRatio: 'xMinYMin meet' }, 'chart');
  const title = svg('title', { id: `${id}-title` });
  title.textContent = fill(c.chartTitle, unit);
  const desc = svg('desc', { id: `${id}-desc` });
  if (layout.busiest) {
    const b = layout.busiest;
    desc.textContent = fill(c.chartDescription, layout.total.toLocaleString('en-US'), buckets.length, b.label, (b.success + b.failure + b.other).toLocaleString('en-US'));
  }
  root.append(title, desc);
  const axis = svg('g', { 'aria-hidden': 'true' }, 'axis');
  for (const t of layout.yTicks) {
    axis.append(svg('line', { x1: layout.plot.left, x2: layout.plot.right, y1: r1(t.y), y2: r1(t.y) }, 'grid-line'));
    const label = svg('text', { x: layout.plot.left - 6, y: r1(t.y + 3), 'text-anchor': 'end' }, 'tick');
    label.textContent = t.label;
    axis.append(label);
  }
  for (const l of layout.xLabels) {
    const label = svg('text', { x: r1(l.x), y: layout.height - 12, 'text-anchor': 'middle' }, 'tick');
    label.textContent = l.label;
    axis.append(label);
  }
  root.append(axis);
  const bars = svg('g', {}, 'bars');
  for (const b of layout.bars) {
    const g = svg('g', {}, 'bucket');
    const t = svg('title');
    t.textContent = b.title;
    g.append(t);
    // A transparent column makes the whole bucket a hover target for its title.
    g.append(svg('rect', { x: r1(b.x), y: layout.plot.top, width: r1(b.width), height: layout.plot.bottom - layout.plot.top }, 'hit'));
    for (const s of b.segments) g.append(svg('rect', { x: r1(s.x), y: r1(s.y), width: r1(s.width), height: r1(Math.max(0.5, s.height)) }, `segment ${s.kind}`));
    bars.append(g);
  }
  root.append(bars);
  return root;
}

function dataTable(buckets: readonly ChartBucket[], view: SummaryView, unit: string): HTMLTableElement {
  const c = view.captions;
  const t = el('table', 'chart-table');
  t.append(el('caption', undefined, fill(c.chartTitle, unit)));
  const head = el('tr');
  [c.bucket, c.success, c.failure, c.other, c.total].forEach((h, i) => {
    const th = el('th', i ? 'num' : undefined, h);
    th.scope = 'col';
    head.append(th);
  });
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  for (const b of buckets) {
    const tr = el('tr');
    const th = el('th', undefined, b.label);
    th.scope = 'row';
    tr.append(th);
    for (const v of [b.success, b.failure, b.other, b.success + b.failure + b.other]) tr.append(el('td', 'num', v.toLocaleString('en-US')));
    body.append(tr);
  }
  t.append(thead, body);
  return t;
}

export interface ChartState {
  mode: 'hours' | 'days';
  table: boolean;
}

export function chartSection(chart: ChartView, view: SummaryView, state: ChartState, onChange: (state: ChartState) => void): HTMLElement {
  const c = view.captions;
  const section = el('section', 'over-time');
  section.setAttribute('aria-labelledby', 'over-time-heading');
  const h2 = el('h2', undefined, c.overTime);
  h2.id = 'over-time-heading';
  section.append(h2);
  const hasDays = chart.days.length > 1;
  const mode = hasDays ? state.mode : 'hours';
  const controls = el('div', 'chart-controls');
  if (hasDays) {
    const group = el('div', 'segmented');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', c.overTime);
    for (const [m, caption] of [['days', c.byDay], ['hours', c.byHour]] as const) {
      const b = button(caption, `toggle chart-${m}`, () => onChange({ ...state, mode: m }));
      b.setAttribute('aria-pressed', String(mode === m));
      group.append(b);
    }
    controls.append(group);
  } else controls.append(el('span', 'chart-unit', c.byHour));
  const tableId = `chart-table-${chartIds + 1}`;
  const toggle = button(state.table ? c.hideTable : c.showTable, 'secondary show-table', () => onChange({ ...state, table: !state.table }));
  toggle.setAttribute('aria-expanded', String(state.table));
  toggle.setAttribute('aria-controls', tableId);
  controls.append(toggle);
  section.append(controls);
  const unit = mode === 'days' ? c.dayUnit : c.hourUnit;
  const buckets = mode === 'days' ? chart.days : chart.hours;
  const figure = el('figure', 'chart-figure');
  figure.append(drawChart(buckets, view, unit));
  const legend = el('figcaption', 'legend');
  for (const kind of SEGMENT_KINDS) {
    const item = el('span', 'legend-item');
    const swatch = el('span', `swatch ${kind}`);
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, document.createTextNode(c[kind]));
    legend.append(item);
  }
  figure.append(legend);
  section.append(figure);
  const tableWrap = el('div', 'table-wrap chart-data');
  tableWrap.id = tableId;
  tableWrap.hidden = !state.table;
  tableWrap.append(dataTable(buckets, view, unit));
  section.append(tableWrap);
  return section;
}
