/**
 * What activating the extension costs: the entry bundle (dist/extension.js) loaded and `activate` run against a
 * minimal stand-in for the `vscode` module, with an ordinary CSV open (sniffed, not an export). VS Code's own overhead
 * is not included; this is the part the extension adds. Usage: node out/bench/activation.js ROOT
 */
import Module from 'node:module';
import path from 'node:path';

const root = process.argv[2]!;
const disposable = { dispose() {} };
const event = () => disposable;
const ordinaryCsv = {
  uri: { scheme: 'file', path: '/work/prices.csv', toString: () => 'file:///work/prices.csv' },
  languageId: 'plaintext',
  lineCount: 3,
  getText: () => 'id,name,price\n1,apple,120\n2,pear,150\n',
};
const vscode = {
  commands: { registerCommand: () => disposable, executeCommand: async () => undefined },
  window: {
    registerCustomEditorProvider: () => disposable,
    registerWebviewPanelSerializer: () => disposable,
    tabGroups: { onDidChangeTabs: event, activeTabGroup: { activeTab: undefined } },
    onDidChangeVisibleTextEditors: event,
    visibleTextEditors: [],
    activeTextEditor: undefined,
  },
  workspace: {
    textDocuments: [ordinaryCsv],
    onDidOpenTextDocument: event,
    onDidChangeTextDocument: event,
    getConfiguration: () => ({ get: (_k: string, d: unknown) => d, update: async () => undefined }),
    fs: { stat: async () => ({ size: 0 }) },
  },
  Range: class {},
  TabInputText: class {},
  TabInputCustom: class {},
  ConfigurationTarget: { Global: 1 },
  l10n: { t: (s: string) => s },
  env: { language: 'en' },
};

const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: unknown })._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscode : load(request, ...rest));

const context = { subscriptions: [] as unknown[], extensionUri: { fsPath: root } };
const start = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(path.join(root, 'dist', 'extension.js')) as { activate(c: unknown): { featuresLoaded(): boolean } };
const api = extension.activate(context);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ activationMs: ms, heavyLoaded: api.featuresLoaded() }) + '\n');
