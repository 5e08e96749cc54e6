/**
 * The read-only guarantee, in the real editor: every sample and generated export is opened in the text editor
 * (hover, diagnostics), in the Report Grid, and through every command that takes a file (Show Summary, Show User
 * Timeline, Export Summary to a folder outside the workspace, Copy Finding as KQL, Open in Report Grid, Reopen as Text,
 * the summary panel's jumps and KQL button), with Look Up Code and Switch Explanation Language run while they are
 * open. Before and after, every file of the workspace is listed with its size, modification time and SHA-256: nothing
 * changed, nothing was added anywhere in the workspace (no command writes next to the source unless the user chose
 * the path), and no document was left dirty.
 */
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { Summary } from '../../src/core/analysis';
import { buildIndex } from '../../src/core/model/build-index';
import { activateExtension, closeAllEditors, waitFor, waitForAsync, workspaceFile } from './workspace';

/** Exports in these folders of the test workspace are opened every way. */
const FOLDERS = ['samples', 'generated'];
/** Larger files (the 100k-row benchmark export, if one is added) are hashed but not opened: they would take minutes. */
const OPEN_AT_MOST = 10 * 1024 * 1024;
const FORMATS = ['markdown', 'csv', 'html'] as const;

interface FileState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/** Every entry under `root` (folders end with "/"), files with size, modification time and hash. */
function snapshot(root: string): Map<string, FileState | 'folder'> {
  const entries = new Map<string, FileState | 'folder'>();
  for (const relative of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(root, relative);
    const stat = statSync(full);
    if (stat.isDirectory()) entries.set(`${relative}/`, 'folder');
    else entries.set(relative, { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(readFileSync(full)).digest('hex') });
  }
  return entries;
}

const api = () => activateExtension();

/** The newest read of `uri` by `reader` after `since`. */
async function readOf(uri: vscode.Uri, reader: 'text' | 'grid', since: number, timeoutMs: number) {
  let found: ReturnType<Awaited<ReturnType<typeof api>>['reads']>[number] | undefined;
  await waitForAsync(async () => (found = (await api()).reads().filter((r) => r.uri === uri.toString() && r.reader === reader && r.at >= since).at(-1)) !== undefined, timeoutMs);
  return found;
}

async function hover(uri: vscode.Uri, line: number, character: number): Promise<void> {
  await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
}

