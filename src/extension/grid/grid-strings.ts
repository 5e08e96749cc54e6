/** The Report Grid's texts in English and Japanese (the webview shows what the host sends). */
import type { Lang } from '../../core/catalog';
import type { GridString } from '../../protocol';

const STRINGS: Record<Lang, Record<GridString, string> & { notAReport: string }> = {
  en: {
    rowsOf: '{0} of {1} rows',
    indexing: 'Reading the file… {0}',
    search: 'Search',
    matches: '{0} matching rows',
    outcome: 'Outcome',
    code: 'Code',
    user: 'User',
    app: 'App',
    ip: 'IP address',
    from: 'From',
    to: 'To',
    clearFilters: 'Clear filters',
    columns: 'Columns',
    copyCsv: 'Copy as CSV',
    copyMarkdown: 'Copy as Markdown',
    exportFiltered: 'Export filtered rows…',
    reopenAsText: 'Reopen as text',
    allCodes: 'All codes',
    nextStep: 'Next step',
    line: 'Line',
    sortAscending: 'Sorted ascending',
    sortDescending: 'Sorted descending',
    noRows: 'No rows match.',
    selected: '{0} selected',
    dismiss: 'Dismiss',
    openTimeline: "Open this user's timeline",
    notAReport: 'This file could not be read as an export (see the Problems panel when it is opened as text).',
  },
  ja: {
    rowsOf: '{0} / {1} 行',
    indexing: 'ファイルを読み込んでいます… {0}',
    search: '検索',
    matches: '{0} 行が一致',
    outcome: '結果',
    code: 'コード',
    user: 'ユーザー',
    app: 'アプリ',
    ip: 'IP アドレス',
    from: '開始',
    to: '終了',
    clearFilters: 'フィルターをクリア',
    columns: '列',
    copyCsv: 'CSV としてコピー',
    copyMarkdown: 'Markdown としてコピー',
    exportFiltered: 'フィルター後の行をエクスポート…',
    reopenAsText: 'テキストとして開き直す',
    allCodes: 'すべてのコード',
    nextStep: '次の手順',
    line: '行',
    sortAscending: '昇順で並べ替え済み',
    sortDescending: '降順で並べ替え済み',
    noRows: '一致する行はありません。',
    selected: '{0} 行を選択中',
    dismiss: '閉じる',
    openTimeline: 'このユーザーのタイムラインを開く',
    notAReport: 'このファイルはエクスポートとして読み取れませんでした (テキストとして開くと [問題] パネルに理由が表示されます)。',
  },
};

export function gridStrings(lang: Lang): { strings: Record<GridString, string>; notAReport: string } {
  const { notAReport, ...strings } = STRINGS[lang];
  return { strings, notAReport };
}
