/**
 * Sign-ins as JSON records:
 * - Graph `signIn` objects (portal "Download JSON", Graph API, Microsoft-Extractor-Suite, Hawk…): `createdDateTime`,
 *   `status.errorCode`;
 * - Azure Monitor diagnostic-settings records (Event Hub, storage `PT1H.json`): envelope `time`, `category:
 *   SignInLogs…`, `resultType`, with the Graph object under `properties`;
 * - Log Analytics rows as JSON (`az monitor log-analytics query`): PascalCase `TimeGenerated`, `ResultType`, nested
 *   columns possibly as JSON text.
 * The array/page/NDJSON container is the scanner's business; these layouts only see one record.
 */
import { parseTime } from '../time';
import { countryOfLocation, text, type JsonLayout, type KindModule } from './kind';
import { hasKey, keyOf } from './json-keys';
import { dig } from './views';
import { classifySignIn, locationText, mfaMethod, mfaMethodDetail, mfaStepResult } from './signin-common';

export type SigninJsonField =
  | 'time' | 'user' | 'userDisplay' | 'servicePrincipal' | 'code' | 'failureReason' | 'additionalDetails' | 'status'
  | 'app' | 'ip' | 'city' | 'state' | 'country' | 'clientApp' | 'userAgent' | 'correlationId' | 'sessionId'
  | 'requestId' | 'authDetails' | 'mfaDetail' | 'category' | 'locationDetails' | 'protocol' | 'authRequirement';

const graph: JsonLayout<SigninJsonField> = {
  dialect: 'graph-json',
  paths: {
    time: ['createdDateTime'],
    user: ['userPrincipalName'],
    userDisplay: ['userDisplayName'],
    servicePrincipal: ['servicePrincipalName'],
    code: ['status.errorCode'],
    failureReason: ['status.failureReason'],
    additionalDetails: ['status.additionalDetails'],
    status: [],
    app: ['appDisplayName', 'resourceDisplayName'],
    ip: ['ipAddress'],
    city: ['location.city'],
    state: ['location.state'],
    country: ['location.countryOrRegion'],
    clientApp: ['clientAppUsed'],
    userAgent: ['userAgent'],
    correlationId: ['correlationId'],
    sessionId: ['sessionId'],
    requestId: ['id', 'originalRequestId'],
    authDetails: ['authenticationDetails'],
    mfaDetail: ['mfaDetail'],
    category: [],
    locationDetails: [],
    protocol: ['authenticationProtocol'],
    authRequirement: ['authenticationRequirement'],
  },
  // Any key casing (Graph PowerShell SDK writes PascalCase); Log Analytics rows (also PascalCase) have ResultType.
  match: (r) =>
    hasKey(r, 'createdDateTime') && (hasKey(r, 'status') || hasKey(r, 'userPrincipalName') || hasKey(r, 'appDisplayName')) && !hasKey(r, 'ResultType') && !hasKey(r, 'TimeGenerated')
      ? 1
      : 0,
};

const prefixed = (paths: Readonly<Record<SigninJsonField, readonly string[]>>, prefix: string) =>
  Object.fromEntries(Object.entries(paths).map(([f, ps]) => [f, (ps as string[]).map((p) => `${prefix}.${p}`)])) as Record<SigninJsonField, string[]>;

const diagnostic: JsonLayout<SigninJsonField> = {
  dialect: 'diagnostic-json',
  paths: {
    ...prefixed(graph.paths, 'properties'),
    time: ['properties.createdDateTime', 'time'],
    code: ['properties.status.errorCode', 'resultType'],
    failureReason: ['properties.status.failureReason', 'resultDescription'],
    ip: ['properties.ipAddress', 'callerIpAddress'],
    userDisplay: ['properties.userDisplayName', 'identity'],
    country: ['properties.location.countryOrRegion', 'location'],
    correlationId: ['properties.correlationId', 'correlationId'],
    category: ['category'],
  },
  match: (r) => {
    const category = text(r[keyOf(r, 'category') ?? 'category']);
    return typeof r[keyOf(r, 'properties') ?? 'properties'] === 'object' && /SignInLogs$/i.test(category) ? 1 : 0;
  },
};

const logAnalytics: JsonLayout<SigninJsonField> = {
  dialect: 'log-analytics-json',
  paths: {
    time: ['CreatedDateTime', 'TimeGenerated'],
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
  match: (r) => ('ResultType' in r && ('TimeGenerated' in r || 'CreatedDateTime' in r) && ('UserPrincipalName' in r || 'AppDisplayName' in r) ? 1 : 0),
};

export const signinJson: KindModule<SigninJsonField> = {
  kind: 'signin',
  title: { en: 'Sign-in log (JSON)', ja: 'サインイン ログ (JSON)' },
  codeFamilies: ['signin-error'],
  detailFamilies: ['mfa-detail'],
  json: [diagnostic, graph, logAnalytics],
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user') || row.get('servicePrincipal') || row.get('userDisplay');
    // Log Analytics keeps errorCode/additionalDetails inside the `Status` column (an object or JSON text).
    const status = row.raw('status');
    const code = row.get('code') || text(dig(status, 'errorCode'));
    classifySignIn(out, code, '', catalog);
    const authDetails = normalizeDynamic(row.raw('authDetails'));
    out.detail = row.get('additionalDetails') || text(dig(status, 'additionalDetails')) || mfaStepResult(authDetails);
    const mfaDetail = normalizeDynamic(row.raw('mfaDetail'));
    out.method = mfaMethod(authDetails, mfaDetail);
    out.methodDetail = mfaMethodDetail(authDetails, mfaDetail);
    out.app = row.get('app');
    out.ip = row.get('ip');
    const locationDetails = normalizeDynamic(row.raw('locationDetails'));
    const city = row.get('city') || text(dig(locationDetails, 'city'));
    const state = row.get('state') || text(dig(locationDetails, 'state'));
    out.country = (row.get('country') || text(dig(locationDetails, 'countryOrRegion'))).toUpperCase();
    out.location = locationText(city, state, out.country);
    if (!out.country) out.country = countryOfLocation(out.location);
    out.clientApp = row.get('clientApp');
    out.session = row.get('sessionId') || row.get('correlationId');
    out.requestId = row.get('requestId');
    out.userAgent = row.get('userAgent');
    out.protocol = row.get('protocol');
    out.authRequirement = row.get('authRequirement');
  },
  variant({ record }) {
    if (!record) return undefined;
    const category = text(record['category']) || text(record['Category']) || text(record['Type']);
    if (category) return category;
    const types = (record['signInEventTypes'] as unknown[] | undefined) ?? [];
    if (Array.isArray(types) && types.length) return types.map(text).join(', ');
    if (record['isInteractive'] === true) return 'interactive';
    if (record['isInteractive'] === false) return 'non-interactive';
    return undefined;
  },
};

/** A Log Analytics dynamic column may arrive as an object or as its JSON text. */
function normalizeDynamic(value: unknown): unknown {
  return typeof value === 'string' ? dig(value) : value;
}
