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
});
