/**
 * Audit-log result reasons (`resultReason` in Graph JSON, `ResultReason` in the portal CSV and Log Analytics) of the
 * Self-service Password Management and Authentication Methods services: the banned-password failure of seed 002, the
 * step strings of `Self-service password reset flow activity progress`, and the reasons of security-info
 * registration rows.
 *
 * Two spellings of each SSPR verification step coexist in real data (`… mobile SMS verification` and
 * `… mobile SMS verification option`); one record per step carries the other spelling as an alias. Generic reasons
 * that say nothing on their own (`None` on admin resets, `NoContent` on the registration callback) are deliberately
 * not catalogued.
 */
import type { CatalogRecord } from './types';

export const AUDIT_REASONS: readonly CatalogRecord[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // Password change / reset failures
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-reason',
    code: 'FuzzyPolicyViolationInvalidPassword',
    aliases: ['PasswordDoesnotComplyFuzzyPolicy'],
    outcome: 'failure',
    label: { en: 'New password is on the banned list', ja: '禁止パスワードに該当' },
    explanation: {
      en: "The chosen new password was refused because Microsoft's banned-password check (the global list plus any custom list of the tenant) found it too common or too close to a known weak password. It appears on failed password changes and resets; nothing on the account changed.",
      ja: '選ばれた新しいパスワードが、Microsoft の禁止パスワード チェック (グローバルな一覧とテナント独自の一覧) によって、よく使われるもの、または既知の弱いパスワードに近すぎると判断され、拒否されました。パスワードの変更やリセットの失敗で記録され、アカウントには何の変更もありません。',
    },
    nextStep: {
      en: 'Ask the user to choose a longer passphrase without the company name, seasons, years or simple letter substitutions. Many of these failures can mean a predictable password pattern is circulating among users.',
      ja: '会社名、季節、年、単純な文字の置き換えを含まない、より長いパスフレーズを選ぶようユーザーに案内してください。この失敗が多い場合は、予測しやすいパスワードの付け方が社内で広まっていないか確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'policy'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Self-service password reset flow activity progress: the steps in order
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-reason',
    code: 'User submitted their user ID',
    outcome: 'info',
    label: { en: 'SSPR started: user ID entered', ja: 'SSPR 開始: ユーザー ID の入力' },
    explanation: {
      en: "First step of a self-service reset: someone entered this account's user name at the password reset portal. Anyone can type a user name, so this row says nothing about who was at the keyboard.",
      ja: 'セルフサービス リセットの最初の手順で、パスワード リセット ポータルにこのアカウントのユーザー名が入力されました。ユーザー名は誰でも入力できるため、この行だけでは操作したのが本人かどうかはわかりません。',
    },
    nextStep: {
      en: 'Follow the CorrelationId to see how far the attempt went. Many user IDs submitted from one IP address with no finished resets suggests someone is checking which accounts can use SSPR.',
      ja: 'CorrelationId をたどって試行がどこまで進んだかを確認してください。1 つの IP アドレスから多数のユーザー ID が入力され、リセットが完了していない場合は、SSPR を使えるアカウントを探っている可能性があります。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User was presented with verification options',
    outcome: 'info',
    label: { en: 'Verification choices shown', ja: '確認方法の選択肢を表示' },
    explanation: {
      en: 'After the user ID was accepted, the portal listed the verification methods this account can use. Stopping here is normal for a user who changes their mind, but it also shows an outsider which methods (such as a masked phone number) are registered.',
      ja: 'ユーザー ID が受け付けられた後、このアカウントで使える確認方法の一覧が表示されました。ここで止めるのは気が変わったユーザーにもよくあることですが、部外者にとっては登録済みの方法 (マスクされた電話番号など) を知る手掛かりにもなります。',
    },
    nextStep: {
      en: 'If no "User started the … verification" row follows in the same CorrelationId, especially for several accounts from one IP, treat it as possible SSPR reconnaissance.',
      ja: '同じ CorrelationId に「User started the … verification」の行が続かない場合、特に 1 つの IP から複数のアカウントで起きている場合は、SSPR の偵察の可能性があるものとして扱ってください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User started the mobile SMS verification',
    aliases: ['User started the mobile SMS verification option'],
    outcome: 'info',
    label: { en: 'SSPR gate started: text message', ja: 'SSPR 確認開始: SMS' },
    explanation: {
      en: 'The user chose to verify with a code texted to the registered mobile phone, and the code was sent. Whether it was entered correctly shows in a later "completed" row.',
      ja: 'ユーザーが登録済みの携帯電話に SMS で届くコードによる確認を選び、コードが送信されました。正しく入力されたかどうかは、後続の「completed」の行でわかります。',
    },
    nextStep: {
      en: 'Nothing to do on its own. Repeated starts without completion can end in the 24-hour SSPR block; if the user says no text arrives, check the number on file.',
      ja: '単独では対応は不要です。完了しない開始が繰り返されると 24 時間の SSPR ブロックにつながります。SMS が届かないとユーザーが言う場合は、登録されている電話番号を確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the mobile SMS verification',
    aliases: ['User completed the mobile SMS verification option'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: text message', ja: 'SSPR 確認完了: SMS' },
    explanation: {
      en: 'The user typed the correct code texted to the registered mobile phone and passed one verification gate. Anyone who receives texts for that number passes this gate, so a reset that passed SMS or voice gates only is the trace a SIM swap would leave.',
      ja: 'ユーザーが登録済みの携帯電話に SMS で届いたコードを正しく入力し、確認ゲートを 1 つ通過しました。その番号の SMS を受け取れる人なら誰でも通過できるため、SMS や音声通話のゲートだけで完了したリセットは、SIM スワップ攻撃が残す痕跡と一致します。',
    },
    nextStep: {
      en: 'If this attempt ends in a reset from an IP address the user never signed in from, ask the user through another channel whether they reset the password and whether their mobile service recently stopped working.',
      ja: 'この試行が、ユーザーがサインインしたことのない IP アドレスからのリセットで終わっている場合は、別の連絡手段で、本人がリセットしたか、最近携帯電話が突然使えなくなっていないかをユーザーに確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'audit-reason',
    code: 'User started the mobile voice call verification option',
    aliases: ['User started the mobile voice call verification'],
    outcome: 'info',
    label: { en: 'SSPR gate started: phone call', ja: 'SSPR 確認開始: 音声通話' },
    explanation: {
      en: 'The user chose to verify by answering an automated call to the registered mobile phone, and the call was placed. The result shows in a later "completed" row.',
      ja: 'ユーザーが登録済みの携帯電話への自動音声通話による確認を選び、電話がかけられました。結果は後続の「completed」の行でわかります。',
    },
    nextStep: {
      en: 'Nothing to do on its own. If calls do not arrive, check the number on file and whether the carrier blocks automated calls.',
      ja: '単独では対応は不要です。電話がかかってこない場合は、登録されている番号と、通信事業者が自動音声通話をブロックしていないかを確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the mobile voice call verification option',
    aliases: ['User completed the mobile voice call verification'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: phone call', ja: 'SSPR 確認完了: 音声通話' },
    explanation: {
      en: 'The user answered the automated call to the registered mobile phone and confirmed it, passing one verification gate. Like SMS, this gate trusts whoever controls the number, so resets passed with phone gates only fit the SIM-swap pattern.',
      ja: 'ユーザーが登録済みの携帯電話への自動音声通話に応答して確認を行い、確認ゲートを 1 つ通過しました。SMS と同じく電話番号を持つ人を信頼するゲートのため、電話のゲートだけで通過したリセットは SIM スワップのパターンに当てはまります。',
    },
    nextStep: {
      en: 'If the reset that follows came from an unfamiliar IP, confirm through another channel that the user made it.',
      ja: '後続のリセットが見慣れない IP からであれば、別の連絡手段でユーザー本人が行ったか確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'audit-reason',
    code: 'User started the security questions verification option',
    aliases: ['User started the security questions verification'],
    outcome: 'info',
    label: { en: 'SSPR gate started: security questions', ja: 'SSPR 確認開始: セキュリティの質問' },
    explanation: {
      en: 'The user chose to answer their registered security questions. A later "completed" row shows the answers were accepted.',
      ja: 'ユーザーが登録済みのセキュリティの質問に回答する方法を選びました。回答が受け付けられると、後続の「completed」の行が記録されます。',
    },
    nextStep: {
      en: 'Nothing to do on its own. Repeated starts without completion point to wrong answers and can lead to the 24-hour block.',
      ja: '単独では対応は不要です。完了しない開始の繰り返しは回答の誤りを示し、24 時間のブロックにつながることがあります。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the security questions verification option',
    aliases: ['User completed the security questions verification'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: security questions', ja: 'SSPR 確認完了: セキュリティの質問' },
    explanation: {
      en: 'The user answered enough security questions correctly to pass this gate. Answers can often be guessed or looked up on social media, so this is the weakest gate and is best combined with another method.',
      ja: 'ユーザーがセキュリティの質問に必要な数だけ正しく回答し、このゲートを通過しました。回答は推測されたり SNS で調べられたりしやすいため最も弱いゲートであり、他の方法と組み合わせて使うべきものです。',
    },
    nextStep: {
      en: 'If a reset passed with security questions from an unfamiliar IP, confirm it with the user, and consider removing security questions from the SSPR methods.',
      ja: '見慣れない IP からセキュリティの質問でリセットが通過している場合はユーザーに確認し、SSPR の認証方法からセキュリティの質問を外すことを検討してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User started the email verification option',
    aliases: ['User started the email verification'],
    outcome: 'info',
    label: { en: 'SSPR gate started: email', ja: 'SSPR 確認開始: メール' },
    explanation: {
      en: 'The user chose to verify with a code mailed to their registered alternate (non-work) email address, and the code was sent.',
      ja: 'ユーザーが登録済みの連絡用メール アドレス (職場以外のアドレス) に届くコードによる確認を選び、コードが送信されました。',
    },
    nextStep: {
      en: "Nothing to do on its own. If the mail does not arrive, check the alternate address on file and the user's junk mail folder.",
      ja: '単独では対応は不要です。メールが届かない場合は、登録されている連絡用メール アドレスと迷惑メール フォルダーを確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the email verification option',
    aliases: ['User completed the email verification'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: email', ja: 'SSPR 確認完了: メール' },
    explanation: {
      en: 'The user entered the code mailed to their alternate email address and passed this gate. Anyone who can read that personal mailbox passes it, so a compromised private mailbox is enough to get through.',
      ja: 'ユーザーが連絡用メール アドレスに届いたコードを入力し、このゲートを通過しました。その個人用メールボックスを読める人なら誰でも通過できるため、個人のメールが侵害されていればこのゲートは突破されます。',
    },
    nextStep: {
      en: 'If the reset that follows is unexpected, ask the user whether their personal mailbox is secure and whether the alternate address on file is still theirs.',
      ja: '後続のリセットに心当たりがない場合は、個人用メールボックスが安全か、登録されている連絡用アドレスが今も本人のものかをユーザーに確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User started the mobile app notification verification option',
    aliases: ['User started the mobile app notification verification'],
    outcome: 'info',
    label: { en: 'SSPR gate started: app notification', ja: 'SSPR 確認開始: アプリ通知' },
    explanation: {
      en: 'The user chose to approve a push notification in Microsoft Authenticator, and the notification was sent to their registered device.',
      ja: 'ユーザーが Microsoft Authenticator のプッシュ通知で承認する方法を選び、登録済みのデバイスに通知が送信されました。',
    },
    nextStep: {
      en: 'Nothing to do on its own. A user who receives such a notification without having started a reset should deny it and tell the helpdesk.',
      ja: '単独では対応は不要です。リセットを始めていないのに通知が届いた場合は、ユーザーは拒否してヘルプデスクに連絡する必要があります。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'app-notification'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the mobile app notification verification option',
    aliases: ['User completed the mobile app notification verification'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: app notification', ja: 'SSPR 確認完了: アプリ通知' },
    explanation: {
      en: 'The user approved the Authenticator notification on their registered device and passed this gate. The gate is tied to a device the user set up, so it is stronger than SMS or voice.',
      ja: 'ユーザーが登録済みデバイスの Authenticator 通知を承認し、このゲートを通過しました。ユーザーが設定したデバイスに結び付いたゲートのため、SMS や音声通話より強力です。',
    },
    nextStep: {
      en: 'If the user says they did not start a reset, they may have approved a prompt by mistake: reset the password and review their registered devices.',
      ja: 'ユーザーがリセットを始めていないと言う場合は、誤って通知を承認した可能性があります。パスワードをリセットし、登録済みのデバイスを確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'app-notification'],
  },
  {
    family: 'audit-reason',
    code: 'User started the mobile app code verification',
    aliases: ['User started the mobile app code verification option'],
    outcome: 'info',
    label: { en: 'SSPR gate started: app code', ja: 'SSPR 確認開始: アプリのコード' },
    explanation: {
      en: 'The user chose to type a one-time code shown in their authenticator app.',
      ja: 'ユーザーが認証アプリに表示されるワンタイム コードを入力する方法を選びました。',
    },
    nextStep: {
      en: 'Nothing to do on its own. Repeated starts without completion often mean the phone clock is off or the code of another account entry is being used.',
      ja: '単独では対応は不要です。完了しない開始が繰り返される場合は、スマートフォンの時刻のずれや、別のアカウントのコードを使っていることがよくあります。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User completed the mobile app code verification',
    aliases: ['User completed the mobile app code verification option'],
    outcome: 'info',
    label: { en: 'SSPR gate passed: app code', ja: 'SSPR 確認完了: アプリのコード' },
    explanation: {
      en: 'The user entered a valid one-time code from their authenticator app and passed this gate. The code comes from a secret stored on a device the user set up, so this gate is stronger than SMS or voice.',
      ja: 'ユーザーが認証アプリの有効なワンタイム コードを入力し、このゲートを通過しました。コードはユーザーが設定したデバイスに保存された秘密情報から生成されるため、SMS や音声通話より強力なゲートです。',
    },
    nextStep: {
      en: 'No action unless the user denies starting the reset; in that case treat the device or the app backup as exposed and reset the password.',
      ja: 'ユーザーがリセットを否定しない限り対応は不要です。否定した場合は、デバイスまたはアプリのバックアップが漏えいしたものとして扱い、パスワードをリセットしてください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User completed all verification steps required',
    outcome: 'info',
    label: { en: 'All SSPR verification gates passed', ja: 'SSPR の必要な確認をすべて通過' },
    explanation: {
      en: 'The user passed every gate the policy requires (one or two, depending on the tenant) and may now choose a new password. Which gates were used is in the earlier rows of the same CorrelationId.',
      ja: 'ユーザーがポリシーで必要な確認ゲート (テナントにより 1 つまたは 2 つ) をすべて通過し、新しいパスワードを設定できる状態になりました。使われたゲートは、同じ CorrelationId の前の行でわかります。',
    },
    nextStep: {
      en: 'Check the gates used: if they were only SMS or voice and the IP is unfamiliar, follow up as a possible SIM swap.',
      ja: '使われたゲートを確認し、SMS や音声通話だけで IP にも見覚えがない場合は、SIM スワップの可能性があるものとして追跡してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User submitted a new password',
    outcome: 'info',
    label: { en: 'New password submitted', ja: '新しいパスワードの送信' },
    explanation: {
      en: 'Having passed verification, the user entered a new password. The reset is not finished yet: the password can still be refused (for example as banned) or fail to write back to on-premises AD.',
      ja: '確認を通過したユーザーが新しいパスワードを入力しました。この時点ではリセットはまだ完了しておらず、禁止パスワードとして拒否されたり、オンプレミス AD への書き戻しに失敗したりする可能性があります。',
    },
    nextStep: {
      en: 'Look for "User successfully reset password" next in the same CorrelationId; if it is missing, look for the failure row that explains why.',
      ja: '同じ CorrelationId で次に「User successfully reset password」があるか確認し、ない場合は理由を示す失敗の行を探してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'User successfully reset password',
    outcome: 'success',
    label: { en: 'SSPR finished: password reset', ja: 'SSPR 完了: パスワードをリセット' },
    explanation: {
      en: 'Last step of the flow: the new password was accepted and saved, and the user can sign in with it. The gates passed under this CorrelationId are all that stood between an attacker and the account.',
      ja: 'フローの最終手順で、新しいパスワードが受け付けられて保存され、ユーザーはそのパスワードでサインインできるようになりました。この CorrelationId で通過したゲートだけが、攻撃者からアカウントを守っていたことになります。',
    },
    nextStep: {
      en: 'Confirm unexpected resets with the user, especially when only SMS or voice was used, the IP is unfamiliar, or security info changes soon after.',
      ja: '想定外のリセットはユーザーに確認してください。特に SMS や音声通話だけが使われた場合、IP に見覚えがない場合、直後にセキュリティ情報が変更された場合は注意が必要です。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },
  {
    family: 'audit-reason',
    code: 'Successfully completed reset.',
    outcome: 'success',
    label: { en: 'Password reset completed', ja: 'パスワード リセットの完了' },
    explanation: {
      en: 'Result text of a successful "Reset password (self-service)" row, also seen on admin resets: the new password is in place. It is the summary of the reset; the individual steps are in the flow-progress rows.',
      ja: '成功した「Reset password (self-service)」の行に入る結果の文字列で、管理者によるリセットでも見られます。新しいパスワードが設定されたことを示すリセットの要約で、個々の手順はフロー進行状況の行に記録されます。',
    },
    nextStep: {
      en: 'Check the actor and the IP address. Several different users resetting from one IP within a short time is unusual unless they share an office network.',
      ja: '実行者と IP アドレスを確認してください。短時間に 1 つの IP から複数の異なるユーザーがリセットしている場合、共有のオフィス ネットワークでなければ不自然です。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Self-service password reset flow activity progress: failures
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-reason',
    code: "User's account has insufficient authentication methods defined. Add authentication info to resolve this",
    aliases: [
      "User's account has insufficient authentication methods",
      "User's account has insufficient authentication methods defined",
    ],
    outcome: 'failure',
    label: { en: 'Not enough methods registered for SSPR', ja: 'SSPR に必要な認証方法が不足' },
    explanation: {
      en: 'The user tried to reset but has fewer usable verification methods on file than the SSPR policy requires, so the attempt stopped before any gate. The user is in SSPR scope but has not registered enough.',
      ja: 'ユーザーがリセットを試みましたが、SSPR ポリシーが求める数の確認方法が登録されていないため、確認ゲートに進む前に止まりました。SSPR の対象ではあるものの、登録が不足している状態です。',
    },
    nextStep: {
      en: 'Have the helpdesk reset the password after verifying identity, then ask the user to register the missing methods in My Security Info. If many users hit this, turn on the SSPR setting that requires registration at sign-in.',
      ja: '本人確認のうえヘルプデスクがパスワードをリセットし、その後 My Security Info で不足している方法を登録するようユーザーに依頼してください。多くのユーザーで起きている場合は、サインイン時に登録を求める SSPR の設定を有効にしてください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'registration'],
  },
  {
    family: 'audit-reason',
    code: 'Password reset is not enabled for this user',
    outcome: 'failure',
    label: { en: 'SSPR not enabled for this user', ja: 'このユーザーは SSPR の対象外' },
    explanation: {
      en: 'The user reached the reset portal, but SSPR is switched off for them: either disabled for the whole tenant or limited to a group they are not in. Only an administrator can give them a new password.',
      ja: 'ユーザーはリセット ポータルにアクセスしましたが、このユーザーには SSPR が有効になっていません。テナント全体で無効になっているか、ユーザーが含まれないグループに限定されています。新しいパスワードは管理者に設定してもらうしかありません。',
    },
    nextStep: {
      en: 'If the user should be able to reset, add them to the group selected under Password reset > Properties (or set it to All). Otherwise the helpdesk resets the password after verifying identity.',
      ja: 'このユーザーもリセットできるべきであれば、[パスワード リセット] > [プロパティ] で選択されているグループに追加してください (または [すべて] に設定します)。対象外のままでよければ、本人確認のうえヘルプデスクがリセットしてください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr', 'policy'],
  },
  {
    family: 'audit-reason',
    code: 'User cancelled before passing the required authentication methods',
    outcome: 'failure',
    label: { en: 'SSPR cancelled before verification', ja: '確認の完了前に SSPR を取り消し' },
    explanation: {
      en: 'The reset was abandoned with the Cancel button before all required gates were passed, so the password did not change. Simply closing the browser does not leave this row; the flow just stops.',
      ja: '必要なゲートをすべて通過する前に [キャンセル] でリセットが中止されたため、パスワードは変更されていません。ブラウザーを閉じただけの場合はこの行は記録されず、フローが途中で止まるだけです。',
    },
    nextStep: {
      en: 'Usually harmless. Many cancellations after the verification options were shown, across several accounts or from one IP, can be someone checking which methods accounts have.',
      ja: '通常は問題ありません。確認方法の表示後の取り消しが複数のアカウントや 1 つの IP から多数ある場合は、アカウントの認証方法を調べている可能性があります。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['sspr'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Authentication Methods: security-info registration
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'audit-reason',
    code: 'User registered Authenticator App with Notification',
    outcome: 'success',
    label: { en: 'Authenticator added (notifications)', ja: 'Authenticator の登録 (通知)' },
    explanation: {
      en: 'The user added Microsoft Authenticator to receive approval notifications. That device can now satisfy MFA for this account and, where allowed, SSPR.',
      ja: 'ユーザーが承認通知を受け取る Microsoft Authenticator を登録しました。このデバイスで、このアカウントの MFA と (許可されていれば) SSPR を満たせるようになります。',
    },
    nextStep: {
      en: "Expected on first setup or a new phone. Added right after a risky sign-in or a password reset, or from an unfamiliar IP, it may be an attacker's device: check the device name under the user's Authentication methods.",
      ja: '初回設定や機種変更であれば想定どおりです。リスクのあるサインインやパスワード リセットの直後、または見慣れない IP からの登録は攻撃者のデバイスの可能性があるため、ユーザーの [認証方法] でデバイス名を確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'app-notification'],
  },
  {
    family: 'audit-reason',
    code: 'User registered Authenticator App with Code',
    outcome: 'success',
    label: { en: 'Authenticator added (codes only)', ja: 'Authenticator の登録 (コード)' },
    explanation: {
      en: 'The user added an authenticator app that provides one-time codes but not approval notifications.',
      ja: 'ユーザーが承認通知ではなくワンタイム コードを表示する認証アプリを登録しました。',
    },
    nextStep: {
      en: 'Confirm the registration was expected. Codes can be generated on any device the secret was copied to, so follow up on an unexpected code-only registration with the user.',
      ja: '想定された登録か確認してください。コードは秘密情報をコピーした任意のデバイスで生成できるため、想定外のコードのみの登録はユーザーに確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User registered Authenticator App with Notification and Code',
    outcome: 'success',
    label: { en: 'Authenticator added (notifications and codes)', ja: 'Authenticator の登録 (通知とコード)' },
    explanation: {
      en: 'The user added Microsoft Authenticator for both approval notifications and one-time codes, the usual full setup.',
      ja: 'ユーザーが承認通知とワンタイム コードの両方に使う Microsoft Authenticator を登録しました。通常の完全な設定です。',
    },
    nextStep: {
      en: 'Expected on first setup or a new phone. If it follows a risky sign-in or a password reset, confirm the device belongs to the user.',
      ja: '初回設定や機種変更であれば想定どおりです。リスクのあるサインインやパスワード リセットの直後であれば、デバイスがユーザー本人のものか確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'app-notification'],
  },
  {
    family: 'audit-reason',
    code: 'User registered Mobile Phone SMS',
    outcome: 'success',
    label: { en: 'Mobile phone added for text messages', ja: '携帯電話 (SMS) の登録' },
    explanation: {
      en: 'The user registered a mobile number to receive verification codes by text message. The number can then be used for MFA and SSPR, so whoever controls it can pass those checks.',
      ja: 'ユーザーが SMS で確認コードを受け取る携帯電話番号を登録しました。この番号は MFA と SSPR に使えるため、番号を管理する人がそれらの確認を通過できます。',
    },
    nextStep: {
      en: "Check the number under the user's Authentication methods (or in the Update user row nearby). An unknown or foreign number added right after a suspicious sign-in is a common way attackers keep access.",
      ja: 'ユーザーの [認証方法] (または近くの Update user の行) で番号を確認してください。不審なサインインの直後に見覚えのない番号や海外の番号が追加されるのは、攻撃者がアクセスを維持するよくある手口です。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration', 'phone'],
  },
  {
    family: 'audit-reason',
    code: 'User started the registration for Authenticator App with Notification',
    outcome: 'info',
    label: { en: 'Authenticator setup started (notifications)', ja: 'Authenticator の登録開始 (通知)' },
    explanation: {
      en: 'The user began adding Microsoft Authenticator for approval notifications. When setup finishes, a "User registered Authenticator App with Notification" row follows.',
      ja: 'ユーザーが承認通知用の Microsoft Authenticator の登録を始めました。設定が完了すると「User registered Authenticator App with Notification」の行が続きます。',
    },
    nextStep: {
      en: 'If no completion follows, the user probably could not scan the QR code or approve the test notification; help them retry in My Security Info.',
      ja: '完了の行が続かない場合は、QR コードの読み取りやテスト通知の承認ができなかった可能性があるため、My Security Info で再試行できるよう支援してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User started the registration for Authenticator App with Code',
    outcome: 'info',
    label: { en: 'Authenticator setup started (codes)', ja: 'Authenticator の登録開始 (コード)' },
    explanation: {
      en: 'The user began adding an authenticator app for one-time codes. When setup finishes, a "User registered Authenticator App with Code" row follows; a failure row appears if it does not.',
      ja: 'ユーザーがワンタイム コード用の認証アプリの登録を始めました。設定が完了すると「User registered Authenticator App with Code」の行が続き、失敗した場合は失敗の行が記録されます。',
    },
    nextStep: {
      en: 'If no completion follows, ask the user to check that the phone sets its time automatically and to try again in My Security Info.',
      ja: '完了の行が続かない場合は、スマートフォンの時刻が自動設定になっているか確認し、My Security Info で再試行するようユーザーに依頼してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User started the registration for Authenticator App with Notification and Code',
    outcome: 'info',
    label: { en: 'Authenticator setup started (notifications and codes)', ja: 'Authenticator の登録開始 (通知とコード)' },
    explanation: {
      en: 'The user began adding Microsoft Authenticator for both notifications and codes. When setup finishes, a "User registered Authenticator App with Notification and Code" row follows.',
      ja: 'ユーザーが通知とコードの両方に使う Microsoft Authenticator の登録を始めました。設定が完了すると「User registered Authenticator App with Notification and Code」の行が続きます。',
    },
    nextStep: {
      en: 'If no completion follows, help the user finish the setup in My Security Info.',
      ja: '完了の行が続かない場合は、My Security Info で設定を完了できるようユーザーを支援してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User failed to register Authenticator App with Code',
    outcome: 'failure',
    label: { en: 'Authenticator code setup failed', ja: 'Authenticator (コード) の登録失敗' },
    explanation: {
      en: 'The user tried to add an authenticator app for one-time codes, but setup did not complete and nothing was registered. A mistyped test code or a phone clock that is off are likely causes.',
      ja: 'ユーザーがワンタイム コード用の認証アプリを登録しようとしましたが、設定が完了せず、何も登録されていません。テスト コードの入力ミスやスマートフォンの時刻のずれが考えられます。',
    },
    nextStep: {
      en: 'Have the user delete the half-created entry in the app, check the automatic time setting of the phone, and add the account again in My Security Info.',
      ja: 'アプリ内の作りかけのエントリを削除し、スマートフォンの時刻の自動設定を確認してから、My Security Info でもう一度アカウントを追加するようユーザーに案内してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User registered all required security info.',
    outcome: 'success',
    label: { en: 'Registration requirements met', ja: '必要な登録の完了' },
    explanation: {
      en: 'Result text of a successful "User registered all required security info" row: the user now has every method the registration policy asks for.',
      ja: '成功した「User registered all required security info」の行に入る結果の文字列で、ユーザーが登録ポリシーで求められる方法をすべてそろえたことを示します。',
    },
    nextStep: {
      en: 'No action for expected onboarding. For an existing user, confirm the new methods are theirs if this follows a suspicious sign-in.',
      ja: '想定された利用開始であれば対応は不要です。既存ユーザーで不審なサインインの直後であれば、新しい方法が本人のものか確認してください。',
    },
    source: 'reference:sspr-audit-values',
    tags: ['registration'],
  },
  {
    family: 'audit-reason',
    code: 'User canceled security info registration.',
    outcome: 'failure',
    label: { en: 'Security-info registration cancelled', ja: 'セキュリティ情報の登録の取り消し' },
    explanation: {
      en: 'The user closed the registration prompt shown at sign-in without finishing, so the required methods are still missing. They are normally asked again at a later sign-in.',
      ja: 'ユーザーがサインイン時に表示された登録画面を完了せずに閉じたため、必要な認証方法はまだ不足しています。通常は以降のサインインで再度求められます。',
    },
    nextStep: {
      en: 'Contact the user if this keeps happening: without methods they cannot use SSPR, and the account is exposed while MFA is not yet enforced.',
      ja: '取り消しが続く場合はユーザーに連絡してください。認証方法がないと SSPR を使えず、MFA がまだ強制されていない間はアカウントが危険な状態です。',
    },
    source: 'microsoft-docs',
    tags: ['registration'],
  },
];
