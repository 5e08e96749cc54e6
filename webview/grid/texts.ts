/** The host's localized strings for the grid, looked up by key. */
import type { GridString } from '../../src/protocol';

export type GridText = (key: GridString) => string;

/** A host older than this webview may lack a key: show the key rather than nothing. */
export function gridText(strings: Readonly<Partial<Record<GridString, string>>>): GridText {
  return (key) => strings[key] ?? key;
}
