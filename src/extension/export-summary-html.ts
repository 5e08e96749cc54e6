/**
 * The summary panel as one self-contained, static HTML file: the same view (detections, outcomes, reasons, the chart
 * as inline SVG with its data table, breakdowns, sections), its own stylesheet inline, light and dark colours, and
 * nothing else — no script, no external resource, no event handler attribute, and a CSP that forbids them anyway.
 * Every text from the export is escaped. No vscode import: unit-testable.
 */
import type { Cell, ChartBucket, FactView, SummaryView, TableView } from '../protocol';
import { layoutChart, r1 } from './summary-chart';
import { fill } from './summary-strings';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values, escaped. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0; --success: #1a7f37; --failure: #cf222e; --other: #9a6700; --blocked: #8250df; --pending: #0969da; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d; --success: #3fb950; --failure: #f85149; --other: #d29922; --blocked: #bc8cff; --pending: #58a6ff; --accent: #58a6ff; } }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 72rem; }
h1 { font-size: 1.5em; margin: 0.5rem 0 0; } h2 { font-size: 1.15em; border-bottom: 1px solid var(--border); padding-bottom: 0.2rem; margin: 1.8rem 0 0.6rem; } h3 { font-size: 1em; margin: 1rem 0 0.3rem; }
.files, .muted, .note { color: var(--muted); } .files { font-family: ui-monospace, Consolas, monospace; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.6rem 0; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; } .warn { color: var(--failure); font-weight: 600; }
table { border-collapse: collapse; margin: 0.3rem 0 0.6rem; } caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { text-align: left; padding: 0.2rem 0.9rem 0.2rem 0; vertical-align: top; border-bottom: 1px solid var(--border); } th { color: var(--muted); font-weight: normal; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.finding { border: 1px solid var(--border); border-left: 4px solid var(--other); border-radius: 4px; padding: 0.5rem 0.9rem; margin: 0.7rem 0; background: var(--panel); }
.finding.high { border-left-color: var(--failure); } .finding.low { border-left-color: var(--pending); }
.sev { display: inline-block; font-weight: 700; padding: 0 0.45rem; border-radius: 3px; border: 1px solid currentColor; margin-right: 0.5rem; }
.sev.high { color: var(--failure); } .sev.medium { color: var(--other); } .sev.low { color: var(--pending); }
pre { background: var(--bg); border: 1px solid var(--border); padding: 0.6rem; overflow-x: auto; font-size: 12px; white-space: pre; }
.o-success { color: var(--success); } .o-failure { color: var(--failure); } .o-blocked { color: var(--blocked); } .o-interrupt, .o-pending, .o-info { color: var(--other); }
.reason { border-left: 3px solid var(--failure); padding: 0.2rem 0.8rem; margin: 0.6rem 0; } .reason.blocked { border-left-color: var(--blocked); }
.code { font-family: ui-monospace, Consolas, monospace; font-weight: 600; }
svg.chart { width: 100%; max-width: 720px; height: auto; } svg .success { fill: var(--success); } svg .failure { fill: var(--failure); } svg .other { fill: var(--other); }
svg .axis { stroke: var(--border); } svg text { fill: var(--muted); font-size: 10px; }
.legend span { margin-right: 1rem; } .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.1em; }
.swatch.success { background: var(--success); } .swatch.failure { background: var(--failure); } .swatch.other { background: var(--other); }
.mark { font-size: 0.8em; border: 1px solid var(--other); color: var(--other); border-radius: 3px; padding: 0 0.3rem; margin-left: 0.4rem; }
.funnel td.bar { width: 16rem; } .funnel .fill { display: block; height: 0.7rem; background: var(--accent); } .funnel .success .fill { background: var(--success); } .funnel .failure .fill { background: var(--failure); } .funnel .other .fill { background: var(--other); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.85em; }
`;

const attr = (name: string, value: string | number) => ` ${name}="${esc(String(value))}"`;

function cellHtml(cell: Cell, numeric: boolean): string {
  const cls = numeric ? ' class="num"' : '';
  if (typeof cell === 'string') return `<td${cls}>${esc(cell)}</td>`;
  const outcome = cell.outcome ? `<span class="o-${esc(cell.outcome)}">${esc(cell.text)}</span>` : cell.code ? `<span class="code">${esc(cell.text)}</span>` : esc(cell.text);
  const mark = cell.mark ? `<span class="mark"${cell.title ? attr('title', cell.title) : ''}>${esc(cell.mark)}</span>` : '';
  const lines = cell.rows?.length ? cell.rows.map((r) => String(r.line)).join(', ') : '';
  return `<td${cls}${cell.title && !cell.mark ? attr('title', cell.title) : ''}>${outcome}${mark}${esc(lines)}</td>`;
}

function tableHtml(t: TableView, extraClass = ''): string {
  const head = t.headers.map((h, i) => `<th${t.numeric[i] ? ' class="num"' : ''} scope="col">${esc(h)}</th>`).join('');
  const body = t.rows.map((row) => `<tr>${row.map((c, i) => cellHtml(c, t.numeric[i] ?? false)).join('')}</tr>`).join('\n');
  return `<table${extraClass ? attr('class', extraClass) : ''}><caption>${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${t.note ? `<p class="note">${esc(t.note)}</p>` : ''}`;
}

function factsHtml(facts: readonly FactView[]): string {
  if (!facts.length) return '';
  return `<dl class="facts">${facts
    .map((f) => `<dt>${esc(f.caption)}</dt><dd${f.warn ? ' class="warn"' : ''}>${esc([f.value, ...(f.users ?? [])].filter(Boolean).join(f.value ? ': ' : ', '))}</dd>`)
    .join('')}</dl>`;
}

/** The chart as an SVG string: a `<title>` and `<desc>`, one `<title>` per bar, axis labels; then its data table. */
export function chartSvg(buckets: readonly ChartBucket[], view: SummaryView, unit: string, id = 'chart'): string {
  const c = view.captions;
  const layout = layoutChart(buckets, { success: c.success, failure: c.failure, other: c.other });
  const title = fill(c.chartTitle, unit);
  const desc = layout.busiest ? fill(c.chartDescription, layout.total.toLocaleString('en-US'), buckets.length, layout.busiest.label, (layout.busiest.success + layout.busiest.failure + layout.busiest.other).toLocaleString('en-US')) : '';
  const parts: string[] = [];
  parts.push(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${layout.width} ${layout.height}" aria-labelledby="${id}-title ${id}-desc">`);
  parts.push(`<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>`);
  for (const t of layout.yTicks) parts.push(`<line class="axis"${attr('x1', layout.plot.left)}${attr('x2', layout.plot.right)}${attr('y1', r1(t.y))}${attr('y2', r1(t.y))}/><text${attr('x', layout.plot.left - 6)}${attr('y', r1(t.y + 3))} text-anchor="end">${esc(t.label)}</text>`);
  for (const bar of layout.bars) {
    parts.push(`<g><title>${esc(bar.title)}</title>`);
    for (const s of bar.segments) parts.push(`<rect${attr('class', s.kind)}${attr('x', r1(s.x))}${attr('y', r1(s.y))}${attr('width', r1(s.width))}${attr('height', r1(s.height))}/>`);
    parts.push('</g>');
  }
  for (const l of layout.xLabels) parts.push(`<text${attr('x', r1(l.x))}${attr('y', layout.height - 12)} text-anchor="middle">${esc(l.label)}</text>`);
  parts.push('</svg>');
  const legend = `<p class="legend">${(['success', 'failure', 'other'] as const).map((k) => `<span><span class="swatch ${k}"></span>${esc(c[k])}</span>`).join('')}</p>`;
  const table: TableView = {
    caption: title,
    headers: [c.bucket, c.success, c.failure, c.other, c.total],
    numeric: [false, true, true, true, true],
    rows: buckets.map((b) => [b.label, String(b.success), String(b.failure), String(b.other), String(b.success + b.failure + b.other)]),
  };
  return `${parts.join('')}${legend}<details><summary>${esc(c.showTable)}</summary>${tableHtml(table)}</details>`;
}

