/**
 * What the summary and timeline panels and the exports are made of, without an editor: the view models (texts in the
 * display language, evidence lines, sessions), the chart geometry, and the three export formats — escaped, with no
 * script in the HTML and no live formula in the CSV. The attack export is the one the editor suites use, so expected
 * lines are read off its table (header on line 1, row i on line i + 2).
 */
import assert from 'node:assert/strict';
import { detectThreats, joinAuthDetails, summarize, buildTimeline, DEFAULT_SETTINGS } from '../../../src/core/analysis';
import { summaryCsv, safeCell, CSV_HEADERS } from '../../../src/extension/export-summary-csv';
import { esc, summaryHtml } from '../../../src/extension/export-summary-html';
import { summaryMarkdownExport } from '../../../src/extension/export-summary-markdown';
import { layoutChart, niceStep } from '../../../src/extension/summary-chart';
import type { SummaryData } from '../../../src/extension/summary-data';
import { summaryView } from '../../../src/extension/summary-view';
import { duration, timelineView } from '../../../src/extension/timeline-view';
import { attackSignins, attackSteps, DETAILS_NAME, SIGNINS_NAME } from '../../integration/attack-exports';
import { indexText } from '../analysis/exports';

function data(signinsText = attackSignins(), withDetails = true): SummaryData {
  const index = indexText(signinsText);
  const details = withDetails ? indexText(attackSteps()) : undefined;
  const join = details ? joinAuthDetails(index, details) : undefined;
  const summary = { ...summarize(index, { detections: false, ...(join ? { join } : {}) }), findings: detectThreats(index, DEFAULT_SETTINGS) };
  return {
    summary,
    index,
    ...(details ? { details } : {}),
    files: withDetails ? [SIGNINS_NAME, DETAILS_NAME] : [SIGNINS_NAME],
    uris: [`file:///x/${SIGNINS_NAME}`],
  };
}