describe('read-only: opening and running every command on the exports leaves the workspace as it was', function () {
  // Each export costs a few seconds (a grid, a summary and a timeline webview each); far more on a busy machine.
  this.timeout(300_000);
  let root: string;
  let initial: Map<string, FileState | 'folder'>;
  let exportFolder: string;
  let languageBefore: unknown;
  const files: vscode.Uri[] = [];
  const skipped: string[] = [];
  const dirty = new Set<string>();
  const users = new Map<string, string>();
  const stats = { reports: 0, notReports: 0, hovers: 0, diagnostics: 0, findings: 0, timelines: 0, exported: 0 };

  before(async () => {
    await activateExtension();
    root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    exportFolder = mkdtempSync(path.join(tmpdir(), 'erl-read-only-exports-'));
    assert.ok(path.relative(root, exportFolder).startsWith('..'), 'the export folder is outside the workspace');
    languageBefore = vscode.workspace.getConfiguration().inspect('entraReportLens.language')?.globalValue;
    const started = Date.now();
    initial = snapshot(root);
    for (const folder of FOLDERS) {
      for (const name of readdirSync(path.join(root, folder)).sort()) {
        const full = path.join(root, folder, name);
        if (statSync(full).size > OPEN_AT_MOST) skipped.push(`${folder}/${name}`);
        else files.push(vscode.Uri.file(full));
      }
    }
    console.log(`      ${initial.size} workspace entries listed and hashed in ${Date.now() - started} ms; ${files.length} exports to open${skipped.length ? `; not opened (too large): ${skipped.join(', ')}` : ''}`);
    // A user of each export (for Show User Timeline), from the product's own reader; reading changes nothing.
    for (const uri of files) {
      const index = await buildIndex((async function* () {
        yield readFileSync(uri.fsPath);
      })(), { isUtf8 });
      for (let row = 0; row < index.rowCount && !users.has(uri.toString()); row++) {
        const user = index.value('user', row);
        if (user) users.set(uri.toString(), user);
      }
    }
  });

  after(async () => {
    await vscode.workspace.getConfiguration().update('entraReportLens.language', languageBefore, vscode.ConfigurationTarget.Global);
    if (exportFolder) rmSync(exportFolder, { recursive: true, force: true });
  });

  /** Closes every editor, after noting (and reverting, so closing asks nothing) any dirty document. */
  async function closeAll(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) {
      if (!document.isDirty) continue;
      dirty.add(document.uri.toString());
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  }

  it('each export: Open in Report Grid, Show Summary (its jumps and KQL), Show User Timeline, Export Summary outside the workspace, Copy Finding as KQL, Reopen as Text (hovers, diagnostics)', async () => {
    const extension = await api();
    // ERL_READ_ONLY_TRACE=1: where the time goes, file by file.
    const trace = process.env['ERL_READ_ONLY_TRACE'] ? (line: string) => console.log(`      ${line}`) : () => undefined;
    const started = Date.now();
    let n = 0;
    for (const uri of files) {
      const name = path.basename(uri.path);
      const since = Date.now();
      // "Open in Report Grid" is `vscode.openWith(uri, 'entraReportLens.reportGrid')`; the grid reads the file itself.
      assert.equal(await vscode.commands.executeCommand('entraReportLens.openInGrid', uri), true);
      assert.ok(await readOf(uri, 'grid', since, 15_000), `the grid read ${name}`);
      const grid = Date.now();

      // The commands that take a file, side by side (each only reads it): the summary of the file open in the grid
      // only (read from the grid's index) and what clicks in its panel do, the timeline, the export, the KQL.
      const format = FORMATS[n++ % FORMATS.length]!;
      const target = vscode.Uri.file(path.join(exportFolder, `${n}-${name}.${format === 'markdown' ? 'md' : format}`));
      const user = users.get(uri.toString());
      const [summary, written] = await Promise.all([
        vscode.commands.executeCommand<Summary>('entraReportLens.showSummary', uri).then(async (summary) => {
          const evidence = summary?.findings[0]?.evidence[0];
          if (evidence) {
            stats.findings++;
            await extension.panelMessage('summary', uri, { type: 'revealRow', ref: { file: 0, line: evidence.line } });
            await extension.panelMessage('summary', uri, { type: 'copyKql', finding: 0 });
          }
          return summary;
        }),
        vscode.commands.executeCommand<vscode.Uri>('entraReportLens.exportSummary', uri, format, target),
        user ? vscode.commands.executeCommand('entraReportLens.showTimeline', uri, user).then(() => stats.timelines++) : undefined,
        vscode.commands.executeCommand('entraReportLens.copyFindingAsKql', uri, 0),
      ]);
      if (summary) {
        stats.reports++;
        assert.equal(written?.toString(), target.toString(), `the summary of ${name} was exported where asked`);
        assert.ok(existsSync(target.fsPath));
        stats.exported++;
      } else stats.notReports++;
      const commands = Date.now();

      // "Reopen as Text": the text editor's features index it; a code and the header are hovered, diagnostics read.
      assert.equal(await vscode.commands.executeCommand('entraReportLens.reopenAsText', uri), true);
      assert.ok(await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 10_000), `${name} is back in the text editor`);
      if (await extension.report(uri)) {
        const decorated = () => Object.values(extension.decorations(uri) ?? {}).flatMap((c) => [...(c ?? [])]);
        await waitFor(() => decorated().length > 0, 1_000);
        const cell = decorated()[0];
        await Promise.all([cell ? hover(uri, cell.line, cell.start + 1).then(() => stats.hovers++) : undefined, hover(uri, 0, 2)]);
      } else await hover(uri, 0, 2);
      stats.diagnostics += vscode.languages.getDiagnostics(uri).length;
      const text = Date.now();
      if (n % 8 === 0) await closeAll();
      trace(`${name}: grid ${grid - since} ms, commands ${commands - grid} ms, text ${text - commands} ms, closing ${Date.now() - text} ms`);
    }
    await closeAll();
    console.log(`      ${files.length} files in ${Math.round((Date.now() - started) / 1000)} s: ${JSON.stringify(stats)}`);
    assert.ok(stats.reports >= files.length - 3, 'nearly every file is a report');
    assert.equal(stats.exported, stats.reports);
    assert.ok(stats.hovers >= stats.reports - 5, 'nearly every report had a code hovered');
  });

  it('Look Up Code on a selected code and Switch Explanation Language, with an export open', async () => {
    const uri = workspaceFile('generated', 'signin-portal-57.csv');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await (await api()).report(uri);
    const at = editor.document.getText().indexOf('"50126"') + 1;
    const start = editor.document.positionAt(at);
    editor.selection = new vscode.Selection(start, start.translate(0, 5));
    const record = await vscode.commands.executeCommand<{ code: string }>('entraReportLens.lookUpCode');
    assert.equal(record?.code, '50126');
    await vscode.commands.executeCommand('entraReportLens.lookUpCode', '500121');
    await vscode.commands.executeCommand('entraReportLens.showSummary', uri);
    assert.equal(await vscode.commands.executeCommand('entraReportLens.switchLanguage', 'ja'), 'ja');
    // Everything open re-renders in Japanese (diagnostics, the summary, the explanation panel).
    assert.ok(await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => /[\u3040-\u30ff]/.test(d.message)), 5_000), 'diagnostics in Japanese');
    assert.equal(await vscode.commands.executeCommand('entraReportLens.switchLanguage', 'en'), 'en');
    await closeAll();
  });

  it('afterwards: no document is dirty, every file is byte-identical and untouched, and no file was added', async () => {
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) dirty.add(document.uri.toString());
    assert.deepEqual([...dirty], [], 'no document was left with unsaved changes');
    await closeAll();
    const now = snapshot(root);
    const added = [...now.keys()].filter((k) => !initial.has(k));
    const removed = [...initial.keys()].filter((k) => !now.has(k));
    const changed = [...initial.keys()].filter((k) => now.has(k) && JSON.stringify(now.get(k)) !== JSON.stringify(initial.get(k)));
    assert.deepEqual({ added, removed, changed }, { added: [], removed: [], changed: [] });
  });
});
