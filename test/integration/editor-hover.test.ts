/** Hovers on exports opened as text, read through `vscode.executeHoverProvider` in the real editor, in en and ja. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, withSetting, writeWorkspaceFile } from './workspace';

/** Our hover at the first occurrence of `needle` (offset `into` characters into it). */
async function hoverOn(editor: vscode.TextEditor, needle: string, into = 1): Promise<{ text: string; markdown: vscode.MarkdownString[] }> {
  const document = editor.document;
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the document`);
  const position = document.positionAt(at + into);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const markdown = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString || typeof (c as { value?: unknown }).value === 'string') as vscode.MarkdownString[];
  return { text: markdown.map((m) => m.value).join('\n\n'), markdown };
}

/** Markdown source → what the reader sees (backslash escapes removed). */
const plain = (md: string) => md.replace(/\\([^\sA-Za-z0-9])/g, '$1');

describe('hover explanations (in the editor)', () => {
  afterEach(closeAllEditors);

  it('a sign-in code: code, outcome, label, explanation, next step and the row, in English', async () => {
    const { editor } = await openReport('generated', 'signin-portal-57.csv');
    const { text } = await hoverOn(editor, '"50126"', 2);
    const shown = plain(text);
    assert.match(shown, /\*\*50126\*\* — Wrong user name or password/);
    assert.match(shown, /Outcome: failure · Sign-in error code/);
    assert.match(shown, /password spray/);
    assert.match(shown, /\*\*Next step:\*\* Confirm with the user/);
    assert.match(shown, /Row: bob\.smith@contoso\.com · 2025-12-04 08:20 UTC · /);
  });

  it('the same hover in Japanese when the language is ja', async () => {
    await withSetting('entraReportLens.language', 'ja', async () => {
      const { editor } = await openReport('generated', 'signin-portal-57.csv');
      const shown = plain((await hoverOn(editor, '"50126"', 2)).text);
      assert.match(shown, /\*\*50126\*\* — ユーザー名またはパスワードの誤り/);
      assert.match(shown, /結果: 失敗 · サインイン エラー コード/);
      assert.match(shown, /\*\*次の手順:\*\* /);
      assert.match(shown, /行: bob\.smith@contoso\.com/);
    });
  });

  it('500121 says the password was correct; an MFA result string is explained too', async () => {
    const { editor } = await openReport('generated', 'signin-portal-57.csv');
    assert.match(plain((await hoverOn(editor, '"500121"', 2)).text), /The password was correct: the first factor succeeded\./);
    assert.match(plain((await hoverOn(editor, 'MFA denied; user declined the authentication', 5)).text), /Outcome: failure · MFA result detail/);
  });

  it('a header names what the column is', async () => {
    const { editor } = await openReport('generated', 'signin-portal-57.csv');
    const shown = plain((await hoverOn(editor, '"Sign-in error code"', 3)).text);
    assert.match(shown, /\*\*Sign-in error code\*\* — Column 29 of 57/);
    assert.match(shown, /0 means the sign-in succeeded/);
  });

  it('a Graph JSON errorCode and a Japanese classic report detail', async () => {
    const json = await openReport('generated', 'signin-graph-ps.json');
    assert.match(plain((await hoverOn(json.editor, '"errorCode":  500121', 15)).text), /\*\*500121\*\*/);
    await withSetting('entraReportLens.language', 'ja', async () => {
      const classic = await openReport('generated', 'sspr-reset-activity-ja.csv');
      assert.match(plain((await hoverOn(classic.editor, '24 時間ブロックされました', 2)).text), /結果: ブロック/);
    });
  });

  it('text from the file is escaped: markup and command links in a cell stay literal and inert', async () => {
    const hostile = '[open](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold**';
    const csv = ['"Date (UTC)","Request ID","Username","Application","Status","Sign-in error code"', `"2025-12-04T08:19:41Z","r1","${hostile}","App","Failure","50126"`].join('\r\n');
    await writeWorkspaceFile('hostile-signins.csv', csv + '\r\n');
    const { editor } = await openReport('scratch', 'hostile-signins.csv');
    const { text, markdown } = await hoverOn(editor, '"50126"', 2);
    assert.ok(markdown.length > 0);
    for (const m of markdown) {
      assert.notEqual(m.isTrusted, true);
      assert.notEqual(m.supportHtml, true);
    }
    assert.doesNotMatch(text, /\]\(command:/, 'the link is escaped');
    assert.match(text, /\\\[open\\\]\\\(command\\:workbench\\\.action\\\.quit\\\)/);
    assert.doesNotMatch(text, /&nbsp;/, 'ordinary spaces, so long text wraps');
    assert.match(plain(text), /Row: \[open\]\(command:workbench\.action\.quit\) <img src=x onerror=alert\(1\)> \*\*bold\*\*/);
  });
});
