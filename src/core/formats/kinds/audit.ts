/**
 * Audit logs, including Self-service Password Management and Authentication Methods (security-info registration):
 * - portal CSV download (86 columns: `Date (UTC)`, `Service`, `Activity`, `Result`, `ResultReason`, actor and
 *   Target1..3 columns);
 * - Graph `directoryAudit` JSON (`activityDateTime`, `activityDisplayName`, `loggedByService`, `initiatedBy`,
 *   `targetResources`), as an array, a page or NDJSON;
 * - diagnostic-settings records (`category: AuditLogs`, the directoryAudit under `properties`);
 * - Log Analytics `AuditLogs` rows as CSV or JSON (`OperationName`, `InitiatedBy`/`TargetResources` as JSON).
 *
 * The row's code is its result reason when the catalog explains it (an SSPR step, a failure reason), otherwise the
 * activity; a failed row whose reason is unknown keeps the reason text so failures can still be ranked by it.
 */
import type { Catalog } from '../../catalog';
import { parseTime } from '../time';
import { outcomeOfStatusWord, text, type CsvLayout, type EventDraft, type JsonLayout, type KindModule } from './kind';
import { hasKey, keyOf } from './json-keys';
import { dig } from './views';

type Field =
  | 'time' | 'service' | 'category' | 'activity' | 'result' | 'reason' | 'correlationId' | 'userAgent' | 'ip'
  | 'actorUpn' | 'actorName' | 'actorApp' | 'targetType' | 'targetUpn' | 'targetName' | 'initiatedBy' | 'targets'
  | 'additionalDetails';

const csvLayout: CsvLayout<Field> = {
  dialect: 'portal-csv',
  columns: {
    time: ['Date (UTC)', 'Date', '日付 (UTC)'],
    service: ['Service', 'サービス'],
    category: ['Category', 'カテゴリ'],
    activity: ['Activity', 'アクティビティ'],
    result: ['Result', '結果'],
    reason: ['ResultReason', 'Result reason', '結果の理由'],
    correlationId: ['CorrelationId', 'Correlation ID', '相関 ID'],
    userAgent: ['User Agent', 'ユーザー エージェント'],
    ip: ['IPAddress', 'IP address', 'IP アドレス'],
    actorUpn: ['ActorUserPrincipalName'],
    actorName: ['ActorDisplayName'],
    actorApp: ['ActorServicePrincipalName'],
    targetType: ['Target1Type'],
    targetUpn: ['Target1UserPrincipalName'],
    targetName: ['Target1DisplayName'],
    initiatedBy: [],
    targets: [],
    additionalDetails: [],
  },
  signature: ['time', 'service', 'activity', 'result', 'reason'],
};

/**
 * Log Analytics / Sentinel `AuditLogs` exported to CSV from a KQL result: PascalCase columns, datetime columns
 * suffixed ` [UTC]`, `InitiatedBy` / `TargetResources` / `AdditionalDetails` as JSON text. A layout of its own (not
 * extra names in the portal layout) so the file reports the `log-analytics-csv` dialect, as the sign-in export does.
 */
const logAnalyticsCsvLayout: CsvLayout<Field> = {
  dialect: 'log-analytics-csv',
  columns: {
    time: ['TimeGenerated [UTC]', 'ActivityDateTime [UTC]', 'TimeGenerated', 'ActivityDateTime', 'TimeGenerated [Local Time]', 'ActivityDateTime [Local Time]'],
    service: ['LoggedByService'],
    category: ['Category'],
    activity: ['OperationName', 'ActivityDisplayName'],
    result: ['Result'],
    reason: ['ResultReason'],
    correlationId: ['CorrelationId'],
    userAgent: [],
    ip: [],
    actorUpn: [],
    actorName: [],
    actorApp: [],
    targetType: [],
    targetUpn: [],
    targetName: [],
    initiatedBy: ['InitiatedBy'],
    targets: ['TargetResources'],
    additionalDetails: ['AdditionalDetails'],
  },
  signature: ['time', 'service', 'activity', 'result', 'reason'],
};

const graph: JsonLayout<Field> = {
  dialect: 'graph-json',
  paths: {
    time: ['activityDateTime'],
    service: ['loggedByService'],
    category: ['category'],
    activity: ['activityDisplayName'],
    result: ['result'],
    reason: ['resultReason'],
    correlationId: ['correlationId'],
    userAgent: ['userAgent'],
    ip: ['initiatedBy.user.ipAddress'],
    actorUpn: ['initiatedBy.user.userPrincipalName'],
    actorName: ['initiatedBy.user.displayName'],
    actorApp: ['initiatedBy.app.displayName', 'initiatedBy.app.servicePrincipalName'],
    targetType: [],
    targetUpn: [],
    targetName: [],
    initiatedBy: [],
    targets: ['targetResources'],
    additionalDetails: ['additionalDetails'],
  },
  // Any key casing (Graph PowerShell SDK writes PascalCase); Log Analytics rows (also PascalCase) have OperationName.
  match: (r) => (hasKey(r, 'activityDisplayName') && hasKey(r, 'activityDateTime') && !hasKey(r, 'OperationName') ? 1 : 0),
};

