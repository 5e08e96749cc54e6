/**
 * Classic password-reset reports: the `Data Registered` column of the *Password reset registration activity* report and
 * the `Method(s) Used` column of the *Password reset activity* report share these values. A two-gate policy writes
 * combinations such as `Alternate Email + Mobile Phone`; `Catalog.lookupParts` splits them on `+`, so there are no
 * combination records here.
 */
import type { CatalogRecord } from './types';

export const REGISTRATION_DATA: readonly CatalogRecord[] = [
  {
    family: 'registration-data',
    code: 'Alternate Email',
    aliases: ['連絡用電子メール', '連絡用メール アドレス'],
    outcome: 'info',
    label: { en: 'Alternate email address', ja: '連絡用メール アドレス' },
    explanation: {
      en: 'A personal email address outside the organization (or the authentication email) used to receive a reset code. In the registration report it means the user registered it; in Method(s) Used it means the user verified with it. It serves password reset only and does not count as a second factor for MFA.',
      ja: '組織外の個人用メール アドレス (または認証用メール アドレス) で、リセット用のコードを受け取るために使われます。登録レポートではユーザーがこれを登録したこと、[使用された方法] 列ではこれで本人確認したことを示します。パスワード リセット専用で、MFA の 2 つ目の要素としては数えられません。',
    },
    nextStep: {
      en: 'No action needed. If resets by email fail, confirm the address is current and not a shared or work mailbox the user cannot reach when locked out.',
      ja: '対応は不要です。メールでのリセットが失敗する場合は、アドレスが最新か、ロックアウト中には開けない共有メールボックスや会社のメールボックスになっていないか確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration'],
  },
  {
    family: 'registration-data',
    code: 'Office Phone',
    aliases: ['会社電話'],
    outcome: 'info',
    label: { en: 'Office phone', ja: '会社電話' },
    explanation: {
      en: 'The user\'s office phone number, verified by a voice call (no text messages). In the registration report it was registered; in Method(s) Used it was used to verify a reset. It only helps when the user can reach that phone, which is rarely the case when working remotely.',
      ja: 'ユーザーの会社電話番号で、音声通話で確認します (SMS は使えません)。登録レポートでは登録されたこと、[使用された方法] 列ではリセットの本人確認に使われたことを示します。ユーザーがその電話に出られるときしか役に立たず、リモート勤務中は使えないことがほとんどです。',
    },
    nextStep: {
      en: 'No action needed. Encourage users who rely only on an office phone to add a mobile phone or the Microsoft Authenticator app.',
      ja: '対応は不要です。会社電話だけに頼っているユーザーには、携帯電話や Microsoft Authenticator の追加を勧めてください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration', 'phone'],
  },
  {
    family: 'registration-data',
    code: 'Mobile Phone',
    aliases: ['携帯電話'],
    outcome: 'info',
    label: { en: 'Mobile phone', ja: '携帯電話' },
    explanation: {
      en: 'The user\'s mobile (authentication) phone, verified by a text-message code or a voice call. In the registration report it was registered; in Method(s) Used it verified a reset. Phone-based codes can be intercepted or redirected (for example by SIM swapping), so they are weaker than app or key methods.',
      ja: 'ユーザーの携帯電話 (認証用電話) で、SMS のコードまたは音声通話で確認します。登録レポートでは登録されたこと、[使用された方法] 列ではリセットの本人確認に使われたことを示します。電話によるコードは SIM スワップなどで傍受・転送されることがあり、アプリやセキュリティ キーの方法より弱い方法です。',
    },
    nextStep: {
      en: 'No action needed. Check that the number includes the correct country code if SMS or calls fail.',
      ja: '対応は不要です。SMS や電話が届かない場合は、番号の国番号が正しいか確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration', 'phone'],
  },
  {
    family: 'registration-data',
    code: 'Security Questions',
    aliases: ['秘密の質問', 'セキュリティの質問'],
    outcome: 'info',
    label: { en: 'Security questions', ja: '秘密の質問' },
    explanation: {
      en: 'Answers to security questions the user chose. In the registration report they were registered; in Method(s) Used they verified a reset. They are the weakest method: answers can often be guessed or researched, they work only for password reset (never for MFA), and they are not offered to administrator accounts.',
      ja: 'ユーザーが選んだ秘密の質問への回答です。登録レポートでは登録されたこと、[使用された方法] 列ではリセットの本人確認に使われたことを示します。回答は推測されたり調べられたりしやすく、最も弱い方法です。パスワード リセット専用で MFA には使えず、管理者アカウントでは利用できません。',
    },
    nextStep: {
      en: 'No action needed for a single entry. Where possible, ask the user to register a phone or the Microsoft Authenticator app and avoid relying on questions alone.',
      ja: '単独の記録であれば対応は不要です。可能であれば電話や Microsoft Authenticator を登録してもらい、秘密の質問だけに頼らないようにしてください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration'],
  },
];
