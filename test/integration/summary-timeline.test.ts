/**
 * The summary and timeline panels, their commands and the exports, in the real extension host: each command is run
 * with `executeCommand` and its returned result asserted; what a panel shows is read from the extension's API (the
 * view it last sent to its webview), and clicks are sent as the webview would send them (`panelMessage`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Summary, Timeline } from '../../src/core/analysis';
import type { PanelSnapshot } from '../../src/extension/api';
import type { RevealResult } from '../../src/extension/report-source-reveal';
import type { SummaryView, TimelineView } from '../../src/protocol';
import { attackSignins, attackSteps, DETAILS_NAME, SIGNINS_NAME } from './attack-exports';
import { activateExtension, closeAllEditors, waitFor, waitForAsync, withSetting, workspaceFile, writeWorkspaceFile } from './workspace';

const api = () => activateExtension();

async function panel(viewType: 'summary' | 'timeline', uri: vscode.Uri, user?: string): Promise<PanelSnapshot | undefined> {
  return (await api()).panels().find((p) => p.viewType === viewType && p.uris[0] === uri.toString() && (!user || p.user?.toLowerCase() === user.toLowerCase()));
}

async function shownSummary(uri: vscode.Uri, until: (view: SummaryView) => boolean = () => true, timeoutMs = 10_000): Promise<SummaryView> {
  let view: SummaryView | undefined;
  const ok = await waitForAsync(async () => {
    view = (await panel('summary', uri))?.view as SummaryView | undefined;
    return view !== undefined && until(view);
  }, timeoutMs);
  assert.ok(ok && view, `the summary panel of ${uri.path} shows what was expected; last: ${JSON.stringify(view?.facts)}`);
  return view;
}

async function shownTimeline(uri: vscode.Uri, user: string, until: (view: TimelineView) => boolean = () => true): Promise<TimelineView> {
  let view: TimelineView | undefined;
  const ok = await waitForAsync(async () => {
    view = (await panel('timeline', uri, user))?.view as TimelineView | undefined;
    return view !== undefined && until(view);
  }, 10_000);
  assert.ok(ok && view, 'the timeline panel shows what was expected');
  return view;
}

/** Accepts the first row of the quick pick a command is about to show. */
async function acceptQuickPick<T>(run: Thenable<T>): Promise<T> {
  await new Promise((r) => setTimeout(r, 600));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  return run;
}

const text = (uri: vscode.Uri) => readFileSync(uri.fsPath, 'utf8');

