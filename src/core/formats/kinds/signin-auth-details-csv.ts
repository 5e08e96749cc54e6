/**
 * Portal `InteractiveSignIns_AuthDetails_*.csv`: one row per authentication step, keyed by `Request ID`. The confirmed
 * columns are `Request ID`, `Authentication method`, `Authentication method detail`, `Succeeded`, `Result detail`; a
 * date and `Requirement` column are probable (the full literal header is not public).
 */
import { parseTime } from '../time';
import { outcomeOfStatusWord, type CsvLayout, type KindModule } from './kind';

type Field = 'requestId' | 'time' | 'method' | 'methodDetail' | 'succeeded' | 'resultDetail' | 'requirement' | 'user';

const layout: CsvLayout<Field> = {
  dialect: 'portal-csv',
  columns: {
    requestId: ['Request ID', '要求 ID'],
    time: ['Date (UTC)', 'Date', 'Authentication step date (UTC)', '日付 (UTC)', '日付'],
    method: ['Authentication method', '認証方法'],
    methodDetail: ['Authentication method detail', '認証方法の詳細'],
    succeeded: ['Succeeded', '成功'],
    resultDetail: ['Result detail', '結果の詳細'],
    requirement: ['Requirement', 'Authentication step requirement', '要件'],
    user: ['Username', 'User', 'ユーザー名'],
  },
  signature: ['requestId', 'method', 'succeeded', 'resultDetail'],
};

export const signinAuthDetailsCsv: KindModule<Field> = {
  kind: 'signin-auth-details',
  title: { en: 'Sign-in authentication details (portal AuthDetails CSV)', ja: 'サインインの認証の詳細 (ポータルの AuthDetails CSV)' },
  codeFamilies: ['mfa-detail'],
  detailFamilies: ['auth-method'],
  csv: layout,
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.requestId = row.get('requestId');
    out.session = out.requestId;
    out.user = row.get('user');
    out.code = row.get('resultDetail');
    out.method = row.get('method');
    out.detail = out.method;
    out.methodDetail = row.get('methodDetail');
    out.authRequirement = row.get('requirement');
    const record = out.code ? catalog.lookup(out.code, ['mfa-detail']) : undefined;
    const succeeded = outcomeOfStatusWord(row.get('succeeded'));
    // The step's own flag is the fact; the catalog refines a failed step (blocked, fraud) and neutral steps.
    if (record && (succeeded !== 'success' || record.outcome !== 'failure')) out.outcome = record.outcome;
    else out.outcome = succeeded ?? 'info';
  },
};
