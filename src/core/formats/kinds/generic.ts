/**
 * Any other CSV or JSON report: no layout is known, so time, user, IP and code columns are found by their names and
 * by what their values look like. A code column is one whose values the catalog explains, in any family.
 */
import { FAMILIES } from '../../catalog/types';
import { isCatalogValue, isIpAddress, isTimestamp, isUserPrincipalName } from '../shapes';
import { parseTime } from '../time';
import type { CsvLayout, KindModule } from './kind';

export type GenericField = 'time' | 'user' | 'code' | 'ip' | 'app';

export const GENERIC_COLUMNS: Readonly<Record<GenericField, readonly string[]>> = {
  time: ['time', 'timestamp', 'date', 'datetime', 'date (utc)', 'createdDateTime', 'activityDateTime', 'TimeGenerated', 'TimeGenerated [UTC]', 'eventDateTime', '日付', '日時'],
  user: ['userPrincipalName', 'upn', 'user', 'username', 'user name', 'account', 'ユーザー', 'ユーザー名'],
  code: ['error code', 'errorCode', 'ResultType', 'result code', 'resultCode', 'code', 'call result', 'result', 'status', 'エラー コード', '結果'],
  ip: ['ip', 'ip address', 'ipAddress', 'clientIp', 'callerIpAddress', 'IP アドレス'],
  app: ['application', 'app', 'appDisplayName', 'アプリケーション'],
};

const layout: CsvLayout<GenericField> = {
  dialect: 'csv',
  columns: GENERIC_COLUMNS,
  signature: [],
  shapes: { time: isTimestamp, user: isUserPrincipalName, code: isCatalogValue, ip: isIpAddress },
};

export const generic: KindModule<GenericField> = {
  kind: 'generic',
  title: { en: 'Generic report', ja: '汎用レポート' },
  codeFamilies: FAMILIES,
  detailFamilies: [],
  csv: layout,
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user');
    out.code = row.get('code');
    out.ip = row.get('ip');
    out.app = row.get('app');
    out.outcome = (out.code && catalog.lookup(out.code)?.outcome) || 'info';
  },
};
