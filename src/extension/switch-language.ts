/**
 * "Entra Report Lens: Switch Explanation Language": auto (VS Code's display language), English or Japanese, saved in
 * the user's `entraReportLens.language` setting. Returns the setting chosen, so tests and scripts can use it.
 */
import * as vscode from 'vscode';

type LanguageSetting = 'auto' | 'en' | 'ja';
const VALUES: readonly LanguageSetting[] = ['auto', 'en', 'ja'];

export function registerSwitchLanguage(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('entraReportLens.switchLanguage', async (value?: string): Promise<LanguageSetting | undefined> => {
      let chosen = VALUES.find((v) => v === value);
      if (!chosen) {
        const current = vscode.workspace.getConfiguration('entraReportLens').get<string>('language', 'auto');
        const items: Array<vscode.QuickPickItem & { value: LanguageSetting }> = [
          { value: 'auto', label: vscode.l10n.t('Automatic'), description: vscode.l10n.t("VS Code's display language") },
          { value: 'en', label: 'English' },
          { value: 'ja', label: '日本語', description: 'Japanese' },
        ];
        for (const item of items) if (item.value === current) item.detail = vscode.l10n.t('Current setting');
        chosen = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of explanations') }))?.value;
      }
      if (!chosen) return undefined;
      await vscode.workspace.getConfiguration('entraReportLens').update('language', chosen, vscode.ConfigurationTarget.Global);
      return chosen;
    }),
  );
}
