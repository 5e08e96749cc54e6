/**
 * MFA Server activity-report call results (seed 000, "downloaded activity report result codes"): the `呼び出しの結果`
 * code, with the report's English display text and its Japanese localized text as aliases.
 *
 * Outcomes follow the meaning, not the prefix: several `SUCCESS_*` codes mean the call itself connected but the second
 * factor was not completed (`SUCCESS_NO_PIN_BUT_TIMEOUT` → failure, `SUCCESS_USER_BLOCKED` → blocked,
 * `SUCCESS_SMS_SENT` → pending).
 */
import type { CatalogRecord } from './types';

export const MFA_SERVER_RESULTS: readonly CatalogRecord[] = [
  // ── Phone call ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_WITH_PIN',
    aliases: ['PIN Entered', 'PIN を入力しました'],
    outcome: 'success',
    label: { en: 'PIN entered on phone call', ja: '電話で PIN を入力' },
    explanation: {
      en: 'During the verification call the user keyed in a PIN. For a user in PIN mode this normally means the right PIN was entered and the call succeeded; if the report shows the authentication as denied, the PIN was wrong, or the user is in standard mode, where only # is expected.',
      ja: '確認の電話で、ユーザーが PIN を入力しました。PIN モードのユーザーであれば、通常は正しい PIN が入力されて認証に成功したことを示します。レポート上で認証が拒否されている場合は、PIN が誤っていたか、# を押すだけでよい標準モードのユーザーだったことが考えられます。',
    },
    nextStep: {
      en: 'Nothing to do if the authentication succeeded. If it was denied, check in the MFA Server user settings whether the user is in PIN or standard mode, and for PIN mode have the user confirm or reset their PIN.',
      ja: '認証に成功していれば対応は不要です。拒否されている場合は、MFA Server のユーザー設定で PIN モードか標準モードかを確認し、PIN モードであればユーザーに PIN を確認してもらうか再設定してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_NO_PIN',
    aliases: ['Only # Entered', '# のみを入力しました'],
    outcome: 'success',
    label: { en: 'Only # pressed on phone call', ja: '電話で # のみを入力' },
    explanation: {
      en: 'The user answered the verification call and pressed only the # key. In standard mode that is exactly the expected action, so the second factor succeeded; for a user in PIN mode it means the PIN was skipped and the authentication is denied.',
      ja: 'ユーザーが確認の電話に応答し、# キーだけを押しました。標準モードではこれが正しい操作のため、2 要素目の認証は成功しています。PIN モードのユーザーの場合は PIN が入力されなかったことになり、認証は拒否されます。',
    },
    nextStep: {
      en: 'Nothing to do for a standard-mode user. If the user is in PIN mode and was denied, tell them to key in their PIN and then press #.',
      ja: '標準モードのユーザーであれば対応は不要です。PIN モードのユーザーで拒否されている場合は、PIN を入力してから # を押すようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_WITH_PIN_BUT_TIMEOUT',
    aliases: ['# Not Pressed After Entry', '入力後に # が押されていません'],
    outcome: 'failure',
    label: { en: 'Digits keyed but # never pressed', ja: '入力後に # が押されずタイムアウト' },
    explanation: {
      en: 'The user keyed digits during the verification call but never finished with #, so nothing was submitted and the call timed out. Despite the SUCCESS prefix, the second factor was not completed.',
      ja: '確認の電話でユーザーが数字を入力しましたが、最後に # を押さなかったため入力が送信されず、タイムアウトしました。コード名は SUCCESS で始まりますが、2 要素目の認証は完了していません。',
    },
    nextStep: {
      en: 'Tell the user to always finish their entry with the # key. If it keeps happening, check whether their phone or PBX passes keypad tones (DTMF) through correctly.',
      ja: '入力の最後に必ず # キーを押すようユーザーに案内してください。繰り返し発生する場合は、電話機や構内交換機 (PBX) がプッシュ信号 (DTMF) を正しく送っているか確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_NO_PIN_BUT_TIMEOUT',
    aliases: ['No Phone Input - Timed Out', '電話番号の入力なし - タイムアウトになりました'],
    outcome: 'failure',
    label: { en: 'Call answered, no input (likely voicemail)', ja: '応答後に入力なし (留守番電話の可能性)' },
    explanation: {
      en: 'The call was picked up but no key was pressed before the timeout. This almost always means voicemail or an answering machine took the call, so the user never heard the prompt and the second factor failed.',
      ja: '電話はつながりましたが、タイムアウトまでキー入力がありませんでした。ほとんどの場合は留守番電話が応答したことを示しており、ユーザー本人は呼び出しに気付いていません。2 要素目の認証は失敗しています。',
    },
    nextStep: {
      en: 'Ask the user whether their phone was busy, switched off or forwarding to voicemail. Check that the registered number rings the user directly, or move them to the mobile app.',
      ja: '通話中や電源オフ、留守番電話への転送になっていなかったかユーザーに確認してください。登録されている電話番号が本人に直接つながるかを確認するか、モバイル アプリへの切り替えを検討してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_PIN_EXPIRED',
    aliases: ['PIN Expired and Not Changed', 'PIN が期限切れになり、変更されていません'],
    outcome: 'failure',
    label: { en: 'PIN expired and not changed', ja: 'PIN の期限切れ (変更未完了)' },
    explanation: {
      en: 'The user’s phone PIN had expired. The call asked for a new one, but the change was not completed, so the authentication did not go through.',
      ja: 'ユーザーの電話用 PIN の有効期限が切れていたため、通話中に変更を求められましたが、変更が完了しなかったため認証は成立しませんでした。',
    },
    nextStep: {
      en: 'Have the user sign in again and follow the voice prompts to set a new PIN, or have an administrator set a new PIN for the user in MFA Server.',
      ja: 'もう一度サインインし、音声ガイダンスに従って新しい PIN を設定するようユーザーに案内してください。難しい場合は、管理者が MFA Server でユーザーの PIN を再設定してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_INVALID_INPUT',
    aliases: ['Invalid Phone Input', '無効な電話番号の入力'],
    outcome: 'failure',
    label: { en: 'Unreadable keypad input on call', ja: '通話中の無効な入力' },
    explanation: {
      en: 'The phone sent back a response the service could not interpret, for example tones from a fax machine or modem, or a * typed as part of the PIN. The second factor was not completed.',
      ja: '電話から返された応答を解釈できませんでした。FAX やモデムの信号音を受け取った場合や、PIN の一部として * が入力された場合に発生します。2 要素目の認証は完了していません。',
    },
    nextStep: {
      en: 'Check that the registered number belongs to a phone the user answers rather than a fax or modem line, and remind the user that the PIN is digits only.',
      ja: '登録されている電話番号が FAX やモデムの回線ではなく本人が応答する電話であることを確認し、PIN には数字のみを使うようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_USER_BLOCKED',
    aliases: ['User is Blocked', 'ユーザーはブロックされています'],
    outcome: 'blocked',
    label: { en: 'User blocked for MFA', ja: 'MFA でユーザーがブロック済み' },
    explanation: {
      en: 'MFA was refused because the user’s phone number is blocked. A block is set by an administrator or by the user reporting fraud during a verification call, so this row can be the aftermath of a fraud alert.',
      ja: 'ユーザーの電話番号がブロックされているため、MFA が拒否されました。ブロックは管理者が設定するか、確認の電話でユーザーが不正を報告したときに設定されるため、不正アラートの結果である場合もあります。',
    },
    nextStep: {
      en: 'Check the blocked user history (Security > MFA > Block/unblock users) for when and why the block was set. Unblock only after confirming with the user that any earlier fraud report has been dealt with.',
      ja: 'ユーザーのブロックの履歴 ([セキュリティ] > [MFA] > [ユーザーのブロック/ブロック解除]) で、いつ、なぜブロックされたかを確認してください。以前の不正報告への対応が済んでいることを本人と確認してから、ブロックを解除してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_BUSY',
    aliases: ['Auth Already In Progress', '認証が既に進行中です'],
    outcome: 'failure',
    label: { en: 'MFA already in progress for user', ja: 'MFA が既に進行中' },
    explanation: {
      en: 'A new MFA request arrived while an earlier one for the same user was still being processed, so the new one was turned away. This is typically a RADIUS client (VPN or gateway) resending the same sign-in because it gave up waiting before the user answered. These codes come only from the MFA Server (on-premises) activity report; MFA done through the NPS extension or the AD FS adapter is recorded in the Entra sign-in logs instead (resource radius or adfs).',
      ja: '同じユーザーの前の MFA 要求がまだ処理中のところに新しい要求が届いたため、後の要求が拒否されました。多くの場合、VPN やゲートウェイなどの RADIUS クライアントがユーザーの応答を待ちきれずに同じサインインを再送したことが原因です。なお、これらのコードは MFA Server (オンプレミス) のアクティビティ レポートにのみ出力され、NPS 拡張機能や AD FS アダプター経由の MFA は Entra のサインイン ログ (リソース radius または adfs) に記録されます。',
    },
    nextStep: {
      en: 'Check the result of the first request for the same user, which carries the real outcome. Raise the RADIUS client’s timeout (around 60 seconds) and reduce its retries so it waits for the user to answer.',
      ja: '実際の結果を示す、同じユーザーの最初の要求の行を確認してください。RADIUS クライアントのタイムアウトを 60 秒程度まで延ばし、再試行回数を減らして、ユーザーの応答を待つように構成してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app'],
  },
  {
    family: 'mfa-server-result',
    code: 'CONFIG_ISSUE',
    aliases: ['Phone Unreachable', '電話に到達できません'],
    outcome: 'failure',
    label: { en: 'Phone unreachable', ja: '電話に接続できない' },
    explanation: {
      en: 'The service tried to call the user but the call never connected: busy signal, disconnected or out-of-service number, or no answer before the ring timeout. Despite the code name, the causes are on the telephone side rather than in your configuration.',
      ja: '電話をかけようとしましたが、話し中、切断、使われていない番号、呼び出し中のタイムアウトなどにより通話が成立しませんでした。コード名に CONFIG とありますが、原因は設定ではなく電話回線側にあります。',
    },
    nextStep: {
      en: 'Verify the registered phone number and try calling it. If the number is right, ask whether the user had signal or was on another call, or offer the mobile app instead.',
      ja: '登録されている電話番号が正しいか確認し、実際にかけてみてください。番号が正しい場合は、電波状態や通話中でなかったかをユーザーに確認するか、モバイル アプリの利用を案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_INVALID_PHONENUMBER',
    aliases: ['Invalid Phone Number Format', '無効な電話番号形式です'],
    outcome: 'failure',
    label: { en: 'Phone number format invalid', ja: '電話番号の形式が無効' },
    explanation: {
      en: 'The phone number stored for the user is not in a usable format, so no call could be placed. The number must be digits only, and a +1 (US and Canada) number needs exactly 10 digits.',
      ja: 'ユーザーに登録されている電話番号の形式が正しくないため、発信できませんでした。番号は数字のみで構成し、国番号 +1 (米国・カナダ) の場合は 10 桁にする必要があります。',
    },
    nextStep: {
      en: 'Correct the user’s phone number in MFA Server (or in the directory attribute it is imported from) and ask the user to try again.',
      ja: 'MFA Server (または電話番号の取り込み元のディレクトリ属性) でユーザーの電話番号を修正し、再試行するようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_USER_HUNGUP_ON_US',
    aliases: ['User Hung Up the Phone', 'ユーザーが電話を切りました'],
    outcome: 'failure',
    label: { en: 'User hung up without responding', ja: '応答せずに電話を切断' },
    explanation: {
      en: 'The user answered the verification call but hung up before pressing any key. Often the call was unexpected or dropped by mistake, but a call the user did not trigger can also mean someone else has the password.',
      ja: 'ユーザーは確認の電話に出ましたが、キーを押す前に電話を切りました。心当たりのない着信だった、誤って切ってしまったというケースが多いものの、本人が開始していない呼び出しは第三者がパスワードを知っている兆候の可能性もあります。',
    },
    nextStep: {
      en: 'Ask the user whether they were signing in at that time. If not, reset their password and review the account’s other activity.',
      ja: 'その時刻にサインインしようとしていたかユーザーに確認してください。心当たりがない場合はパスワードをリセットし、アカウントのほかのアクティビティを確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_INVALID_EXTENSION',
    aliases: ['Invalid Extension', '無効な内線です'],
    outcome: 'failure',
    label: { en: 'Invalid phone extension', ja: '内線番号が無効' },
    explanation: {
      en: 'The extension stored with the user’s phone number contains characters the dialer cannot use, so the call could not be completed. Only digits, commas, * and # are allowed, optionally with an @ prefix.',
      ja: 'ユーザーの電話番号に設定されている内線番号に発信で使えない文字が含まれているため、通話できませんでした。使用できるのは数字、コンマ、*、# のみで、先頭に @ を付けることもできます。',
    },
    nextStep: {
      en: 'Fix the extension in the user’s MFA Server settings, then have the user try again.',
      ja: 'MFA Server のユーザー設定で内線番号を修正してから、ユーザーに再試行してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_FRAUD_CODE_ENTERED',
    aliases: ['Fraud Code Entered', '不正なコードが入力されました'],
    outcome: 'blocked',
    label: { en: 'Fraud reported during phone call', ja: '通話中に不正を報告' },
    explanation: {
      en: 'During the verification call the user entered the fraud code, saying they had not started this sign-in. The authentication was denied and the phone number blocked; someone else very likely knows the user’s password.',
      ja: '確認の電話でユーザーが不正報告用のコードを入力し、このサインインに心当たりがないことを報告しました。認証は拒否され、電話番号はブロックされています。第三者がユーザーのパスワードを知っている可能性が高い状況です。',
    },
    nextStep: {
      en: 'Reset the user’s password, then trace the attempt (source IP, application, server logs) and look for other sign-ins with the same password. Unblock the user only after the account is secured.',
      ja: 'ユーザーのパスワードをリセットしたうえで、接続元 IP アドレス、アプリケーション、サーバーのログから試行元を特定し、同じパスワードによるほかのサインインがないか確認してください。アカウントの安全を確保してから、ユーザーのブロックを解除してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'fraud', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SERVER_ERROR',
    aliases: ['Unable to Place Call', '電話をかけられません'],
    outcome: 'failure',
    label: { en: 'Service could not place the call', ja: 'サービスが発信できない' },
    explanation: {
      en: 'The MFA service itself failed to place the verification call. The user did nothing wrong; this points to a service-side or telephony problem.',
      ja: 'MFA サービス側で確認の電話を発信できませんでした。ユーザーの操作の問題ではなく、サービス側または電話網の問題です。',
    },
    nextStep: {
      en: 'Have the user try again. If many users fail at the same time, check Azure service health and the MFA Server status page, and open a support case if it persists.',
      ja: 'ユーザーに再試行してもらってください。同じ時間帯に多数のユーザーで発生している場合は Azure のサービス正常性と MFA Server の状態を確認し、解消しなければサポートに問い合わせてください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone', 'infra'],
  },

  // ── Text message (SMS) ───────────────────────────────────────────────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_SMS_AUTHENTICATED',
    aliases: ['Text Message Authenticated', 'テキスト メッセージが認証されました'],
    outcome: 'success',
    label: { en: 'Two-way text message answered correctly', ja: '双方向 SMS に正しく返信' },
    explanation: {
      en: 'With two-way text messaging, the user replied with the correct one-time passcode (plus their PIN, where required). The second factor succeeded.',
      ja: '双方向のテキスト メッセージ (SMS) で、ユーザーが正しいワンタイム パスコード (必要な場合は PIN も) を返信しました。2 要素目の認証は成功しています。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_SMS_SENT',
    aliases: ['Text Message Sent', 'テキスト メッセージが送信されました'],
    outcome: 'pending',
    label: { en: 'One-time passcode sent by text', ja: 'SMS でワンタイム パスコードを送信' },
    explanation: {
      en: 'A one-way text message with a one-time passcode went out to the user. Whether MFA succeeds depends on the user then typing the code (plus PIN, where required) into the application, which this row does not show.',
      ja: 'ワンタイム パスコードを含む一方向のテキスト メッセージ (SMS) がユーザーに送信されました。認証の成否は、その後ユーザーがアプリケーションにコード (必要な場合は PIN も) を入力したかどうかで決まり、この行からはわかりません。',
    },
    nextStep: {
      en: 'Look for the follow-up row for the same user shortly after. If there is none, ask the user whether the text arrived and whether they entered the code.',
      ja: '同じユーザーの直後の行を確認してください。見当たらない場合は、SMS が届いたか、コードを入力したかをユーザーに確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SMS_NOT_SENT',
    aliases: ['Text Message Could Not Be Sent', 'テキスト メッセージを送信できませんでした'],
    outcome: 'failure',
    label: { en: 'Text message could not be sent', ja: 'SMS を送信できない' },
    explanation: {
      en: 'The text message carrying the verification code could not be sent, so the authentication was denied. Typical reasons are a number that cannot receive SMS, a wrong number or a carrier problem.',
      ja: '確認コードを含むテキスト メッセージ (SMS) を送信できなかったため、認証は拒否されました。SMS を受信できない番号、誤った番号、通信事業者側の問題などが考えられます。',
    },
    nextStep: {
      en: 'Confirm the registered number is a mobile number that can receive SMS, then have the user retry or switch to a phone call or the mobile app.',
      ja: '登録されている番号が SMS を受信できる携帯電話番号か確認し、再試行するか、音声通話やモバイル アプリに切り替えるようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SMS_OTP_INCORRECT',
    aliases: ['Text Message OTP Incorrect', 'テキスト メッセージの OTP が正しくありません'],
    outcome: 'failure',
    label: { en: 'Wrong code from text message', ja: 'SMS のコードの誤り' },
    explanation: {
      en: 'The user entered a one-time passcode that does not match the one sent by text message, so the authentication was denied. Usually a typo or a code from an older message.',
      ja: 'ユーザーが入力したワンタイム パスコードが SMS で送信されたものと一致せず、認証は拒否されました。多くは入力ミスか、古いメッセージのコードを入力したことが原因です。',
    },
    nextStep: {
      en: 'Ask the user to retry with the code from the newest message.',
      ja: '最新のメッセージに記載されたコードで再試行するようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SMS_OTP_PIN_INCORRECT',
    aliases: ['Text Message OTP + PIN Incorrect', 'テキスト メッセージの OTP と PIN が正しくありません'],
    outcome: 'failure',
    label: { en: 'Wrong text code or PIN', ja: 'SMS のコードまたは PIN の誤り' },
    explanation: {
      en: 'The user had to reply with a one-time passcode together with their PIN, and the code, the PIN or both were wrong, so the authentication was denied.',
      ja: 'ワンタイム パスコードと PIN を組み合わせて入力する設定で、コード、PIN、またはその両方が誤っていたため、認証は拒否されました。',
    },
    nextStep: {
      en: 'Remind the user that both the code and their PIN are needed; if they have forgotten the PIN, reset it in MFA Server.',
      ja: 'コードと PIN の両方が必要であることをユーザーに案内し、PIN を忘れている場合は MFA Server で再設定してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SMS_MAX_OTP_RETRY_REACHED',
    aliases: ['Exceeded Maximum Text Message OTP Attempts', 'テキスト メッセージ OTP の最大試行回数を超えました'],
    outcome: 'failure',
    label: { en: 'Too many wrong text codes', ja: 'SMS コードの試行回数超過' },
    explanation: {
      en: 'Wrong text-message passcodes were entered until the retry limit was reached, so this attempt ended without authentication.',
      ja: 'SMS のワンタイム パスコードの誤入力が続いて試行回数の上限に達したため、今回の認証は成立しませんでした。',
    },
    nextStep: {
      en: 'Have the user start a new sign-in to get a fresh code. If the user did not make these attempts, treat it as a sign that someone else has the password.',
      ja: '新しいサインインを開始して新しいコードを受け取るようユーザーに案内してください。本人が試行していない場合は、第三者がパスワードを知っている兆候として扱ってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },

  // ── Mobile app ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_PHONE_APP_AUTHENTICATED',
    aliases: ['Mobile App Authenticated', 'モバイル アプリの認証済み'],
    outcome: 'success',
    label: { en: 'Approved in the mobile app', ja: 'モバイル アプリで承認' },
    explanation: {
      en: 'The user approved the request in the mobile authenticator app, completing the second factor.',
      ja: 'ユーザーがモバイル アプリで要求を承認し、2 要素目の認証が完了しました。',
    },
    nextStep: {
      en: 'No action needed. If the user says they approved nothing, treat the account as compromised: reset the password and review the sign-ins around this time.',
      ja: '対応は不要です。ユーザーに承認した覚えがない場合はアカウント侵害として扱い、パスワードをリセットしたうえで前後のサインインを確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_DENIED',
    aliases: ['Mobile App Denied', 'モバイル アプリが拒否されました'],
    outcome: 'failure',
    label: { en: 'Denied in the mobile app', ja: 'モバイル アプリで拒否' },
    explanation: {
      en: 'The user tapped Deny on the mobile app request. Either it was a slip, or the user did not recognize the request, in which case someone else may be signing in with their password.',
      ja: 'ユーザーがモバイル アプリの要求で [拒否] をタップしました。誤操作の場合もありますが、心当たりのない要求だった場合は、第三者がユーザーのパスワードでサインインしようとしている可能性があります。',
    },
    nextStep: {
      en: 'Ask the user why they denied it. If they did not recognize the request, reset their password and find out where the attempt came from.',
      ja: '拒否した理由をユーザーに確認してください。心当たりのない要求だった場合は、パスワードをリセットし、試行の接続元を調べてください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-denied', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_INVALID_PIN',
    aliases: ['Mobile App Invalid PIN', 'モバイル アプリの無効な PIN'],
    outcome: 'failure',
    label: { en: 'Wrong PIN in the mobile app', ja: 'モバイル アプリでの PIN の誤り' },
    explanation: {
      en: 'The user must enter a PIN when approving in the mobile app, and the PIN entered was wrong, so the authentication was denied.',
      ja: 'モバイル アプリでの承認時に PIN の入力が必要な設定で、入力された PIN が誤っていたため、認証は拒否されました。',
    },
    nextStep: {
      en: 'Have the user retry with the correct PIN; if they have forgotten it, reset the PIN in MFA Server.',
      ja: '正しい PIN で再試行するようユーザーに案内し、忘れている場合は MFA Server で PIN を再設定してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_PIN_NOT_CHANGED',
    aliases: ['Mobile App PIN Not Changed', 'モバイル アプリの PIN は変更されませんでした'],
    outcome: 'failure',
    label: { en: 'Mobile app PIN change not completed', ja: 'モバイル アプリの PIN 変更が未完了' },
    explanation: {
      en: 'The mobile app required the user to change their PIN, but the change was not completed, so the authentication did not go through.',
      ja: 'モバイル アプリで PIN の変更が必要でしたが、変更が完了しなかったため、認証は成立しませんでした。',
    },
    nextStep: {
      en: 'Have the user sign in again and finish the PIN change in the app, choosing a PIN that meets your PIN rules.',
      ja: 'もう一度サインインし、アプリで PIN の変更を最後まで完了するようユーザーに案内してください。新しい PIN が PIN のルールを満たしている必要があります。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_FRAUD_REPORTED',
    aliases: ['Fraud Reported', '不正が報告されました'],
    outcome: 'failure',
    label: { en: 'Fraud reported in the mobile app', ja: 'モバイル アプリで不正を報告' },
    explanation: {
      en: 'Instead of approving the request, the user reported it as fraud in the mobile app. A fraud report means the user did not start this sign-in, so someone else almost certainly tried to sign in with the user’s password.',
      ja: 'ユーザーがモバイル アプリの要求を承認せず、不正として報告しました。不正の報告は本人がこのサインインを開始していないことを意味するため、第三者がユーザーのパスワードでサインインを試みた可能性が非常に高い状況です。',
    },
    nextStep: {
      en: 'Reset the user’s password now, then investigate the attempt: its source IP and application, any sign-ins that succeeded around the same time, and whether the same password is used elsewhere. Also check whether the report left the user blocked.',
      ja: '直ちにユーザーのパスワードをリセットしたうえで、試行の接続元 IP アドレスとアプリケーション、同じ時間帯に成功したサインインの有無、同じパスワードがほかで使われていないかを調査してください。不正報告によってユーザーがブロックされていないかも確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'fraud', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_NO_RESPONSE',
    aliases: ['Mobile App No Response', 'モバイル アプリに応答がありません'],
    outcome: 'failure',
    label: { en: 'No response to mobile app request', ja: 'モバイル アプリの要求に応答なし' },
    explanation: {
      en: 'A request was sent to the mobile app but the user neither approved nor denied it in time. Usually the user was away from the phone or missed the notification; repeated rows like this while the user is not signing in can mean someone else holds the password.',
      ja: 'モバイル アプリに要求が送られましたが、時間内に承認も拒否もされませんでした。多くはユーザーがスマートフォンから離れていたか通知に気付かなかったケースですが、本人がサインインしていないのに繰り返し発生している場合は、第三者がパスワードを知っている可能性があります。',
    },
    nextStep: {
      en: 'Ask the user whether they were signing in and whether notifications for the app are turned on. If they were not signing in, reset the password.',
      ja: 'サインインしようとしていたか、スマートフォンでアプリの通知が有効になっているかをユーザーに確認してください。本人がサインインしていない場合はパスワードをリセットしてください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_ALL_DEVICES_BLOCKED',
    aliases: ['Mobile App All Devices Blocked', 'モバイル アプリですべてのデバイスがブロックされました'],
    outcome: 'blocked',
    label: { en: 'All mobile app devices blocked', ja: 'モバイル アプリの全デバイスがブロック' },
    explanation: {
      en: 'Every mobile app device registered for this user had stopped answering notifications and has been blocked, so the app could not be used for MFA. This often follows a lost or replaced phone, or an app that was removed.',
      ja: 'このユーザーに登録されているモバイル アプリのデバイスがすべて通知に応答しなくなってブロックされたため、アプリによる MFA を利用できませんでした。スマートフォンの紛失や機種変更、アプリの削除の後によく発生します。',
    },
    nextStep: {
      en: 'Remove the old app registration in MFA Server and have the user activate the mobile app again on their current phone; let them use another method until then.',
      ja: 'MFA Server で古いアプリの登録を削除し、現在のスマートフォンでモバイル アプリを再度アクティブ化するようユーザーに案内してください。それまでは別の認証方法を使ってもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification', 'device'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_NOTIFICATION_FAILED',
    aliases: ['Mobile App Notification Failed', 'モバイル アプリの通知に失敗しました'],
    outcome: 'failure',
    label: { en: 'Mobile app notification not delivered', ja: 'モバイル アプリへの通知に失敗' },
    explanation: {
      en: 'Sending the notification to the mobile app on the user’s device failed, so the user never had a chance to approve. The cause lies with the device, the app registration or the notification service, not with anything the user did.',
      ja: 'ユーザーのデバイス上のモバイル アプリへ通知を送信できず、ユーザーは承認する機会がありませんでした。ユーザーの操作ではなく、デバイス、アプリの登録、または通知サービス側に原因があります。',
    },
    nextStep: {
      en: 'Check that the phone is online and allows notifications for the app. If it keeps failing, have the user activate the app again, and look for other users failing at the same time (a service-side issue).',
      ja: 'スマートフォンがオンラインで、アプリの通知が許可されているか確認してください。失敗が続く場合はアプリを再度アクティブ化してもらい、同じ時間帯にほかのユーザーでも失敗していないか (サービス側の問題でないか) を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_PHONE_APP_INVALID_RESULT',
    aliases: ['Mobile App Invalid Result', 'モバイル アプリの無効な結果'],
    outcome: 'failure',
    label: { en: 'Invalid response from mobile app', ja: 'モバイル アプリから無効な応答' },
    explanation: {
      en: 'The mobile app sent back a result the service could not accept, so the authentication failed.',
      ja: 'モバイル アプリから受け付けられない結果が返されたため、認証は失敗しました。',
    },
    nextStep: {
      en: 'Have the user update the app and try again. If the error repeats, remove the app registration and activate the app again.',
      ja: 'アプリを最新版に更新してから再試行するようユーザーに案内してください。繰り返し発生する場合は、アプリの登録を削除して再度アクティブ化してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },

  // ── OATH token / verification code ───────────────────────────────────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_OATH_CODE_PENDING',
    aliases: ['OATH Code Pending', 'OATH コードが保留中です'],
    outcome: 'pending',
    label: { en: 'OATH code requested, not yet entered', ja: 'OATH コードの入力待ち' },
    explanation: {
      en: 'The user was asked for a code from their OATH token or authenticator app but had not answered when this row was written. The outcome of the attempt is not in this row.',
      ja: 'OATH トークンまたは認証アプリのコードの入力を求めましたが、この行が記録された時点でユーザーはまだ応答していません。認証の結果はこの行には含まれていません。',
    },
    nextStep: {
      en: 'Look for a later row for the same user (code verified, incorrect or timed out). If none follows, the user most likely abandoned the sign-in.',
      ja: '同じユーザーの後続の行 (コードの検証済み、誤り、タイムアウトなど) を確認してください。後続の行がない場合は、ユーザーがサインインを途中でやめた可能性が高いです。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_OATH_CODE_VERIFIED',
    aliases: ['OATH Code Verified', 'OATH コードの検証済み'],
    outcome: 'success',
    label: { en: 'OATH code accepted', ja: 'OATH コードで認証成功' },
    explanation: {
      en: 'The user entered a valid code from their OATH hardware token or authenticator app, completing the second factor.',
      ja: 'ユーザーが OATH ハードウェア トークンまたは認証アプリの有効なコードを入力し、2 要素目の認証が完了しました。',
    },
    nextStep: {
      en: 'No action needed.',
      ja: '対応は不要です。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_OATH_CODE_INCORRECT',
    aliases: ['OATH Code Incorrect', 'OATH コードが正しくありません'],
    outcome: 'failure',
    label: { en: 'Wrong OATH code', ja: 'OATH コードの誤り' },
    explanation: {
      en: 'The code the user entered does not match their OATH token or authenticator app, so the authentication was denied. A typo or a token whose clock has drifted are the usual causes.',
      ja: 'ユーザーが入力したコードが OATH トークンまたは認証アプリのコードと一致せず、認証は拒否されました。入力ミスや、トークンの時刻のずれがよくある原因です。',
    },
    nextStep: {
      en: 'Have the user enter the code currently shown. If it fails repeatedly, check the token’s time synchronization or register the token again.',
      ja: '現在表示されているコードを入力し直すようユーザーに案内してください。繰り返し失敗する場合は、トークンの時刻同期を確認するか、トークンを登録し直してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_OATH_CODE_PIN_INCORRECT',
    aliases: ['OATH Code + PIN Incorrect', 'OATH コードと PIN が正しくありません'],
    outcome: 'failure',
    label: { en: 'Wrong OATH code or PIN', ja: 'OATH コードまたは PIN の誤り' },
    explanation: {
      en: 'The user had to enter an OATH code together with their PIN, and the code, the PIN or both were wrong, so the authentication was denied.',
      ja: 'OATH コードと PIN を合わせて入力する設定で、コード、PIN、またはその両方が誤っていたため、認証は拒否されました。',
    },
    nextStep: {
      en: 'Remind the user that both the current code and their PIN are needed; reset the PIN in MFA Server if it has been forgotten.',
      ja: '現在のコードと PIN の両方が必要であることをユーザーに案内し、PIN を忘れている場合は MFA Server で再設定してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_OATH_CODE_DUPLICATE',
    aliases: ['Duplicate OATH Code', '重複する OATH コード'],
    outcome: 'failure',
    label: { en: 'OATH code already used', ja: '使用済みの OATH コード' },
    explanation: {
      en: 'The user entered an OATH code that had already been accepted once. Each code works only once, so the authentication was denied; usually the user retried too quickly with the same code.',
      ja: 'ユーザーが、既に一度使われた OATH コードを入力しました。コードは 1 回しか使えないため、認証は拒否されました。多くは、同じコードのまま急いで再試行したことが原因です。',
    },
    nextStep: {
      en: 'Ask the user to wait for the next code and enter that. If the user did not use the code before, someone else may have; look for another sign-in just before this row.',
      ja: '次のコードが表示されるのを待ってから入力するようユーザーに案内してください。本人がそのコードを使っていない場合は第三者が先に使った可能性があるため、この行の直前に別のサインインがないか確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_OATH_CODE_OLD',
    aliases: ['OATH Code Out of Date', 'OATH コードが最新ではありません'],
    outcome: 'failure',
    label: { en: 'Outdated OATH code', ja: '古い OATH コード' },
    explanation: {
      en: 'The user entered a code older than the last code already used, so the authentication was denied. This happens when an old code is still on screen or the token’s clock lags behind.',
      ja: 'ユーザーが、既に使用されたコードよりも前の古い OATH コードを入力したため、認証は拒否されました。画面に古いコードが残っていた場合や、トークンの時刻が遅れている場合に発生します。',
    },
    nextStep: {
      en: 'Have the user wait for a new code before retrying. If the token’s clock is off, resynchronize or replace the token.',
      ja: '新しいコードが表示されるのを待ってから再試行するようユーザーに案内してください。トークンの時刻がずれている場合は、再同期するか交換してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_OATH_TOKEN_TIMEOUT',
    aliases: ['OATH Code Result Timeout', 'OATH コード結果のタイムアウト'],
    outcome: 'failure',
    label: { en: 'OATH code entered too late', ja: 'OATH コードの入力タイムアウト' },
    explanation: {
      en: 'The user took so long to enter the OATH code that the MFA attempt had already timed out, so the code was not checked.',
      ja: 'ユーザーが OATH コードを入力するまでに時間がかかり、MFA の試行が既にタイムアウトしていたため、コードは検証されませんでした。',
    },
    nextStep: {
      en: 'Have the user start the sign-in again and enter the code right away.',
      ja: 'もう一度サインインを開始し、すぐにコードを入力するようユーザーに案内してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response'],
  },

  // ── Fallback, security questions, overall timeouts and throttling ─────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_FALLBACK_OATH_CODE_VERIFIED',
    aliases: ['Fallback OATH Code Verified', 'フォールバック OATH コードの検証済み'],
    outcome: 'success',
    label: { en: 'Passed with fallback OATH code', ja: 'フォールバックの OATH コードで成功' },
    explanation: {
      en: 'The primary MFA method did not succeed, but the user then passed with a valid OATH code as the fallback. The sign-in succeeded; the primary method’s failure is worth understanding if it repeats.',
      ja: '主要な MFA 方法では認証できませんでしたが、フォールバックとして入力した OATH コードが有効だったため認証に成功しました。主要な方法の失敗が繰り返される場合は、原因を確認しておく価値があります。',
    },
    nextStep: {
      en: 'If this user falls back often, find out why the primary method fails (phone unreachable, app not answering) and fix it.',
      ja: 'このユーザーがフォールバックを頻繁に使っている場合は、電話がつながらない、アプリが応答しないなど、主要な方法が失敗する理由を調べて解消してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_FALLBACK_SECURITY_QUESTIONS_ANSWERED',
    aliases: ['Fallback Security Questions Answered', 'フォールバック セキュリティの質問が回答されました'],
    outcome: 'success',
    label: { en: 'Passed with fallback security questions', ja: 'フォールバックのセキュリティの質問で成功' },
    explanation: {
      en: 'The primary MFA method did not succeed, and the user then answered the fallback security questions correctly. Security questions prove much less than a phone or app, so repeated use deserves attention.',
      ja: '主要な MFA 方法では認証できず、ユーザーがフォールバックのセキュリティの質問に正しく回答して認証に成功しました。セキュリティの質問は電話やアプリに比べて本人確認としては弱いため、繰り返し使われている場合は注意が必要です。',
    },
    nextStep: {
      en: 'Confirm with the user that it was them and find out why the primary method failed. Frequent use can mean someone who knows the answers is getting around the phone or app.',
      ja: '本人による操作か確認し、主要な方法が失敗した理由を調べてください。頻繁に使われている場合は、回答を知っている第三者が電話やアプリを回避している可能性があります。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_SECURITY_QUESTIONS_TIMEOUT',
    aliases: ['Security Questions Result Timeout', 'セキュリティの質問結果のタイムアウト'],
    outcome: 'failure',
    label: { en: 'Security questions answered too late', ja: 'セキュリティの質問の回答タイムアウト' },
    explanation: {
      en: 'The user took so long to answer the security questions that the MFA attempt had already timed out, so the answers were not accepted.',
      ja: 'ユーザーがセキュリティの質問に回答するまでに時間がかかり、MFA の試行が既にタイムアウトしていたため、回答は受け付けられませんでした。',
    },
    nextStep: {
      en: 'Have the user start the sign-in again and answer without delay. If they struggle to recall the answers, have them update their security questions.',
      ja: 'もう一度サインインを開始し、すぐに回答するようユーザーに案内してください。回答を思い出せない場合は、セキュリティの質問を登録し直してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_AUTH_RESULT_TIMEOUT',
    aliases: ['Auth Result Timeout', '認証結果のタイムアウト'],
    outcome: 'failure',
    label: { en: 'MFA not completed in time', ja: 'MFA が時間内に完了せず' },
    explanation: {
      en: 'The user did not complete the MFA step before the attempt timed out, so the authentication failed. Either the user was not paying attention to the prompt, or the prompt reached them late.',
      ja: 'ユーザーが時間内に MFA を完了できず、試行がタイムアウトしたため認証は失敗しました。ユーザーが要求に気付かなかったか、要求の到着が遅れたことが考えられます。',
    },
    nextStep: {
      en: 'Ask the user whether and when they got the prompt. If prompts routinely arrive late, check the delivery of the user’s method (call, text or app).',
      ja: 'MFA の要求を受け取ったか、いつ受け取ったかをユーザーに確認してください。要求の到着が常に遅れる場合は、そのユーザーの認証方法 (電話、SMS、アプリ) の配信状況を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response'],
  },
  {
    family: 'mfa-server-result',
    code: 'FAILED_AUTHENTICATION_THROTTLED',
    aliases: ['Authentication Throttled', '認証が調整されています'],
    outcome: 'blocked',
    label: { en: 'MFA attempts throttled', ja: 'MFA の試行を制限' },
    explanation: {
      en: 'The service throttled MFA attempts for this user and refused this one, because too many were made in a short time. Bursts like this come from a client stuck in a retry loop or from someone repeatedly triggering prompts with the user’s password.',
      ja: '短時間に MFA の試行が集中したため、サービスがこのユーザーの試行を制限し、今回の試行を拒否しました。クライアントの再試行ループや、第三者がユーザーのパスワードで MFA 要求を繰り返し発生させている場合に見られます。',
    },
    nextStep: {
      en: 'Have the user wait before retrying. Review the preceding rows for this user: many prompts the user did not start point to a leaked password (reset it); repeats from one RADIUS client or application point to its retry settings.',
      ja: 'しばらく待ってから再試行するようユーザーに案内してください。このユーザーの直前の行を確認し、本人が開始していない要求が多数あればパスワード漏えいとみなしてリセットし、同じ RADIUS クライアントやアプリケーションからの繰り返しであればその再試行設定を見直してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'lockout'],
  },

  // ── Cache and bypass: accepted without a second factor ───────────────────────────────────────────────────────
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_USED_CACHE',
    aliases: ['Used Cache', 'キャッシュが使用されました'],
    outcome: 'success',
    label: { en: 'Accepted from cache, no MFA prompt', ja: 'キャッシュにより MFA を省略' },
    explanation: {
      en: 'The request was accepted without calling, texting or notifying the user, because the same user name had passed MFA within the configured cache window. No second factor was actually performed for this request.',
      ja: '同じユーザー名で、構成されたキャッシュ期間内に MFA が成功していたため、電話・SMS・通知を行わずに認証が成功しました。この要求では実際には 2 要素目の認証は行われていません。',
    },
    nextStep: {
      en: 'Expected when caching is enabled. Keep the cache window short, and check the earlier row for this user to see the real MFA the cache relied on.',
      ja: 'キャッシュを有効にしている場合は想定どおりの動作です。キャッシュ期間は短く保ち、キャッシュの元になった実際の MFA を同じユーザーの前の行で確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_USED_IP_BASED_CACHE',
    aliases: ['Used IP-based Cache', 'IP ベースのキャッシュが使用されました'],
    outcome: 'success',
    label: { en: 'Accepted from IP-based cache', ja: 'IP ベースのキャッシュにより MFA を省略' },
    explanation: {
      en: 'Accepted without a new MFA prompt because the same user, application and IP address had passed MFA within the cache window. No second factor was actually performed for this request.',
      ja: '同じユーザー、アプリケーション、IP アドレスの組み合わせでキャッシュ期間内に MFA が成功していたため、新たな MFA 要求なしで認証が成功しました。この要求では実際には 2 要素目の認証は行われていません。',
    },
    nextStep: {
      en: 'Expected with IP-based caching. Confirm the IP address is one of your own egress addresses; on a shared or public address this cache protects much less.',
      ja: 'IP ベースのキャッシュを構成している場合は想定どおりです。対象の IP アドレスが自社の送信元アドレスであることを確認してください。共有やパブリックのアドレスでは、このキャッシュの保護効果は大きく下がります。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_USED_APP_BASED_CACHE',
    aliases: ['Used App-based Cache', 'アプリベースのキャッシュが使用されました'],
    outcome: 'success',
    label: { en: 'Accepted from app-based cache', ja: 'アプリ ベースのキャッシュにより MFA を省略' },
    explanation: {
      en: 'Accepted without a new MFA prompt because the same user had passed MFA with the same authentication type and application within the cache window. No second factor was actually performed for this request.',
      ja: '同じユーザーが、同じ認証の種類とアプリケーションでキャッシュ期間内に MFA に成功していたため、新たな MFA 要求なしで認証が成功しました。この要求では実際には 2 要素目の認証は行われていません。',
    },
    nextStep: {
      en: 'Expected with app-based caching. If every sign-in to that application must be verified, shorten or remove its caching rule in the MFA Server settings.',
      ja: 'アプリ ベースのキャッシュを構成している場合は想定どおりです。このアプリケーションへのサインインを毎回検証する必要がある場合は、MFA Server の設定でキャッシュ規則の期間を短くするか削除してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-server-result',
    code: 'SUCCESS_BYPASSED_AUTH',
    aliases: ['Bypassed Auth', '認証がバイパスされました'],
    outcome: 'success',
    label: { en: 'One-time bypass used', ja: 'ワンタイム バイパスを使用' },
    explanation: {
      en: 'The user got through on a one-time bypass granted for them, so no second factor was actually performed. Bypasses are a favourite social-engineering target, so each one should trace back to a legitimate request.',
      ja: 'ユーザーに対して発行されたワンタイム バイパスで認証が成功したため、実際には 2 要素目の認証は行われていません。バイパスはソーシャル エンジニアリングで狙われやすいため、1 件ずつ正当な依頼に基づくものか確認する必要があります。',
    },
    nextStep: {
      en: 'Review the bypass in the one-time bypass history (Security > MFA > One-time bypass): who created it and why, and whether the sign-in it let through was really the user.',
      ja: 'ワンタイム バイパスの履歴 ([セキュリティ] > [MFA] > [ワンタイム バイパス]) で、誰がどのような理由で発行したか、そのバイパスで通過したサインインが本当に本人のものかを確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
];
