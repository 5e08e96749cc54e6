/**
 * Audit-log activity names (`activityDisplayName` in Graph JSON, `Activity` in the portal CSV, `OperationName` /
 * `ActivityDisplayName` in Log Analytics) of the services engineers read when investigating password resets and
 * security-info changes: `Self-service Password Management` (seed 002 + the current SSPR reporting docs),
 * `Authentication Methods` (combined security-info registration) and the password/session events of `Core Directory`.
 *
 * The outcome of an activity record is what a *successful* row of that activity means. Aliases are older or variant
 * English names and the Japanese names the seed (and the 2019 Japanese docs) put next to them.
 */
import type { CatalogRecord } from './types';

export const AUDIT_ACTIVITIES: readonly CatalogRecord[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // Self-service Password Management
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-activity',
    code: 'Self-service password reset policy changes',
    outcome: 'info',
    label: { en: 'SSPR policy changed', ja: 'SSPR ポリシーの変更' },
    explanation: {
      en: "An administrator edited the tenant's self-service password reset settings; the row carries the old and new value of each property that changed. Such a change can widen or narrow who may reset and how much proof they need, so it explains sudden changes in reset behaviour.",
      ja: '管理者がテナントのセルフサービス パスワード リセット (SSPR) の設定を編集しました。行には変更されたプロパティごとに変更前と変更後の値が記録されます。リセットできるユーザーの範囲や必要な本人確認の強さが変わるため、SSPR の挙動が急に変わったときの手掛かりになります。',
    },
    nextStep: {
      en: 'Open the modified properties to see exactly what changed and confirm the actor was expected to change SSPR (for example under a change request). Revert unexpected changes, such as fewer required methods, under Password reset in the Entra admin center.',
      ja: '変更されたプロパティを開いて何が変わったかを確認し、実行者が SSPR を変更する立場の管理者か (変更申請があるかなど) を確かめてください。必要な認証方法の数を減らすなど想定外の変更は、Entra 管理センターの [パスワード リセット] で元に戻してください。',
    },
    source: 'microsoft-docs',
    tags: ['sspr', 'policy'],
  },
  {
    family: 'audit-activity',
    code: 'Blocked from self-service password reset',
    aliases: [
      'セルフサービスのパスワード リセットのブロック',
      'パスワード リセットのセルフサービスのブロック',
      'セルフサービスによるパスワード リセットのブロック',
    ],
    outcome: 'blocked',
    label: { en: 'User blocked from SSPR for 24 hours', ja: 'SSPR を 24 時間ブロック' },
    explanation: {
      en: 'Within 24 hours this user went past five attempts in total at resetting a password, using one verification gate or validating a phone number, so SSPR refuses further attempts for the next 24 hours. The success result means the block was applied, not that anything worked for the user. Actor and target are the same user, who may be an ordinary user or an administrator.',
      ja: 'このユーザーは 24 時間のうちに、パスワード リセット、特定の確認ゲートの利用、または電話番号の確認を合計 5 回を超えて試みたため、以後 24 時間は SSPR を利用できなくなりました。結果が「成功」なのはブロックが適用されたという意味で、ユーザーの操作が成功したわけではありません。アクターとターゲットは同じユーザーで、一般ユーザーの場合も管理者の場合もあります。',
    },
    nextStep: {
      en: 'Ask the user whether they were trying to reset. If not, someone else is probing the account: check the IP addresses of the flow-progress rows for this user just before the block. A genuine user can wait out the 24 hours or have the helpdesk reset the password after verifying identity.',
      ja: 'ユーザーにリセットを試みていたか確認してください。心当たりがなければ第三者がアカウントを探っているため、ブロック直前のこのユーザーのフロー進行状況の行の IP アドレスを確認してください。本人であれば 24 時間待つか、本人確認のうえヘルプデスクがパスワードをリセットしてください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout'],
  },
  {
    family: 'audit-activity',
    code: 'Change password (self-service)',
    aliases: ['パスワードの変更 (セルフサービス)'],
    outcome: 'success',
    label: { en: 'User changed own password', ja: 'ユーザー自身によるパスワード変更' },
    explanation: {
      en: 'The user replaced their password while knowing the current one, either by choice or because it was forced (expired, or a temporary password set by an administrator). Actor and target are the same account. A failed row names the reason in ResultReason, most often a banned password.',
      ja: 'ユーザーが現在のパスワードを使って自分のパスワードを変更しました。自発的な変更のほか、有効期限切れや管理者が設定した一時パスワードによって変更を求められた場合も含まれます。アクターとターゲットは同じアカウントです。失敗した行では ResultReason に理由が入り、多くは禁止パスワードによるものです。',
    },
    nextStep: {
      en: 'Nothing to do for an expected change. If the user did not make it, treat the account as compromised: reset the password, revoke sessions, and review sign-ins and security-info changes from the same IP address.',
      ja: '想定どおりの変更であれば対応は不要です。ユーザーに心当たりがない場合は侵害を疑い、パスワードのリセットとセッションの取り消しを行ったうえで、同じ IP アドレスからのサインインやセキュリティ情報の変更を確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'audit-activity',
    code: 'Reset password (by admin)',
    aliases: ['パスワードのリセット (管理者)'],
    outcome: 'success',
    label: { en: "Administrator reset a user's password", ja: '管理者によるパスワード リセット' },
    explanation: {
      en: 'An administrator (helpdesk, password, user or global administrator) set a new password for another account; the actor is the administrator and the target is the user, who may be an administrator too. The OnPremisesAgent detail shows where the password went: None for cloud only, Microsoft Entra Connect or CloudSync for writeback to on-premises AD. ResultReason is often just "None".',
      ja: '管理者 (ヘルプデスク管理者、パスワード管理者、ユーザー管理者、グローバル管理者など) が別のアカウントに新しいパスワードを設定しました。アクターは管理者、ターゲットはリセットされたユーザーで、ターゲットも管理者の場合があります。追加の詳細 OnPremisesAgent は書き込み先を示し、None はクラウドのみ、Microsoft Entra Connect または CloudSync はオンプレミス AD への書き戻しです。ResultReason は単に「None」であることがよくあります。',
    },
    nextStep: {
      en: "Match the reset to a helpdesk ticket or a request from the user. One administrator resetting several users in a day, or resetting another administrator, deserves a closer look at that administrator's own sign-ins.",
      ja: 'ヘルプデスクのチケットやユーザーからの依頼と一致するか確認してください。1 人の管理者が 1 日に複数のユーザーをリセットしている場合や別の管理者をリセットしている場合は、その管理者自身のサインインを詳しく確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'audit-activity',
    code: 'Reset password (self-service)',
    aliases: ['パスワードのリセット (セルフサービス)'],
    outcome: 'success',
    label: { en: 'User reset own password with SSPR', ja: 'SSPR によるパスワード リセット' },
    explanation: {
      en: 'The user proved their identity with the required methods at the password reset portal (passwordreset.microsoftonline.com) and set a new password without the old one. Actor and target are the same account. An account takeover through SSPR ends with exactly this row, so what matters is who actually held the verification methods.',
      ja: 'ユーザーがパスワード リセット ポータル (passwordreset.microsoftonline.com) で必要な認証方法により本人確認を行い、古いパスワードなしで新しいパスワードを設定しました。アクターとターゲットは同じアカウントです。SSPR を悪用したアカウント乗っ取りもこの行で完結するため、確認に使われた認証方法を実際に誰が持っていたかが重要です。',
    },
    nextStep: {
      en: 'Read the flow-progress rows of this user just before it to see which gates were passed and from which IP. Be suspicious of resets passed with SMS or voice only from an IP the user never signed in from, several users resetting from one IP, or security info added, changed or deleted right after the reset.',
      ja: '直前のこのユーザーのフロー進行状況の行で、どの確認ゲートをどの IP から通過したかを確認してください。SMS や音声通話だけで普段使わない IP から行われたリセット、1 つの IP から複数ユーザーが行ったリセット、リセット直後のセキュリティ情報の追加・変更・削除は不正を疑ってください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'audit-activity',
    code: 'Self-service password reset flow activity progress',
    aliases: [
      'Self serve password reset flow activity progress',
      'セルフサービスのパスワード リセット フロー アクティビティの進行状況',
      'パスワード リセットのセルフサービスのフロー アクティビティ進行状況',
    ],
    outcome: 'info',
    label: { en: 'One step of an SSPR attempt', ja: 'SSPR フローの 1 ステップ' },
    explanation: {
      en: 'Each row records one step the user took in the password reset portal, such as entering the user ID, starting or passing a verification gate, or submitting the new password; ResultReason says which step. The user is both actor and target. Read the rows of one attempt together (same CorrelationId) to see how far it got and which methods were used.',
      ja: 'パスワード リセット ポータルでユーザーが進めた手順 (ユーザー ID の入力、確認ゲートの開始や通過、新しいパスワードの送信など) が 1 行ずつ記録されます。どの手順かは ResultReason でわかります。アクターとターゲットは同じユーザーです。1 回の試行の行 (同じ CorrelationId) をまとめて読むと、どこまで進み、どの認証方法が使われたかがわかります。',
    },
    nextStep: {
      en: 'Group the rows by CorrelationId and look at the last step reached. Attempts that stop right after the verification options were shown, many attempts from one IP, or a completed reset that used only SMS or voice are worth a closer look.',
      ja: 'CorrelationId ごとに行をまとめ、最後に到達した手順を確認してください。確認方法の表示直後で止まっている試行、1 つの IP からの多数の試行、SMS や音声通話だけで完了したリセットは詳しく調べる価値があります。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'audit-activity',
    code: 'Unlock user account (self-service)',
    aliases: ['Unlock a user account (self-service)', 'ユーザー アカウントのロック解除 (セルフサービス)'],
    outcome: 'success',
    label: { en: 'User unlocked own AD account', ja: 'ユーザー自身による AD アカウントのロック解除' },
    explanation: {
      en: 'The user passed SSPR verification and unlocked their on-premises Active Directory account without changing the password (the unlock-without-reset option, which relies on password writeback). Actor and target are the same account. The old password stays valid, so if the lockout came from someone guessing it, the guessing can start again.',
      ja: 'ユーザーが SSPR の本人確認を通過し、パスワードを変えずにオンプレミス Active Directory アカウントのロックを解除しました (パスワード ライトバックを利用する、リセットなしのロック解除機能)。アクターとターゲットは同じアカウントです。パスワードは以前のまま有効なため、ロックアウトの原因が第三者による推測であれば、推測が再開される可能性があります。',
    },
    nextStep: {
      en: "Find out what caused the lockout (domain controller events, failed sign-ins in the sign-in log). If the failures did not come from the user's own devices, have the user reset the password instead of only unlocking.",
      ja: 'ロックアウトの原因 (ドメイン コントローラーのイベントやサインイン ログの失敗) を確認してください。失敗がユーザー自身のデバイスからでない場合は、ロック解除だけでなくパスワードのリセットをユーザーに依頼してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'account'],
  },
  {
    family: 'audit-activity',
    code: 'User registered for self-service password reset',
    aliases: [
      'セルフサービスのパスワード リセットを登録したユーザー',
      'セルフサービスによるパスワード リセットに登録されたユーザー',
    ],
    outcome: 'success',
    label: { en: 'User completed SSPR registration', ja: 'SSPR の登録完了' },
    explanation: {
      en: "The user has registered everything the tenant's current reset policy asks for and can now reset their own password. Actor and target are the same account. A failed row only means registration was not finished; the user may still be able to reset with correct data already on the account, such as an unverified phone number.",
      ja: 'ユーザーがテナントの現在のリセット ポリシーで求められる情報をすべて登録し、自分でパスワードをリセットできる状態になりました。アクターとターゲットは同じアカウントです。失敗の行は登録を最後まで終えなかったことを示すだけで、未確認の電話番号など正しい情報がすでにアカウントにあれば、リセット自体はできる場合があります。',
    },
    nextStep: {
      en: "Expected during onboarding. A registration shortly after a suspicious sign-in, or from an unfamiliar IP, can be an attacker adding their own recovery methods; compare it with the user's recent sign-ins.",
      ja: '利用開始時であれば想定どおりです。不審なサインインの直後や見慣れない IP からの登録は、攻撃者が自分の回復手段を登録している可能性があるため、ユーザーの最近のサインインと照合してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Authentication Methods (combined security-info registration)
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-activity',
    code: 'User registered security info',
    outcome: 'success',
    label: { en: 'User added an authentication method', ja: 'ユーザーによる認証方法の登録' },
    explanation: {
      en: 'The user added one authentication method through combined security-info registration (My Security Info, or the registration prompt at sign-in); ResultReason and the AuthenticationMethod detail name it, for example Authenticator App with Notification. Actor and target are the same user. Adding a method is also how attackers keep access after stealing a password.',
      ja: 'ユーザーが統合されたセキュリティ情報の登録 (My Security Info またはサインイン時の登録画面) で認証方法を 1 つ追加しました。どの方法かは ResultReason や追加の詳細 AuthenticationMethod に記録されます (例: Authenticator App with Notification)。アクターとターゲットは同じユーザーです。認証方法の追加は、パスワードを盗んだ攻撃者がアクセスを維持する手口でもあります。',
    },
    nextStep: {
      en: "Confirm the user added this method themselves, especially right after a password reset, a risky sign-in or a sign-in from a new location. If not, delete it under the user's Authentication methods and reset the password.",
      ja: '特にパスワード リセット、リスクのあるサインイン、新しい場所からのサインインの直後であれば、ユーザー本人が追加したものか確認してください。本人でなければ、ユーザーの [認証方法] からその方法を削除し、パスワードをリセットしてください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'mfa'],
  },
  {
    family: 'audit-activity',
    code: 'User started security info registration',
    outcome: 'info',
    label: { en: 'Security-info registration started', ja: 'セキュリティ情報の登録開始' },
    explanation: {
      en: 'The user began adding an authentication method; ResultReason says which one. Whether it finished shows in a later "User registered security info" row (or a failure row) for the same user.',
      ja: 'ユーザーが認証方法の追加を始めました。どの方法かは ResultReason でわかります。完了したかどうかは、同じユーザーの後続の「User registered security info」の行 (または失敗の行) で確認できます。',
    },
    nextStep: {
      en: 'Look for the matching completion row a few seconds or minutes later. A start with no completion usually means the user gave up or the app setup failed; help them finish in My Security Info.',
      ja: '数秒から数分後に対応する完了の行があるか確認してください。開始だけで完了がない場合は、ユーザーが途中でやめたかアプリの設定に失敗したことが多いため、My Security Info で登録を完了できるよう支援してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'User registered all required security info',
    outcome: 'success',
    label: { en: 'All required security info registered', ja: '必要なセキュリティ情報をすべて登録' },
    explanation: {
      en: 'The user now has every method the MFA and SSPR registration policies require, and the registration prompt is finished. A failed row of this activity with the reason "User canceled security info registration." means the user closed the prompt instead.',
      ja: 'ユーザーが MFA と SSPR の登録ポリシーで必要な認証方法をすべてそろえ、登録の要求が完了しました。このアクティビティの失敗行で理由が「User canceled security info registration.」の場合は、ユーザーが登録画面を閉じたことを示します。',
    },
    nextStep: {
      en: 'Normal during onboarding. For an existing user, make sure the registration was expected, particularly if it follows a password reset or a sign-in from an unfamiliar place.',
      ja: '利用開始時であれば通常の動作です。既存ユーザーの場合は、特にパスワード リセットや見慣れない場所からのサインインの直後であれば、想定された登録か確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'POST UserAuthMethod.SecurityInfoRegistrationCallback',
    outcome: 'info',
    label: { en: 'Registration back-end callback', ja: '登録処理の内部コールバック' },
    explanation: {
      en: 'An internal service call made while a user registers a method. It usually carries the result text "NoContent" and sits next to the "User registered security info" row of the same user; it adds no facts of its own.',
      ja: 'ユーザーが認証方法を登録する際の内部的なサービス呼び出しです。通常は結果の文字列が「NoContent」で、同じユーザーの「User registered security info」の行と並んで記録されます。この行自体に新しい情報はありません。',
    },
    nextStep: {
      en: 'Skip it and read the neighbouring "User started security info registration" and "User registered security info" rows instead.',
      ja: 'この行は読み飛ばし、前後にある「User started security info registration」と「User registered security info」の行を確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'benign'],
  },
  {
    family: 'audit-activity',
    code: 'User reported unusual sign-in event as not legitimate',
    outcome: 'info',
    label: { en: 'User reported a sign-in as not theirs', ja: 'ユーザーがサインインを本人ではないと報告' },
    explanation: {
      en: 'The user was shown a sign-in to their account that looked unusual and answered that it was not them. This is the user telling you directly that someone else may hold their password or session.',
      ja: 'ユーザーのアカウントで通常と異なるサインインが本人に示され、ユーザーは自分ではないと回答しました。パスワードまたはセッションを第三者に握られている可能性を、ユーザー自身が知らせてきたことになります。',
    },
    nextStep: {
      en: 'Handle it as a possible compromise: find the reported sign-in in the sign-in log (time, IP, app), reset the password, revoke sessions, and review security-info changes made since then.',
      ja: '侵害の可能性があるものとして対応してください。報告されたサインインをサインイン ログで特定し (時刻、IP、アプリ)、パスワードのリセットとセッションの取り消しを行い、それ以降のセキュリティ情報の変更を確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['fraud'],
  },
  {
    family: 'audit-activity',
    code: 'Admin registered security info',
    outcome: 'success',
    label: { en: 'Admin added a method for a user', ja: '管理者による認証方法の登録' },
    explanation: {
      en: "An administrator added an authentication method, such as a phone number or a Temporary Access Pass, to another user's account. The actor is the administrator and the target is the user.",
      ja: '管理者が別のユーザーのアカウントに認証方法 (電話番号や一時アクセス パスなど) を追加しました。アクターは管理者、ターゲットはユーザーです。',
    },
    nextStep: {
      en: 'Check that the change was requested, for example by a helpdesk ticket for a lost phone. Whoever controls a method added this way can pass MFA and SSPR as the user, so remove unexpected additions.',
      ja: '携帯電話の紛失に伴うヘルプデスクのチケットなど、依頼に基づく変更か確認してください。追加された方法を持つ人はそのユーザーとして MFA や SSPR を通過できるため、想定外の追加は削除してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'User changed default security info',
    outcome: 'success',
    label: { en: 'User changed the default method', ja: 'ユーザーによる既定の認証方法の変更' },
    explanation: {
      en: 'The user picked a different default method for MFA prompts, for example from the Authenticator notification to a text message. On its own this is housekeeping, but making a just-added phone number the default deserves a second look.',
      ja: 'ユーザーが MFA で最初に使われる既定の認証方法を変更しました (例: Authenticator の通知から SMS へ)。単独では設定の整理にすぎませんが、追加したばかりの電話番号を既定にする変更は確認が必要です。',
    },
    nextStep: {
      en: 'Check which method became the default and whether it was registered recently. If the user did not make the change, restore their methods and reset the password.',
      ja: '既定になった方法と、それが最近登録されたものかを確認してください。ユーザーに心当たりがなければ、認証方法を元に戻し、パスワードをリセットしてください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'mfa'],
  },
  {
    family: 'audit-activity',
    code: 'Admin updated security info',
    outcome: 'success',
    label: { en: "Admin changed a user's method", ja: '管理者による認証方法の更新' },
    explanation: {
      en: "An administrator edited an authentication method on another user's account, for example the registered phone number. The actor is the administrator and the target is the user.",
      ja: '管理者が別のユーザーのアカウントの認証方法 (登録済みの電話番号など) を変更しました。アクターは管理者、ターゲットはユーザーです。',
    },
    nextStep: {
      en: 'Match it to a request. A phone number changed by an administrator and then used for an SMS-only password reset is a classic takeover chain, so check for resets soon after.',
      ja: '依頼と一致するか確認してください。管理者が変更した電話番号がその後 SMS だけのパスワード リセットに使われるのは典型的な乗っ取りの流れのため、直後のリセットがないか確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'User updated security info',
    outcome: 'success',
    label: { en: 'User changed one of their methods', ja: 'ユーザーによる認証方法の更新' },
    explanation: {
      en: 'The user edited an existing authentication method, for example the phone number or the email address used for verification. Actor and target are the same user.',
      ja: 'ユーザーが既存の認証方法 (確認に使う電話番号やメール アドレスなど) を変更しました。アクターとターゲットは同じユーザーです。',
    },
    nextStep: {
      en: 'Expected when a user changes phones. If it follows a password reset or a suspicious sign-in, confirm with the user through a channel you already trust.',
      ja: '機種変更などでは想定どおりです。パスワード リセットや不審なサインインの直後であれば、以前から信頼できる連絡手段でユーザーに確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'Admin deleted security info',
    outcome: 'success',
    label: { en: "Admin removed a user's method", ja: '管理者による認証方法の削除' },
    explanation: {
      en: "An administrator removed an authentication method from another user's account. The actor is the administrator and the target is the user, who may have to register again at the next sign-in.",
      ja: '管理者が別のユーザーのアカウントから認証方法を削除しました。アクターは管理者、ターゲットはユーザーで、ユーザーは次回のサインインで再登録を求められる場合があります。',
    },
    nextStep: {
      en: "Confirm it was requested (lost device, re-registration). Removing a user's real methods opens a window in which someone else could register first, so look for registrations right after it.",
      ja: '依頼に基づくもの (デバイスの紛失、再登録など) か確認してください。本来の方法を削除すると、第三者が先に登録を済ませる余地が生まれるため、直後の登録がないか確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'User deleted security info',
    outcome: 'success',
    label: { en: 'User removed one of their methods', ja: 'ユーザーによる認証方法の削除' },
    explanation: {
      en: "The user removed an authentication method from their own account; ResultReason names the method. After a takeover, deleting the real owner's methods is a way to keep them from recovering the account.",
      ja: 'ユーザーが自分のアカウントから認証方法を削除しました。どの方法かは ResultReason でわかります。乗っ取り後に本来の所有者の方法を削除し、アカウントを回復できないようにする手口もあります。',
    },
    nextStep: {
      en: 'If the deletion follows a password reset or comes from an unfamiliar IP, contact the user through a trusted channel and check which methods remain on the account.',
      ja: 'パスワード リセットの直後や見慣れない IP からの削除であれば、信頼できる連絡手段でユーザーに確認し、アカウントに残っている認証方法を確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-activity',
    code: 'User reviewed security info',
    outcome: 'success',
    label: { en: 'User confirmed their security info', ja: 'ユーザーがセキュリティ情報を確認' },
    explanation: {
      en: 'The user was asked to review their registered methods and confirmed they are still correct; nothing was changed. A failed row means the confirmation could not be saved on the service side.',
      ja: 'ユーザーに登録済みの認証方法の見直しが求められ、内容に問題がないことを確認しました。変更は行われていません。失敗の行は、サービス側で確認結果を保存できなかったことを示します。',
    },
    nextStep: {
      en: 'No action needed; after a failed row the user can simply review again.',
      ja: '対応は不要です。失敗の行の場合も、ユーザーがもう一度確認すれば十分です。',
    },
    source: 'microsoft-docs',
    tags: ['registration', 'benign'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Core Directory: password and session events
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-activity',
    code: 'Reset user password',
    outcome: 'success',
    label: { en: 'Password reset written to the directory', ja: 'ディレクトリでのパスワード リセット' },
    explanation: {
      en: 'The directory-side record of a new password being set for the user without the old one. For admin resets and SSPR the actor is often the application "Microsoft password reset service" rather than a person; the matching Self-service Password Management row names the real administrator or user.',
      ja: '古いパスワードを使わずにユーザーへ新しいパスワードが設定されたことを示す、ディレクトリ側の記録です。管理者によるリセットや SSPR の場合、アクターは人ではなくアプリ「Microsoft password reset service」になることが多く、実際の管理者やユーザーは対応する Self-service Password Management の行に記録されます。',
    },
    nextStep: {
      en: 'Find the Self-service Password Management row for the same target at the same moment to learn who started it. Investigate a reset with no such row that was made by an unexpected user or application.',
      ja: '同じ時刻・同じターゲットの Self-service Password Management の行を探し、誰が開始したかを確認してください。そのような行がなく、想定外のユーザーやアプリケーションが実行したリセットは調査してください。',
    },
    source: 'reference:sspr-audit-values',
  },
  {
    family: 'audit-activity',
    code: 'Change user password',
    outcome: 'success',
    label: { en: 'Password change written to the directory', ja: 'ディレクトリでのパスワード変更' },
    explanation: {
      en: 'The directory-side record of a user changing their own password with the current one. It normally pairs with a "Change password (self-service)" row.',
      ja: 'ユーザーが現在のパスワードを使って自分のパスワードを変更したことを示す、ディレクトリ側の記録です。通常は「Change password (self-service)」の行と対になります。',
    },
    nextStep: {
      en: 'Expected after expiry or a forced change. If the user did not change it, whoever did already knew the password: reset it, revoke sessions and review recent sign-ins.',
      ja: '有効期限切れや変更の強制に伴うものであれば想定どおりです。ユーザーに心当たりがない場合は、変更した人物がすでにパスワードを知っていたことになるため、パスワードをリセットし、セッションを取り消し、最近のサインインを確認してください。',
    },
    source: 'reference:sspr-audit-values',
  },
  {
    family: 'audit-activity',
    code: 'Update PasswordProfile',
    outcome: 'info',
    label: { en: 'Password settings updated', ja: 'パスワード プロファイルの更新' },
    explanation: {
      en: "The user's password settings were written, such as a new password or the must-change-at-next-sign-in flag (ForceChangePassword in the modified properties). It appears with password resets and when an administrator creates a user with a password; the password itself is never shown.",
      ja: 'ユーザーのパスワード関連の設定 (新しいパスワードや、次回サインイン時の変更を求めるフラグ ForceChangePassword など) が書き込まれました。パスワード リセットのほか、管理者がパスワードを指定してユーザーを作成したときにも記録されます。パスワードの値そのものは記録されません。',
    },
    nextStep: {
      en: 'Read it together with the reset, change or "Add user" row next to it; on its own it needs no action.',
      ja: '隣にあるリセット、変更、または「Add user」の行と合わせて読んでください。単独では対応は不要です。',
    },
    source: 'reference:sspr-audit-values',
  },
  {
    family: 'audit-activity',
    code: 'Validate Password',
    outcome: 'info',
    label: { en: 'Proposed password checked', ja: 'パスワード候補の検証' },
    explanation: {
      en: "The service checked a proposed password against the tenant's password rules before it was used, for example while an administrator typed a password for a new user in the admin center. The target is the tenant itself and nothing was changed by this row.",
      ja: '管理センターで新しいユーザーのパスワードを入力したときなどに、提案されたパスワードがテナントのパスワード ルールを満たすかどうかが事前に確認されました。ターゲットはテナント自体で、この行では何も変更されていません。',
    },
    nextStep: {
      en: 'No action needed; look at the user creation or password reset by the same actor that follows.',
      ja: '対応は不要です。同じ実行者による直後のユーザー作成やパスワード リセットを確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['benign'],
  },
  {
    family: 'audit-activity',
    code: 'Update StsRefreshTokenValidFrom Timestamp',
    outcome: 'info',
    label: { en: "User's sessions revoked", ja: 'ユーザーのセッションの取り消し' },
    explanation: {
      en: "The cut-off time before which the user's refresh tokens and session cookies are rejected was moved to now, so apps must sign the user in again. It is written automatically with password resets, and also when an administrator or a response tool revokes sessions.",
      ja: 'ユーザーのリフレッシュ トークンとセッション Cookie を受け付ける基準時刻が現在に更新され、アプリは再サインインを求めるようになります。パスワード リセットに伴って自動的に記録されるほか、管理者や対応ツールがセッションを取り消したときにも記録されます。',
    },
    nextStep: {
      en: 'Expected after a password reset or an incident-response action. Many revocations by one actor that match no reset or incident are worth asking that actor about.',
      ja: 'パスワード リセットやインシデント対応の後であれば想定どおりです。リセットやインシデントに対応しない取り消しが 1 人の実行者から多数ある場合は、その実行者に確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['session'],
  },
];
