/**
 * "Entra Report Lens: Look Up Code" — works with no file open. With a code argument (or a code selected in any
 * editor: a ticket, a log) it explains that code; otherwise a quick pick searches the whole catalog by code, label or
 * words in English and Japanese. Returns the record shown, so tests and other commands can use the result.
 */
import * as vscode from 'vscode';
import { catalog, type CatalogRecord } from '../core/catalog';
import { FAMILY_NAMES, OUTCOME_NAMES } from '../core/display';
import { ExplainPanel } from './explain-panel';
import { displayLanguage } from './language';

interface RecordItem extends vscode.QuickPickItem {
  readonly record: CatalogRecord;
}

export function registerLookUpCode(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    // The palette command `entraReportLens.lookUpCode` (light entry point) forwards here once the catalog is loaded.
    vscode.commands.registerCommand('entraReportLens.lookUpCode.run', async (code?: string): Promise<CatalogRecord | undefined> => {
      const lang = displayLanguage();
      const wanted = typeof code === 'string' ? code : selectedText();
      let record = wanted ? catalog.lookup(wanted) : undefined;
      if (!record && typeof code !== 'string') record = await pick(lang, wanted);
      if (!record) {
        if (typeof code === 'string') void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" is not in the Entra Report Lens catalog.', code));
        return undefined;
      }
      ExplainPanel.show(context.extensionUri, record);
      return record;
    }),
  );
}

function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return undefined;
  const text = editor.document.getText(editor.selection).trim();
  return text.length > 0 && text.length <= 300 ? text : undefined;
}

async function pick(lang: 'en' | 'ja', initial: string | undefined): Promise<CatalogRecord | undefined> {
  const items: RecordItem[] = catalog.records.map((record) => ({
    record,
    label: record.code,
    description: `${OUTCOME_NAMES[record.outcome][lang]} · ${record.label[lang]}`,
    detail: `${FAMILY_NAMES[record.family][lang]} — ${record.label[lang === 'en' ? 'ja' : 'en']}`,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Look up an Entra code or value'),
    placeHolder: vscode.l10n.t('Type a code (50126, SUCCESS_USER_BLOCKED), a phrase or words in English or Japanese'),
    matchOnDescription: true,
    matchOnDetail: true,
    ...(initial ? { value: initial } : {}),
  } as vscode.QuickPickOptions);
  return chosen?.record;
}
