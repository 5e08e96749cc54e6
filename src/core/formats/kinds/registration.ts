/**
 * Who has registered what:
 * - the seed's MSOnline PowerShell export (`UserPrincipalName`, `MFA Status`, `MFA Methods`);
 * - Graph `userRegistrationDetails` as CSV (Microsoft-Extractor-Suite `Export-Csv`, camelCase headers, `True`/`False`,
 *   methods joined with `, `) or JSON, and the portal's "User registration details" download;
 * - the portal's "Registration and reset events" download (Authentication methods → Activity).
 * One row is one user (or one event for the last); a user counts as MFA-registered from the export's own flag.
 */
import { parseTime } from '../time';
import { hasKey } from './json-keys';
import { outcomeOfStatusWord, text, type CsvLayout, type JsonLayout, type KindModule } from './kind';

type StatusField = 'user' | 'status' | 'methods';

const mfaStatusLayout: CsvLayout<StatusField> = {
  dialect: 'powershell-csv',
  columns: { user: ['UserPrincipalName'], status: ['MFA Status'], methods: ['MFA Methods'] },
  signature: ['user', 'status'],
};

export const mfaStatusCsv: KindModule<StatusField> = {
  kind: 'mfa-status',
  title: { en: 'Per-user MFA status (MSOnline PowerShell export)', ja: 'ユーザーごとの MFA の状態 (MSOnline PowerShell のエクスポート)' },
  codeFamilies: ['mfa-registration'],
  detailFamilies: ['mfa-registration'],
  csv: mfaStatusLayout,
  toEvent(row, out, catalog) {
    out.user = row.get('user');
    out.code = row.get('status');
    out.detail = row.get('methods');
    out.method = out.detail;
    out.outcome = (out.code && catalog.lookup(out.code, ['mfa-registration'])?.outcome) || 'info';
  },
};

type DetailsField = 'user' | 'name' | 'userType' | 'isAdmin' | 'mfaRegistered' | 'mfaCapable' | 'ssprRegistered' | 'methods' | 'preferred' | 'time';

const detailsColumns: Record<DetailsField, readonly string[]> = {
  user: ['userPrincipalName', 'User principal name'],
  name: ['userDisplayName', 'Name'],
  userType: ['userType', 'User type'],
  isAdmin: ['isAdmin', 'Admin'],
  mfaRegistered: ['isMfaRegistered', 'MFA Registered'],
  mfaCapable: ['isMfaCapable', 'MFA Capable'],
  ssprRegistered: ['isSsprRegistered', 'SSPR Registered'],
  methods: ['methodsRegistered', 'Methods registered'],
  preferred: ['userPreferredMethodForSecondaryAuthentication', 'Default method', 'Default MFA method'],
  time: ['lastUpdatedDateTime', 'Last Updated Time', 'Last updated time'],
};

const detailsJson: JsonLayout<DetailsField> = {
  dialect: 'graph-json',
  paths: {
    user: ['userPrincipalName'], name: ['userDisplayName'], userType: ['userType'], isAdmin: ['isAdmin'],
    mfaRegistered: ['isMfaRegistered'], mfaCapable: ['isMfaCapable'], ssprRegistered: ['isSsprRegistered'],
    methods: ['methodsRegistered'], preferred: ['userPreferredMethodForSecondaryAuthentication'], time: ['lastUpdatedDateTime'],
  },
  match: (r) => (hasKey(r, 'methodsRegistered') && hasKey(r, 'userPrincipalName') ? 1 : 0),
};

export const registrationDetails: KindModule<DetailsField> = {
  kind: 'registration-details',
  title: { en: 'User registration details (Graph userRegistrationDetails / portal download)', ja: 'ユーザー登録の詳細 (Graph userRegistrationDetails / ポータルのダウンロード)' },
  codeFamilies: ['mfa-registration'],
  detailFamilies: ['mfa-registration'],
  csv: { dialect: 'csv', columns: detailsColumns, signature: ['user', 'mfaCapable', 'methods'] },
  json: [detailsJson],
  toEvent(row, out) {
    out.user = row.get('user');
    out.time = parseTime(row.get('time'));
    const methods = row.raw('methods');
    out.code = Array.isArray(methods) ? methods.map(text).join(', ') : row.get('methods');
    out.method = out.code;
    out.detail = row.get('preferred');
    // The export has an is-admin flag only; without it the user type (member / guest) still says who this is.
    out.role = outcomeOfStatusWord(row.get('isAdmin')) === 'success' ? 'admin' : row.get('userType');
    const sspr = outcomeOfStatusWord(row.get('ssprRegistered'));
    out.ssprRegistered = sspr === 'success' ? 'true' : sspr === 'failure' ? 'false' : '';
    const registered = outcomeOfStatusWord(row.get('mfaRegistered') || row.get('mfaCapable'));
    // Not yet registered is a to-do for the roll-out, not a failure of anything.
    out.outcome = registered === 'success' ? 'success' : registered === 'failure' ? 'pending' : 'info';
  },
};

type EventsField = 'time' | 'user' | 'userName' | 'feature' | 'method' | 'status' | 'reason';

export const registrationResetEvents: KindModule<EventsField> = {
  kind: 'sspr-reset-activity',
  title: { en: 'Registration and reset events (Authentication methods activity CSV)', ja: '登録とリセットのイベント (認証方法のアクティビティ CSV)' },
  codeFamilies: ['audit-reason', 'sspr-classic-detail'],
  detailFamilies: [],
  csv: {
    dialect: 'portal-csv',
    columns: {
      time: ['Date', 'Date (UTC)', '日付'],
      user: ['User', 'ユーザー'],
      userName: ['User name', 'ユーザー名'],
      feature: ['Feature', '機能'],
      method: ['Method used', 'Method', '使用された方法'],
      status: ['Status', '状態'],
      reason: ['Reason for failure', 'Failure reason', '失敗の理由'],
    },
    signature: ['time', 'feature', 'method', 'status'],
  },
  toEvent(row, out) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user') || row.get('userName');
    out.activity = row.get('feature');
    out.method = row.get('method');
    const status = row.get('status');
    out.code = row.get('reason') || status;
    out.detail = out.activity;
    out.outcome = outcomeOfStatusWord(status) ?? 'info';
  },
};
