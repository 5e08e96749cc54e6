/**
 * Export limits: an export whose row count is exactly a known cap of the route that produced it was almost certainly
 * cut there, and whatever it does not show is simply missing — counts, rankings and "no attack found" all only cover
 * the rows that made it. The caps, each with where it comes from:
 * - 75,000 — the classic password reset reports and the reporting API of the time (at most 75,000 rows / events
 *   over 30 days; seed 002);
 * - 250,000 — the Entra admin center's sign-in and audit log download (MicrosoftDocs/entra-docs
 *   `howto-download-logs.md`; jpazureid blog, 2019: "up to 250,000 entries");
 * - 5,000 — the same download before 2019 (jpazureid blog, 2019: "previously limited to 5,000");
 * - 10,000, 30,000 and 500,000 — the most records a Log Analytics query returns in the Azure portal, as the limit grew
 *   over the years (Azure Monitor service limits, "Maximum records returned by a log query"), which is what its
 *   "Export to CSV" and `az monitor log-analytics query` results can hold.
 * O(1): only the row count, the kind and the dialect are read.
 */
import type { Localized } from '../../catalog';
import type { ReportInfo } from '../../model/report-index';
import { evidenceOf, type Finding } from '../findings';
import type { DetectionContext } from './context';
import { exportCountKql } from './kql';
import { at, count, L, line } from './text';

export interface ExportCap {
  readonly rows: number;
  /** Which route stops there. */
  readonly route: Localized;
  readonly source: string;
  readonly applies: (info: ReportInfo) => boolean;
}

const PORTAL_DOWNLOAD_SOURCE = 'MicrosoftDocs/entra-docs docs/identity/monitoring-health/howto-download-logs.md; jpazureid/blog how-to-get-sign-in-logs.md (2019)';
const LOG_ANALYTICS_SOURCE = 'MicrosoftDocs/azure-docs Azure Monitor service limits (Log Analytics, Azure portal: maximum records returned by a log query)';
const CLASSIC_SOURCE = 'seed 002 (password management reports: maximum 75,000 rows; reporting API: 75,000 events over 30 days)';

const portalDownload = (info: ReportInfo) => (info.kind === 'signin' || info.kind === 'audit') && (info.dialect === 'portal-csv' || info.dialect === 'graph-json');
const logAnalytics = (info: ReportInfo) => info.dialect === 'log-analytics-csv' || info.dialect === 'log-analytics-json';
const classicReports = (info: ReportInfo) => info.kind === 'sspr-reset-activity' || info.kind === 'sspr-registration-activity' || info.kind === 'audit';

export const EXPORT_CAPS: readonly ExportCap[] = [
  {
    rows: 5_000, source: PORTAL_DOWNLOAD_SOURCE, applies: portalDownload,
    route: L('the Azure portal\'s log download before 2019, which stopped at 5,000 records', '2019 年以前の Azure ポータルのログ ダウンロード (5,000 件で打ち切り)'),
  },
  {
    rows: 10_000, source: LOG_ANALYTICS_SOURCE, applies: logAnalytics,
    route: L('Log Analytics in the Azure portal, which returned at most 10,000 records per query', 'Azure ポータルの Log Analytics (1 回のクエリで最大 10,000 件)'),
  },
  {
    rows: 30_000, source: LOG_ANALYTICS_SOURCE, applies: logAnalytics,
    route: L('Log Analytics in the Azure portal, which returned at most 30,000 records per query', 'Azure ポータルの Log Analytics (1 回のクエリで最大 30,000 件)'),
  },
  {
    rows: 75_000, source: CLASSIC_SOURCE, applies: classicReports,
    route: L('the classic password reset reports and reporting API, which give at most 75,000 rows over 30 days', 'クラシックのパスワード リセット レポートとレポート API (30 日間で最大 75,000 行)'),
  },
  {
    rows: 250_000, source: PORTAL_DOWNLOAD_SOURCE, applies: portalDownload,
    route: L('the Entra admin center\'s log download, which stops at 250,000 records', 'Entra 管理センターのログ ダウンロード (250,000 件で打ち切り)'),
  },
  {
    rows: 500_000, source: LOG_ANALYTICS_SOURCE, applies: logAnalytics,
    route: L('Log Analytics, which returns at most 500,000 records per query', 'Log Analytics (1 回のクエリで最大 500,000 件)'),
  },
];

export function detectExportLimits(ctx: DetectionContext): Finding[] {
  const { index } = ctx;
  const cap = EXPORT_CAPS.find((c) => c.rows === index.rowCount && c.applies(index.info));
  if (!cap) return [];
  const last = index.rowCount - 1;
  const order = ctx.order.rows;
  const first = order.length ? index.time(order[0]!) : undefined;
  const newest = order.length ? index.time(order[order.length - 1]!) : undefined;
  const period = first !== undefined ? L(` It covers ${at(first)} to ${at(newest)}.`, `対象期間は ${at(first)} から ${at(newest)} までです。`) : L('', '');
  // Which end is missing follows from the file's own order: newest-first files lose the oldest events.
  const t0 = index.time(0);
  const tLast = index.time(last);
  const missing =
    t0 === t0 && tLast === tLast && t0 !== tLast
      ? t0 > tLast
        ? L(` The rows run newest first, so what is missing is older than ${at(tLast)}.`, `行は新しい順に並んでいるため、欠けているのは ${at(tLast)} より古いイベントです。`)
        : L(` The rows run oldest first, so what is missing is newer than ${at(tLast)}.`, `行は古い順に並んでいるため、欠けているのは ${at(tLast)} より新しいイベントです。`)
      : L('', '');
  const table = index.info.kind === 'signin' ? 'SigninLogs' : 'AuditLogs';
  const filter =
    index.info.kind === 'sspr-reset-activity' || index.info.kind === 'sspr-registration-activity'
      ? '| where LoggedByService == "Self-service Password Management"\n'
      : '';
  const l = line(index.line(last));
  return [
    {
      id: 'export-limit',
      severity: 'medium',
      title: L(`Export probably cut off at ${count(cap.rows)} rows`, `エクスポートが ${count(cap.rows)} 行で打ち切られている可能性があります`),
      explanation: L(
        `This export has exactly ${count(cap.rows)} rows, the cap of ${cap.route.en}. It almost certainly stops there rather than at the end of the period: events after the last row (${l.en}) are missing, and every count, ranking and "nothing found" here covers only the rows that made it.${period.en}${missing.en}`,
        `このエクスポートの行数はちょうど ${count(cap.rows)} 行で、${cap.route.ja}の上限と同じです。期間の終わりではなく上限で打ち切られている可能性が高く、最後の行 (${l.ja}) より後のイベントは含まれていません。ここでの件数、ランキング、「検出なし」は、含まれている行だけについての結果です。${period.ja}${missing.ja}`,
      ),
      nextStep: L(
        'Download again in shorter date ranges that each stay under the cap, or use Microsoft Graph, Log Analytics or Sentinel for the whole period. The query below counts how many events the log really holds for the same period.',
        '上限を超えないよう期間を短く区切ってダウンロードし直すか、期間全体について Microsoft Graph、Log Analytics、Sentinel を使ってください。下のクエリで、同じ期間にログに実際に何件のイベントがあるかを数えられます。',
      ),
      users: [],
      ips: [],
      ...(first !== undefined ? { firstSeen: first, lastSeen: newest } : {}),
      evidence: evidenceOf(index, [{ row: last, role: 'last-row' }]),
      evidenceTotal: 1,
      rule: cap.source,
      thresholds: { rows: cap.rows },
      kql: exportCountKql(table, first, newest, filter),
    },
  ];
}
