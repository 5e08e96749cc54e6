/**
 * How the MFA requirement of a sign-in was satisfied, or why it was denied. These strings appear in
 * `status.additionalDetails` (Graph JSON / Log Analytics `Status`), in `authenticationDetails[].authenticationStepResultDetail`,
 * in the AuthDetails CSV `Result detail` column and in the portal CSV `Multifactor authentication result` column.
 *
 * `code` is the full string as exporters write it (denied reasons carry the `MFA denied; ` prefix); `aliases` hold the
 * bare phrase of the Microsoft list (seed 000), its Japanese translation from the localized article, and real wording
 * variants. Case, apostrophes and `didn't`/`did not` are handled by the lookup.
 */
import type { CatalogRecord } from './types';

export const MFA_DETAILS: readonly CatalogRecord[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // First-factor and flow steps seen in real AuthDetails / additionalDetails data
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'mfa-detail',
    code: 'Correct password',
    outcome: 'success',
    label: { en: 'Password accepted', ja: 'パスワードの検証に成功' },
    explanation: {
      en: 'The password step of this sign-in passed. It proves whoever signed in knew the current password; if the user did not start this sign-in, treat the password as compromised even when the MFA step that follows was denied.',
      ja: 'このサインインのパスワードの段階は成功しています。サインインした人物が現在のパスワードを知っていたことを意味するため、ユーザー本人に心当たりがない場合は、続く MFA の段階が拒否されていてもパスワードは漏えいしていると判断してください。',
    },
    nextStep: {
      en: 'Read the next authentication step of the same Request ID to see whether MFA followed. If the user did not sign in at that time, reset the password and revoke their sessions.',
      ja: '同じ要求 ID の次の認証ステップを確認し、MFA が続いたかどうかを見てください。ユーザーがその時刻にサインインしていない場合は、パスワードをリセットしてセッションを取り消してください。',
    },
    source: 'reference:mfa-auth-detail-values',
  },
  {
    family: 'mfa-detail',
    code: 'Invalid username or password or Invalid on-premise username or password.',
    aliases: ['Invalid username or password', 'Invalid on-premise username or password'],
    outcome: 'failure',
    label: { en: 'Password step failed', ja: 'パスワードの段階で失敗' },
    explanation: {
      en: 'The first step of this sign-in failed: the user name or password was rejected, by Entra ID or by the on-premises directory (pass-through authentication or federation). It is the step-level view of sign-in code 50126; no second factor was asked for.',
      ja: 'このサインインの最初の段階が失敗しました。ユーザー名またはパスワードが、Entra ID またはオンプレミスのディレクトリ (パススルー認証やフェデレーション) によって拒否されています。サインイン エラー コード 50126 を認証ステップ単位で見たもので、2 つ目の要素は要求されていません。',
    },
    nextStep: {
      en: 'Treat it like 50126: a single row is usually a typo, while many rows for different users from one IP address point to a password spray. Look up the same Request ID in the sign-in export for the IP address and application.',
      ja: '50126 と同じように扱ってください。1 行だけなら入力ミスのことがほとんどですが、同じ IP アドレスから多数のユーザーで発生している場合はパスワード スプレーが疑われます。サインインのエクスポートで同じ要求 ID を探し、IP アドレスとアプリケーションを確認してください。',
    },
    source: 'reference:signin-log-exports',
    tags: ['credential'],
  },
  {
    family: 'mfa-detail',
    code: 'Authentication in progress',
    outcome: 'pending',
    label: { en: 'Password done, MFA still running', ja: 'パスワード完了、MFA は処理中' },
    explanation: {
      en: 'The first factor was accepted and the second factor had not finished when this row was written. The outcome of the MFA step is recorded in a later row, not in this one.',
      ja: '1 つ目の要素は受け付けられましたが、この行が記録された時点では 2 つ目の要素がまだ終わっていませんでした。MFA の結果はこの行ではなく、後続の行に記録されます。',
    },
    nextStep: {
      en: 'Find the following rows with the same Correlation ID to see whether the user completed, denied or ignored the MFA prompt.',
      ja: '同じ相関 ID を持つ後続の行を探し、ユーザーが MFA を完了したのか、拒否したのか、応答しなかったのかを確認してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'First factor requirement satisfied by claim in the token',
    outcome: 'success',
    label: { en: 'First factor reused from an existing session', ja: '既存セッションで 1 要素目を充足' },
    explanation: {
      en: 'No password was typed in this request: a token from an earlier sign-in already proved the first factor. This is ordinary single sign-on and fills most non-interactive logs.',
      ja: 'この要求ではパスワードは入力されておらず、以前のサインインで得たトークンによって 1 つ目の要素が証明されています。通常のシングル サインオンの動作で、非対話型のサインイン ログの大半はこの値です。',
    },
    nextStep: {
      en: 'No action is needed on its own. If the IP address, country or device differs from where the session was created, check for a stolen token and revoke the user’s sessions.',
      ja: '単独では対応は不要です。IP アドレス、国、デバイスが元のセッションと異なる場合は、トークンの窃取を疑い、ユーザーのセッションを取り消してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['benign'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA required',
    outcome: 'interrupt',
    label: { en: 'Sign-in needs MFA', ja: 'サインインに MFA が必要' },
    explanation: {
      en: 'A policy put an MFA requirement on this sign-in, and the row is an intermediate step of it (a public sample shows it on rows interrupted by the 50140 "stay signed in?" prompt). It is not a failure and does not say whether MFA was finally done.',
      ja: 'ポリシーによりこのサインインに MFA が求められており、この行はその途中の段階です (公開されているサンプルでは、「サインインの状態を維持しますか?」の 50140 で中断された行に現れています)。失敗ではなく、最終的に MFA が完了したかどうかはこの行からは分かりません。',
    },
    nextStep: {
      en: 'Look at the next rows for the same user and Correlation ID to learn whether MFA was completed.',
      ja: '同じユーザー、同じ相関 ID の後続の行を確認し、MFA が完了したかどうかを確認してください。',
    },
    source: 'reference:signin-log-exports',
    tags: ['mfa'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // How MFA was satisfied (seed 000, first list)
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'mfa-detail',
    code: 'MFA completed in Azure AD',
    aliases: ['completed in the cloud', 'クラウドで完了しました'],
    outcome: 'success',
    label: { en: 'MFA completed by Entra cloud MFA', ja: 'Entra ID のクラウド MFA で完了' },
    explanation: {
      en: 'The user answered a fresh second-factor challenge handled by the Microsoft Entra cloud MFA service, not by an on-premises MFA Server or a federated provider. It shows the person had both the password and the registered method at that moment.',
      ja: 'オンプレミスの MFA Server やフェデレーション先ではなく、Microsoft Entra のクラウド MFA サービスによる 2 つ目の要素の確認にユーザーが応答しました。その時点でパスワードと登録済みの認証方法の両方を持っていたことを示します。',
    },
    nextStep: {
      en: 'Nothing to fix. If the user denies making this sign-in, check the method used and any run of denied prompts just before it: an approval after many prompts is how a successful MFA fatigue attack looks.',
      ja: '対処は不要です。ユーザーに心当たりがない場合は、使用された認証方法と直前の拒否の連続を確認してください。多数のプロンプトの後に承認されている場合は、MFA 疲労攻撃が成功した典型的な形です。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement has expired due to the policies configured on tenant',
    aliases: ['has expired due to the policies configured on tenant', 'テナントに構成されているポリシーのため期限が切れました'],
    outcome: 'interrupt',
    label: { en: 'Earlier MFA expired by tenant policy', ja: 'テナントのポリシーにより以前の MFA が期限切れ' },
    explanation: {
      en: 'The user had done MFA before, but a tenant setting such as a Conditional Access sign-in frequency no longer lets that proof count, so MFA has to be performed again. The sign-in continues once the user answers the new prompt.',
      ja: 'ユーザーは以前に MFA を済ませていましたが、条件付きアクセスのサインインの頻度などテナントの設定によりその証明が有効でなくなったため、MFA をやり直す必要があります。新しいプロンプトに応答すればサインインは続行されます。',
    },
    nextStep: {
      en: 'Check the next row for the result of the new prompt. If users complain about frequent prompts, review the sign-in frequency and persistent browser session controls in Conditional Access.',
      ja: '次の行で新しいプロンプトの結果を確認してください。MFA を頻繁に求められるという問い合わせがある場合は、条件付きアクセスのサインインの頻度と永続的なブラウザー セッションの設定を見直してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'session'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement registration prompted',
    aliases: ['registration prompted', '登録がプロンプトされました'],
    outcome: 'interrupt',
    label: { en: 'User sent to register security info', ja: 'セキュリティ情報の登録を要求' },
    explanation: {
      en: 'Instead of being challenged, the user was asked to register an authentication method (for example because nothing usable was registered yet or a registration campaign applies). Registration from an unfamiliar location is a classic way for an attacker holding the password to add their own phone.',
      ja: 'MFA の確認の代わりに、認証方法を登録するよう求められました (使える方法がまだ登録されていない場合や、登録キャンペーンの対象である場合など)。見慣れない場所からの登録は、パスワードを入手した攻撃者が自分の電話を追加する典型的な手口です。',
    },
    nextStep: {
      en: 'Check the audit log for "User registered security info" for this user around the same time and confirm the IP address and the new method belong to the user.',
      ja: '同じ時刻付近の監査ログでこのユーザーの「User registered security info」を探し、IP アドレスと追加された認証方法が本人のものか確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement satisfied by claim in the token',
    aliases: ['satisfied by claim in the token', 'トークンの要求によって満たされました'],
    outcome: 'success',
    label: { en: 'MFA reused from an existing token', ja: '既存トークンの MFA 情報で充足' },
    explanation: {
      en: 'The user was not prompted: the token presented already records that MFA was done in an earlier sign-in. This is normal single sign-on, but the same value from a new IP address, country or device can mean a stolen session token is being replayed.',
      ja: 'ユーザーにはプロンプトが表示されていません。提示されたトークンに、以前のサインインで MFA を済ませたことが記録されているためです。通常のシングル サインオンですが、新しい IP アドレス、国、デバイスからこの値が出ている場合は、盗まれたセッション トークンが再利用されている可能性があります。',
    },
    nextStep: {
      en: 'Compare the IP address and device with the sign-in where MFA was last performed. If they do not match and the user cannot explain it, revoke the user’s sessions and reset the password.',
      ja: '最後に MFA を実施したサインインと IP アドレスやデバイスを比較してください。一致せずユーザーも説明できない場合は、セッションを取り消してパスワードをリセットしてください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement satisfied by claim provided by external provider',
    aliases: ['satisfied by claim provided by external provider', '外部プロバイダーから送信された要求によって満たされました'],
    outcome: 'success',
    label: { en: 'MFA done by an external provider', ja: '外部プロバイダーが MFA を実施' },
    explanation: {
      en: 'A federated identity provider (for example AD FS) or an external MFA solution performed the second factor and told Entra ID so. Entra ID trusted that statement without checking a method itself.',
      ja: 'AD FS などのフェデレーション ID プロバイダーや外部の MFA ソリューションが 2 つ目の要素を実施し、その結果を Entra ID に伝えました。Entra ID は自ら認証方法を確認せず、その申告を信頼しています。',
    },
    nextStep: {
      en: 'For details of the challenge, check the logs of that provider. Confirm the federation setting that accepts external MFA is intended for this domain.',
      ja: '確認の詳細はその外部プロバイダー側のログで調べてください。外部の MFA を受け入れるフェデレーション設定が、このドメインで意図したものか確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement satisfied by strong authentication',
    aliases: ['satisfied by strong authentication', '強力な認証によって満たされました'],
    outcome: 'success',
    label: { en: 'Sign-in method already counted as MFA', ja: 'サインイン方法自体が MFA として有効' },
    explanation: {
      en: 'The way the user signed in already counts as multifactor (for example a passkey, Windows Hello for Business or Authenticator phone sign-in), so no separate second prompt was needed.',
      ja: 'パスキー、Windows Hello for Business、Microsoft Authenticator の電話によるサインインなど、ユーザーのサインイン方法自体が多要素として扱われるため、別途 2 つ目のプロンプトは不要でした。',
    },
    nextStep: {
      en: 'No action needed. The Authentication method column shows which strong method was used.',
      ja: '対処は不要です。どの強力な方法が使われたかは認証方法の列で確認できます。',
    },
    source: 'seed:000',
    tags: ['mfa', 'benign'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement skipped as flow exercised was Windows broker logon flow',
    aliases: [
      'skipped as flow exercised was Windows broker logon flow',
      '実行されたフローが Windows ブローカー ログオン フローのためスキップされました',
    ],
    outcome: 'success',
    label: { en: 'MFA not asked during Windows logon', ja: 'Windows ログオン中のため MFA を省略' },
    explanation: {
      en: 'The request came from the Windows sign-in broker while the user was logging on to the device, and MFA is not asked at that step. No second factor was performed here; that is expected for Windows logon on a known device.',
      ja: 'ユーザーがデバイスにログオンする際の Windows のサインイン ブローカーからの要求で、この段階では MFA は求められません。ここでは 2 つ目の要素は実施されていませんが、既知のデバイスでの Windows ログオンであれば想定どおりの動作です。',
    },
    nextStep: {
      en: 'Check that the Device ID belongs to a known, joined device of this user. An unknown device here deserves a look in the Devices blade.',
      ja: 'デバイス ID がこのユーザーの既知の参加済みデバイスか確認してください。見覚えのないデバイスの場合は [デバイス] ブレードで詳細を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'device'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement skipped due to app password',
    aliases: ['skipped due to app password', 'アプリ パスワードによりスキップされました'],
    outcome: 'success',
    label: { en: 'MFA bypassed with an app password', ja: 'アプリ パスワードにより MFA を省略' },
    explanation: {
      en: 'An older client that cannot show MFA prompts signed in with an app password, so no second factor was performed. App passwords are a standing MFA bypass: anyone who has one gets in with no prompt.',
      ja: 'MFA のプロンプトを表示できない古いクライアントがアプリ パスワードでサインインしたため、2 つ目の要素は実施されていません。アプリ パスワードは常設の MFA 回避手段であり、入手した人は誰でもプロンプトなしでサインインできます。',
    },
    nextStep: {
      en: 'Find which client and IP use the app password and move it to modern authentication. Then turn off app passwords in the per-user MFA service settings and delete the user’s existing ones.',
      ja: 'どのクライアントと IP アドレスがアプリ パスワードを使っているか特定し、先進認証に移行してください。その後、ユーザーごとの MFA のサービス設定でアプリ パスワードを無効にし、既存のアプリ パスワードを削除してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'client'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement skipped due to location',
    aliases: [
      'skipped due to location',
      '場所によりスキップされました',
      'MFA requirement skipped due to IP address',
      'MFA requirement skipped due to ADFS-issued InsideCorpNet claim; tenant was configured to skip MFA if this claim is present',
    ],
    outcome: 'success',
    label: { en: 'MFA skipped for a trusted location', ja: '信頼できる場所のため MFA を省略' },
    explanation: {
      en: 'The request came from a network the tenant trusts (trusted IPs in the per-user MFA settings, or the AD FS "inside corporate network" claim), so no second factor was performed. That is expected only from your own office or VPN ranges.',
      ja: 'テナントが信頼するネットワーク (ユーザーごとの MFA 設定の信頼できる IP、または AD FS の社内ネットワーク クレーム) からの要求だったため、2 つ目の要素は実施されていません。自社のオフィスや VPN の範囲からであれば想定どおりです。',
    },
    nextStep: {
      en: 'Confirm the IP address is really one of your ranges. If the trusted list is wide or out of date, narrow it; anyone inside that range with a stolen password also skips MFA.',
      ja: 'IP アドレスが本当に自社の範囲か確認してください。信頼済みの範囲が広すぎたり古かったりする場合は絞り込んでください。その範囲内であれば、盗んだパスワードを持つ第三者も MFA を回避できます。',
    },
    source: 'seed:000',
    tags: ['mfa', 'policy'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement skipped due to registered device',
    aliases: ['skipped due to registered device', '登録済みデバイスによりスキップされました'],
    outcome: 'success',
    label: { en: 'MFA skipped for a registered device', ja: '登録済みデバイスのため MFA を省略' },
    explanation: {
      en: 'The sign-in came from a device registered with the tenant, and the tenant settings let that device stand in for the second factor, so no MFA prompt was performed. It is expected if that device is managed and belongs to the user.',
      ja: 'テナントに登録済みのデバイスからのサインインで、テナントの設定によりそのデバイスが 2 つ目の要素の代わりとして扱われたため、MFA のプロンプトは実施されていません。管理下にある本人のデバイスであれば想定どおりです。',
    },
    nextStep: {
      en: 'Check the Device ID in the Devices blade: it should be a known device of this user. An unexpected device registration is worth reviewing in the audit log.',
      ja: '[デバイス] ブレードでデバイス ID を確認し、このユーザーの既知のデバイスであることを確かめてください。予期しないデバイス登録があれば監査ログで経緯を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'device'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA requirement skipped due to remembered device',
    aliases: ['skipped due to remembered device', '記憶済みデバイスによりスキップされました'],
    outcome: 'success',
    label: { en: 'MFA skipped for a remembered browser', ja: '記憶済みデバイスのため MFA を省略' },
    explanation: {
      en: 'The user had ticked the option to remember MFA on this device, and the remember period had not run out, so no second factor was performed. The memory lives in a browser cookie, so it travels with a copied browser profile.',
      ja: 'ユーザーがこのデバイスで MFA を記憶するオプションを選んでおり、その期間内だったため、2 つ目の要素は実施されていません。記憶はブラウザーの Cookie に保存されるため、ブラウザーのプロファイルが複製されるとそのまま持ち出されます。',
    },
    nextStep: {
      en: 'Normally no action. If the device or IP is unfamiliar, revoke the user’s MFA sessions; consider relying on Conditional Access sign-in frequency instead of the remember setting.',
      ja: '通常は対応不要です。デバイスや IP アドレスに見覚えがない場合は、ユーザーの MFA セッションを取り消してください。記憶の設定より条件付きアクセスのサインインの頻度を使うことも検討してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'device'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA successfully completed',
    aliases: ['successfully completed', '正常に完了しました'],
    outcome: 'success',
    label: { en: 'MFA completed', ja: 'MFA が完了' },
    explanation: {
      en: 'The user passed a second-factor challenge during this sign-in. Detections for MFA fatigue look for this value right after a burst of declined or unanswered prompts, because that means an attacker finally got an approval.',
      ja: 'このサインインでユーザーは 2 つ目の要素の確認に成功しました。MFA 疲労攻撃の検出では、拒否や無応答が集中した直後にこの値が現れるかを見ます。攻撃者が最終的に承認を得たことを意味するためです。',
    },
    nextStep: {
      en: 'No action for a single row. If it follows many denied prompts for the same user within minutes, confirm with the user and, if they did not approve knowingly, reset the password and revoke sessions.',
      ja: '単独の行であれば対応は不要です。同じユーザーで数分以内に多数の拒否の後に出ている場合は本人に確認し、意図せず承認していた場合はパスワードをリセットしてセッションを取り消してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Why MFA was denied (seed 000, second list), prefixed "MFA denied; " in data
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'mfa-detail',
    code: 'MFA denied; authentication in-progress',
    aliases: ['authentication in-progress', '認証が進行中'],
    outcome: 'failure',
    label: { en: 'Another MFA attempt was already running', ja: '別の MFA 認証がすでに進行中' },
    explanation: {
      en: 'A second-factor check for this user was already under way, so this extra request was refused. It is typically caused by a client resending the same sign-in (for example a RADIUS client via the NPS extension) or by quick retries, and is not an attack sign on its own.',
      ja: 'このユーザーの 2 つ目の要素の確認がすでに処理中だったため、追加の要求は拒否されました。同じサインインを再送するクライアント (NPS 拡張機能を経由する RADIUS クライアントなど) や素早い再試行が主な原因で、これだけでは攻撃の兆候ではありません。',
    },
    nextStep: {
      en: 'Look for the parallel request of the same user to see how it ended. If rows come from the NPS extension (resource "radius"), raise the RADIUS client timeout so it stops resending.',
      ja: '同じユーザーの並行した要求がどう終わったか確認してください。NPS 拡張機能 (リソースが radius) からの行であれば、再送が起きないよう RADIUS クライアントのタイムアウトを延ばしてください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; duplicate authentication attempt',
    aliases: ['duplicate authentication attempt', '重複する認証試行'],
    outcome: 'failure',
    label: { en: 'Duplicate MFA request', ja: '重複した MFA 要求' },
    explanation: {
      en: 'The same MFA request was submitted twice and the copy was rejected. Usually a double click or a client retry; the original request has its own result.',
      ja: '同じ MFA 要求が 2 回送信され、重複分が拒否されました。ダブルクリックやクライアントの再試行が主な原因で、元の要求には別に結果が記録されています。',
    },
    nextStep: {
      en: 'Check the neighbouring rows of the same Correlation ID for the real outcome. If it repeats constantly from one RADIUS or AD FS server, review that server’s retry settings.',
      ja: '同じ相関 ID の前後の行で実際の結果を確認してください。特定の RADIUS サーバーや AD FS サーバーから頻発する場合は、そのサーバーの再試行の設定を見直してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; entered incorrect code too many times',
    aliases: ['entered incorrect code too many times', '不適切なコードが何度も入力されました'],
    outcome: 'failure',
    label: { en: 'Too many wrong verification codes', ja: '確認コードの誤入力が多すぎる' },
    explanation: {
      en: 'Wrong one-time codes were entered repeatedly and the attempt was refused. A confused user or a token whose clock drifted is the usual cause; if the user was not signing in, someone with the password may be guessing codes.',
      ja: '誤ったワンタイム コードが繰り返し入力されたため、試行が拒否されました。多くはユーザーの混乱やトークンの時刻のずれが原因ですが、ユーザーがサインインしていなかった場合は、パスワードを持つ第三者がコードを推測している可能性があります。',
    },
    nextStep: {
      en: 'Ask the user which code they used. If it was not them, reset the password and revoke sessions; for a hardware token, check or resync its clock.',
      ja: 'どのコードを使ったかユーザーに確認してください。本人でなければパスワードをリセットしてセッションを取り消してください。ハードウェア トークンの場合は時刻のずれを確認し、再同期してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; invalid authentication',
    aliases: ['invalid authentication', '無効な認証'],
    outcome: 'failure',
    label: { en: 'MFA response not valid', ja: 'MFA の応答が無効' },
    explanation: {
      en: 'The reply to the second-factor challenge could not be accepted, without a more specific reason. It usually means the response was malformed, late or from a method that no longer matches the registration.',
      ja: '2 つ目の要素の確認に対する応答を受け付けられませんでしたが、具体的な理由は示されていません。応答の形式が不正、遅すぎた、または登録内容と一致しなくなった方法からの応答であることが多いです。',
    },
    nextStep: {
      en: 'Check the Authentication method column to see which method failed and have the user retry. If it keeps failing, have the user re-register that method in My Sign-Ins.',
      ja: '認証方法の列でどの方法が失敗したか確認し、ユーザーに再試行してもらってください。繰り返し失敗する場合は、マイ サインインでその方法を登録し直してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; invalid mobile app verification code',
    aliases: ['invalid mobile app verification code', '無効なモバイル アプリ確認コード'],
    outcome: 'failure',
    label: { en: 'Wrong Authenticator app code', ja: 'モバイル アプリの確認コードが無効' },
    explanation: {
      en: 'The code typed from the authenticator app was wrong or had already expired. A phone clock that is not set automatically makes every code invalid.',
      ja: '認証アプリから入力されたコードが誤っているか、すでに有効期限切れでした。スマートフォンの時刻が自動設定になっていないと、すべてのコードが無効になります。',
    },
    nextStep: {
      en: 'Have the user set the phone time to automatic and type the current code. Repeated failures with no user activity point to someone guessing codes.',
      ja: 'スマートフォンの時刻を自動設定にし、表示中のコードを入力するようユーザーに案内してください。ユーザーの操作がないのに失敗が続く場合は、第三者によるコードの推測を疑ってください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; misconfiguration',
    aliases: ['misconfiguration', '構成の誤り'],
    outcome: 'failure',
    label: { en: 'MFA setup problem', ja: 'MFA の構成の問題' },
    explanation: {
      en: 'A configuration problem stopped the MFA service from challenging the user; the user did nothing wrong. Components such as the NPS extension or the AD FS adapter, or a broken method registration, are typical sources.',
      ja: '構成の問題により MFA サービスがユーザーに確認を行えませんでした。ユーザー側の操作ミスではありません。NPS 拡張機能や AD FS アダプターなどのコンポーネント、または壊れた認証方法の登録がよくある原因です。',
    },
    nextStep: {
      en: 'If the row came through the NPS extension or AD FS (resource "radius" or "adfs"), check that server’s event log and certificate. Otherwise review the user’s registered methods and the authentication methods policy.',
      ja: 'NPS 拡張機能や AD FS を経由した行 (リソースが radius または adfs) であれば、そのサーバーのイベント ログと証明書を確認してください。それ以外の場合は、ユーザーの登録済みの認証方法と認証方法ポリシーを確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'infra'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; phone call went to voicemail',
    aliases: ['phone call went to voicemail', 'ボイスメールに対する電話の呼び出し'],
    outcome: 'failure',
    label: { en: 'MFA call went to voicemail', ja: 'MFA の電話が留守番電話につながった' },
    explanation: {
      en: 'The verification call was picked up by voicemail, so nobody confirmed the sign-in. The user was away from the phone or the call was diverted.',
      ja: '確認の電話が留守番電話につながったため、誰もサインインを承認しませんでした。ユーザーが電話に出られなかったか、通話が転送されていました。',
    },
    nextStep: {
      en: 'Ask the user to keep the phone at hand or switch to the Microsoft Authenticator app. If the user was not signing in, someone else has the password.',
      ja: '電話をすぐ出られる状態にするか、Microsoft Authenticator アプリに切り替えるようユーザーに案内してください。ユーザーがサインインしていなかった場合は、第三者がパスワードを持っています。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response', 'phone'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; phone number has an invalid format',
    aliases: ['phone number has an invalid format', '電話番号の形式が正しくありません'],
    outcome: 'failure',
    label: { en: 'Registered phone number is malformed', ja: '登録された電話番号の形式が不正' },
    explanation: {
      en: 'The phone number on file for this user could not be dialled or texted because it is not in a valid format, so no code or call was sent.',
      ja: 'このユーザーに登録されている電話番号の形式が正しくないため、電話も SMS も送信できませんでした。',
    },
    nextStep: {
      en: 'Correct the number, including the country code, in the user’s Authentication methods blade, or have the user fix it in My Sign-Ins.',
      ja: 'ユーザーの [認証方法] ブレードで国番号を含めて番号を修正するか、ユーザー自身にマイ サインインで修正してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone', 'registration'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; service error',
    aliases: ['service error', 'サービス エラー'],
    outcome: 'failure',
    label: { en: 'MFA service error', ja: 'MFA サービスのエラー' },
    explanation: {
      en: 'The MFA service hit an internal problem and could not finish the check. It is usually transient and unrelated to the user.',
      ja: 'MFA サービスで内部的な問題が起き、確認を完了できませんでした。通常は一時的なもので、ユーザーとは無関係です。',
    },
    nextStep: {
      en: 'Have the user retry. If many users show this at the same time, check Service health in the Microsoft 365 admin center or Azure.',
      ja: 'ユーザーに再試行してもらってください。同時に多数のユーザーで発生している場合は、Microsoft 365 管理センターまたは Azure のサービス正常性を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'infra'],
  },
  {
    family: 'mfa-detail',
    code: "MFA denied; unable to reach the user's phone",
    aliases: ['unable to reach the user’s phone', 'ユーザーの電話にアクセスできません'],
    outcome: 'failure',
    label: { en: 'User’s phone could not be reached', ja: 'ユーザーの電話に接続できない' },
    explanation: {
      en: 'The call or text could not get through to the registered number: no signal, roaming, a busy line, a number out of service or a carrier filter.',
      ja: '登録された番号に電話または SMS が届きませんでした。圏外、ローミング、話し中、使われていない番号、通信事業者のフィルターなどが原因です。',
    },
    nextStep: {
      en: 'Confirm the registered number with the user and let them use another method, such as the Authenticator app. Persistent failures for one carrier or country may be a delivery problem on the telephony side.',
      ja: '登録されている番号をユーザーに確認し、Authenticator アプリなど別の方法を使ってもらってください。特定の通信事業者や国で失敗が続く場合は、電話側の配信の問題が考えられます。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; unable to send the mobile app notification to the device',
    aliases: ['unable to send the mobile app notification to the device', 'モバイル アプリ通知をデバイスに送信できません'],
    outcome: 'failure',
    label: { en: 'Push could not reach the registered phone', ja: '登録済みデバイスにプッシュ通知を送れない' },
    explanation: {
      en: 'The notification could not be delivered to the specific phone registered for the app. The app may have been removed, the phone reset or replaced, or notifications turned off.',
      ja: 'アプリに登録された特定のスマートフォンに通知を届けられませんでした。アプリの削除、端末の初期化や機種変更、通知の無効化などが考えられます。',
    },
    nextStep: {
      en: 'Have the user open Microsoft Authenticator to check for pending requests, or remove and re-add the account in My Sign-Ins if the phone was replaced.',
      ja: 'Microsoft Authenticator を開いて保留中の要求がないか確認するようユーザーに案内してください。機種変更した場合は、マイ サインインでアカウントを削除して登録し直してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; unable to send the mobile app notification',
    aliases: ['unable to send the mobile app notification', 'モバイル アプリ通知を送信できません'],
    outcome: 'failure',
    label: { en: 'Push notification could not be sent', ja: 'プッシュ通知を送信できない' },
    explanation: {
      en: 'The MFA service could not send the push notification at all, so the user never saw a prompt. Causes range from app registration problems to a temporary issue with the notification service.',
      ja: 'MFA サービスがプッシュ通知を送信できず、ユーザーにはプロンプトが表示されませんでした。アプリの登録の問題から通知サービスの一時的な障害まで原因はさまざまです。',
    },
    nextStep: {
      en: 'Let the user pick another method for now (for example a code from the app). If many users are affected at once, check service health; for one user, re-register the app.',
      ja: '当面はアプリのコードなど別の方法を選んでもらってください。多数のユーザーで同時に起きている場合はサービス正常性を確認し、1 人だけであればアプリを登録し直してもらってください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user declined the authentication',
    aliases: ['user declined the authentication', 'ユーザーが認証を拒否しました'],
    outcome: 'failure',
    label: { en: 'User denied the MFA prompt', ja: 'ユーザーが MFA を拒否' },
    explanation: {
      en: 'The user actively rejected the prompt. Because the password step had already passed, a denial from a user who was not signing in means someone else has the password; many denials for one user within minutes are an MFA fatigue (push bombing) attack.',
      ja: 'ユーザーがプロンプトを明示的に拒否しました。パスワードの段階はすでに通過しているため、サインインしていないユーザーによる拒否は第三者がパスワードを持っていることを意味します。同じユーザーで数分間に多数の拒否がある場合は、MFA 疲労攻撃 (プッシュ爆撃) です。',
    },
    nextStep: {
      en: 'Ask the user whether they started this sign-in. If not, reset the password, revoke sessions, review the source IP, and check for a later successful sign-in.',
      ja: 'このサインインを開始したかユーザーに確認してください。心当たりがなければ、パスワードをリセットしてセッションを取り消し、接続元 IP アドレスを調べ、その後に成功したサインインがないか確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-denied', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user did not respond to mobile app notification',
    aliases: ['user did not respond to mobile app notification', 'ユーザーがモバイル アプリ通知に応答しませんでした'],
    outcome: 'failure',
    label: { en: 'Push notification not answered', ja: 'プッシュ通知に応答なし' },
    explanation: {
      en: 'The push notification timed out without an answer. One occurrence is usually a user who walked away; a burst of unanswered and declined prompts for one user in a few minutes is the pattern of an MFA fatigue attack.',
      ja: 'プッシュ通知に応答がないままタイムアウトしました。1 回だけなら席を外していたことがほとんどですが、同じユーザーで数分間に無応答や拒否が集中している場合は MFA 疲労攻撃のパターンです。',
    },
    nextStep: {
      en: 'Count these rows per user over the last few minutes. If there is a burst, confirm with the user, reset the password and make sure number matching is in force.',
      ja: 'ユーザーごとに直近数分間の件数を数えてください。集中している場合は本人に確認し、パスワードをリセットし、番号の一致が有効になっていることを確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user does not have any verification methods registered',
    aliases: ['user does not have any verification methods registered', 'ユーザーが確認方法を登録していません'],
    outcome: 'failure',
    label: { en: 'No MFA method registered', ja: 'MFA の認証方法が未登録' },
    explanation: {
      en: 'MFA was required but the user has nothing registered that can be challenged, and registration was not offered, so the sign-in stopped.',
      ja: 'MFA が必要でしたが、ユーザーには確認に使える方法が何も登録されておらず、登録も求められなかったため、サインインが止まりました。',
    },
    nextStep: {
      en: 'Help the user register a method in My Sign-Ins; if they cannot sign in to do it, issue a Temporary Access Pass from their Authentication methods blade.',
      ja: 'マイ サインインで認証方法を登録するようユーザーを支援してください。登録のためのサインインもできない場合は、ユーザーの [認証方法] ブレードから一時アクセス パスを発行してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'registration'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user entered incorrect code',
    aliases: ['user entered incorrect code', 'ユーザーが不適切なコードを入力しました'],
    outcome: 'failure',
    label: { en: 'Wrong verification code entered', ja: '確認コードの入力ミス' },
    explanation: {
      en: 'The one-time code typed (from a text message, the app or a token) was wrong. A single failure is a typo; many failures with no matching user activity suggest code guessing by someone who has the password.',
      ja: '入力されたワンタイム コード (SMS、アプリ、トークンのいずれか) が誤っていました。1 回なら入力ミスですが、ユーザーの操作と一致しない失敗が多数ある場合は、パスワードを持つ第三者によるコードの推測が考えられます。',
    },
    nextStep: {
      en: 'Ask the user to use the latest code only. If the attempts did not come from the user, reset the password and revoke sessions.',
      ja: '最新のコードだけを使うようユーザーに案内してください。試行がユーザー本人によるものでなければ、パスワードをリセットしてセッションを取り消してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user entered incorrect PIN',
    aliases: ['user entered incorrect PIN', 'ユーザーが不適切な PIN を入力しました'],
    outcome: 'failure',
    label: { en: 'Wrong MFA PIN entered', ja: 'MFA の PIN の入力ミス' },
    explanation: {
      en: 'The user was asked for a PIN as part of the verification (for example in a phone call set to PIN mode) and typed the wrong one.',
      ja: '確認の一部として PIN の入力を求められ (PIN モードの電話による確認など)、ユーザーが誤った PIN を入力しました。',
    },
    nextStep: {
      en: 'Have the user retry carefully. If they forgot the PIN, reset it where it is managed (for example MFA Server) or move them to a method without a PIN.',
      ja: '落ち着いて再入力するようユーザーに案内してください。PIN を忘れた場合は、管理している場所 (MFA Server など) で PIN をリセットするか、PIN を使わない方法に移行してください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user hung up the phone call without succeeding the authentication',
    aliases: ['user hung up the phone call without succeeding the authentication', 'ユーザーが認証に成功しないまま電話を切りました'],
    outcome: 'failure',
    label: { en: 'User hung up the MFA call', ja: 'ユーザーが MFA の電話を切った' },
    explanation: {
      en: 'The user answered the verification call but hung up without confirming. They may not have understood the call, or they refused a sign-in they did not expect.',
      ja: 'ユーザーは確認の電話に出ましたが、承認せずに電話を切りました。電話の内容を理解していなかったか、心当たりのないサインインを拒否した可能性があります。',
    },
    nextStep: {
      en: 'Ask the user whether they were signing in. If not, treat the password as known to someone else: reset it and revoke sessions.',
      ja: 'サインインしようとしていたかユーザーに確認してください。心当たりがなければ、パスワードが第三者に知られていると判断し、リセットしてセッションを取り消してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'phone'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user is blocked',
    aliases: ['user is blocked', 'ユーザーはブロックされています'],
    outcome: 'blocked',
    label: { en: 'User blocked from MFA', ja: 'ユーザーが MFA でブロックされている' },
    explanation: {
      en: 'The user is on the MFA block list, so every challenge is refused. A block is set by an administrator or automatically after the user reports a prompt as fraud.',
      ja: 'ユーザーが MFA のブロック リストに入っているため、すべての確認が拒否されます。ブロックは管理者が設定するか、ユーザーがプロンプトを不正として報告した際に自動で設定されます。',
    },
    nextStep: {
      en: 'Find out why the user was blocked (look for a fraud report) before unblocking them under Multifactor authentication > Block/unblock users. If fraud was reported, reset the password first.',
      ja: '[多要素認証] > [ユーザーのブロック/ブロック解除] でブロックを解除する前に、ブロックの理由 (不正の報告の有無) を確認してください。不正が報告されていた場合は、先にパスワードをリセットしてください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user never entered the verification code',
    aliases: ['user never entered the verification code', 'ユーザーは確認コードを入力しませんでした'],
    outcome: 'failure',
    label: { en: 'Verification code never entered', ja: '確認コードが入力されなかった' },
    explanation: {
      en: 'A code was sent or requested but never typed in, so the attempt timed out. Usually an abandoned sign-in; if the user was not signing in at all, someone else has the password.',
      ja: 'コードが送信または要求されましたが入力されず、試行がタイムアウトしました。多くは途中で中断されたサインインですが、ユーザーがサインインしていなかった場合は第三者がパスワードを持っています。',
    },
    nextStep: {
      en: 'Ask the user whether they received a code they did not expect. If so, reset the password and revoke sessions.',
      ja: '心当たりのないコードを受け取っていないかユーザーに確認してください。受け取っていた場合は、パスワードをリセットしてセッションを取り消してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'mfa-no-response'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user not found',
    aliases: ['user not found', 'ユーザーが見つかりません'],
    outcome: 'failure',
    label: { en: 'User unknown to the MFA service', ja: 'MFA サービスでユーザーが見つからない' },
    explanation: {
      en: 'The MFA service received a user name it could not match to a user. This is common with the NPS extension or AD FS when the name sent on premises differs from the user principal name in Entra ID.',
      ja: 'MFA サービスが受け取ったユーザー名に一致するユーザーが見つかりませんでした。NPS 拡張機能や AD FS で、オンプレミスから送られる名前が Entra ID のユーザー プリンシパル名と異なる場合によく起きます。',
    },
    nextStep: {
      en: 'Compare the user name in the row with the user principal name in Entra ID, and check that the account is synchronized. For the NPS extension, check the alternate login ID setting.',
      ja: '行に記録されたユーザー名と Entra ID のユーザー プリンシパル名を比較し、アカウントが同期されているか確認してください。NPS 拡張機能の場合は代替ログイン ID の設定を確認してください。',
    },
    source: 'seed:000',
    tags: ['mfa', 'account'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; verification code already used once',
    aliases: ['verification code already used once', '確認コードは既に使用されています'],
    outcome: 'failure',
    label: { en: 'Verification code reused', ja: '使用済みの確認コード' },
    explanation: {
      en: 'A one-time code that had already been accepted was submitted again. It is usually a double submission, but a reused code can also come from a phishing page replaying what the user typed.',
      ja: 'すでに受け付けられたワンタイム コードが再度送信されました。多くは二重送信ですが、フィッシング サイトがユーザーの入力したコードを再利用している場合にも起こります。',
    },
    nextStep: {
      en: 'Have the user wait for a new code. If the reuse came from a different IP address than the user’s, investigate a phishing site and reset the password.',
      ja: '新しいコードを待ってから入力するようユーザーに案内してください。ユーザーと異なる IP アドレスからの再利用であれば、フィッシング サイトを調査し、パスワードをリセットしてください。',
    },
    source: 'seed:000',
    tags: ['mfa'],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Denied strings seen in real data and detection rules but not in the seed list
  // ---------------------------------------------------------------------------------------------------------------
  {
    family: 'mfa-detail',
    code: 'MFA denied; Phone App Reported Fraud',
    aliases: ['Phone App Reported Fraud', 'fraud code entered'],
    outcome: 'failure',
    label: { en: 'User reported the MFA prompt as fraud', ja: 'ユーザーが MFA を不正として報告' },
    explanation: {
      en: 'The user received a prompt they did not start and reported it as fraud. The password step had already passed, so someone else very likely has the user’s password; depending on settings the user may also now be blocked from MFA.',
      ja: 'ユーザーが自分で開始していないプロンプトを受け取り、不正として報告しました。パスワードの段階はすでに通過しているため、第三者がユーザーのパスワードを持っている可能性が非常に高いです。設定によっては、ユーザーは MFA でブロックされた状態にもなっています。',
    },
    nextStep: {
      en: 'Treat it as a compromised password: reset it, revoke sessions, block the source IP, and look for other sign-ins from that IP. Then clear the MFA block for the user if one was set.',
      ja: 'パスワードの漏えいとして扱い、パスワードのリセット、セッションの取り消し、接続元 IP アドレスのブロックを行い、その IP アドレスからの他のサインインを確認してください。その後、ユーザーに MFA のブロックが設定されていれば解除してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'fraud', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; user did not select the correct number',
    aliases: ['user did not select the correct number'],
    outcome: 'failure',
    label: { en: 'Wrong number chosen in number matching', ja: '番号の一致で誤った番号を選択' },
    explanation: {
      en: 'With number matching, the user picked or typed a number that did not match the one on the sign-in screen. An occasional slip is normal; repeated wrong numbers suggest the user is answering prompts they cannot see the screen for, i.e. someone else is signing in and the user is guessing.',
      ja: '番号の一致で、ユーザーが選択または入力した番号がサインイン画面の番号と一致しませんでした。たまの誤りは普通ですが、誤りが繰り返される場合は、ユーザーが画面を見ていないサインイン、つまり第三者のサインインのプロンプトに当て推量で応答していることを示します。',
    },
    nextStep: {
      en: 'Ask the user whether they were looking at their own sign-in screen. If not, reset the password, revoke sessions and remind the user never to approve a prompt they did not start.',
      ja: '自分のサインイン画面を見ながら応答したかユーザーに確認してください。そうでなければ、パスワードをリセットしてセッションを取り消し、自分で開始していないプロンプトは承認しないよう注意喚起してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa', 'app-notification'],
  },
  {
    family: 'mfa-detail',
    code: 'MFA denied; invalid verification code',
    aliases: ['invalid verification code'],
    outcome: 'failure',
    label: { en: 'Verification code rejected', ja: '確認コードが無効' },
    explanation: {
      en: 'The code submitted for the second factor was not accepted: mistyped, expired or from the wrong token. Bursts of these across many sessions are what TOTP brute-force detections look for.',
      ja: '2 つ目の要素として送信されたコードは受け付けられませんでした。入力ミス、有効期限切れ、別のトークンのコードなどが原因です。多数のセッションにわたってこれが集中する場合は、TOTP 総当たり攻撃の検出対象となるパターンです。',
    },
    nextStep: {
      en: 'Check the Authentication method column and ask the user to retry with a fresh code. If there are many failures across sessions that the user did not make, reset the password and revoke sessions.',
      ja: '認証方法の列を確認し、新しいコードで再試行するようユーザーに案内してください。ユーザーの操作ではない失敗が多数のセッションにわたる場合は、パスワードをリセットしてセッションを取り消してください。',
    },
    source: 'reference:mfa-auth-detail-values',
    tags: ['mfa'],
  },
  {
    family: 'mfa-detail',
    code: 'User account is disabled. The account has been disabled by an administrator.',
    outcome: 'blocked',
    label: { en: 'Account disabled by an administrator', ja: '管理者によりアカウントが無効化' },
    explanation: {
      en: 'Sign-in is turned off for this account, so it was refused before any second factor. Attempts against a disabled account may come from a former employee’s devices or from someone testing leaked credentials.',
      ja: 'このアカウントはサインインが無効になっているため、2 つ目の要素より前に拒否されました。無効なアカウントへの試行は、退職者の端末に残った設定や、漏えいした資格情報を試す第三者によるものである可能性があります。',
    },
    nextStep: {
      en: 'Confirm the account is meant to be disabled. If the attempts are ongoing, find the device or IP address behind them and remove the old account from it.',
      ja: 'アカウントの無効化が意図どおりか確認してください。試行が続いている場合は、接続元のデバイスや IP アドレスを特定し、古いアカウントの設定を削除してください。',
    },
    source: 'reference:signin-log-exports',
    tags: ['account'],
  },
];
