/**
 * The classic portal's password-reset reports (seed 002), downloadable as CSV, with English or Japanese headers:
 * - password reset activity: `User`, `Role`, `Date and Time`, `Method(s) Used`, `Result`, `Details`
 *   (ユーザー / ロール / 日付と時刻 / 使用された方法 / 結果 / 詳細);
 * - password reset registration activity: `User`, `Role`, `Date and Time`, `Data Registered` (登録データ).
 * The row's code is its `Details` string (the most specific fact); `Result` is the detail.
 */
import { isClassicSsprDetail, isClassicSsprResult, isRegistrationData } from '../shapes';
import { parseTime } from '../time';
import type { CsvLayout, KindModule } from './kind';

type ResetField = 'user' | 'role' | 'time' | 'method' | 'result' | 'details';
type RegistrationField = 'user' | 'role' | 'time' | 'data';

const common = {
  user: ['User', 'ユーザー'],
  role: ['Role', 'ロール'],
  time: ['Date and Time', 'Date & Time', '日付と時刻'],
} as const;

const resetLayout: CsvLayout<ResetField> = {
  dialect: 'classic-csv',
  columns: {
    ...common,
    method: ['Method(s) Used', 'Methods Used', 'Method Used', '使用された方法'],
    result: ['Result', '結果'],
    details: ['Details', '詳細'],
  },
  signature: ['user', 'time', 'result', 'details'],
  shapes: { details: isClassicSsprDetail, result: isClassicSsprResult },
};

export const ssprClassicResetCsv: KindModule<ResetField> = {
  kind: 'sspr-reset-activity',
  title: { en: 'Password reset activity (classic report CSV)', ja: 'パスワード リセット アクティビティ (クラシック レポートの CSV)' },
  codeFamilies: ['sspr-classic-detail', 'sspr-classic-result'],
  detailFamilies: ['sspr-classic-result'],
  csv: resetLayout,
  toEvent(row, out, catalog) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user');
    out.role = row.get('role');
    out.method = row.get('method');
    const details = row.get('details');
    const result = row.get('result');
    out.code = details || result;
    out.detail = result;
    out.activity = 'Password reset';
    const record =
      (details && catalog.lookup(details, ['sspr-classic-detail'])) || (result && catalog.lookup(result, ['sspr-classic-result'])) || undefined;
    out.outcome = record?.outcome ?? 'info';
  },
};

const registrationLayout: CsvLayout<RegistrationField> = {
  dialect: 'classic-csv',
  columns: { ...common, data: ['Data Registered', 'Registration Data', 'Registered Data', '登録データ'] },
  signature: ['user', 'time', 'data'],
  shapes: { data: isRegistrationData },
};

export const ssprClassicRegistrationCsv: KindModule<RegistrationField> = {
  kind: 'sspr-registration-activity',
  title: { en: 'Password reset registration activity (classic report CSV)', ja: 'パスワード リセット登録アクティビティ (クラシック レポートの CSV)' },
  codeFamilies: ['registration-data'],
  detailFamilies: [],
  csv: registrationLayout,
  toEvent(row, out) {
    out.time = parseTime(row.get('time'));
    out.user = row.get('user');
    out.role = row.get('role');
    out.code = row.get('data');
    out.method = out.code;
    out.activity = 'Password reset registration';
    // Each row is a completed registration; the data value says with which methods.
    out.outcome = out.code ? 'success' : 'info';
  },
};
