/**
 * MFA Server activity report (Azure portal → MFA Server → Activity report, downloaded as CSV). Its column layout was
 * never published, so the call-result column is found by its values (`SUCCESS_WITH_PIN`, `FAILED_PHONE_APP_DENIED`,
 * … — the 45 results of seed 000) as well as by the header names it plausibly has.
 */
import { isMfaServerResult, isTimestamp, isUserPrincipalName } from '../shapes';
import { parseTime } from '../time';
import type { CsvLayout, KindModule } from './kind';

type Field = 'time' | 'user' | 'code' | 'method' | 'app' | 'ip' | 'phone';

const layout: CsvLayout<Field> = {
  dialect: 'csv',
  columns: {
    time: ['Date/Time', 'Date Time', 'Date', 'Time', 'Timestamp', 'Date (UTC)', '日時', '日付'],
    user: ['User', 'Username', 'User Name', 'User Principal Name', 'ユーザー', 'ユーザー名'],
    code: ['Call Result', 'Call result', 'CallResult', '呼び出しの結果'],
    method: ['Authentication Type', 'Auth Type', 'Authentication Method', 'Mode', '認証の種類', '認証方法'],
    app: ['Application', 'アプリケーション'],
    ip: ['IP Address', 'IP', 'Client IP', 'IP アドレス'],
    phone: ['Phone', 'Phone Number', '電話番号'],
  },
  signature: ['code'],
  shapes: { code: isMfaServerResult, time: isTimestamp, user: isUserPrincipalName },
};

export const mfaServerCsv: KindModule<Field> = {
  kind: 'mfa-server-activity',
  title: { en: 'MFA Server activity report (CSV)', ja: 'MFA Server のアクティビティ レポート (CSV)' },
  codeFamilies: ['mfa-server-result'],
  detailFamilies: [],
  csv: layout,
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user');
    out.code = row.get('code');
    out.method = row.get('method');
    out.app = row.get('app');
    out.ip = row.get('ip');
    // The phone called or texted: a blocked or fraud-reporting number is named by it.
    out.methodDetail = row.get('phone');
    const record = out.code ? catalog.lookup(out.code, ['mfa-server-result']) : undefined;
    // A result the catalog does not know can only be read by its prefix.
    out.outcome = record?.outcome ?? (/^SUCCESS_/i.test(out.code) ? 'success' : /^FAILED_/i.test(out.code) ? 'failure' : 'info');
  },
};
