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

describe('security findings in the Problems panel (in the editor)', () => {
  afterEach(closeAllEditors);

  const HEAD = '"Date (UTC)","Request ID","Username","Status","Sign-in error code","IP address","Multifactor authentication result","Multifactor authentication auth method"';
  const at = (minute: number, second = 0) => `2025-12-04T09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}Z`;
  const refused = (minute: number) => `"${at(minute)}","f${minute}","victim@contoso.com","Failure","500121","198.51.100.7","MFA denied; user declined the authentication","Mobile app notification"`;
  // Eight declined pushes in eight minutes, then the victim gives in and approves one.
  const fatigue = [HEAD, ...[0, 1, 2, 3, 4, 5, 6, 7].map(refused), `"${at(8, 30)}","ok","victim@contoso.com","Success","0","198.51.100.7","MFA successfully completed","Mobile app notification"`];

  it('an MFA fatigue burst is reported at the success that followed, with the refused prompts as related rows', async () => {
    const uri = await writeWorkspaceFile('fatigue.csv', fatigue.join('\r\n') + '\r\n');
    await openReport('scratch', 'fatigue.csv');
    const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => x.code === 'mfa-fatigue'));
    const finding = diagnostics.find((d) => d.code === 'mfa-fatigue');
    assert.equal(finding?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(finding?.range.start.line, 9, 'anchored at the success row (line 10)');
    assert.match(finding?.message ?? '', /^\[High\] .*MFA fatigue/i);
    assert.equal(finding?.relatedInformation?.length, 8);
    assert.deepEqual(finding?.relatedInformation?.map((r) => r.location.range.start.line), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.match(finding?.relatedInformation?.[0]?.message ?? '', /^attempt · 2025-12-04 09:00 UTC$/);
  });

  it('a user name with hidden characters is written out in the finding, not reordered by them', async () => {
    // U+202E reverses what follows it on screen: "victim@contoso.com" would read as another name.
    const disguised = fatigue.map((line) => line.replace(/victim@contoso\.com/g, 'victim@\u202Emoc.osotnoc\u202C'));
    const uri = await writeWorkspaceFile('fatigue-bidi.csv', disguised.join('\r\n') + '\r\n');
    await openReport('scratch', 'fatigue-bidi.csv');
    const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => x.code === 'mfa-fatigue'));
    const message = diagnostics.find((d) => d.code === 'mfa-fatigue')?.message ?? '';
    assert.ok(message.includes('victim@[U+202E]moc.osotnoc[U+202C]'), message);
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(message), 'no raw bidi control in the Problems panel');
  });

  it('in Japanese, and raising the threshold above the burst removes the finding', async () => {
    const uri = await writeWorkspaceFile('fatigue-ja.csv', fatigue.join('\r\n') + '\r\n');
    await withSetting('entraReportLens.language', 'ja', async () => {
      await openReport('scratch', 'fatigue-ja.csv');
      const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => x.code === 'mfa-fatigue' && /^\[高\]/.test(x.message)));
      assert.match(diagnostics.find((d) => d.code === 'mfa-fatigue')?.relatedInformation?.[0]?.message ?? '', /^試行 · /);
    });
    await withSetting('entraReportLens.detections.mfaFatigue.minRefusedPrompts', 20, async () => {
      const diagnostics = await diagnosticsOf(uri, (d) => !d.some((x) => x.code === 'mfa-fatigue'));
      assert.ok(diagnostics.every((d) => d.code !== 'mfa-fatigue'));
    });
  });
});
