import assert from 'node:assert/strict';
import { literalInQuickPick } from '../../../src/extension/quick-pick-text';

describe('text from an export in a quick pick', () => {
  it('shows $(icon) syntax from the file as typed, not as an icon', () => {
    assert.equal(literalInQuickPick('$(warning) admin@contoso.com'), '\\$(warning) admin@contoso.com');
    assert.equal(literalInQuickPick('a $(sync~spin) b $(x)'), 'a \\$(sync~spin) b \\$(x)');
  });

  it('leaves ordinary text and already escaped icons alone', () => {
    assert.equal(literalInQuickPick('alice@contoso.com · 198.51.100.7'), 'alice@contoso.com · 198.51.100.7');
    assert.equal(literalInQuickPick('\\$(warning)'), '\\$(warning)');
    assert.equal(literalInQuickPick('$ (not an icon) $()'), '$ (not an icon) $()');
  });

  it('writes hidden characters as [U+XXXX]: an override cannot reverse a name, a zero-width space cannot hide', () => {
    assert.equal(literalInQuickPick('moc.osotnoc@\u202Enimda\u202C'), 'moc.osotnoc@[U+202E]nimda[U+202C]');
    assert.equal(literalInQuickPick('ad\u200Bmin\u200D@contoso.com\uFEFF'), 'ad[U+200B]min[U+200D]@contoso.com[U+FEFF]');
    assert.equal(literalInQuickPick('\u202E$(zap)'), '[U+202E]\\$(zap)');
  });
});
