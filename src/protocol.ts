/**
 * Every message between the extension host and its webviews, both directions, as discriminated unions. Both sides
 * import this file; handlers switch on `type` and end in `assertNever`, so adding a message is a compile error until
 * both sides handle it.
 */
import type { Family, Lang, Outcome, Tag } from './core/catalog/types';

/** A catalog record as shown to the user: texts already in the display language. */
export interface RecordCard {
  readonly code: string;
  readonly family: Family;
  readonly familyName: string;
  readonly outcome: Outcome;
  readonly outcomeName: string;
  readonly label: string;
  readonly explanation: string;
  readonly nextStep: string;
  readonly aliases: readonly string[];
  readonly passwordAccepted: boolean;
  readonly tags: readonly Tag[];
  readonly source: string;
  /** Captions of the card, in the same language. */
  readonly captions: Readonly<Record<'outcome' | 'explanation' | 'nextStep' | 'aliases' | 'passwordAccepted' | 'source', string>>;
  readonly lang: Lang;
}

export type HostToWebview = { readonly type: 'showRecord'; readonly card: RecordCard };

export type WebviewToHost = { readonly type: 'ready' };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
