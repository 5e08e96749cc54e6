/**
 * Runs the in-editor suite inside a real VS Code here, offline: code-server with the smoke-test driver loads the
 * extension from source and the compiled suite, and reports mocha's result back through the browser.
 * Usage: npm run test:integration   (after npm run build)
 */
import { rmSync } from 'node:fs';
import { format } from 'node:util';
import { launchBrowser, makeTestWorkspace, openWorkbench, remoteUri, startEditor, stopAll } from '../vscode/harness';
import { buildIntegrationSuite, ROOT } from './build';

const TIMEOUT_MS = 10 * 60_000;

/** Workbench chatter that is expected offline (no marketplace, no connection-status interest) and hides results. */
const NOISE = [/ENOTFOUND open-vsx\.org/, /\/static\/out\/vs\//, /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^\[AgentHost/];

function print(line: string): void {
  if (!NOISE.some((n) => n.test(line.trim()))) console.log(line);
}

async function main(): Promise<number> {
  const suite = await buildIntegrationSuite();
  const workspace = makeTestWorkspace();
  try {
    const editor = await startEditor({ workspace, testDriver: true });
    const { page } = await launchBrowser();
    let finish!: (code: number) => void;
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      for (const line of format(...(args ?? [])).split('\n')) print(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await openWorkbench(page, editor, [
      ['extensionDevelopmentPath', remoteUri(editor, ROOT)],
      ['extensionTestsPath', remoteUri(editor, suite)],
      ['skipWelcome', 'true'],
    ]);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), TIMEOUT_MS).unref());
    const code = await Promise.race([exitCode, timeout]);
    if (code === -1) console.error(`in-editor suite: no result within ${TIMEOUT_MS / 60_000} minutes\n${editor.log()}`);
    return code;
  } finally {
    await stopAll();
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code === 0 ? 0 : 1),
  (error) => {
    console.error(`in-editor suite could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
