/**
 * Authentication methods as they appear in sign-in exports: `authenticationDetails[].authenticationMethod` (Graph JSON,
 * Log Analytics), the AuthDetails CSV `Authentication method` column, the portal CSV `Multifactor authentication auth
 * method` column and the old portal's localized MFA method names. These records are neutral facts (`info`); the
 * explanation says what the method is and how hard it is to phish.
 */
import type { CatalogRecord } from './types';

export const AUTH_METHODS: readonly CatalogRecord[] = [
  {
    family: 'auth-method',
    code: 'Password',
    outcome: 'info',
    label: { en: 'Password', ja: 'パスワード' },
    explanation: {
      en: 'The user typed a password as the first factor. A password alone is single-factor and can be phished, guessed or reused from another breach.',
      ja: 'ユーザーが 1 つ目の要素としてパスワードを入力しました。パスワードだけでは単一要素であり、フィッシング、推測、他サービスからの漏えいの使い回しによって突破される可能性があります。',
    },
    nextStep: {
      en: 'The Authentication method detail column tells where the password was checked (cloud, password hash sync, pass-through or federation). Check whether a second factor followed in the same sign-in.',
      ja: '認証方法の詳細の列で、パスワードがどこで検証されたか (クラウド、パスワード ハッシュ同期、パススルー認証、フェデレーション) を確認できます。同じサインインで 2 つ目の要素が続いたか確認してください。',
    },
    source: 'microsoft-docs',
  },
  {
    family: 'auth-method',
    code: 'Text message',
    aliases: ['SMS', 'テキスト メッセージ'],
    outcome: 'info',
    label: { en: 'Text message (SMS) code', ja: 'テキスト メッセージ (SMS) のコード' },
    explanation: {
      en: 'A one-time code was sent by SMS to the registered phone and typed back. It is one of the weakest second factors: codes can be phished, intercepted or redirected by SIM swapping.',
      ja: '登録された電話に SMS でワンタイム コードが送られ、ユーザーがそれを入力しました。2 つ目の要素としては最も弱い部類で、フィッシング、傍受、SIM スワップによる乗っ取りでコードが奪われる可能性があります。',
    },
    nextStep: {
      en: 'Encourage the user to move to Microsoft Authenticator or a passkey, and consider limiting SMS in the Authentication methods policy.',
      ja: 'Microsoft Authenticator やパスキーへの移行をユーザーに勧め、認証方法ポリシーで SMS の利用を制限することを検討してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'auth-method',
    code: 'Phone call approval (Authentication phone)',
    aliases: ['Phone call (Authentication phone)', 'Voice', '電話の呼び出し (認証用電話)'],
    outcome: 'info',
    label: { en: 'Voice call to the authentication phone', ja: '認証用電話への音声通話' },
    explanation: {
      en: 'The MFA service called the registered authentication phone and the user confirmed by pressing a key. Like SMS, it is a weak method: calls can be redirected, and users tend to approve without thinking.',
      ja: 'MFA サービスが登録された認証用電話に発信し、ユーザーがキーを押して承認しました。SMS と同様に弱い方法で、通話の転送が可能なうえ、ユーザーが深く考えずに承認しがちです。',
    },
    nextStep: {
      en: 'Move the user to Microsoft Authenticator or a passkey where possible, and keep voice only as a fallback.',
      ja: '可能であれば Microsoft Authenticator やパスキーに移行し、音声通話は予備の手段にとどめてください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'auth-method',
    code: 'Phone call approval (Office phone)',
    aliases: ['Phone call (Office phone)', '電話の呼び出し (会社の電話)'],
    outcome: 'info',
    label: { en: 'Voice call to the office phone', ja: '会社の電話への音声通話' },
    explanation: {
      en: 'The MFA service called the office phone number stored for the user and the call was confirmed by a key press. A desk phone can be answered by anyone nearby, so it proves little about who signed in.',
      ja: 'MFA サービスがユーザーの会社の電話番号に発信し、キー操作で承認されました。デスクの電話は近くの誰でも出られるため、サインインした本人の証明としては弱い方法です。',
    },
    nextStep: {
      en: 'Check that the office number on the user object is correct, and prefer Microsoft Authenticator or a passkey for this user.',
      ja: 'ユーザー オブジェクトの会社の電話番号が正しいか確認し、このユーザーには Microsoft Authenticator やパスキーを優先してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'auth-method',
    code: 'Phone call approval (Alternate phone)',
    aliases: ['Phone call (Alternate authentication phone)', '電話の呼び出し (代替の認証用電話)'],
    outcome: 'info',
    label: { en: 'Voice call to the alternate phone', ja: '代替の認証用電話への音声通話' },
    explanation: {
      en: 'The MFA service called the alternate authentication phone registered as a backup number and the user confirmed with a key press. It has the same weaknesses as any voice call.',
      ja: 'MFA サービスが予備として登録された代替の認証用電話に発信し、ユーザーがキー操作で承認しました。ほかの音声通話と同じ弱点があります。',
    },
    nextStep: {
      en: 'Confirm the alternate number still belongs to the user; stale backup numbers are a takeover risk.',
      ja: '代替の番号が現在もユーザー本人のものか確認してください。古い予備の番号は乗っ取りのリスクになります。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'auth-method',
    code: 'Mobile app notification',
    aliases: ['モバイル アプリの通知'],
    outcome: 'info',
    label: { en: 'Authenticator push notification', ja: 'モバイル アプリの通知 (プッシュ)' },
    explanation: {
      en: 'The user approved a push notification in Microsoft Authenticator. With number matching it is a reasonable second factor, but it is not phishing-resistant and is the method targeted by MFA fatigue attacks.',
      ja: 'ユーザーが Microsoft Authenticator のプッシュ通知を承認しました。番号の一致を使えば妥当な 2 つ目の要素ですが、フィッシング耐性はなく、MFA 疲労攻撃の標的となる方法です。',
    },
    nextStep: {
      en: 'Make sure number matching and additional context are on; for privileged users prefer a passkey.',
      ja: '番号の一致と追加のコンテキストが有効になっていることを確認してください。特権ユーザーにはパスキーを推奨します。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'auth-method',
    code: 'Mobile app verification code',
    aliases: ['モバイル アプリの確認コード'],
    outcome: 'info',
    label: { en: 'Authenticator app code', ja: 'モバイル アプリの確認コード' },
    explanation: {
      en: 'The user typed a time-based code shown in the authenticator app. Stronger than SMS because nothing travels over the phone network, but a phishing page can still capture and replay the code.',
      ja: 'ユーザーが認証アプリに表示された時間ベースのコードを入力しました。電話網を通らないため SMS より強力ですが、フィッシング サイトでコードを盗まれて再利用される可能性は残ります。',
    },
    nextStep: {
      en: 'No action needed on its own; consider a passkey for users who are frequent phishing targets.',
      ja: 'これ自体に対応は不要です。フィッシングの標的になりやすいユーザーにはパスキーを検討してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'OATH verification code',
    outcome: 'info',
    label: { en: 'OATH one-time code', ja: 'OATH 確認コード' },
    explanation: {
      en: 'The user typed a one-time code from an OATH token. Entra ID logs this same name for hardware tokens and for software apps (including Microsoft Authenticator codes), so the column alone does not tell which was used. Codes are phishable.',
      ja: 'ユーザーが OATH トークンのワンタイム コードを入力しました。Entra ID はハードウェア トークンとソフトウェア アプリ (Microsoft Authenticator のコードを含む) の両方をこの名前で記録するため、この列だけではどちらかを判別できません。コードはフィッシングで奪われる可能性があります。',
    },
    nextStep: {
      en: 'To see which token it was, check the user’s registered OATH tokens in their Authentication methods blade. Many failed OATH codes across sessions in minutes point to code brute forcing.',
      ja: 'どのトークンかは、ユーザーの [認証方法] ブレードで登録済みの OATH トークンを確認してください。数分間に多数のセッションで OATH コードの失敗がある場合は、コードの総当たり攻撃を疑ってください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'Authenticator App',
    outcome: 'info',
    label: { en: 'Microsoft Authenticator app', ja: 'Microsoft Authenticator アプリ' },
    explanation: {
      en: 'Microsoft Authenticator was used for this step; this is the generic API name for the app, covering a notification approval or a code. Not phishing-resistant unless a passkey in the app was used.',
      ja: 'この段階で Microsoft Authenticator が使われました。通知の承認とコードのどちらも含む、API 上のアプリの総称です。アプリ内のパスキーを使った場合を除き、フィッシング耐性はありません。',
    },
    nextStep: {
      en: 'Read the Authentication method detail column for the device name; an unknown device means an app registration worth checking in the user’s Authentication methods blade.',
      ja: '認証方法の詳細の列でデバイス名を確認してください。見覚えのないデバイスであれば、ユーザーの [認証方法] ブレードで登録内容を確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'auth-method',
    code: 'Software OATH token',
    outcome: 'info',
    label: { en: 'Software OATH token code', ja: 'ソフトウェア OATH トークンのコード' },
    explanation: {
      en: 'A time-based code from a software authenticator app (Microsoft Authenticator or a third-party app) was used. Better than SMS, but the code can be phished.',
      ja: 'ソフトウェアの認証アプリ (Microsoft Authenticator またはサードパーティ製アプリ) の時間ベースのコードが使われました。SMS よりは強力ですが、コードはフィッシングで奪われる可能性があります。',
    },
    nextStep: {
      en: 'No action needed on its own. Check that the app registration in the user’s Authentication methods blade is one the user recognizes.',
      ja: 'これ自体に対応は不要です。ユーザーの [認証方法] ブレードのアプリの登録が本人の認識しているものか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'Satisfied by token',
    outcome: 'info',
    label: { en: 'Step satisfied by an existing token', ja: '既存トークンで充足' },
    explanation: {
      en: 'No credential was presented in this step: a token the client already held satisfied it. Normal for single sign-on, but a token copied to another machine would look the same.',
      ja: 'この段階では資格情報は提示されておらず、クライアントが保持していたトークンで要件が満たされました。シングル サインオンでは通常の動作ですが、別のマシンにコピーされたトークンでも同じように見えます。',
    },
    nextStep: {
      en: 'Compare the IP address and device with the user’s usual ones; if they differ, investigate token theft and revoke sessions.',
      ja: 'IP アドレスとデバイスをユーザーの普段のものと比較し、異なる場合はトークンの窃取を調査してセッションを取り消してください。',
    },
    source: 'microsoft-docs',
    tags: ['session'],
  },
  {
    family: 'auth-method',
    code: 'Previously satisfied',
    outcome: 'info',
    label: { en: 'Requirement met earlier in the session', ja: 'セッション内で以前に充足済み' },
    explanation: {
      en: 'The requirement for this step had already been met earlier in the session, so the user was not asked again. It fills non-interactive logs and is expected, unless the session is being used from a place the user never signed in from.',
      ja: 'この段階の要件はセッション内ですでに満たされていたため、ユーザーには再度求められていません。非対話型のログの大半を占める想定どおりの値ですが、ユーザーがサインインしたことのない場所からセッションが使われている場合は注意が必要です。',
    },
    nextStep: {
      en: 'If the IP address or country does not match the interactive sign-in that started the session, suspect token replay and revoke the user’s sessions.',
      ja: 'セッションを開始した対話型サインインと IP アドレスや国が一致しない場合は、トークンの再利用を疑い、ユーザーのセッションを取り消してください。',
    },
    source: 'microsoft-docs',
    tags: ['session'],
  },
  {
    family: 'auth-method',
    code: 'FIDO2 security key',
    aliases: ['Passkey (device-bound)'],
    outcome: 'info',
    label: { en: 'FIDO2 security key or passkey', ja: 'FIDO2 セキュリティ キー / パスキー' },
    explanation: {
      en: 'The user signed in with a FIDO2 security key or another device-bound passkey, unlocked with a PIN or biometric. It is phishing-resistant and one of the strongest methods available; newer logs may name it Passkey (device-bound).',
      ja: 'ユーザーが PIN や生体認証でロックを解除する FIDO2 セキュリティ キー、またはその他のデバイス固定のパスキーでサインインしました。フィッシング耐性があり、利用できる中で最も強力な方法の 1 つです。新しいログでは Passkey (device-bound) と表示される場合があります。',
    },
    nextStep: {
      en: 'No action needed. The Authentication method detail column names the key, which you can match to the user’s registered keys.',
      ja: '対処は不要です。認証方法の詳細の列にキーの名前が表示されるため、ユーザーの登録済みのキーと照合できます。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'Windows Hello for Business',
    outcome: 'info',
    label: { en: 'Windows Hello for Business', ja: 'Windows Hello for Business による認証' },
    explanation: {
      en: 'The user signed in to Windows with a key bound to the device, unlocked by PIN, face or fingerprint. It counts as multifactor and is phishing-resistant.',
      ja: 'ユーザーがデバイスに紐付いたキーを PIN、顔、指紋でロック解除して Windows にサインインしました。多要素として扱われ、フィッシング耐性があります。',
    },
    nextStep: {
      en: 'No action needed. The Device ID should be one of the user’s own devices.',
      ja: '対処は不要です。デバイス ID がユーザー本人のデバイスであることを確認してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'device'],
  },
  {
    family: 'auth-method',
    code: 'Passkey (Microsoft Authenticator)',
    outcome: 'info',
    label: { en: 'Passkey in Microsoft Authenticator', ja: 'Microsoft Authenticator のパスキー' },
    explanation: {
      en: 'The user signed in with a passkey stored in Microsoft Authenticator on their phone. It is phishing-resistant because the key only answers the genuine Microsoft sign-in site.',
      ja: 'ユーザーがスマートフォンの Microsoft Authenticator に保存されたパスキーでサインインしました。キーは正規の Microsoft のサインイン サイトにしか応答しないため、フィッシング耐性があります。',
    },
    nextStep: {
      en: 'No action needed. If the user does not recognize the device, review the passkey registrations in their Authentication methods blade.',
      ja: '対処は不要です。ユーザーがデバイスに心当たりがない場合は、[認証方法] ブレードでパスキーの登録を確認してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'Temporary Access Pass',
    outcome: 'info',
    label: { en: 'Temporary Access Pass', ja: '一時アクセス パス' },
    explanation: {
      en: 'The user signed in with a time-limited passcode issued by an administrator, normally to set up a new device or recover access. Anyone holding the pass can sign in while it is valid, so it matters who issued it and to whom.',
      ja: '管理者が発行した期限付きのパスコードでサインインしました。通常は新しいデバイスのセットアップやアクセスの回復に使われます。有効期間中は持っている人なら誰でもサインインできるため、誰が誰に発行したかが重要です。',
    },
    nextStep: {
      en: 'Check the audit log for who created the pass and confirm the request was legitimate; then make sure the user registered a permanent method.',
      ja: '監査ログで誰がパスを作成したか確認し、正当な依頼だったか確かめてください。その後、ユーザーが恒久的な認証方法を登録したことを確認してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'auth-method',
    code: 'X.509 Certificate',
    aliases: ['Certificate-based authentication'],
    outcome: 'info',
    label: { en: 'Certificate or smart card', ja: '証明書 / スマート カード' },
    explanation: {
      en: 'The user presented an X.509 certificate, for example from a smart card, through Entra certificate-based authentication. It is phishing-resistant; whether it counts as one factor or as MFA depends on the tenant’s certificate binding rules.',
      ja: 'Entra の証明書ベース認証で、スマート カードなどの X.509 証明書が提示されました。フィッシング耐性があり、単一要素と多要素のどちらとして扱われるかはテナントの証明書のバインド規則によって決まります。',
    },
    nextStep: {
      en: 'If sign-ins fail, check the certificate authority and revocation settings for certificate-based authentication; otherwise no action.',
      ja: 'サインインが失敗する場合は、証明書ベース認証の証明機関と失効の設定を確認してください。それ以外は対処不要です。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'auth-method',
    code: 'Passwordless phone sign-in',
    aliases: ['Passwordless Microsoft Authenticator'],
    outcome: 'info',
    label: { en: 'Authenticator phone sign-in (no password)', ja: 'Authenticator の電話によるサインイン (パスワードレス)' },
    explanation: {
      en: 'The user signed in without a password by matching a number in Microsoft Authenticator and unlocking the phone. It counts as multifactor but, unlike a passkey, it is not phishing-resistant.',
      ja: 'ユーザーはパスワードを使わず、Microsoft Authenticator で番号を照合してスマートフォンのロックを解除してサインインしました。多要素として扱われますが、パスキーと異なりフィッシング耐性はありません。',
    },
    nextStep: {
      en: 'No action needed on its own. For administrators and other high-value accounts, consider requiring a passkey instead.',
      ja: 'これ自体に対応は不要です。管理者などの重要なアカウントには、代わりにパスキーを必須にすることを検討してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'app-notification'],
  },
];
