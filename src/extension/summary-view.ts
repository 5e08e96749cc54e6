/** The summary of an export as the summary panel shows it, in one language (no vscode import: unit-testable). */
import type { Summary } from '../core/analysis/summary';
import { catalog, type Lang } from '../core/catalog';
import { OUTCOMES } from '../core/catalog/types';
import { OUTCOME_NAMES } from '../core/display';
import type { ReportIndex } from '../core/model/report-index';
import type { SummaryView } from '../protocol';

const CAPTIONS: Record<Lang, SummaryView['captions'] & Record<'rows' | 'users' | 'period' | 'format' | 'problems', string>> = {
  en: {
    outcomes: 'Outcomes', reasons: 'Failure reasons', noReasons: 'No failures or blocks in this export.', code: 'Code', meaning: 'Meaning',
    count: 'Count', share: 'Share', users: 'Users', seen: 'First / last seen (UTC)', explanation: 'What it means', nextStep: 'What to do',
    unexplained: '(not in the catalog)', rows: 'Rows', period: 'Period (UTC)', format: 'Format', problems: 'Problems while reading',
  },
  ja: {
    outcomes: '結果の内訳', reasons: '失敗の理由', noReasons: 'このエクスポートには失敗もブロックもありません。', code: 'コード', meaning: '意味',
    count: '件数', share: '割合', users: 'ユーザー数', seen: '最初 / 最後 (UTC)', explanation: '意味', nextStep: '対処方法',
    unexplained: '(カタログにありません)', rows: '行数', period: '期間 (UTC)', format: '形式', problems: '読み込み時の問題',
  },
};

const number = (n: number) => n.toLocaleString('en-US');
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const minute = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));

export function summaryView(summary: Summary, index: ReportIndex, file: string, lang: Lang): SummaryView {
  const c = CAPTIONS[lang];
  const facts = [
    { caption: c.rows, value: number(summary.rows) },
    { caption: c.users, value: number(summary.distinctUsers) },
    ...(summary.firstTime !== undefined ? [{ caption: c.period, value: `${minute(summary.firstTime)} — ${minute(summary.lastTime)}` }] : []),
    { caption: c.format, value: `${index.info.dialect}, ${index.info.encoding}${index.info.variant ? `, ${index.info.variant}` : ''}` },
    ...(summary.problemCount ? [{ caption: c.problems, value: number(summary.problemCount) }] : []),
  ];
  return {
    lang,
    title: summary.title[lang],
    file,
    facts,
    outcomes: OUTCOMES.filter((o) => summary.outcomes[o] > 0).map((o) => ({
      outcome: o,
      name: OUTCOME_NAMES[o][lang],
      count: number(summary.outcomes[o]),
      share: summary.rows ? summary.outcomes[o] / summary.rows : 0,
      shareText: summary.rows ? percent(summary.outcomes[o] / summary.rows) : '',
    })),
    reasons: summary.failureReasons.map((r) => {
      const record = r.family ? catalog.lookup(r.code, [r.family]) : undefined;
      return {
        code: r.code,
        label: r.label?.[lang] ?? c.unexplained,
        outcome: r.outcome,
        outcomeName: OUTCOME_NAMES[r.outcome][lang],
        count: number(r.count),
        share: percent(r.share),
        users: number(r.distinctUsers),
        firstSeen: minute(r.firstSeen),
        lastSeen: minute(r.lastSeen),
        explanation: record?.explanation[lang] ?? '',
        nextStep: record?.nextStep[lang] ?? '',
      };
    }),
    captions: c,
  };
}
