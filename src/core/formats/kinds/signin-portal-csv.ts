/**
 * Portal sign-in CSV downloads (`InteractiveSignIns_*`, `NonInteractiveSignIns_*`, `ApplicationSignIns_*`,
 * `MSISignIns_*`): 49/54/55/57-column user layouts and the 22-column service-principal layout, English or Japanese
 * headers. Columns are found by name; position is only used when the names are in an unknown language.
 */
import { isGuid, isIpAddress, isLocation, isSigninErrorCode, isStatusWord, isTimestamp, isUserPrincipalName } from '../shapes';
import { parseTime } from '../time';
import { countryOfLocation, type CsvLayout, type KindModule } from './kind';
import { classifySignIn } from './signin-common';
import { SIGNIN_PORTAL_49, SIGNIN_PORTAL_54, SIGNIN_PORTAL_55, SIGNIN_PORTAL_57, SIGNIN_PORTAL_JA } from './signin-portal-layouts';

type Field =
  | 'time' | 'requestId' | 'userAgent' | 'correlationId' | 'userDisplay' | 'userName' | 'servicePrincipal'
  | 'managedIdentity' | 'app' | 'ip' | 'location' | 'status' | 'code' | 'failureReason' | 'clientApp' | 'mfaResult'
  | 'mfaMethod' | 'mfaDetail' | 'authRequirement' | 'sessionId' | 'protocol';

const ja = (english: string) => SIGNIN_PORTAL_JA[english]!;

const layout: CsvLayout<Field> = {
  dialect: 'portal-csv',
  columns: {
    time: ['Date (UTC)', 'Date', ja('Date (UTC)'), '日付'],
    requestId: ['Request ID', ja('Request ID')],
    userAgent: ['User agent', ja('User agent')],
    correlationId: ['Correlation ID', ja('Correlation ID')],
    userDisplay: ['User', ja('User')],
    userName: ['Username', ja('Username')],
    servicePrincipal: ['Service principal name', 'サービス プリンシパル名'],
    managedIdentity: ['Managed Identity type', ja('Managed Identity type')],
    app: ['Application', ja('Application')],
    ip: ['IP address', ja('IP address')],
    location: ['Location', ja('Location')],
    status: ['Status', ja('Status')],
    code: ['Sign-in error code', ja('Sign-in error code')],
    failureReason: ['Failure reason', ja('Failure reason'), 'エラーの理由'],
    clientApp: ['Client app', ja('Client app')],
    mfaResult: ['Multifactor authentication result', 'MFA result', ja('Multifactor authentication result'), 'MFA の結果'],
    mfaMethod: ['Multifactor authentication auth method', 'MFA auth method', ja('Multifactor authentication auth method'), 'MFA の認証方法'],
    mfaDetail: ['Multifactor authentication auth detail', 'MFA auth detail', ja('Multifactor authentication auth detail'), 'MFA 認証の詳細'],
    authRequirement: ['Authentication requirement', ja('Authentication requirement'), 'MFA の必要性'],
    sessionId: ['Session ID', ja('Session ID')],
    protocol: ['Authentication Protocol', ja('Authentication Protocol')],
  },
  signature: ['time', 'requestId', 'code', 'status'],
  positional: [SIGNIN_PORTAL_49, SIGNIN_PORTAL_54, SIGNIN_PORTAL_55, SIGNIN_PORTAL_57].map((headers) => ({ count: headers.length, headers })),
  // What the key columns' values look like. Without these a download whose headers are in a language we have no names
  // for AND whose column count is not a known layout (the layout changes every few months) was not recognised at all,
  // even with its error-code column named (it became a generic report whose "code" was the MFA result column); and
  // positional guesses were trusted without checking the values there. Order matters: the first column with a shape
  // wins, and `Request ID` / `Username` / `IP address` come before `Correlation ID` / `Sign-in identifier` / `IP
  // address (seen by resource)` in every layout.
  shapes: {
    time: isTimestamp,
    requestId: isGuid,
    userName: isUserPrincipalName,
    ip: isIpAddress,
    location: isLocation,
    status: isStatusWord,
    code: isSigninErrorCode,
  },
  expectedDuplicates: ['Incoming token type', ja('Incoming token type')],
};

export const signinPortalCsv: KindModule<Field> = {
  kind: 'signin',
  title: { en: 'Sign-in log (portal CSV download)', ja: 'サインイン ログ (ポータルの CSV ダウンロード)' },
  codeFamilies: ['signin-error'],
  detailFamilies: ['mfa-detail'],
  csv: layout,
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('userName') || row.get('servicePrincipal') || row.get('userDisplay');
    classifySignIn(out, row.get('code'), row.get('status'), catalog);
    out.detail = row.get('mfaResult');
    out.method = row.get('mfaMethod');
    out.app = row.get('app');
    out.ip = row.get('ip');
    out.location = row.get('location');
    out.country = countryOfLocation(out.location);
    out.clientApp = row.get('clientApp');
    out.session = row.get('sessionId') || row.get('correlationId');
    out.requestId = row.get('requestId');
    out.userAgent = row.get('userAgent');
    out.protocol = row.get('protocol');
    out.authRequirement = row.get('authRequirement');
    out.methodDetail = row.get('mfaDetail');
  },
  variant({ headers }) {
    if (!headers) return undefined;
    const names = new Set(headers.map((h) => h.trim().toLowerCase()));
    // Managed identity first: `MSISignIns_*` is the service-principal layout plus `Managed Identity type`, so it has
    // the service-principal columns too. (User layouts also carry `Managed Identity type`, hence the `username` test.)
    if (names.has('managed identity type') && !names.has('username')) return `managed identity, ${headers.length} columns`;
    if (names.has('service principal name') || names.has('service principal id')) return `service principal, ${headers.length} columns`;
    return `${headers.length}-column layout`;
  },
};
