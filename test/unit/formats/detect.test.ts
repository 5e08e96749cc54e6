/**
 * Detection by what values look like, where no header name is known: one odd value must not move a field to another
 * column of the same shape.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indexBytes } from '../../../src/core/model/build-index';
import { utf8 } from './text-helpers';

const FUTURE_LAYOUT = path.join(__dirname, '../../fixtures/generated/signin-portal-58-ja-future-layout.csv');

describe('detection by value shape', () => {
  it('keeps a field in its column when one sample value there is broken (request id: one of several GUID columns)', () => {
    const text = readFileSync(FUTURE_LAYOUT, 'utf8');
    const clean = indexBytes(utf8(text));
    const requestId = clean.info.columns.find((c) => c.field === 'requestId');
    assert.equal(requestId?.source, 'value');
    // A NUL inside the request id of the last row: that one value is no longer a GUID.
    const lastLine = text.trimEnd().split('\n').length - 1;
    const lines = text.split('\n');
    lines[lastLine] = lines[lastLine]!.replace(/^("[^"]*","[0-9a-f]{8})/, '$1\0');
    const broken = indexBytes(utf8(lines.join('\n')));
    assert.notEqual(lines.join('\n'), text);
    assert.equal(broken.info.columns.find((c) => c.field === 'requestId')?.column, requestId!.column);
    assert.equal(broken.value('requestId', 0), clean.value('requestId', 0));
  });
});
