/**
 * Every message between the extension host and its webviews, both directions, as discriminated unions — one union per
 * webview for what the host sends, one for what any webview sends back. Both sides import this file; handlers switch
 * on `type` and end in `assertNever`, so adding a message is a compile error until both sides handle it.
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

/** One export's summary as shown: numbers already formatted, texts in the display language. */
export interface SummaryView {
  readonly lang: Lang;
  readonly title: string;
  readonly file: string;
  readonly facts: ReadonlyArray<{ readonly caption: string; readonly value: string }>;
  readonly outcomes: ReadonlyArray<{ readonly outcome: Outcome; readonly name: string; readonly count: string; readonly share: number; readonly shareText: string }>;
  readonly reasons: ReadonlyArray<{
    readonly code: string;
    readonly label: string;
    readonly outcome: Outcome;
    readonly outcomeName: string;
    readonly count: string;
    readonly share: string;
    readonly users: string;
    readonly firstSeen: string;
    readonly lastSeen: string;
    readonly explanation: string;
    readonly nextStep: string;
  }>;
  readonly captions: Readonly<
    Record<'outcomes' | 'reasons' | 'noReasons' | 'code' | 'meaning' | 'count' | 'share' | 'users' | 'seen' | 'explanation' | 'nextStep' | 'unexplained', string>
  >;
}

export type ExplainToWebview = { readonly type: 'showRecord'; readonly card: RecordCard };

export type SummaryToWebview = { readonly type: 'showSummary'; readonly view: SummaryView };

export type WebviewToHost = { readonly type: 'ready' } | { readonly type: 'lookUpCode'; readonly code: string };

export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
