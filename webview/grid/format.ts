/** Filling the host's localized templates (`"{0} of {1} rows"`) and formatting counts for the display language. */
import type { Lang } from '../../src/core/catalog/types';

export function fill(template: string, ...values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => {
    const value = values[Number(n)];
    return value === undefined ? whole : String(value);
  });
}

export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}
