/**
 * Text from an export shown in a quick pick. VS Code draws `$(name)` in quick-pick labels and descriptions as an icon,
 * so a user named `$(warning) admin` would lose part of the name; a backslash before it shows it as typed (what
 * VS Code's own `escapeIcons` does). Hidden characters (a right-to-left override, a zero-width space …) are written
 * `[U+202E]`, as in the webviews and hovers: a pick of users must not show two different names alike.
 */
import { escapeInvisible } from '../core/text/invisible';

const ICON = /(\\)?\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi;

export function literalInQuickPick(text: string): string {
  return escapeInvisible(text).replace(ICON, (match: string, escaped: string | undefined) => (escaped ? match : `\\${match}`));
}
