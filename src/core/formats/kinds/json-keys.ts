/**
 * JSON key casing differs between exporters of the same data: Graph REST and the portal write `createdDateTime`,
 * the Graph PowerShell SDK (`Get-MgAuditLogSignIn | ConvertTo-Json`) writes `CreatedDateTime`. Layouts declare one
 * spelling; recognition is case-insensitive, and the casing a file actually uses is resolved once from its first
 * records so that every row is then read by exact key.
 */

/** The record's own spelling of `name`, compared case-insensitively (exact spelling first). */
export function keyOf(record: Record<string, unknown>, name: string): string | undefined {
  if (name in record) return name;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return key;
  return undefined;
}

export function hasKey(record: Record<string, unknown>, name: string): boolean {
  return keyOf(record, name) !== undefined;
}

/** `path` (dot-separated) with each segment spelled as in `record`, or undefined when the record lacks it. */
function resolvePath(record: unknown, path: string): string | undefined {
  const out: string[] = [];
  let value = record;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const key = keyOf(value as Record<string, unknown>, segment);
    if (key === undefined) return undefined;
    out.push(key);
    value = (value as Record<string, unknown>)[key];
  }
  return out.join('.');
}

/**
 * Each field's paths with the spellings found in `samples` put first (the declared spellings stay as fallbacks), so a
 * PascalCase export is read by exact key like a camelCase one.
 */
export function resolvePaths<F extends string>(
  paths: Readonly<Record<F, readonly string[]>>,
  samples: readonly Record<string, unknown>[],
): Record<F, string[]> {
  const out = {} as Record<F, string[]>;
  for (const field of Object.keys(paths) as F[]) {
    const resolved: string[] = [];
    for (const path of paths[field]) {
      for (const sample of samples) {
        const spelled = resolvePath(sample, path);
        if (spelled !== undefined) {
          if (!resolved.includes(spelled)) resolved.push(spelled);
          break;
        }
      }
    }
    out[field] = [...resolved, ...paths[field].filter((p) => !resolved.includes(p))];
  }
  return out;
}
