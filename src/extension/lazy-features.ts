/**
 * The heavy part of the extension (catalog, readers, index, editor features) is a separate bundle, `dist/features.js`,
 * required the first time it is needed: when a document looks like an export, or a command that needs the catalog
 * runs. Opening an ordinary CSV or JSON never loads it.
 */
import path from 'node:path';
import type * as vscode from 'vscode';
import type { Features } from './api';

type FeaturesModule = { activateFeatures(context: vscode.ExtensionContext): Features };

let loaded: Features | undefined;

export function featuresLoaded(): boolean {
  return loaded !== undefined;
}

export function loadFeatures(context: vscode.ExtensionContext): Features {
  if (!loaded) {
    // A path esbuild cannot follow, so the heavy bundle stays out of the light one.
    const module = require(path.join(__dirname, 'features.js')) as FeaturesModule;
    loaded = module.activateFeatures(context);
  }
  return loaded;
}
