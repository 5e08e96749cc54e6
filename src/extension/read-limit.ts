/**
 * Above a size the user sets (`entraReportLens.confirmFullReadAboveMB`), reading a whole export is asked for first:
 * a 2 GB Graph dump takes a while and real memory. The user can read all of it, only its first part (the rows up to
 * the limit, enough to look around), or nothing.
 */
import * as vscode from 'vscode';

export type ReadChoice = { readonly read: 'all' } | { readonly read: 'head'; readonly bytes: number } | { readonly read: 'none' };

const MB = 1024 * 1024;
const DEFAULT_LIMIT_MB = 500;

export function fullReadLimitBytes(): number {
  const mb = vscode.workspace.getConfiguration('entraReportLens').get<number>('confirmFullReadAboveMB', DEFAULT_LIMIT_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * MB : Infinity;
}

function megabytes(bytes: number): string {
  return (bytes / MB).toLocaleString(vscode.env.language, { maximumFractionDigits: bytes < 10 * MB ? 1 : 0 });
}

/** Asks how much of `uri` to read when it is over the limit; reads all of it otherwise. */
export async function chooseHowMuchToRead(uri: vscode.Uri, size: number): Promise<ReadChoice> {
  const limit = fullReadLimitBytes();
  if (size <= limit) return { read: 'all' };
  const name = uri.path.split('/').pop() ?? uri.path;
  const all = vscode.l10n.t('Read all of it');
  const head = vscode.l10n.t('Read the first {0} MB', megabytes(limit));
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} is {1} MB, above the {2} MB set in "Confirm Full Read Above MB". Reading all of it takes time and memory.', name, megabytes(size), megabytes(limit)),
    all,
    head,
  );
  if (answer === all) return { read: 'all' };
  if (answer === head) return { read: 'head', bytes: limit };
  return { read: 'none' };
}
