/**
 * Log Analytics / Sentinel `SigninLogs` (and the non-interactive, service-principal and managed-identity tables)
 * exported to CSV from a KQL result: PascalCase columns, datetime columns suffixed ` [UTC]` with browser-locale values
 * (`9/19/2023, 1:45:17.287 PM`), nested columns (`Status`, `AuthenticationDetails`, `LocationDetails`) as JSON text.
 * Rows are read exactly like the Log Analytics JSON rows, so the event mapping is shared with `signin-json`.
 */
import type { CsvLayout, KindModule } from './kind';
import { signinJson, type SigninJsonField } from './signin-json';

const layout: CsvLayout<SigninJsonField> = {
  dialect: 'log-analytics-csv',
  columns: {
    time: ['CreatedDateTime [UTC]', 'TimeGenerated [UTC]', 'CreatedDateTime', 'TimeGenerated', 'CreatedDateTime [Local Time]', 'TimeGenerated [Local Time]'],
    user: ['UserPrincipalName'],
    userDisplay: ['UserDisplayName', 'Identity'],
    servicePrincipal: ['ServicePrincipalName'],
    code: ['ResultType'],
    failureReason: ['ResultDescription'],
    additionalDetails: [],
    status: ['Status'],
    app: ['AppDisplayName', 'ResourceDisplayName'],
    ip: ['IPAddress'],
    city: [],
    state: [],
    country: ['Location'],
    clientApp: ['ClientAppUsed'],
    userAgent: ['UserAgent'],
    correlationId: ['CorrelationId'],
    sessionId: ['SessionId'],
    requestId: ['Id', 'OriginalRequestId'],
    authDetails: ['AuthenticationDetails'],
    mfaDetail: ['MfaDetail'],
    category: ['Category', 'Type'],
    locationDetails: ['LocationDetails'],
    protocol: ['AuthenticationProtocol'],
    authRequirement: ['AuthenticationRequirement'],
  },
  signature: ['time', 'code', 'userDisplay', 'status'],
};

export const signinLogAnalyticsCsv: KindModule<SigninJsonField> = {
  kind: 'signin',
  title: { en: 'Sign-in log (Log Analytics / Sentinel CSV export)', ja: 'サインイン ログ (Log Analytics / Sentinel の CSV エクスポート)' },
  codeFamilies: ['signin-error'],
  detailFamilies: ['mfa-detail'],
  csv: layout,
  toEvent: signinJson.toEvent,
  variant: ({ headers }) => (headers ? `${headers.length} columns` : undefined),
};
