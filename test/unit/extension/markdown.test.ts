/** Export text in a hover must stay text: every Markdown/HTML syntax character escaped, spaces kept for wrapping. */
import assert from 'node:assert/strict';
import { escapeExportText, escapeMarkdown } from '../../../src/extension/markdown';

const HOSTILE = [
  '[open](command:workbench.action.quit)',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ `code` # title',
  '![x](https://example.invalid/p.png)',
  '&lt;script&gt; &#60;',
  '| a | b |',
  '$(alert) ~~strike~~ <!-- c -->',
  'line one\nline two\r\nthree',
];

describe('escaping export text for hovers', () => {
  for (const text of HOSTILE) {
    it(`leaves no active syntax in ${JSON.stringify(text)}`, () => {
      const escaped = escapeMarkdown(text);
      // Drop every escaped pair: what is left must hold no syntax character at all.
      const rest = escaped.replace(/\\[^\sA-Za-z0-9]/g, '');
      assert.doesNotMatch(rest, /[\\`*_{}[\]()#+\-.!|<>~&"':=$]/);
      assert.doesNotMatch(escaped, /\n/);
      // Unescaping gives the text back (line breaks become spaces).
      assert.equal(escaped.replace(/\\([^\sA-Za-z0-9])/g, '$1'), text.replace(/\r?\n/g, ' '));
    });
  }

  it('keeps ordinary spaces, so long explanations wrap', () => {
    assert.equal(escapeMarkdown('Wrong user name or password'), 'Wrong user name or password');
  });

  it('writes hidden characters of export text as [U+XXXX] (an override cannot reorder the hover), as literal text', () => {
    const bidi = escapeExportText('moc.osotnoc@\u202Enimda\u202C');
    assert.equal(bidi, 'moc\\.osotnoc@\\[U\\+202E\\]nimda\\[U\\+202C\\]');
    assert.equal(bidi.replace(/\\([^\sA-Za-z0-9])/g, '$1'), 'moc.osotnoc@[U+202E]nimda[U+202C]');
    const zeroWidth = escapeExportText('ad\u200Bmin\u200D@contoso.com\uFEFF').replace(/\\([^\sA-Za-z0-9])/g, '$1');
    assert.equal(zeroWidth, 'ad[U+200B]min[U+200D]@contoso.com[U+FEFF]');
    assert.doesNotMatch(escapeExportText('a\u2066b\u00ADc\u0007'), /[\u2066\u00AD\u0007]/);
    assert.equal(escapeExportText('Wrong user name or password'), 'Wrong user name or password');
  });
});
