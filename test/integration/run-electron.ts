/**
 * The same in-editor suite under @vscode/test-electron, for a desktop with internet access (it downloads VS Code).
 * Usage: npm run build && npm run test:electron
 */
import { rmSync } from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { makeTestWorkspace } from '../vscode/harness';
import { buildIntegrationSuite, ROOT } from './build';

async function main(): Promise<void> {
  const suite = await buildIntegrationSuite();
  const workspace = makeTestWorkspace();
  try {
    await runTests({ extensionDevelopmentPath: ROOT, extensionTestsPath: suite, launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'] });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`in-editor suite (electron) failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
