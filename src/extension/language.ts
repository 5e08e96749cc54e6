/** The explanation language: the `entraReportLens.language` setting, or VS Code's display language when `auto`. */
import * as vscode from 'vscode';
import type { Lang } from '../core/catalog';

export function displayLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration('entraReportLens').get<string>('language', 'auto');
  if (setting === 'en' || setting === 'ja') return setting;
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
