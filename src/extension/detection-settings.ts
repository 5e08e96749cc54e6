/** Detection thresholds from the user's `entraReportLens.detections.*` settings, over the core's defaults. */
import * as vscode from 'vscode';
import { resolveSettings, SETTING_SPECS, type DetectionSettings } from '../core/analysis';

export function detectionSettings(): DetectionSettings {
  const config = vscode.workspace.getConfiguration('entraReportLens.detections');
  const overrides: Record<string, unknown> = {};
  for (const spec of SETTING_SPECS) {
    const value = config.inspect<number>(spec.key);
    const chosen = value?.workspaceFolderValue ?? value?.workspaceValue ?? value?.globalValue;
    if (chosen !== undefined) overrides[spec.key] = chosen;
  }
  return resolveSettings(overrides).settings;
}
