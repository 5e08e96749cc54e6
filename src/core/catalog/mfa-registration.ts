/**
 * MFA registration exports.
 * - The MSOnline PowerShell export of seed 000: `MFA Status` (StrongAuthenticationRequirements.State, else `Disabled`)
 *   and `MFA Methods` (StrongAuthenticationMethods.MethodType).
 * - Graph `userRegistrationDetails` (Authentication methods > User registration details, Extractor Suite
 *   `*-MFA-UserRegistrationDetails.csv`): `methodsRegistered` tokens, `userPreferredMethodForSecondaryAuthentication`
 *   and `systemPreferredAuthenticationMethods` values. Where two columns use the same spelling for the same method
 *   (`PhoneAppNotification`, `PhoneAppOTP`, `sms`/`Sms`), one record explains both.
 */
import type { CatalogRecord } from './types';

export const MFA_REGISTRATION: readonly CatalogRecord[] = [
  // ---- Per-user MFA state (MFA Status) ------------------------------------------------------------------------
  {
    family: 'mfa-registration',
    code: 'Enabled',
    outcome: 'pending',
    label: { en: 'Per-user MFA on, registration pending', ja: 'ユーザーごとの MFA 有効 (登録待ち)' },
    explanation: {
      en: 'An administrator switched on per-user MFA for this account, but the user has usually not finished registering a method yet; completing registration normally moves the state to Enforced. Until then, legacy-protocol clients still sign in with the password alone.',
      ja: '管理者がこのアカウントでユーザーごとの MFA をオンにしましたが、通常はユーザーがまだ認証方法の登録を終えていない状態です。登録を完了すると通常は Enforced (強制) に変わります。それまでは、レガシ認証のクライアントはパスワードだけでサインインできます。',
    },
    nextStep: {
      en: 'Check the MFA Methods column: if it is empty, ask the user to register at https://aka.ms/mysecurityinfo. If methods exist but the state stays Enabled (per-user MFA was re-enabled), move the user to Enforced or, better, protect them with Conditional Access.',
      ja: '[MFA Methods] 列を確認し、空であればユーザーに https://aka.ms/mysecurityinfo で登録してもらってください。方法が登録済みなのに Enabled のまま (再有効化したケース) であれば Enforced に変更するか、条件付きアクセスでの保護に切り替えてください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'Enforced',
    outcome: 'success',
    label: { en: 'Per-user MFA enforced', ja: 'ユーザーごとの MFA を強制' },
    explanation: {
      en: 'The account requires MFA at every sign-in through per-user MFA (apart from exceptions such as trusted IPs or remembered devices), and legacy clients need app passwords. Users reach this state automatically when they finish registering while Enabled; if an administrator set it directly, the user is asked to register at the next sign-in.',
      ja: 'このアカウントはユーザーごとの MFA により、サインインのたびに MFA が必要です (信頼できる IP や記憶されたデバイスなどの例外を除く)。レガシ認証のクライアントにはアプリ パスワードが必要です。Enabled の状態で登録を終えると自動的にこの状態になります。管理者が直接設定した場合は、次回サインイン時に登録を求められます。',
    },
    nextStep: {
      en: 'Nothing urgent. Microsoft recommends Conditional Access instead of per-user MFA; plan the migration and avoid combining both for the same user.',
      ja: '急ぎの対応は不要です。Microsoft はユーザーごとの MFA ではなく条件付きアクセスの利用を推奨しているため、移行を計画し、同じユーザーに両方を併用しないようにしてください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'Disabled',
    outcome: 'info',
    label: { en: 'Per-user MFA off', ja: 'ユーザーごとの MFA はオフ' },
    explanation: {
      en: 'Per-user MFA is not turned on for this account (the default, and what the export writes when no state is set). This does not mean the user never does MFA: Conditional Access and security defaults require MFA without changing this state.',
      ja: 'このアカウントではユーザーごとの MFA がオンになっていません (既定の状態で、状態が設定されていない場合にエクスポートが書き込む値です)。MFA を一切使っていないという意味ではなく、条件付きアクセスやセキュリティの既定値群は、この状態を変えずに MFA を要求します。',
    },
    nextStep: {
      en: 'Before treating the user as unprotected, check Conditional Access policies or security defaults and the user\'s registered methods (MFA Methods or Graph methodsRegistered).',
      ja: '保護されていないと判断する前に、条件付きアクセス ポリシーやセキュリティの既定値群の設定と、ユーザーの登録済み認証方法 ([MFA Methods] 列や Graph の methodsRegistered) を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration', 'policy'],
  },
  {
    family: 'mfa-registration',
    code: 'System.Object[]',
    outcome: 'info',
    label: { en: 'Several methods, list not expanded', ja: '複数の方法 (一覧が展開されていない)' },
    explanation: {
      en: 'The user has two or more MFA methods, but the export script wrote the array\'s type name instead of the method names, because Export-Csv does not expand lists. The user is registered for MFA; which methods they hold is not visible here.',
      ja: 'ユーザーには 2 つ以上の MFA 方法が登録されていますが、Export-Csv は配列を展開しないため、方法の名前ではなく配列の型名が書き込まれています。MFA には登録済みですが、どの方法かはこの値からは分かりません。',
    },
    nextStep: {
      en: 'Re-export with the methods joined (for example `-join \', \'` on MethodType), or use the Graph userRegistrationDetails report, since the MSOnline module has been retired.',
      ja: 'MethodType を `-join \', \'` で連結してエクスポートし直すか、MSOnline モジュールは廃止されているため Graph の userRegistrationDetails レポートを使ってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration'],
  },
  // ---- StrongAuthenticationMethods.MethodType (MSOnline) ------------------------------------------------------
  {
    family: 'mfa-registration',
    code: 'OneWaySMS',
    outcome: 'info',
    label: { en: 'Text message code to mobile phone', ja: '携帯電話への SMS コード' },
    explanation: {
      en: 'The user registered their mobile phone to receive a one-time code by text message. It is a valid MFA method but a phishable one, and SMS delivery can be delayed or redirected.',
      ja: 'ユーザーは携帯電話でテキスト メッセージのワンタイム コードを受け取る方法を登録しています。有効な MFA 方法ですが、フィッシングに弱く、SMS の遅延や転送のリスクもあります。',
    },
    nextStep: {
      en: 'No action needed. Encourage the user to add Microsoft Authenticator or a passkey as a stronger default.',
      ja: '対応は不要です。より強力な既定の方法として Microsoft Authenticator やパスキーを追加するよう勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'TwoWayVoiceMobile',
    outcome: 'info',
    label: { en: 'Voice call to mobile phone', ja: '携帯電話への音声通話' },
    explanation: {
      en: 'The user can be verified by a phone call to their mobile phone, answering and pressing # to approve. It counts as MFA but is among the weaker methods.',
      ja: 'ユーザーは携帯電話への電話に出て # を押すことで本人確認できます。MFA として有効ですが、比較的弱い方法の 1 つです。',
    },
    nextStep: {
      en: 'No action needed. Suggest an app-based method for users who rely only on calls.',
      ja: '対応は不要です。音声通話だけに頼っているユーザーには、アプリを使う方法を勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'TwoWayVoiceOffice',
    outcome: 'info',
    label: { en: 'Voice call to office phone', ja: '会社電話への音声通話' },
    explanation: {
      en: 'The user can be verified by a call to their office phone. It only works when the user is at that phone, so it often fails for remote work.',
      ja: 'ユーザーは会社電話への電話で本人確認できます。その電話の近くにいるときしか使えないため、リモート勤務では失敗しがちです。',
    },
    nextStep: {
      en: 'No action needed. Make sure the user also has a method that works away from the desk.',
      ja: '対応は不要です。席を離れていても使える方法もユーザーが持っているか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'TwoWayVoiceAlternateMobile',
    outcome: 'info',
    label: { en: 'Voice call to alternate phone', ja: '代替電話への音声通話' },
    explanation: {
      en: 'The user registered a second (alternate) mobile number that can be called for verification. It is a backup for the main phone and supports voice calls only.',
      ja: 'ユーザーは確認の電話を受ける 2 つ目 (代替) の携帯電話番号を登録しています。メインの電話のバックアップで、音声通話のみ使えます。',
    },
    nextStep: {
      en: 'No action needed. Confirm the alternate number still belongs to the user.',
      ja: '対応は不要です。代替番号が現在もユーザー本人のものか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'PhoneAppOTP',
    outcome: 'info',
    label: { en: 'Authenticator app verification code', ja: '認証アプリの確認コード' },
    explanation: {
      en: 'The user can sign in with a time-based code from Microsoft Authenticator or another authenticator app. In systemPreferredAuthenticationMethods it means the system picked that code as the user\'s most secure method.',
      ja: 'ユーザーは Microsoft Authenticator などの認証アプリに表示される時間ベースのコードでサインインできます。systemPreferredAuthenticationMethods 列では、システムがこのコードをユーザーの最も安全な方法として選んだことを示します。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'PhoneAppNotification',
    outcome: 'info',
    label: { en: 'Microsoft Authenticator notification', ja: 'Microsoft Authenticator の通知' },
    explanation: {
      en: 'The user registered Microsoft Authenticator to approve sign-ins with a push notification. In systemPreferredAuthenticationMethods it means the system will prompt with the notification first.',
      ja: 'ユーザーはプッシュ通知でサインインを承認する Microsoft Authenticator を登録しています。systemPreferredAuthenticationMethods 列では、システムがまずこの通知で MFA を求めることを示します。',
    },
    nextStep: {
      en: 'No action needed. Remind users to deny prompts they did not start and to report them.',
      ja: '対応は不要です。自分で開始していない通知は拒否して報告するよう、ユーザーに周知してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'app-notification'],
  },
  // ---- Graph userRegistrationDetails: methodsRegistered --------------------------------------------------------
  {
    family: 'mfa-registration',
    code: 'microsoftAuthenticatorPush',
    outcome: 'info',
    label: { en: 'Microsoft Authenticator (push)', ja: 'Microsoft Authenticator (プッシュ通知)' },
    explanation: {
      en: 'Microsoft Authenticator is registered for approving sign-ins with a notification. A strong MFA method, though not phishing-resistant.',
      ja: '通知でサインインを承認する Microsoft Authenticator が登録されています。強力な MFA 方法ですが、フィッシング耐性はありません。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'app-notification'],
  },
  {
    family: 'mfa-registration',
    code: 'softwareOneTimePasscode',
    outcome: 'info',
    label: { en: 'Software OATH code (authenticator app)', ja: 'ソフトウェア OATH コード (認証アプリ)' },
    explanation: {
      en: 'An authenticator app that shows time-based codes is registered (Microsoft Authenticator\'s code or a third-party app). It satisfies MFA; Authenticator users usually have this together with push.',
      ja: '時間ベースのコードを表示する認証アプリ (Microsoft Authenticator のコードまたは他社アプリ) が登録されています。MFA を満たす方法で、Microsoft Authenticator の利用者はプッシュ通知と一緒に登録されていることが一般的です。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'hardwareOneTimePasscode',
    outcome: 'info',
    label: { en: 'Hardware OATH token', ja: 'ハードウェア OATH トークン' },
    explanation: {
      en: 'A physical token that displays one-time codes is assigned to and activated by the user. It satisfies MFA without a phone.',
      ja: 'ワンタイム コードを表示する物理トークンがユーザーに割り当てられ、有効化されています。電話がなくても MFA を満たせます。',
    },
    nextStep: {
      en: 'No action needed. Keep track of who holds each token and remove it when the user leaves.',
      ja: '対応は不要です。どのトークンを誰が持っているかを管理し、退職時には削除してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'microsoftAuthenticatorPasswordless',
    outcome: 'info',
    label: { en: 'Authenticator passwordless sign-in', ja: 'Authenticator のパスワードレス サインイン' },
    explanation: {
      en: 'Microsoft Authenticator is set up for phone sign-in, so the user can sign in without a password by approving in the app on a registered device. It makes the user passwordless-capable.',
      ja: 'Microsoft Authenticator が電話によるサインイン用に設定されており、登録済みデバイスのアプリで承認するだけでパスワードなしでサインインできます。このユーザーはパスワードレスに対応しています。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'app-notification'],
  },
  {
    family: 'mfa-registration',
    code: 'mobilePhone',
    outcome: 'info',
    label: { en: 'Mobile phone (SMS or call)', ja: '携帯電話 (SMS または音声通話)' },
    explanation: {
      en: 'A mobile number is registered and can receive text-message codes or voice calls, depending on tenant settings. It works for MFA and password reset but is one of the weaker, phishable methods.',
      ja: '携帯電話番号が登録されており、テナントの設定に応じて SMS のコードまたは音声通話を受け取れます。MFA にもパスワード リセットにも使えますが、フィッシングに弱い比較的弱い方法です。',
    },
    nextStep: {
      en: 'No action needed. If this is the user\'s only method, encourage registering Microsoft Authenticator or a passkey.',
      ja: '対応は不要です。これがユーザーの唯一の方法であれば、Microsoft Authenticator やパスキーの登録を勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'alternateMobilePhone',
    outcome: 'info',
    label: { en: 'Alternate mobile phone (calls)', ja: '代替の携帯電話 (音声通話)' },
    explanation: {
      en: 'A second mobile number is registered as a backup to the main one. It can receive voice calls only, not text messages.',
      ja: 'メインの番号のバックアップとして 2 つ目の携帯電話番号が登録されています。音声通話のみ受けられ、SMS は受け取れません。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'officePhone',
    outcome: 'info',
    label: { en: 'Office phone (calls)', ja: '会社電話 (音声通話)' },
    explanation: {
      en: 'An office phone number is registered. It can receive voice calls only, and only helps when the user is at that phone.',
      ja: '会社電話番号が登録されています。音声通話のみ受けられ、ユーザーがその電話の近くにいるときしか役に立ちません。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'email',
    outcome: 'info',
    label: { en: 'Email address (password reset)', ja: 'メール アドレス (パスワード リセット用)' },
    explanation: {
      en: 'An email address is registered, normally for receiving self-service password reset codes. For member users it does not count as an MFA method.',
      ja: 'メール アドレスが登録されています。通常は SSPR のコードを受け取るためのもので、メンバー ユーザーの MFA 方法としては数えられません。',
    },
    nextStep: {
      en: 'No action needed. Make sure it is a personal address the user can reach when locked out of work email.',
      ja: '対応は不要です。会社のメールを使えないときにも受信できる個人のアドレスになっているか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['sspr', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'securityQuestion',
    outcome: 'info',
    label: { en: 'Security questions', ja: '秘密の質問' },
    explanation: {
      en: 'Security-question answers are registered. They work only for self-service password reset, never for MFA, and are the weakest method because answers can be guessed or researched.',
      ja: '秘密の質問の回答が登録されています。SSPR にしか使えず MFA には使えません。回答は推測や調査で知られやすく、最も弱い方法です。',
    },
    nextStep: {
      en: 'No action needed for the record itself; prefer phone, app or passkey methods where possible.',
      ja: 'この値自体への対応は不要です。可能であれば電話、アプリ、パスキーの方法を優先してください。',
    },
    source: 'microsoft-docs',
    tags: ['sspr', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'fido2SecurityKey',
    aliases: ['fido2'],
    outcome: 'info',
    label: { en: 'FIDO2 security key', ja: 'FIDO2 セキュリティ キー' },
    explanation: {
      en: 'A FIDO2 security key (a hardware passkey) is registered. It is phishing-resistant and supports passwordless sign-in.',
      ja: 'FIDO2 セキュリティ キー (ハードウェアのパスキー) が登録されています。フィッシング耐性があり、パスワードレス サインインに使えます。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'windowsHelloForBusiness',
    outcome: 'info',
    label: { en: 'Windows Hello for Business', ja: 'Windows Hello for Business の資格情報' },
    explanation: {
      en: 'The user has a Windows Hello for Business credential on a Windows device, unlocked with a PIN or biometrics. It is phishing-resistant but tied to that device.',
      ja: 'ユーザーは Windows デバイス上に、PIN や生体認証で解除する Windows Hello for Business の資格情報を持っています。フィッシング耐性がありますが、そのデバイスに結び付いています。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'device'],
  },
  {
    family: 'mfa-registration',
    code: 'temporaryAccessPass',
    outcome: 'info',
    label: { en: 'Temporary Access Pass', ja: '一時アクセス パス' },
    explanation: {
      en: 'An administrator issued a time-limited passcode that lets the user sign in strongly, typically to register other methods or recover access. Because anyone with the right admin role can issue one, an unexpected pass is worth checking.',
      ja: '管理者が期限付きのパスコードを発行しており、ユーザーはこれで強力な認証としてサインインできます。通常はほかの方法の登録やアクセスの回復に使います。適切な管理者ロールがあれば誰でも発行できるため、想定外の発行は確認する価値があります。',
    },
    nextStep: {
      en: 'Confirm who issued it and why in the audit log (Authentication Methods service); delete it once onboarding or recovery is done.',
      ja: '監査ログ (Authentication Methods サービス) で誰がなぜ発行したかを確認し、オンボーディングや回復が済んだら削除してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'passKeyDeviceBound',
    outcome: 'info',
    label: { en: 'Device-bound passkey', ja: 'デバイスにバインドされたパスキー' },
    explanation: {
      en: 'A device-bound passkey (FIDO2 credential that cannot leave its device or key) is registered. It is phishing-resistant and supports passwordless sign-in.',
      ja: 'デバイスにバインドされたパスキー (デバイスやキーの外に出せない FIDO2 資格情報) が登録されています。フィッシング耐性があり、パスワードレス サインインに使えます。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'passKeyDeviceBoundAuthenticator',
    outcome: 'info',
    label: { en: 'Passkey in Microsoft Authenticator', ja: 'Microsoft Authenticator のパスキー' },
    explanation: {
      en: 'A device-bound passkey stored in Microsoft Authenticator on the user\'s phone is registered. Unlike push approval, it is phishing-resistant.',
      ja: 'ユーザーの電話の Microsoft Authenticator に保存された、デバイスにバインドされたパスキーが登録されています。プッシュ通知による承認と違い、フィッシング耐性があります。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'passKeyDeviceBoundWindowsHello',
    outcome: 'info',
    label: { en: 'Passkey in Windows Hello', ja: 'Windows Hello のパスキー' },
    explanation: {
      en: 'A device-bound passkey kept in Windows Hello on a Windows device is registered. It is phishing-resistant and bound to that device.',
      ja: 'Windows デバイスの Windows Hello に保存された、デバイスにバインドされたパスキーが登録されています。フィッシング耐性があり、そのデバイスに結び付いています。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'device'],
  },
  {
    family: 'mfa-registration',
    code: 'macOsSecureEnclaveKey',
    outcome: 'info',
    label: { en: 'macOS Secure Enclave key', ja: 'macOS の Secure Enclave キー' },
    explanation: {
      en: 'A key held in the Secure Enclave of the user\'s Mac (used by Platform SSO) is registered. It is phishing-resistant and bound to that Mac.',
      ja: 'ユーザーの Mac の Secure Enclave に保持されたキー (プラットフォーム SSO で使用) が登録されています。フィッシング耐性があり、その Mac に結び付いています。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'device'],
  },
  {
    family: 'mfa-registration',
    code: 'passKeySynced',
    outcome: 'info',
    label: { en: 'Synced passkey', ja: '同期されたパスキー' },
    explanation: {
      en: 'A passkey kept by a provider that syncs it across the user\'s devices is registered. It resists phishing, but unlike device-bound passkeys it can exist on more than one device.',
      ja: 'ユーザーの複数のデバイス間で同期するプロバイダーに保存されたパスキーが登録されています。フィッシング耐性はありますが、デバイスにバインドされたパスキーと違い、複数のデバイスに存在し得ます。',
    },
    nextStep: {
      en: 'No action needed. If policy requires device-bound keys, check whether synced passkeys are allowed in the Passkey (FIDO2) method settings.',
      ja: '対応は不要です。デバイスにバインドされたキーを必須にしている場合は、パスキー (FIDO2) の認証方法の設定で同期パスキーを許可しているか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'qrCode',
    outcome: 'info',
    label: { en: 'QR code with PIN (frontline)', ja: 'QR コードと PIN (フロントライン)' },
    explanation: {
      en: 'A QR code and PIN sign-in method, designed for frontline workers on shared devices, is registered. It is a single-factor method: on its own it does not satisfy MFA.',
      ja: '共有デバイスを使うフロントライン ワーカー向けの、QR コードと PIN によるサインイン方法が登録されています。単一要素の方法であり、それだけでは MFA を満たしません。',
    },
    nextStep: {
      en: 'No action needed. Make sure expired or lost badges have their QR code deleted.',
      ja: '対応は不要です。期限切れや紛失したバッジの QR コードは削除されているか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['registration'],
  },
  {
    family: 'mfa-registration',
    code: 'externalAuthMethod',
    outcome: 'info',
    label: { en: 'External MFA provider', ja: '外部の MFA プロバイダー' },
    explanation: {
      en: 'The user can satisfy MFA through a third-party provider configured as an external authentication method. The second factor happens outside Microsoft, so its details are in that provider\'s logs.',
      ja: '外部認証方法として構成された他社のプロバイダーで MFA を満たせるユーザーです。2 つ目の要素は Microsoft の外で処理されるため、詳細はそのプロバイダーのログで確認します。',
    },
    nextStep: {
      en: 'No action needed; for failed MFA with this method, check the external provider\'s own logs.',
      ja: '対応は不要です。この方法で MFA が失敗している場合は、外部プロバイダー側のログを確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  // ---- userPreferredMethodForSecondaryAuthentication / systemPreferredAuthenticationMethods -------------------
  {
    family: 'mfa-registration',
    code: 'push',
    outcome: 'info',
    label: { en: 'Default MFA: Authenticator notification', ja: '既定の MFA: Authenticator の通知' },
    explanation: {
      en: 'The user chose Microsoft Authenticator notifications as their default second factor. When system-preferred MFA is on, the system may still pick a stronger registered method first.',
      ja: 'ユーザーは既定の 2 つ目の要素として Microsoft Authenticator の通知を選んでいます。システム優先の MFA が有効な場合は、登録済みのより強力な方法が先に使われることがあります。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'app-notification'],
  },
  {
    family: 'mfa-registration',
    code: 'oath',
    outcome: 'info',
    label: { en: 'Default MFA: verification code', ja: '既定の MFA: 確認コード' },
    explanation: {
      en: 'The user chose a one-time code from an authenticator app or hardware token as their default second factor.',
      ja: 'ユーザーは既定の 2 つ目の要素として、認証アプリまたはハードウェア トークンのワンタイム コードを選んでいます。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'sms',
    outcome: 'info',
    label: { en: 'SMS text message code', ja: 'SMS のテキスト メッセージ コード' },
    explanation: {
      en: 'As the preferred method, the user receives a text-message code by default; in systemPreferredAuthenticationMethods (written Sms, often together with Voice) it means the user\'s strongest registered methods are phone-based. SMS is phishable and can be redirected.',
      ja: '優先する方法としては、既定で SMS のコードを受け取る設定です。systemPreferredAuthenticationMethods 列 (Sms と表記され、Voice と並ぶことが多い) では、ユーザーの最も強力な方法が電話による方法であることを示します。SMS はフィッシングや転送に弱い方法です。',
    },
    nextStep: {
      en: 'Encourage the user to register Microsoft Authenticator or a passkey so a stronger method becomes the default.',
      ja: 'より強力な方法が既定になるよう、Microsoft Authenticator やパスキーの登録をユーザーに勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'voiceMobile',
    outcome: 'info',
    label: { en: 'Default MFA: call to mobile', ja: '既定の MFA: 携帯電話への通話' },
    explanation: {
      en: 'The user chose a voice call to their mobile phone as their default second factor.',
      ja: 'ユーザーは既定の 2 つ目の要素として携帯電話への音声通話を選んでいます。',
    },
    nextStep: {
      en: 'No action needed; suggest an app-based default for better security.',
      ja: '対応は不要です。セキュリティ向上のため、アプリを使う方法を既定にするよう勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'voiceAlternateMobile',
    outcome: 'info',
    label: { en: 'Default MFA: call to alternate phone', ja: '既定の MFA: 代替電話への通話' },
    explanation: {
      en: 'The user chose a voice call to their alternate mobile number as their default second factor.',
      ja: 'ユーザーは既定の 2 つ目の要素として代替の携帯電話番号への音声通話を選んでいます。',
    },
    nextStep: {
      en: 'No action needed; confirm the alternate number still belongs to the user.',
      ja: '対応は不要です。代替番号が現在もユーザー本人のものか確認してください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'voiceOffice',
    outcome: 'info',
    label: { en: 'Default MFA: call to office phone', ja: '既定の MFA: 会社電話への通話' },
    explanation: {
      en: 'The user chose a voice call to their office phone as their default second factor, which fails whenever they are away from the desk.',
      ja: 'ユーザーは既定の 2 つ目の要素として会社電話への音声通話を選んでいます。席を離れているときは MFA に失敗します。',
    },
    nextStep: {
      en: 'Suggest the user switch the default to a method they always carry.',
      ja: '常に持ち歩いている方法に既定を切り替えるようユーザーに勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
  {
    family: 'mfa-registration',
    code: 'none',
    outcome: 'info',
    label: { en: 'No default MFA method', ja: '既定の MFA 方法なし' },
    explanation: {
      en: 'The user has no default second-factor method. Usually this goes with an empty methodsRegistered, meaning the user has not registered for MFA at all.',
      ja: 'ユーザーには既定の 2 つ目の要素がありません。通常は methodsRegistered も空で、MFA の登録をまったくしていないことを意味します。',
    },
    nextStep: {
      en: 'Check methodsRegistered and isMfaRegistered; if empty, have the user register at https://aka.ms/mysecurityinfo or require registration with Conditional Access.',
      ja: 'methodsRegistered と isMfaRegistered を確認し、未登録であれば https://aka.ms/mysecurityinfo で登録してもらうか、条件付きアクセスで登録を必須にしてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'SoftwareOTP',
    outcome: 'info',
    label: { en: 'System-preferred: app verification code', ja: 'システム優先: アプリの確認コード' },
    explanation: {
      en: 'Value of systemPreferredAuthenticationMethods: the strongest method the system found for this user is a software one-time code (an authenticator app), so MFA prompts will ask for that code first.',
      ja: 'systemPreferredAuthenticationMethods の値です。このユーザーの最も強力な方法はソフトウェアのワンタイム コード (認証アプリ) であるとシステムが判断しており、MFA ではまずそのコードが求められます。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-registration',
    code: 'Voice',
    outcome: 'info',
    label: { en: 'System-preferred: voice call', ja: 'システム優先: 音声通話' },
    explanation: {
      en: 'Value of systemPreferredAuthenticationMethods: a phone call is among the strongest methods the system found for this user (usually listed with Sms), which means the user has only phone-based methods.',
      ja: 'systemPreferredAuthenticationMethods の値です。システムがこのユーザーの最も強力な方法の 1 つとして音声通話を選んでおり (通常は Sms と並びます)、電話による方法しか持っていないことを示します。',
    },
    nextStep: {
      en: 'Encourage the user to register Microsoft Authenticator or a passkey.',
      ja: 'Microsoft Authenticator やパスキーの登録をユーザーに勧めてください。',
    },
    source: 'microsoft-docs',
    tags: ['mfa', 'registration', 'phone'],
  },
];
