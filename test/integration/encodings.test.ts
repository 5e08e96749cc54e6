/**
 * The same Japanese portal sign-in export in every encoding it reaches users in, opened in the real editor: UTF-8
 * with and without BOM, UTF-16 LE and BE with BOM (PowerShell 5.1, Excel "Unicode text"), Shift_JIS (Japanese Excel's
 * CSV save: no BOM, quotes only where needed). For each, what the Report Grid is told to show (columns, code filter,
 * cells), Show Summary and Show User Timeline over the grid's read, and the text editor's detection, decorations and
 * hover must equal what the UTF-8 original gives. Where VS Code's text editor decodes the file wrongly (Shift_JIS
 * shown as UTF-8) the product must say so rather than show garbage, and bytes that are invalid in the file's encoding
 * must give a diagnostic on their line. Detection itself is unit-tested (test/unit/formats/encoding.test.ts); this is
 * what the user sees. The variants are built from the UTF-8 fixture at test time.
 */
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import * as vscode from 'vscode';
import type { Summary, Timeline } from '../../src/core/analysis';
import type { ReportSnapshot } from '../../src/extension/api';
import type { SummaryView } from '../../src/protocol';
import { encode, quoteNeeded } from '../fixtures/build/encode';
import type { Encoding } from '../fixtures/build/expected';
import { WebviewMessages, type GridShown } from './webview-messages';
import { activateExtension, closeAllEditors, openReport, waitFor, waitForAsync, withSetting, workspaceFile, writeWorkspaceFile } from './workspace';

const ORIGINAL = ['generated', 'signin-portal-57-ja.csv'] as const;
const USER = 'hanako.sato@contoso.co.jp';
const GRID = 'entraReportLens.reportGrid';

interface Variant {
  readonly label: string;
  readonly segments: readonly string[];
  /** The product's name for the encoding. */
  readonly encoding: string;
  /** What VS Code's text editor decodes it as (its default settings: no guessing beyond the BOM). */
  readonly editorEncoding: string;
  /** The product's diagnostics about how the file is decoded. */
  readonly notices: readonly string[];
  readonly build?: (text: string) => Uint8Array;
}

/** Japanese Excel's "CSV (コンマ区切り)" save: fields quoted only when needed, CRLF, Shift_JIS, no BOM. */
function excelCsv(text: string): string {
  const rows = Papa.parse<string[]>(text.replace(/(\r\n)+$/, ''), { delimiter: ',' }).data;
  return rows.map((r) => quoteNeeded(r)).join('\r\n') + '\r\n';
}

const as = (encoding: Encoding, bom: boolean, csv = (t: string) => t) => (text: string) => encode(csv(text), encoding, bom);

const VARIANTS: readonly Variant[] = [
  { label: 'UTF-8 without BOM', segments: ['scratch', 'enc-utf8.csv'], encoding: 'utf-8', editorEncoding: 'utf8', notices: [], build: as('utf-8', false) },
  { label: 'UTF-16 LE with BOM', segments: ['scratch', 'enc-utf16le.csv'], encoding: 'utf-16le', editorEncoding: 'utf16le', notices: [], build: as('utf-16le', true) },
  { label: 'UTF-16 BE with BOM', segments: ['scratch', 'enc-utf16be.csv'], encoding: 'utf-16be', editorEncoding: 'utf16be', notices: [], build: as('utf-16be', true) },
  { label: 'Shift_JIS, all fields quoted (generated fixture)', segments: ['generated', 'signin-portal-57-ja-sjis.csv'], encoding: 'shift_jis', editorEncoding: 'utf8', notices: ['encoding-shown-wrong'] },
  { label: 'Shift_JIS as Japanese Excel saves a CSV', segments: ['scratch', 'enc-sjis-excel.csv'], encoding: 'shift_jis', editorEncoding: 'utf8', notices: ['encoding-shown-wrong'], build: as('shift_jis', false, excelCsv) },
];

/** Everything a user sees of one file that must not depend on its encoding. */
interface Seen {
  readonly report: Omit<ReportSnapshot, 'encoding' | 'confidence'>;
  readonly grid: {
    readonly read: string;
    readonly title: string;
    readonly columns: string[];
    readonly roles: Record<string, string>;
    /** The columns the grid treats as the time, code and user. */
    readonly keys: Array<string | undefined>;
    readonly codes: GridShown['codes'];
    readonly cells: string[][];
    readonly labels: Readonly<Record<string, string>>;
  };
  readonly summary: {
    readonly rows: number;
    readonly outcomes: Summary['outcomes'];
    readonly reasons: Array<[string, number]>;
    readonly locations: string[];
    readonly clientApps: string[];
    readonly shownReasons: Array<[string, string, string]>;
    readonly shownFacts: Array<[string, string]>;
  };
  readonly timeline: Array<[number, string, string, string]>;
  readonly decorations: Array<[number, string]>;
  readonly hover: string;
}

