/** Which columns the grid shows first, their widths, and restoring a saved layout. */
import assert from 'node:assert/strict';
import { SIGNIN_PORTAL_57 } from '../../../src/core/formats/kinds/signin-portal-layouts';
import type { GridColumn } from '../../../src/protocol';
import { defaultLayout, MAX_WIDTH, MIN_WIDTH, restoreLayout, visibleColumns, withHidden, withWidth } from '../../../webview/grid/columns';

const ROLES: Record<string, string> = {
  'Date (UTC)': 'time', 'Request ID': 'requestId', 'User agent': 'userAgent', User: 'userDisplay', Username: 'userName', Application: 'app',
  'IP address': 'ip', Location: 'location', Status: 'status', 'Sign-in error code': 'code', 'Failure reason': 'failureReason', 'Client app': 'clientApp',
};
const PORTAL: GridColumn[] = SIGNIN_PORTAL_57.map((name, id) => ({ id, name, ...(ROLES[name] ? { role: ROLES[name] } : {}) }));
const name = (id: number) => PORTAL[id]!.name;

describe('grid columns', () => {
  it('shows a readable few of the portal’s 57 columns, the time first', () => {
    const layout = defaultLayout(PORTAL, { timeColumn: 0, codeColumn: 28, userColumn: 6 });
    const shown = visibleColumns(layout).map(name);
    assert.equal(shown[0], 'Date (UTC)');
    for (const wanted of ['Username', 'Application', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason']) assert.ok(shown.includes(wanted), wanted);
    for (const unwanted of ['Request ID', 'User agent', 'Correlation ID', 'Session ID']) assert.ok(!shown.includes(unwanted), unwanted);
    assert.ok(shown.length >= 8 && shown.length <= 16, `${shown.length} shown`);
  });

  it('shows everything for small exports, and fills up with non-identifiers when few columns are known', () => {
    const small = PORTAL.slice(0, 10);
    assert.equal(visibleColumns(defaultLayout(small)).length, 10);
    const unknown: GridColumn[] = Array.from({ length: 20 }, (_, id) => ({ id, name: id % 2 ? `thing${id}` : `thing${id}Id` }));
    const shown = visibleColumns(defaultLayout(unknown)).map((id) => unknown[id]!.name);
    assert.equal(shown.length, 8);
    assert.ok(shown.every((n) => !n.endsWith('Id')));
  });

  it('keeps at least one column shown and clamps widths', () => {
    let layout = defaultLayout(PORTAL.slice(0, 2));
    layout = withHidden(layout, 0, true);
    layout = withHidden(layout, 1, true);
    assert.deepEqual(visibleColumns(layout), [1]);
    assert.equal(withWidth(layout, 1, 5).widths.get(1), MIN_WIDTH);
    assert.equal(withWidth(layout, 1, 99_999).widths.get(1), MAX_WIDTH);
  });

  it('restores saved hidden columns and widths, ignoring ids the file does not have', () => {
    const base = defaultLayout(PORTAL, { timeColumn: 0 });
    const restored = restoreLayout(base, { hidden: [1, 2, 999], widths: { '16': 333, '999': 50, '3': Number.NaN } });
    assert.deepEqual([...restored.hidden].sort((a, b) => a - b), [1, 2]);
    assert.equal(restored.widths.get(16), 333);
    assert.equal(restored.widths.has(999), false);
    assert.equal(restored.widths.get(3), base.widths.get(3));
  });
});
