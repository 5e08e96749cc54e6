/** A catalog record turned into what a webview shows, in one language (no vscode import: unit-testable). */
import type { CatalogRecord, Lang } from '../core/catalog';
import { FAMILY_NAMES, OUTCOME_NAMES } from '../core/display';
import type { RecordCard } from '../protocol';

const CAPTIONS: Record<Lang, RecordCard['captions']> = {
  en: { outcome: 'Outcome', explanation: 'What it means', nextStep: 'What to do', aliases: 'Also written as', passwordAccepted: 'The password was correct (first factor succeeded).', source: 'Source' },
  ja: { outcome: '結果', explanation: '意味', nextStep: '対処方法', aliases: '別の表記', passwordAccepted: 'パスワードは正しく入力されています (第 1 要素は成功)。', source: '出典' },
};

export function toRecordCard(record: CatalogRecord, lang: Lang): RecordCard {
  return {
    code: record.code,
    family: record.family,
    familyName: FAMILY_NAMES[record.family][lang],
    outcome: record.outcome,
    outcomeName: OUTCOME_NAMES[record.outcome][lang],
    label: record.label[lang],
    explanation: record.explanation[lang],
    nextStep: record.nextStep[lang],
    aliases: record.aliases ?? [],
    passwordAccepted: record.passwordAccepted === true,
    tags: record.tags ?? [],
    source: record.source,
    captions: CAPTIONS[lang],
    lang,
  };
}