describe('summary, timeline and exports (in the editor)', function () {
  this.timeout(60_000);
  let signins: vscode.Uri;
  let details: vscode.Uri;

  before(async () => {
    await api();
    signins = await writeWorkspaceFile(SIGNINS_NAME, attackSignins());
    details = await writeWorkspaceFile(DETAILS_NAME, attackSteps());
  });
  afterEach(closeAllEditors);

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['showSummary', 'showTimeline', 'exportSummary', 'copyFindingAsKql', 'openInGrid', 'lookUpCode', 'switchLanguage']) assert.ok(commands.includes(`entraReportLens.${c}`), c);
  });

  it('Show Summary on a generated export returns its summary; the panel shows totals and the top reason', async () => {
    const uri = workspaceFile('generated', 'signin-portal-57.csv');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', uri);
    assert.equal(summary?.rows, 15);
    assert.deepEqual(summary?.outcomes, { success: 4, interrupt: 4, failure: 4, blocked: 3, pending: 0, info: 0 });
    assert.equal(summary.authDetails, undefined, 'the generated AuthDetails file shares no request ID with it: not joined');
    const view = await shownSummary(uri);
    assert.equal(view.lang, 'en');
    assert.equal(view.title, 'Sign-in log (portal CSV download)');
    assert.deepEqual(view.facts.slice(0, 2).map((f) => [f.caption, f.value]), [['Rows', '15'], ['Users', '11']]);
    assert.deepEqual([view.reasons[0]?.code, view.reasons[0]?.label, view.reasons[0]?.count, view.reasons[0]?.share], ['50126', 'Wrong user name or password', '2', '28.6%']);
    assert.match(view.reasons[0]!.nextStep, /\S/);
    assert.deepEqual(view.findings, []);
    assert.deepEqual(view.breakdowns.map((b) => b.id), ['methods', 'apps', 'locations', 'countries', 'ips', 'clientApps']);
    assert.equal(view.chart?.hours.length, 24);
    assert.equal(view.chart?.initial, 'hours');
  });

  it('joins sign-ins with their AuthDetails file, whichever is asked for, and puts the detections first', async () => {
    const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', details);
    assert.equal(summary?.kind, 'signin', 'asked for the AuthDetails file, the panel shows the sign-ins joined with it');
    assert.deepEqual([summary.authDetails?.steps, summary.authDetails?.signInsWithSteps, summary.authDetails?.unmatchedSteps], [3, 2, 0]);
    assert.deepEqual(summary.findings.map((f) => [f.id, f.severity]), [['mfa-fatigue', 'high'], ['password-spray', 'medium']]);
    const p = await panel('summary', signins);
    assert.deepEqual(p?.uris, [signins.toString(), details.toString()]);
    const view = await shownSummary(signins);
    assert.deepEqual(view.files, [SIGNINS_NAME, DETAILS_NAME]);
    assert.equal(view.findings[0]?.severityName, 'High');
    assert.deepEqual(view.findings[0]?.evidence.map((e) => e.ref.line), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(view.findings[1]?.evidence.map((e) => e.ref.line), [11, 12, 13, 14, 15, 16]);
    assert.match(view.findings[1]!.kql, /SigninLogs/);
    assert.ok(view.sections.some((s) => s.id === 'authDetails'));
  });

  it('an evidence click opens the export at that line; the KQL button copies the query', async () => {
    await vscode.commands.executeCommand('entraReportLens.showSummary', signins);
    await shownSummary(signins);
    const jump = (await (await api()).panelMessage('summary', signins, { type: 'revealRow', ref: { file: 0, line: 12 } })) as { where: string; line: number };
    assert.deepEqual([jump.where, jump.line], ['text', 12]);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), signins.toString());
    assert.equal(editor?.selection.active.line, 11);
    const kql = await (await api()).panelMessage('summary', signins, { type: 'copyKql', finding: 1 });
    assert.match(String(kql), /let minUsers = 5;|SigninLogs/);
    assert.equal(await vscode.env.clipboard.readText(), kql);
  });

  it('Show User Timeline returns the user\'s events in order, in sessions, with the MFA steps under each sign-in', async () => {
    const timeline = await vscode.commands.executeCommand<Timeline>('entraReportLens.showTimeline', signins, 'ALICE@contoso.com');
    assert.equal(timeline?.events, 10);
    assert.equal(timeline.failures, 8);
    assert.deepEqual(timeline.sessions.map((s) => s.events.map((e) => e.line)), [[2, 3, 4, 5, 6, 7, 8, 9, 10], [17]]);
    assert.equal(timeline.sessions[0]!.events[0]!.steps?.length, 2);
    assert.equal(timeline.sessions[1]!.events[0]!.countryChangedFrom, 'US');
    const view = await shownTimeline(signins, 'alice@contoso.com');
    assert.equal(view.sessions.length, 2);
    assert.deepEqual(view.sessions[0]!.events.map((e) => e.time.slice(11, 16)), ['08:00', '08:01', '08:02', '08:03', '08:04', '08:05', '08:06', '08:07', '08:09']);
    assert.equal(view.sessions[0]!.events[0]!.steps[1]!.result, 'MFA denied; user declined the authentication');
    assert.match(view.sessions[0]!.events[0]!.explanation, /\S/);
    assert.match(view.sessions[1]!.gap ?? '', /h later/);
    assert.deepEqual(view.sessions[1]!.events[0]!.changes, ['New IP address (was 198.51.100.7)', 'New country (was US)']);
    // A step's line is in the AuthDetails file.
    const jump = (await (await api()).panelMessage('timeline', signins, { type: 'revealRow', ref: view.sessions[0]!.events[0]!.steps[1]!.ref }, 'alice@contoso.com')) as { uri: string; line: number };
    assert.deepEqual([jump.uri, jump.line], [details.toString(), 3]);
  });

  it('Show User Timeline without a user offers the users ranked by failures', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(signins));
    const timeline = await acceptQuickPick(vscode.commands.executeCommand<Timeline>('entraReportLens.showTimeline'));
    assert.equal(timeline?.user, 'alice@contoso.com', 'the user with most failures is first');
  });

  it('a user link in the summary opens that user\'s timeline', async () => {
    await vscode.commands.executeCommand('entraReportLens.showSummary', signins);
    await shownSummary(signins);
    const timeline = (await (await api()).panelMessage('summary', signins, { type: 'openTimeline', user: 'u3@contoso.com' })) as Timeline;
    assert.deepEqual(timeline.sessions.flatMap((s) => s.events.map((e) => e.line)), [13]);
  });

  it('Copy Finding as KQL copies the chosen finding\'s query', async () => {
    const kql = await vscode.commands.executeCommand<string>('entraReportLens.copyFindingAsKql', signins, 'password-spray');
    assert.match(kql ?? '', /SigninLogs/);
    assert.equal(await vscode.env.clipboard.readText(), kql);
    const picked = await acceptQuickPick(vscode.commands.executeCommand<string>('entraReportLens.copyFindingAsKql', signins));
    assert.match(picked ?? '', /minRefused = 7/, 'the first finding (most serious) is MFA fatigue');
    const none = await vscode.commands.executeCommand<string>('entraReportLens.copyFindingAsKql', workspaceFile('generated', 'signin-portal-57.csv'));
    assert.equal(none, undefined);
  });

  it('Export Summary writes Markdown, CSV and self-contained HTML where asked, never over the export', async () => {
    const md = await vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', signins, 'markdown', workspaceFile('scratch', 'out', 'summary.md'));
    assert.equal(md?.toString(), workspaceFile('scratch', 'out', 'summary.md').toString());
    const mdText = text(md);
    assert.match(mdText, /^# Sign-in log \(portal CSV download\)/);
    assert.match(mdText, /\| 1 \| 500121 \| 8 \|/);
    assert.match(mdText, /### HIGH — MFA fatigue followed by a successful sign-in/);
    assert.match(mdText, /```kusto/);
    assert.match(mdText, /## Failure reasons explained/);
    assert.match(mdText, new RegExp(`Joined with the AuthDetails file: \`${DETAILS_NAME}\``));

    const csv = await vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', signins, 'csv', workspaceFile('scratch', 'out', 'summary.csv'));
    const csvLines = text(csv).replace(/^\ufeff/, '').split('\r\n');
    assert.equal(csvLines[0], '"section","item","meaning","count","share","distinct_users","success_rate","failures","first_seen_utc","last_seen_utc","detail","explanation","next_step"');
    assert.ok(csvLines.some((l) => l.startsWith('"failure_reason","500121","MFA not completed","8","0.5714"')), csvLines.filter((l) => l.includes('500121')).join('\n'));
    assert.ok(csvLines.some((l) => l.startsWith('"finding","password-spray"')));
    assert.ok(csvLines.some((l) => l.startsWith('"auth_details","steps","","3"')));

    const html = await vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', signins, 'html', workspaceFile('scratch', 'out', 'summary.html'));
    const page = text(html);
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /<[^>]*\son[a-z]+=/i, 'no event handler attributes');
    assert.doesNotMatch(page, /<[^>]*\s(src|href)=/i, 'no external resource');
    assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(page, /<svg class="chart"[^>]*role="img"/);
    assert.match(page, /MFA fatigue followed by a successful sign-in/);

    const before = text(signins);
    const refused = await vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', signins, 'markdown', signins);
    assert.equal(refused, undefined);
    assert.equal(text(signins), before, 'the export is untouched');
  });

  it('export text is escaped: markup in an export stays text in the HTML', async () => {
    const hostile = await writeWorkspaceFile(
      'hostile-export.csv',
      attackSignins().replace(/Microsoft Office/g, '<img src=x onerror=alert(1)><script>alert(2)</script>'),
    );
    const html = await vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', hostile, 'html', workspaceFile('scratch', 'out', 'hostile.html'));
    const page = text(html);
    assert.doesNotMatch(page, /<script|<img/i);
    assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;/);
  });

  it('re-renders in Japanese when the explanation language changes', async () => {
    await vscode.commands.executeCommand('entraReportLens.showSummary', signins);
    await vscode.commands.executeCommand('entraReportLens.showTimeline', signins, 'alice@contoso.com');
    await withSetting('entraReportLens.language', 'ja', async () => {
      const view = await shownSummary(signins, (v) => v.lang === 'ja');
      assert.equal(view.captions.reasons, '失敗の理由');
      assert.equal(view.findings[0]?.severityName, '高');
      assert.match(view.findings[0]!.title, /MFA 疲労攻撃/);
      assert.match((await panel('summary', signins))!.title, /概要$/);
      const timeline = await shownTimeline(signins, 'alice@contoso.com', (v) => v.lang === 'ja');
      assert.equal(timeline.sessions[0]!.events[0]!.outcomeName, '失敗');
      assert.match(timeline.stats, /イベント 10 件/);
    });
    await shownSummary(signins, (v) => v.lang === 'en');
  });

  it('works for a file that is not open as text, and refreshes when it changes on disk', async () => {
    const rows = (n: number) => attackSignins().split('\r\n').slice(0, n + 1).join('\r\n') + '\r\n';
    const uri = await writeWorkspaceFile('on-disk-only.csv', rows(3));
    const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', uri);
    assert.equal(summary?.rows, 3);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not opened as text');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rows(9)));
    const view = await shownSummary(uri, (v) => v.facts[0]?.value === '9', 15_000);
    assert.equal(view.findings[0]?.id, 'mfa-fatigue', 'the detections ran on the new content');
  });

  it('follows unsaved edits of an export open as text', async () => {
    const uri = await writeWorkspaceFile('edited.csv', attackSignins());
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('entraReportLens.showSummary', uri);
    await shownSummary(uri, (v) => v.facts[0]?.value === '16');
    await editor.edit((e) => e.delete(new vscode.Range(16, 0, 17, 0)));
    await shownSummary(uri, (v) => v.facts[0]?.value === '15');
  });

  it('works from the Report Grid: the summary of a file open only in the grid, and its evidence jumps there', async () => {
    const uri = await writeWorkspaceFile('grid-only.csv', attackSignins());
    await vscode.commands.executeCommand('vscode.openWith', uri, 'entraReportLens.reportGrid');
    assert.ok(await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputCustom, 10_000));
    const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary');
    assert.equal(summary?.rows, 16, 'Show Summary with no argument takes the grid\'s file');
    await shownSummary(uri);
    const jump = (await (await api()).panelMessage('summary', uri, { type: 'revealRow', ref: { file: 0, line: 11 } })) as RevealResult;
    assert.equal(jump.where, 'grid');
    // The grid scrolled to that row and selected it: line 11 is what its gutter shows (row 9: line 1 is the header).
    assert.equal(jump.grid?.shownLine, 11, `the grid shows line 11: ${JSON.stringify(jump.grid)}`);
    assert.equal(jump.grid?.row, 9);
    assert.equal(jump.grid?.filtersCleared, false);
    const timeline = await vscode.commands.executeCommand<Timeline>('entraReportLens.showTimeline', uri, 'u1@contoso.com');
    assert.equal(timeline?.events, 1);
  });

  it('shows the MFA Server, SSPR and registration sections of those exports', async () => {
    const mfa = workspaceFile('generated', 'mfa-server-activity.csv');
    const m = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', mfa);
    assert.ok(m?.mfaServer);
    assert.ok(m.findings.length > 0);
    const mv = await shownSummary(mfa);
    const section = mv.sections.find((s) => s.id === 'mfaServer');
    assert.ok(section && section.tables.length === 3);

    const audit = workspaceFile('samples', '20250502131826-AuditLogs.json');
    const a = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', audit);
    assert.ok(a?.ssprFunnel);
    const av = await shownSummary(audit);
    assert.equal(av.sections.find((s) => s.id === 'sspr')?.funnel?.[0]?.caption, 'Resets started');

    const registration = workspaceFile('samples', '202504290949-MFA-UserRegistrationDetails.csv');
    const r = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', registration);
    assert.ok(r?.registration);
    const rv = await shownSummary(registration);
    assert.ok(rv.sections.find((s) => s.id === 'registration')?.facts.some((f) => f.caption === 'Without MFA'));
  });

  it('says what to do when there is no export, and returns nothing', async () => {
    assert.equal(await vscode.commands.executeCommand('entraReportLens.showTimeline'), undefined);
    assert.equal(await vscode.commands.executeCommand('entraReportLens.exportSummary'), undefined);
    assert.equal(await vscode.commands.executeCommand('entraReportLens.copyFindingAsKql'), undefined);
    const ordinary = workspaceFile('ordinary', 'prices.csv');
    assert.equal(await vscode.commands.executeCommand('entraReportLens.showTimeline', ordinary, 'x'), undefined);
  });
});