export function summaryHtml(view: SummaryView, generated: string): string {
  const c = view.captions;
  const out: string[] = [];
  out.push(`<h1>${esc(view.title)}</h1><p class="files">${esc(view.files.join(' + '))}</p>${factsHtml(view.facts)}`);

  out.push(`<h2>${esc(c.findings)}</h2>`);
  if (!view.findings.length) out.push(`<p class="muted">${esc(c.noFindings)}</p>`);
  for (const f of view.findings) {
    out.push(`<section${attr('class', `finding ${f.severity}`)}><h3><span${attr('class', `sev ${f.severity}`)}>${esc(f.severityName)}</span>${esc(f.title)}</h3>`);
    const facts: FactView[] = [
      ...(f.period ? [{ caption: c.period, value: f.period }] : []),
      ...(f.users.length ? [{ caption: c.users, value: f.users.join(', ') }] : []),
      ...(f.ips.length ? [{ caption: c.ips, value: f.ips.join(', ') }] : []),
      { caption: c.rule, value: f.rule },
    ];
    out.push(factsHtml(facts));
    out.push(`<h4>${esc(c.whatHappened)}</h4><p>${esc(f.explanation)}</p><h4>${esc(c.nextStep)}</h4><p>${esc(f.nextStep)}</p>`);
    out.push(
      tableHtml({
        caption: c.evidence,
        headers: [c.line, c.time, c.role, c.user, c.ip, c.code],
        numeric: [true, false, false, false, false, false],
        rows: f.evidence.map((e) => [String(e.ref.line), e.time, e.role, e.user, e.ip, { text: e.code, outcome: e.outcome }]),
        ...(f.evidenceNote ? { note: f.evidenceNote } : {}),
      }),
    );
    out.push(`<h4>${esc(c.kql)}</h4><pre><code>${esc(f.kql)}</code></pre></section>`);
  }

  out.push(`<h2>${esc(c.outcomes)}</h2>`);
  out.push(tableHtml({ caption: c.outcomes, headers: [c.outcome, c.count, c.share], numeric: [false, true, true], rows: view.outcomes.map((o) => [{ text: o.name, outcome: o.outcome }, o.count, o.shareText]) }));

  out.push(`<h2>${esc(c.reasons)}</h2>`);
  if (!view.reasons.length) out.push(`<p class="muted">${esc(c.noReasons)}</p>`);
  for (const r of view.reasons) {
    out.push(`<section${attr('class', `reason ${r.outcome}`)}><h3><span class="code">${esc(r.code)}</span> — ${esc(r.label)}</h3>`);
    out.push(`<p class="muted">${esc(`${r.outcomeName} · ${c.count} ${r.count} · ${c.share} ${r.share} · ${c.users} ${r.users}${r.firstSeen ? ` · ${c.seen}: ${r.firstSeen} — ${r.lastSeen}` : ''}`)}</p>`);
    if (r.explanation) out.push(`<p><strong>${esc(c.explanation)}:</strong> ${esc(r.explanation)}</p>`);
    if (r.nextStep) out.push(`<p><strong>${esc(c.nextStep)}:</strong> ${esc(r.nextStep)}</p>`);
    if (r.topApps || r.topIps) out.push(`<p class="muted">${esc([r.topApps ? `${c.topApps}: ${r.topApps}` : '', r.topIps ? `${c.topIps}: ${r.topIps}` : ''].filter(Boolean).join(' · '))}</p>`);
    out.push('</section>');
  }

  if (view.chart) {
    out.push(`<h2>${esc(c.overTime)}</h2>`);
    const days = view.chart.days.length > 1;
    out.push(`<h3>${esc(days ? c.byDay : c.byHour)}</h3>`);
    out.push(chartSvg(days ? view.chart.days : view.chart.hours, view, days ? c.dayUnit : c.hourUnit, 'chart-main'));
    if (days) out.push(`<h3>${esc(c.byHour)}</h3>`, chartSvg(view.chart.hours, view, c.hourUnit, 'chart-hours'));
  }

  if (view.breakdowns.length) {
    out.push(`<h2>${esc(c.breakdowns)}</h2>`);
    for (const b of view.breakdowns) out.push(tableHtml(b.table));
  }

  for (const s of view.sections) {
    out.push(`<h2>${esc(s.title)}</h2>`);
    if (s.intro) out.push(`<p class="muted">${esc(s.intro)}</p>`);
    if (s.funnel) {
      out.push(
        `<table class="funnel"><tbody>${s.funnel
          .map((step) => `<tr${attr('class', step.tone)}><th scope="row">${esc(step.caption)}</th><td class="num">${esc(step.countText)}</td><td class="bar"><span class="fill" style="width:${Math.round(Math.min(1, step.share) * 100)}%"></span></td></tr>`)
          .join('')}</tbody></table>`,
      );
    }
    out.push(factsHtml(s.facts));
    for (const t of s.tables) out.push(tableHtml(t));
  }

  return `<!DOCTYPE html>
<html${attr('lang', view.lang)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Entra Report Lens">
<title>${esc(`${view.title} — ${view.files.join(' + ')}`)}</title>
<style>${CSS}</style>
</head>
<body>
${out.join('\n')}
<footer>${esc(generated)}</footer>
</body>
</html>
`;
}
