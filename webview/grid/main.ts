/**
 * The Report Grid webview: a read-only, virtualized view of an export. The host owns the file (reads, indexes,
 * answers queries and page requests); this page draws only the rows in view and asks for them page by page.
 * Everything from the export is placed with `textContent`; no inline handlers, no HTML strings.
 */
import type { HostToGrid } from '../../src/protocol';
import { registerControls } from '../ui';
import { GridController } from './grid-controller';
import { connectToHost } from './host';

registerControls();
const host = connectToHost();
const controller = new GridController(host, document.body);

window.addEventListener('message', (event: MessageEvent<HostToGrid>) => controller.handle(event.data));

host.post({ type: 'ready' });
