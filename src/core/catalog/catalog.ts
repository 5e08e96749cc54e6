/**
 * Lookup over catalog records by normalized text.
 *
 * Lookup order for a value: numeric sign-in code (`AADSTS50126`, `50126`) → exact normalized key → the key's first
 * sentence (exporters append advice to documented strings). A lookup can be narrowed to the families a column can
 * hold, which also resolves words that mean different things in different reports (`Blocked`, `Failed`).
 */
import { firstSentence, normalizeKey, normalizeNumericCode } from './normalize';
import { FAMILIES, type CatalogRecord, type Family } from './types';

/** Families whose values are spelled as free text (looked up by normalized key), in lookup priority order. */
const TEXT_FAMILY_ORDER: readonly Family[] = FAMILIES.filter((f) => f !== 'signin-error');

type KeyMap = Map<string, CatalogRecord>;

function buildKeyMaps(records: readonly CatalogRecord[]): Map<Family, KeyMap> {
  const maps = new Map<Family, KeyMap>(FAMILIES.map((f) => [f, new Map()]));
  for (const record of records) {
    const map = maps.get(record.family)!;
    for (const spelling of [record.code, ...(record.aliases ?? [])]) {
      const key = record.family === 'signin-error' ? normalizeNumericCode(spelling) ?? normalizeKey(spelling) : normalizeKey(spelling);
      if (!map.has(key)) map.set(key, record);
    }
  }
  return maps;
}

export class Catalog {
  private readonly maps: Map<Family, KeyMap>;
  /**
   * Values already looked up, per family list: exports repeat the same few hundred values over and over. The outer key
   * is the list's contents (callers often pass a fresh literal such as `['signin-error']`); the inner key the value.
   */
  private readonly memo = new Map<string, Map<string, CatalogRecord | null>>();
  private readonly signatures = new WeakMap<readonly Family[], string>();

  constructor(readonly records: readonly CatalogRecord[]) {
    this.maps = buildKeyMaps(records);
  }

  /** The record that explains `value`, optionally only among `families`. */
  lookup(value: string, families?: readonly Family[]): CatalogRecord | undefined {
    let signature = '*';
    if (families) {
      if (families.length === 1) signature = families[0]!;
      else {
        let known = this.signatures.get(families);
        if (known === undefined) this.signatures.set(families, (known = families.join('|')));
        signature = known;
      }
    }
    let memo = this.memo.get(signature);
    if (!memo) {
      memo = new Map();
      this.memo.set(signature, memo);
    }
    const cached = memo.get(value);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookupUncached(value, families);
    if (memo.size > 50_000) memo.clear();
    memo.set(value, found ?? null);
    return found;
  }

  private lookupUncached(value: string, families?: readonly Family[]): CatalogRecord | undefined {
    if (!value || !value.trim()) return undefined;
    const wanted = families ?? FAMILIES;
    if (wanted.includes('signin-error')) {
      const numeric = normalizeNumericCode(value);
      if (numeric !== undefined) {
        const hit = this.maps.get('signin-error')!.get(numeric);
        if (hit) return hit;
      }
    }
    const key = normalizeKey(value);
    const order = families ? TEXT_FAMILY_ORDER.filter((f) => wanted.includes(f)) : TEXT_FAMILY_ORDER;
    for (const candidate of [key, firstSentence(key)]) {
      if (!candidate) continue;
      for (const family of order) {
        const hit = this.maps.get(family)!.get(candidate);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /**
   * Multi-value cells (`Alternate Email + Mobile Phone`, `microsoftAuthenticatorPush, softwareOneTimePasscode`):
   * the whole value if it is known, else each part that is.
   */
  lookupParts(value: string, families?: readonly Family[]): CatalogRecord[] {
    const whole = this.lookup(value, families);
    if (whole) return [whole];
    const parts = value.split(/\s*[+,;]\s*/).filter((p) => p.trim());
    if (parts.length < 2) return [];
    return parts.map((p) => this.lookup(p, families)).filter((r): r is CatalogRecord => r !== undefined);
  }

  byFamily(family: Family): CatalogRecord[] {
    return this.records.filter((r) => r.family === family);
  }

  /**
   * Records matching every word of `query` in the code, aliases, label or explanation in either language; codes that
   * start with the query rank first. Used by the code look-up command.
   */
  search(query: string, limit = 50): CatalogRecord[] {
    const words = normalizeKey(query).split(' ').filter(Boolean);
    if (words.length === 0) return this.records.slice(0, limit);
    const scored: Array<{ record: CatalogRecord; score: number }> = [];
    for (const record of this.records) {
      const code = normalizeKey(record.code);
      const haystack = normalizeKey(
        [record.code, ...(record.aliases ?? []), record.label.en, record.label.ja, record.explanation.en, record.explanation.ja].join(' '),
      );
      if (!words.every((w) => haystack.includes(w))) continue;
      const q = words.join(' ');
      const score = code === q ? 0 : code.startsWith(q) ? 1 : normalizeKey(record.label.en + record.label.ja).includes(q) ? 2 : 3;
      scored.push({ record, score });
    }
    scored.sort((a, b) => a.score - b.score);
    return scored.slice(0, limit).map((s) => s.record);
  }
}