const api = () => activateExtension();

async function shownSummary(uri: vscode.Uri): Promise<SummaryView> {
  let view: SummaryView | undefined;
  await waitForAsync(async () => {
    view = (await api()).panels().find((p) => p.viewType === 'summary' && p.uris[0] === uri.toString())?.view as SummaryView | undefined;
    return view !== undefined;
  }, 10_000);
  assert.ok(view, `the summary panel of ${uri.path} shows a summary`);
  return view;
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))
    .join('\n\n')
    .replace(/\\([^\sA-Za-z0-9])/g, '$1');
}

async function ourDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  let found: vscode.Diagnostic[] = [];
  await waitForAsync(async () => ready((found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Entra Report Lens'))), timeoutMs);
  return found;
}

/** The decorated code cells of the visible editor of `uri`, as [line, code], once there are some. */
async function decoratedCells(uri: vscode.Uri) {
  let cells: Array<{ line: number; start: number; end: number; code: string }> = [];
  await waitForAsync(async () => {
    const byOutcome = (await api()).decorations(uri) ?? {};
    cells = Object.values(byOutcome).flatMap((list) => [...(list ?? [])]);
    return cells.length > 0;
  }, 10_000);
  return cells.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Opens `segments` in the grid, then the text editor, and records what each shows. */
async function observe(messages: WebviewMessages, segments: readonly string[]): Promise<{ seen: Seen; encoding: string; document: vscode.TextDocument }> {
  const uri = workspaceFile(...segments);
  const name = segments.at(-1)!;

  // The Report Grid, on a file not open as text: what it is told to show, then the summary and timeline over its read.
  messages.clear();
  await vscode.commands.executeCommand('vscode.openWith', uri, GRID);
  const grid = await messages.grid(name);
  assert.ok(grid, `the grid on ${name} got its columns, its view and its first page`);
  const read = (await api()).reads().filter((r) => r.uri === uri.toString() && r.reader === 'grid').at(-1);
  const summary = await vscode.commands.executeCommand<Summary>('entraReportLens.showSummary');
  assert.ok(summary, `Show Summary with the grid of ${name} active returns a summary`);
  const view = await shownSummary(uri);
  const timeline = await vscode.commands.executeCommand<Timeline>('entraReportLens.showTimeline', uri, USER);
  assert.ok(timeline, `Show User Timeline on ${name} returns ${USER}'s timeline`);
  await closeAllEditors();

  // The text editor.
  const { editor, report } = await openReport(...segments);
  const cells = await decoratedCells(uri);
  const failedPassword = cells.find((c) => c.code === '50126');
  assert.ok(failedPassword, 'the 50126 cell is decorated');
  const hover = await hoverText(editor.document, new vscode.Position(failedPassword.line, failedPassword.start + 2));
  const { encoding, confidence: _confidence, ...rest } = report;

  const seen: Seen = {
    report: rest,
    grid: {
      read: `${read?.outcome} ${read?.rows}`,
      title: grid.init.title,
      columns: grid.init.columns.map((c) => c.name),
      roles: Object.fromEntries(grid.init.columns.filter((c) => c.role).map((c) => [c.name, c.role!])),
      keys: [grid.init.timeColumn, grid.init.codeColumn, grid.init.userColumn].map((i) => (i === undefined ? undefined : grid.init.columns[i]?.name)),
      codes: grid.codes,
      cells: grid.rows.map((r) => [String(r.line), r.outcome, r.code, ...r.cells]),
      labels: grid.labels,
    },
    summary: {
      rows: summary.rows,
      outcomes: summary.outcomes,
      reasons: summary.failureReasons.map((r) => [r.code, r.count]),
      locations: (summary.breakdowns.locations?.top ?? []).map((b) => b.value),
      clientApps: (summary.breakdowns.clientApps?.top ?? []).map((b) => b.value),
      shownReasons: view.reasons.map((r) => [r.code, r.label, r.count]),
      shownFacts: view.facts.filter((f) => f.caption !== 'Format').map((f) => [f.caption, f.value]),
    },
    timeline: timeline.sessions.flatMap((s) => s.events.map((e): [number, string, string, string] => [e.time ?? NaN, e.code, e.location, e.clientApp])),
    decorations: cells.map((c) => [c.line, c.code]),
    hover,
  };
  return { seen, encoding, document: editor.document };
}

describe('encodings in the editor: the same export in UTF-8, UTF-16 and Shift_JIS', function () {
  this.timeout(60_000);
  let messages: WebviewMessages;
  let original: string;
  let baseline: Seen;

  before(async () => {
    await activateExtension();
    messages = await WebviewMessages.start();
    original = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(workspaceFile(...ORIGINAL))); // drops the BOM
    for (const v of VARIANTS) if (v.build) await writeWorkspaceFile(v.segments.at(-1)!, v.build(original));
  });
  after(() => messages.stop());
  afterEach(closeAllEditors);

  it('the UTF-8 original (with BOM): Japanese headers and names in the grid, codes explained everywhere', async () => {
    const { seen, encoding, document } = await observe(messages, ORIGINAL);
    baseline = seen;
    assert.equal(encoding, 'utf-8');
    assert.equal(document.encoding, 'utf8bom');
    assert.deepEqual(seen.report, { kind: 'signin', dialect: 'portal-csv', rows: 11, failures: 5 });
    assert.equal(seen.grid.read, 'indexed 11');
    assert.equal(seen.grid.columns.length, 57);
    assert.deepEqual(seen.grid.keys, ['日付 (UTC)', 'サインインのエラー コード', 'ユーザー名'], 'time, code and user columns found by their Japanese headers');
    const displayName = seen.grid.columns.indexOf('ユーザー');
    assert.ok(displayName >= 0, 'the display-name column keeps its Japanese header');
    assert.deepEqual(
      seen.grid.cells.map((c) => c[3 + displayName]),
      ['山田 太郎', '佐藤 花子', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '渡辺 健太', '山田 太郎', '伊藤 結衣', '中村 翔', '伊藤 結衣', '渡辺 健太'],
    );
    assert.equal(seen.grid.labels['50126'], 'Wrong user name or password');
    assert.deepEqual(seen.grid.codes.find((c) => c.code === '50126'), { code: '50126', count: 1, label: 'Wrong user name or password' });
    assert.deepEqual(seen.summary.outcomes, { success: 3, interrupt: 3, failure: 3, blocked: 2, pending: 0, info: 0 });
    assert.deepEqual(seen.summary.reasons[0], ['500121', 1], 'the top failure code');
    assert.deepEqual(seen.summary.shownReasons[0], ['500121', 'MFA not completed', '1']);
    assert.ok(seen.summary.locations.includes('千代田区, 東京都, JP'));
    assert.ok(seen.summary.clientApps.includes('ブラウザー'));
    assert.deepEqual(seen.timeline.map((e) => [e[1], e[2], e[3]]), [
      ['50126', '大阪市, 大阪府, JP', 'ブラウザー'],
      ['50074', '大阪市, 大阪府, JP', 'モバイル アプリとデスクトップ クライアント'],
    ]);
    assert.match(seen.hover, /\*\*50126\*\* — Wrong user name or password/);
    assert.match(seen.hover, /Row: hanako\.sato@contoso\.co\.jp · 2025-11-20 00:07 UTC · Microsoft Office/);
    assert.deepEqual(await ourDiagnostics(document.uri, () => true, 1_000).then((d) => d.filter((x) => x.code !== 'unknown-code')), [], 'no problem but the two unknown codes');
  });

  for (const variant of VARIANTS) {
    it(`${variant.label}: detected, and the grid, summary, timeline, decorations and hover equal the UTF-8 original's`, async () => {
      assert.ok(baseline, 'the UTF-8 original was observed first');
      const { seen, encoding, document } = await observe(messages, variant.segments);
      assert.equal(encoding, variant.encoding, 'the product detected the encoding');
      assert.equal(document.encoding, variant.editorEncoding, "VS Code's own decoding");
      assert.deepEqual(seen, baseline);
      const diagnostics = await ourDiagnostics(document.uri, (d) => d.length >= variant.notices.length + 2);
      assert.deepEqual(diagnostics.filter((d) => d.code !== 'unknown-code').map((d) => d.code), variant.notices);
    });
  }

  it('Shift_JIS that VS Code shows as UTF-8: the Problems panel says so, hovers stay right, reopening in Shift JIS clears it', async () => {
    const uri = workspaceFile('generated', 'signin-portal-57-ja-sjis.csv');
    const { editor } = await openReport('generated', 'signin-portal-57-ja-sjis.csv');
    const shown = editor.document;
    assert.equal(shown.encoding, 'utf8');
    assert.ok(shown.lineAt(0).text.includes('\ufffd'), 'the editor shows replacement characters in the header');
    const diagnostics = await ourDiagnostics(uri, (d) => d.some((x) => x.code === 'encoding-shown-wrong'));
    const notice = diagnostics.find((d) => d.code === 'encoding-shown-wrong');
    assert.equal(notice?.range.start.line, 0, 'on the first line shown wrongly');
    assert.equal(notice?.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(notice?.message ?? '', /^This file is in Japanese \(Shift JIS\), but the editor shows it in another encoding\. Use "Reopen with Encoding"/);
    assert.ok(!diagnostics.some((d) => d.code === 'encoding-lossy'), 'the product itself decoded every byte');

    // The header hover names the column as the product read it, not as the editor shows it.
    const codeHeader = 28; // サインインのエラー コード, column 29 of 57
    const at = fieldStart(shown.lineAt(0).text, codeHeader);
    const header = await hoverText(shown, new vscode.Position(0, at + 2));
    assert.match(header, /^\*\*サインインのエラー コード\*\* — Column 29 of 57/);
    assert.doesNotMatch(header, /\ufffd/);

    // "Reopen with Encoding" → Shift JIS: the editor shows the right text and the notice goes away.
    const reopened = await vscode.workspace.openTextDocument(uri, { encoding: 'shiftjis' });
    await vscode.window.showTextDocument(reopened);
    assert.equal(reopened.encoding, 'shiftjis');
    assert.ok(reopened.lineAt(0).text.startsWith('"日付 (UTC)","要求 ID"'));
    const after = await ourDiagnostics(uri, (d) => !d.some((x) => x.code === 'encoding-shown-wrong'));
    assert.ok(!after.some((x) => x.code === 'encoding-shown-wrong'), 'the notice is gone once the editor shows Shift JIS');
    assert.ok(!reopened.isDirty, 'reopening in another encoding does not make the document dirty');
    const cells = await decoratedCells(uri);
    const cell = cells.find((c) => c.code === '50126')!;
    assert.equal(reopened.getText(new vscode.Range(cell.line, cell.start, cell.line, cell.end)), '"50126"', 'decorations sit on the code cell');
  });

  it('with files.autoGuessEncoding on, VS Code shows the Shift_JIS file right and the product has nothing to say about its encoding', async () => {
    const uri = await writeWorkspaceFile('enc-sjis-guessed.csv', await vscode.workspace.fs.readFile(workspaceFile('generated', 'signin-portal-57-ja-sjis.csv')));
    await withSetting('files.autoGuessEncoding', true, async () => {
      const { editor, report } = await openReport('scratch', 'enc-sjis-guessed.csv');
      assert.equal(editor.document.encoding, 'shiftjis');
      assert.ok(editor.document.lineAt(0).text.startsWith('"日付 (UTC)","要求 ID"'));
      assert.deepEqual([report.encoding, report.rows], ['shift_jis', 11]);
      const diagnostics = await ourDiagnostics(uri, (d) => d.length >= 2);
      assert.deepEqual(diagnostics.map((d) => d.code), ['unknown-code', 'unknown-code'], 'only the two codes no catalog knows');
    });
  });
});

/** Where the `n`-th field (0-based) of a CSV line starts. */
function fieldStart(line: string, n: number): number {
  let field = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (field === n) return i;
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) field++;
  }
  return -1;
}

describe('encodings in the editor: bytes that do not decode', function () {
  this.timeout(60_000);
  let lines: string[];

  before(async () => {
    await activateExtension();
    lines = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(workspaceFile(...ORIGINAL))).split('\r\n');
  });
  afterEach(closeAllEditors);

  /** Bytes of `text` in `encoding`, with `damage` applied to the first byte of the display name on 1-based `line`. */
  function damaged(text: string, encoding: Encoding, bom: boolean, line: number, damage: (bytes: Uint8Array, at: number) => Uint8Array): Uint8Array {
    const all = text.split('\r\n');
    const before = all.slice(0, line - 1).join('\r\n') + '\r\n';
    const name = all[line - 1]!.indexOf('鈴木');
    assert.ok(name > 0, `line ${line} holds the name 鈴木 一郎`);
    const head = encode(before + all[line - 1]!.slice(0, name), encoding, bom);
    return damage(encode(text, encoding, bom), head.length);
  }

  async function lossyAt(name: string, bytes: Uint8Array, line: number): Promise<vscode.Diagnostic> {
    const uri = await writeWorkspaceFile(name, bytes);
    await openReport('scratch', name);
    const diagnostics = await ourDiagnostics(uri, (d) => d.some((x) => x.code === 'encoding-lossy'));
    const lossy = diagnostics.find((d) => d.code === 'encoding-lossy');
    assert.ok(lossy, `${name}: an encoding-lossy diagnostic`);
    assert.equal(lossy.range.start.line, line - 1, `${name}: on line ${line}, where the bytes are`);
    assert.match(lossy.message, /^Some bytes could not be decoded as the detected encoding/);
    return lossy;
  }

  it('UTF-8 with an invalid byte sequence: a diagnostic on that line', async () => {
    // The name's first character (鈴, E9 88 B4) loses its two continuation bytes: E9 then E6 is not UTF-8.
    const bytes = damaged(lines.join('\r\n'), 'utf-8', false, 5, (b, at) => Uint8Array.from([...b.subarray(0, at + 1), ...b.subarray(at + 3)]));
    const lossy = await lossyAt('enc-utf8-invalid.csv', bytes, 5);
    assert.match(lossy.message, /\(utf-8, 1 characters\)/);
  });

  it('UTF-16 LE with a lone surrogate: a diagnostic on that line', async () => {
    const bytes = damaged(lines.join('\r\n'), 'utf-16le', true, 5, (b, at) => {
      const copy = Uint8Array.from(b);
      copy.set([0x00, 0xd8], at); // U+D800 with no low surrogate after it
      return copy;
    });
    const lossy = await lossyAt('enc-utf16le-invalid.csv', bytes, 5);
    assert.match(lossy.message, /\(utf-16le, 1 characters\)/);
  });

  it('Shift_JIS (over 1 MiB) with a broken byte far down: detected as Shift_JIS, a diagnostic on that line', async () => {
    const data = lines.slice(1).filter(Boolean);
    const all = [lines[0]!];
    while (all.length < 1_400) all.push(...data);
    const text = all.join('\r\n') + '\r\n';
    // The last 鈴木 一郎 row: far past the first MiB, from which the encoding is decided.
    const target = all.lastIndexOf(data.find((l) => l.includes('鈴木'))!) + 1;
    const bytes = damaged(text, 'shift_jis', false, target, (b, at) => {
      const copy = Uint8Array.from(b);
      copy[at] = 0xa0; // not a Shift_JIS byte
      return copy;
    });
    assert.ok(bytes.length > 1.1 * 1024 * 1024);
    const lossy = await lossyAt('enc-sjis-big-invalid.csv', bytes, target);
    assert.match(lossy.message, /\(shift_jis, \d+ characters\)/);
    const report = await (await api()).report(workspaceFile('scratch', 'enc-sjis-big-invalid.csv'));
    assert.equal(report?.encoding, 'shift_jis');
  });

  it('Shift_JIS with a broken byte in its first MiB: still read as Shift_JIS, a diagnostic on that line', async () => {
    const bytes = damaged(lines.join('\r\n'), 'shift_jis', false, 5, (b, at) => {
      const copy = Uint8Array.from(b);
      copy[at] = 0xa0;
      return copy;
    });
    await lossyAt('enc-sjis-invalid-line.csv', bytes, 5);
    assert.equal((await (await api()).report(workspaceFile('scratch', 'enc-sjis-invalid-line.csv')))?.encoding, 'shift_jis');
    // The grid, where the lost character shows as U+FFFD, says so too, naming the line.
    const recorder = await WebviewMessages.start();
    try {
      await vscode.commands.executeCommand('vscode.openWith', workspaceFile('scratch', 'enc-sjis-invalid-line.csv'), 'entraReportLens.reportGrid');
      const notices = () => recorder.gridNotices('enc-sjis-invalid-line.csv');
      assert.ok(await waitFor(() => notices().some((n) => /^Line 5: Some bytes could not be decoded/.test(n)), 15_000), `the grid's notices: ${JSON.stringify(notices())}`);
    } finally {
      recorder.stop();
    }
  });
});
