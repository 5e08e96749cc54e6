/**
 * `npm start`: the product as a user gets it, in a real VS Code served on this machine. Builds and packages the
 * extension (.vsix), installs it into a fresh editor profile, opens a workspace holding the bundled sample exports,
 * and prints the address to open in a browser. Listens on 127.0.0.1 only (no authentication is exposed beyond
 * loopback). Stop with Ctrl+C.   Options: PORT=3100 (default; another free port if taken).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, startEditor } from './harness';
import { PINS, ROOT, RUNTIME } from './install';

async function portOrFree(wanted: number): Promise<number> {
  const probe = await fetch(`http://127.0.0.1:${wanted}/`).then(
    () => true,
    () => false,
  );
  return probe ? freePort() : wanted;
}

async function main(): Promise<void> {
  console.log('Building and packaging the extension…');
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (packaged.status !== 0) throw new Error('npm run package failed');

  const workspace = path.join(RUNTIME, 'start-workspace');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'test', 'fixtures', 'samples'), path.join(workspace, 'samples'), { recursive: true });
  cpSync(path.join(ROOT, 'test', 'fixtures', 'generated'), path.join(workspace, 'generated'), {
    recursive: true,
    filter: (p) => !p.endsWith('expected.json'),
  });

  const profileDir = path.join(RUNTIME, 'start-profile');
  rmSync(profileDir, { recursive: true, force: true });
  const port = await portOrFree(Number(process.env['PORT'] ?? 3100));
  const editor = await startEditor({ workspace, vsix: path.join(ROOT, 'dist', 'entra-report-lens.vsix'), profileDir, port });
  const url = `${editor.url}/?folder=${encodeURIComponent(workspace)}`;
  console.log(`
Entra Report Lens is running in VS Code ${PINS.vscode} (code-server ${PINS.codeServer}), with the sample exports open.

  Open in a browser:  ${url}

Try: F1 → "Entra Report Lens: Look Up Code" → 500121.   Stop with Ctrl+C.
`);
  await new Promise(() => undefined); // until Ctrl+C (the harness stops the editor on SIGINT/SIGTERM)
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