const diagnostic: JsonLayout<Field> = {
  dialect: 'diagnostic-json',
  paths: {
    ...(Object.fromEntries(Object.entries(graph.paths).map(([f, ps]) => [f, (ps as string[]).map((p) => `properties.${p}`)])) as Record<Field, string[]>),
    time: ['properties.activityDateTime', 'time'],
    ip: ['properties.initiatedBy.user.ipAddress', 'callerIpAddress'],
    correlationId: ['properties.correlationId', 'correlationId'],
    activity: ['properties.activityDisplayName', 'operationName'],
  },
  match: (r) => (typeof r[keyOf(r, 'properties') ?? 'properties'] === 'object' && /^AuditLogs$/i.test(text(r[keyOf(r, 'category') ?? 'category'])) ? 1 : 0),
};

const logAnalytics: JsonLayout<Field> = {
  dialect: 'log-analytics-json',
  paths: {
    time: ['ActivityDateTime', 'TimeGenerated'],
    service: ['LoggedByService'],
    category: ['Category'],
    activity: ['OperationName', 'ActivityDisplayName'],
    result: ['Result'],
    reason: ['ResultReason'],
    correlationId: ['CorrelationId'],
    userAgent: [],
    ip: [],
    actorUpn: [],
    actorName: [],
    actorApp: [],
    targetType: [],
    targetUpn: [],
    targetName: [],
    initiatedBy: ['InitiatedBy'],
    targets: ['TargetResources'],
    additionalDetails: ['AdditionalDetails'],
  },
  match: (r) => ('OperationName' in r && 'LoggedByService' in r ? 1 : 0),
};

export const audit: KindModule<Field> = {
  kind: 'audit',
  title: { en: 'Audit log', ja: '監査ログ' },
  codeFamilies: ['audit-reason', 'audit-activity'],
  detailFamilies: ['audit-activity', 'audit-reason'],
  csv: csvLayout,
  json: [diagnostic, graph, logAnalytics],
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    const initiatedBy = row.raw('initiatedBy');
    const actorUpn = row.get('actorUpn') || text(dig(initiatedBy, 'user', 'userPrincipalName'));
    const actorName = row.get('actorName') || text(dig(initiatedBy, 'user', 'displayName'));
    const actorApp = row.get('actorApp') || text(dig(initiatedBy, 'app', 'displayName'));
    out.actor = actorUpn || actorName || actorApp;
    out.ip = row.get('ip') || text(dig(initiatedBy, 'user', 'ipAddress'));
    const target = firstTarget(row.raw('targets'));
    const targetUpn = row.get('targetUpn') || text(dig(target, 'userPrincipalName'));
    const targetType = row.get('targetType') || text(dig(target, 'type'));
    const targetName = row.get('targetName') || text(dig(target, 'displayName'));
    // The user an audited change is about: the target user when there is one, else whoever acted.
    out.user = targetUpn || (/^user$/i.test(targetType) && targetName) || out.actor;
    out.app = row.get('service');
    out.session = row.get('correlationId');
    out.userAgent = row.get('userAgent') || additionalDetail(row.raw('additionalDetails'), 'User-Agent');
    classifyAudit(out, row.get('activity'), row.get('result'), row.get('reason'), catalog);
  },
};

/** The Log Analytics `AuditLogs` CSV export: same rows, same mapping, its own header layout and dialect. */
export const auditLogAnalyticsCsv: KindModule<Field> = {
  kind: 'audit',
  title: { en: 'Audit log (Log Analytics / Sentinel CSV export)', ja: '監査ログ (Log Analytics / Sentinel の CSV エクスポート)' },
  codeFamilies: audit.codeFamilies,
  detailFamilies: audit.detailFamilies,
  csv: logAnalyticsCsvLayout,
  toEvent: audit.toEvent,
};

/** Sets code, detail, activity and outcome of an audit row (see the module header). */
export function classifyAudit(out: EventDraft, activity: string, result: string, reason: string, catalog: Catalog): void {
  const reasonRecord = reason ? catalog.lookup(reason, ['audit-reason']) : undefined;
  const activityRecord = activity ? catalog.lookup(activity, ['audit-activity']) : undefined;
  const resultOutcome = outcomeOfStatusWord(result);
  out.activity = activity;
  const meaningfulReason = reason && !/^(none|nocontent)$/i.test(reason) ? reason : '';
  if (reasonRecord || (resultOutcome === 'failure' && meaningfulReason)) {
    out.code = reason;
    out.detail = activity;
  } else {
    out.code = activity;
    out.detail = meaningfulReason;
  }
  if (resultOutcome === 'failure') out.outcome = reasonRecord?.outcome === 'blocked' || activityRecord?.outcome === 'blocked' ? 'blocked' : 'failure';
  else out.outcome = reasonRecord?.outcome ?? activityRecord?.outcome ?? resultOutcome ?? 'info';
}

function firstTarget(targets: unknown): Record<string, unknown> | undefined {
  const list = typeof targets === 'string' ? dig(targets) : targets;
  if (!Array.isArray(list)) return undefined;
  const user = list.find((t) => t && typeof t === 'object' && /^user$/i.test(text(dig(t, 'type'))));
  return (user ?? list[0]) as Record<string, unknown> | undefined;
}

function additionalDetail(details: unknown, key: string): string {
  const list = typeof details === 'string' ? dig(details) : details;
  if (!Array.isArray(list)) return '';
  for (const d of list) if (d && typeof d === 'object' && text(dig(d, 'key')) === key) return text(dig(d, 'value'));
  return '';
}
