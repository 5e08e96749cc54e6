/** Display names shared by the CLI, the editor and the webviews, in English and Japanese. */
import type { Family, Lang, Outcome } from './catalog';

export const OUTCOME_NAMES: Readonly<Record<Outcome, Readonly<Record<Lang, string>>>> = {
  success: { en: 'success', ja: '成功' },
  interrupt: { en: 'interrupt', ja: '中断' },
  failure: { en: 'failure', ja: '失敗' },
  blocked: { en: 'blocked', ja: 'ブロック' },
  pending: { en: 'pending', ja: '保留' },
  info: { en: 'info', ja: '情報' },
};

export const FAMILY_NAMES: Readonly<Record<Family, Readonly<Record<Lang, string>>>> = {
  'signin-error': { en: 'Sign-in error code', ja: 'サインイン エラー コード' },
  'mfa-server-result': { en: 'MFA Server call result', ja: 'MFA Server の呼び出し結果' },
  'mfa-detail': { en: 'MFA result detail', ja: 'MFA の結果の詳細' },
  'auth-method': { en: 'Authentication method', ja: '認証方法' },
  'audit-activity': { en: 'Audit activity', ja: '監査アクティビティ' },
  'audit-reason': { en: 'Audit result reason', ja: '監査の結果の理由' },
  'sspr-classic-result': { en: 'Password reset result (classic report)', ja: 'パスワード リセットの結果 (クラシック レポート)' },
  'sspr-classic-detail': { en: 'Password reset details (classic report)', ja: 'パスワード リセットの詳細 (クラシック レポート)' },
  'registration-data': { en: 'Registered authentication data', ja: '登録された認証データ' },
  'mfa-registration': { en: 'MFA registration value', ja: 'MFA 登録の値' },
};

/** Columns a terminal needs for `text` (East Asian wide characters take two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return width;
}
