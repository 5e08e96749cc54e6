/**
 * Text from an export shown in a quick pick. VS Code draws `$(name)` in quick-pick labels and descriptions as an icon,
 * so a user named `$(warning) admin` would lose part of the name; a backslash before it shows it as typed (what
 * VS Code's own `escapeIcons` does).
 */
const ICON = /(\\)?\$\([a-z0-9-]+?(?:~[a-z0-9-]*?)?\)/gi;

export function literalInQuickPick(text: string): string {
  return text.replace(ICON, (match: string, escaped: string | undefined) => (escaped ? match : `\\${match}`));
}
