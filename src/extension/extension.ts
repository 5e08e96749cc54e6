/** Entry point: each feature registers itself. Nothing heavy runs at activation. */
import type * as vscode from 'vscode';
import { registerLookUpCode } from './look-up-code';
import { registerSwitchLanguage } from './switch-language';

export function activate(context: vscode.ExtensionContext): void {
  registerLookUpCode(context);
  registerSwitchLanguage(context);
}

export function deactivate(): void {}
