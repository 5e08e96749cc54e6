/** Code cells coloured by outcome in the real editor, as the extension reports applying them, in en and ja. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DecoratedCells } from '../../src/extension/api';
import { closeAllEditors, openReport, waitForAsync, withSetting, writeWorkspaceFile } from './workspace';

/** The cells the extension last decorated in the editor of `opened`, once `ready` holds for them. */
async function decorationsOf(opened: Awaited<ReturnType<typeof openReport>>, ready: (cells: DecoratedCells) => boolean = () => true): Promise<DecoratedCells> {
  const uri = opened.editor.document.uri;
  let cells: DecoratedCells | undefined;
  const ok = await waitForAsync(async () => (cells = opened.api.decorations(uri)) !== undefined && ready(cells), 10_000);
  assert.ok(ok && cells, 'decorations were applied');
  return cells;
}

const codes = (cells: DecoratedCells, outcome: keyof DecoratedCells) => (cells[outcome] ?? []).map((c) => c.code);

describe('outcome decorations (in the editor)', () => {
  afterEach(closeAllEditors);

  it('colours each code cell by its row outcome, with a faded English label', async () => {
    const opened = await openReport('generated', 'signin-portal-57.csv');
    const { editor } = opened;
    const cells = await decorationsOf(opened);
    assert.ok(codes(cells, 'failure').includes('50126') && codes(cells, 'failure').includes('500121'));
    assert.ok(codes(cells, 'interrupt').includes('50074') && codes(cells, 'interrupt').includes('50140'));
    assert.ok(codes(cells, 'blocked').includes('53003') && codes(cells, 'blocked').includes('50053'));
    assert.ok(codes(cells, 'success').includes('0'));
    for (const [outcome, list] of Object.entries(cells)) {
      for (const cell of list ?? []) {
        const text = editor.document.lineAt(cell.line).text.slice(cell.start, cell.end);
        assert.equal(text, `"${cell.code}"`, `${outcome} cell on line ${cell.line + 1}`);
      }
    }
    assert.equal(cells.failure?.find((c) => c.code === '50126')?.label, 'Wrong user name or password');
  });

  it('labels follow the language, and can be turned off', async () => {
    const opened = await openReport('generated', 'signin-portal-57.csv');
    await withSetting('entraReportLens.language', 'ja', async () => {
      const cells = await decorationsOf(opened, (c) => c.failure?.find((x) => x.code === '50126')?.label === 'ユーザー名またはパスワードの誤り');
      assert.ok(cells.failure?.length);
    });
    await withSetting('entraReportLens.inlineLabels', false, async () => {
      const cells = await decorationsOf(opened, (c) => (c.failure ?? []).every((x) => x.label === undefined));
      assert.ok((cells.failure ?? []).length > 0, 'cells stay coloured without labels');
    });
  });

  it('only the visible lines plus a margin are decorated, and scrolling moves them', async () => {
    const header = '"Date (UTC)","Request ID","Username","Status","Sign-in error code"';
    const rows = Array.from({ length: 3_000 }, (_, i) => `"2025-12-04T08:${String(i % 60).padStart(2, '0')}:00Z","r${i}","u${i % 40}@contoso.com","Failure","${i % 2 ? '50126' : '50074'}"`);
    await writeWorkspaceFile('many-signins.csv', [header, ...rows].join('\n') + '\n');
    const opened = await openReport('scratch', 'many-signins.csv');
    const { editor } = opened;
    const all = (c: DecoratedCells) => Object.values(c).flatMap((list) => list ?? []);
    const top = all(await decorationsOf(opened));
    assert.ok(top.length > 20 && top.length < 400, `${top.length} cells decorated at the top`);
    assert.ok(Math.max(...top.map((c) => c.line)) < 400);
    editor.revealRange(new vscode.Range(2_500, 0, 2_500, 0), vscode.TextEditorRevealType.AtTop);
    const scrolled = all(await decorationsOf(opened, (c) => all(c).some((x) => x.line >= 2_500)));
    assert.ok(Math.min(...scrolled.map((c) => c.line)) > 2_000, 'the top rows are no longer decorated');
    assert.ok(scrolled.length < 400);
  });
});
