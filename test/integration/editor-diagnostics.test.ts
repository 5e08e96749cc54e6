/** Problems panel entries for broken exports, read with `vscode.languages.getDiagnostics` in the real editor. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, waitForAsync, withSetting, writeWorkspaceFile } from './workspace';

const HEADER = '"Date (UTC)","Request ID","Username","Status","Sign-in error code","IP address"';
const row = (i: number, code: string) => `"2025-12-04T08:${String(i % 60).padStart(2, '0')}:00Z","r${i}","user${i}@contoso.com","Failure","${code}","203.0.113.${i % 250}"`;

async function diagnosticsOf(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  let found: vscode.Diagnostic[] = [];
  await waitForAsync(async () => ready((found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Entra Report Lens'))), 10_000);
  return found;
}

describe('diagnostics (in the editor)', () => {
  afterEach(closeAllEditors);

  const broken = [
    HEADER,
    row(1, '50126'),
    '"2025-12-04T08:02:00Z","r2","user2@contoso.com","Failure"', // too few fields
    row(3, '50126'),
    '"2025-12-04T08:04:00Z","r4","user4@contoso.com","Fail"ure","50126","203.0.113.4"', // broken quoting
    row(5, '9999999'), // not in the catalog
    row(6, '50074'),
  ];

  it('malformed rows, broken quoting and unknown codes at their line, with severity and message', async () => {
    const uri = await writeWorkspaceFile('broken-signins.csv', broken.join('\r\n') + '\r\n');
    await openReport('scratch', 'broken-signins.csv');
    const diagnostics = await diagnosticsOf(uri, (d) => d.length >= 3);
    const at = (line: number) => diagnostics.find((d) => d.range.start.line === line);
    const fieldCount = at(2);
    assert.equal(fieldCount?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(fieldCount?.message, 'Wrong number of fields: 4 instead of 6. Values in this row may be in the wrong columns.');
    assert.equal(fieldCount?.code, 'csv-field-count');
    const quotes = at(4);
    assert.equal(quotes?.severity, vscode.DiagnosticSeverity.Error);
    assert.match(quotes?.message ?? '', /^Broken quoting: .*This line was skipped; the following lines are read normally\.$/);
    const unknown = at(5);
    assert.equal(unknown?.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(unknown?.message, 'The code "9999999" is not in the catalog, so it cannot be explained yet.');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(unknown!.range), '"9999999"', 'an unknown code is marked on its cell');
    assert.equal(at(6), undefined, 'a good row has no diagnostic');
  });

  it('messages in Japanese; severities are settings ("off" hides a category)', async () => {
    const uri = await writeWorkspaceFile('broken-signins-ja.csv', broken.join('\r\n') + '\r\n');
    await withSetting('entraReportLens.language', 'ja', async () => {
      await openReport('scratch', 'broken-signins-ja.csv');
      const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => x.range.start.line === 2 && /フィールド数/.test(x.message)));
      assert.equal(diagnostics.find((d) => d.range.start.line === 2)?.message, 'フィールド数が正しくありません (4 instead of 6)。この行の値は列がずれている可能性があります。');
    });
    await withSetting('entraReportLens.diagnostics.unknownCodes', 'off', async () => {
      const diagnostics = await diagnosticsOf(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'unknown-code'));
      assert.ok(diagnostics.every((d) => d.code !== 'unknown-code'));
    });
  });

  it('a file with thousands of broken rows lists at most maxPerFile, then says how many more', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 800; i++) lines.push(i % 2 ? row(i, '50126') : `"2025-12-04T08:00:00Z","r${i}","short"`);
    const uri = await writeWorkspaceFile('flood.csv', lines.join('\n') + '\n');
    await withSetting('entraReportLens.diagnostics.maxPerFile', 100, async () => {
      await openReport('scratch', 'flood.csv');
      const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => x.code === 'more-problems'));
      assert.equal(diagnostics.length, 101);
      const more = diagnostics.find((d) => d.code === 'more-problems');
      assert.match(more?.message ?? '', /^\d+ more problems are not listed \(at most 100 per file/);
    });
  });
});
