/**
 * Small pieces of wording the detections put into their explanations, in English and Japanese: times, durations,
 * lists of names, line numbers. Kept here so every finding words them the same way.
 */
import type { Localized } from '../../catalog';

export const L = (en: string, ja: string): Localized => ({ en, ja });

/** `2025-12-04 08:19 UTC` (the exports' times are UTC). */
export function at(ms: number | undefined): string {
  if (ms === undefined || ms !== ms) return '?';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** A duration in the largest unit that keeps it readable. */
export function duration(ms: number): Localized {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return L(`${seconds} second${seconds === 1 ? '' : 's'}`, `${seconds} 秒`);
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return L(`${minutes} minutes`, `${minutes} 分`);
  const hours = Math.round(minutes / 6) / 10;
  return L(`${hours} hours`, `${hours} 時間`);
}

/** `a, b and 3 more` / `a、b ほか 3 件`. */
export function names(values: readonly string[], max = 5): Localized {
  if (values.length === 0) return L('(none)', '(なし)');
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest === 0) {
    const en = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    return L(en, shown.join('、'));
  }
  return L(`${shown.join(', ')} and ${rest} more`, `${shown.join('、')} ほか ${rest} 件`);
}

/** `line 12` / `12 行目`. */
export function line(n: number): Localized {
  return L(`line ${n}`, `${n} 行目`);
}

export const count = (n: number) => n.toLocaleString('en-US');

/** Joins localized parts per language. */
export function join(...parts: Array<Localized | string>): Localized {
  return L(parts.map((p) => (typeof p === 'string' ? p : p.en)).join(''), parts.map((p) => (typeof p === 'string' ? p : p.ja)).join(''));
}