describe('summary view (what the panel shows)', () => {
  it('puts the detections first with their evidence lines, then totals, reasons, chart, breakdowns and sections', () => {
    const view = summaryView({ ...data(), lang: 'en' });
    assert.equal(view.title, 'Sign-in log (portal CSV download)');
    assert.deepEqual(view.files, [SIGNINS_NAME, DETAILS_NAME]);
    assert.deepEqual(view.facts.map((f) => f.caption), ['Rows', 'Users', 'Period (UTC)', 'Format', 'Joined with']);
    assert.deepEqual(view.findings.map((f) => [f.id, f.severityName]), [['mfa-fatigue', 'High'], ['password-spray', 'Medium']]);
    assert.deepEqual(view.findings[0]!.evidence.map((e) => e.ref.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(view.findings[0]!.evidence.at(-1), { ref: { file: 0, line: 10 }, time: '2025-12-04 08:09:00', role: 'success after the attempts', user: 'alice@contoso.com', ip: '198.51.100.7', code: '0', outcome: 'success' });
    assert.deepEqual(view.outcomes.map((o) => [o.outcome, o.count, o.shareText]), [['success', '2', '12.5%'], ['failure', '14', '87.5%']]);
    assert.deepEqual(view.reasons.map((r) => [r.code, r.count, r.share, r.users]), [['500121', '8', '57.1%', '1'], ['50126', '6', '42.9%', '6']]);
    assert.match(view.reasons[1]!.nextStep, /password/);
    assert.equal(view.reasons[1]!.topIps, '192.0.2.66 (6)');
    assert.deepEqual(view.chart?.days.map((d) => [d.label, d.success, d.failure, d.other]), [['2025-12-04', 1, 14, 0], ['2025-12-05', 1, 0, 0]]);
    assert.equal(view.chart?.initial, 'days');
    assert.deepEqual(view.breakdowns.map((b) => b.id), ['methods', 'apps', 'locations', 'countries', 'ips', 'clientApps']);
    const ips = view.breakdowns.find((b) => b.id === 'ips')!.table;
    assert.deepEqual(ips.rows[0]!.slice(0, 2), ['198.51.100.7', { text: '9', bar: 1 }]);
    assert.deepEqual(view.sections.map((s) => s.id), ['authDetails']);
    assert.match(view.sections[0]!.facts[0]!.value, /^3 \(3 joined to a sign-in, 0 without one/);
  });

  it('speaks Japanese when asked', () => {
    const view = summaryView({ ...data(), lang: 'ja' });
    assert.equal(view.lang, 'ja');
    assert.equal(view.captions.reasons, '失敗の理由');
    assert.equal(view.findings[0]!.severityName, '高');
    assert.match(view.findings[0]!.title, /MFA 疲労攻撃/);
    assert.equal(view.outcomes[1]!.name, '失敗');
    assert.equal(view.findings[0]!.evidence[0]!.role, '試行');
  });

  it('fills quiet days with zero bars, so gaps show in the chart', () => {
    const text = attackSignins().replace('2025-12-05T07:30:00Z', '2025-12-08T07:30:00Z');
    const view = summaryView({ ...data(text, false), lang: 'en' });
    assert.deepEqual(view.chart?.days.map((d) => d.short), ['12-04', '12-05', '12-06', '12-07', '12-08']);
    assert.deepEqual(view.chart?.days.map((d) => d.success + d.failure + d.other), [15, 0, 0, 0, 1]);
  });
});

describe('chart geometry', () => {
  it('round ticks, stacked segments bottom-up, the busiest bucket', () => {
    assert.deepEqual([niceStep(3), niceStep(15), niceStep(97), niceStep(1200)], [1, 5, 50, 500]);
    const layout = layoutChart(
      [
        { short: 'a', label: 'A', success: 2, failure: 3, other: 0 },
        { short: 'b', label: 'B', success: 0, failure: 0, other: 0 },
        { short: 'c', label: 'C', success: 1, failure: 0, other: 1 },
      ],
      { success: 'S', failure: 'F', other: 'O' },
    );
    assert.equal(layout.total, 7);
    assert.equal(layout.busiest?.label, 'A');
    assert.deepEqual(layout.yTicks.map((t) => t.label), ['0', '2', '4', '6']);
    const [a, b] = layout.bars;
    assert.deepEqual(a!.segments.map((s) => s.kind), ['success', 'failure']);
    assert.ok(a!.segments[1]!.y < a!.segments[0]!.y, 'failure sits on top of success');
    assert.equal(a!.segments[0]!.y + a!.segments[0]!.height, layout.plot.bottom);
    assert.equal(b!.segments.length, 0);
    assert.equal(a!.title, 'A: 5 (S 2, F 3)');
  });
});

describe('timeline view', () => {
  function timeline(lang: 'en' | 'ja') {
    const index = indexText(attackSignins());
    const details = indexText(attackSteps());
    const t = buildTimeline([index, details], 'Alice@Contoso.com', { joins: [joinAuthDetails(index, details)] });
    return timelineView({ timeline: t, indexes: [index, details], files: [SIGNINS_NAME, DETAILS_NAME], lang });
  }

  it('sessions in time order with gaps, steps that point into the AuthDetails file, changes and explanations', () => {
    const view = timeline('en');
    assert.equal(view.title, 'Timeline of alice@contoso.com');
    assert.equal(view.stats, '10 events · 8 failures · 2 sessions');
    assert.deepEqual(view.sessions.map((s) => s.events.map((e) => e.ref.line)), [[2, 3, 4, 5, 6, 7, 8, 9, 10], [17]]);
    assert.equal(view.sessions[0]!.span, '2025-12-04 08:00 — 08:09 UTC (9 min)');
    assert.equal(view.sessions[1]!.gap, '23.4 h later');
    const first = view.sessions[0]!.events[0]!;
    assert.deepEqual([first.code, first.outcomeName, first.what], ['500121', 'failure', 'MFA not completed']);
    assert.match(first.explanation, /password was accepted/i);
    assert.deepEqual(first.steps.map((s) => [s.ref, s.method, s.outcome]), [
      [{ file: 1, line: 2 }, 'Password', 'success'],
      [{ file: 1, line: 3 }, 'Mobile app notification', 'failure'],
    ]);
    assert.deepEqual(view.sessions[1]!.events[0]!.changes, ['New IP address (was 198.51.100.7)', 'New country (was US)']);
  });

  it('in Japanese', () => {
    const view = timeline('ja');
    assert.equal(view.title, 'alice@contoso.com のタイムライン');
    assert.equal(view.sessions[1]!.gap, '23.4 時間 後');
    assert.equal(view.sessions[0]!.events[0]!.outcomeName, '失敗');
    assert.deepEqual(view.sessions[1]!.events[0]!.changes, ['IP アドレスが変化 (直前は 198.51.100.7)', '国が変化 (直前は US)']);
  });

  it('durations', () => {
    assert.deepEqual([duration(20_000, 'en'), duration(45 * 60_000, 'en'), duration(5 * 3_600_000, 'en'), duration(4 * 86_400_000, 'ja')], ['under a minute', '45 min', '5 h', '4 日']);
  });
});

describe('exports', () => {
  const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

  it('HTML: self-contained, no script, no handler, no external resource; every export text escaped', () => {
    const d = data(attackSignins().replace(/Microsoft Office/g, HOSTILE).replace('alice@contoso.com', 'alice""><svg onload=alert(3)>@contoso.com'));
    const html = summaryHtml(summaryView({ ...d, lang: 'en' }), 'Generated');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img|<svg onload|<[^>]*\son[a-z]+=/i);
    assert.doesNotMatch(html, /<[^>]*\s(src|href)=/i);
    assert.match(html, new RegExp(esc(HOSTILE).replace(/[()]/g, '\\$&')));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.match(html, /<svg class="chart" xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.match(html, /<details><summary>Show as table<\/summary><table><caption>Events by day \(UTC\), stacked by outcome<\/caption>/);
    assert.equal(esc(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('CSV: one long table with a fixed header; formulas stay text', () => {
    const d = data(attackSignins().replace('Microsoft Office', '=HYPERLINK(""http://evil"",""x"")'));
    const csv = summaryCsv(d, 'en');
    assert.ok(csv.startsWith('\ufeff'), 'a BOM, so Excel reads UTF-8 (Japanese meanings)');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], CSV_HEADERS.map((h) => `"${h}"`).join(','));
    assert.ok(lines.includes('"outcome","failure","failure","14","0.875","","","","","","","",""'), lines.slice(0, 12).join('\n'));
    assert.ok(lines.some((l) => l.startsWith('"breakdown_app","\'=HYPERLINK(""http://evil"",""x"")","","1"')));
    assert.ok(lines.some((l) => l.startsWith('"day_utc","2025-12-04","","15"')));
    assert.deepEqual([safeCell('=1+1'), safeCell('+81 3'), safeCell('-5'), safeCell('@x'), safeCell('plain')], ["'=1+1", "'+81 3", '-5', "'@x", 'plain']);
    assert.match(summaryCsv(d, 'ja'), /"failure_reason","500121","MFA が完了しなかった"/);
  });

  it('Markdown: the CLI\'s summary, the joined file under the report, each reason explained', () => {
    const md = summaryMarkdownExport(data(), 'en');
    const lines = md.split('\n');
    assert.equal(lines[0], '# Sign-in log (portal CSV download) — 16-column layout');
    assert.equal(lines[3], `- Joined with the AuthDetails file: \`${DETAILS_NAME}\``);
    assert.match(md, /## Failure reasons explained\n\n### 500121 — MFA not completed\n\n\*\*What it means:\*\* /);
    assert.match(md, /### HIGH — MFA fatigue followed by a successful sign-in/);
    assert.match(md, /\*Generated by Entra Report Lens on \d{4}-\d\d-\d\d \d\d:\d\d UTC from /);
    assert.match(summaryMarkdownExport(data(), 'ja'), /## 失敗の理由の説明/);
  });
});
