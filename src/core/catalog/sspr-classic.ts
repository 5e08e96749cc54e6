/**
 * Classic Azure portal password-reset reports (manage.windowsazure.com → Active Directory → Reports → Activity Logs):
 * the `Result` column of the *Password reset activity* report and its `Details` strings. Codes are the English
 * strings the report wrote; aliases are the strings of the Japanese-localized report (seed 002).
 */
import type { CatalogRecord } from './types';

export const SSPR_CLASSIC_RESULTS: readonly CatalogRecord[] = [
  {
    family: 'sspr-classic-result',
    code: 'Abandoned',
    aliases: ['中止'],
    outcome: 'failure',
    label: { en: 'Reset left unfinished', ja: 'リセットを途中で放棄' },
    explanation: {
      en: 'The user started a password reset and then simply stopped: they closed the page or timed out without pressing Cancel and without asking for help. The password was not changed; the Details column names the last step the user reached.',
      ja: 'ユーザーはパスワード リセットを開始しましたが、[キャンセル] も押さず管理者への連絡もしないまま、ページを閉じるかタイムアウトして終わっています。パスワードは変更されていません。最後にどの手順まで進んだかは [詳細] 列で分かります。',
    },
    nextStep: {
      en: 'Read the Details column to see at which verification step the user stopped. If many users stop at the same step, check that method (for example, whether SMS or email codes actually arrive) before asking the user to try again.',
      ja: '[詳細] 列でどの確認手順で止まったかを確認してください。多くのユーザーが同じ手順で止まっている場合は、SMS やメールのコードが実際に届いているかなど、その認証方法を点検してからユーザーに再試行を依頼してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-result',
    code: 'Blocked',
    aliases: ['ブロック'],
    outcome: 'blocked',
    label: { en: 'Reset throttled for 24 hours', ja: 'リセットが 24 時間ブロック' },
    explanation: {
      en: 'The service stopped this user from using password reset because the reset page, one verification method or phone-number verification was used too many times within 24 hours. The block lifts by itself after 24 hours; repeated blocks for a user who did not try can mean someone else is probing the account.',
      ja: '24 時間以内にリセット ページ、特定の確認方法、または電話番号の確認が何度も使われたため、このユーザーは SSPR を使えない状態になりました。ブロックは 24 時間で自動的に解除されます。本人が操作していないのに繰り返しブロックされる場合は、第三者がアカウントを試している可能性があります。',
    },
    nextStep: {
      en: 'Ask the user whether they made the attempts. If they need access now, have an administrator reset the password; otherwise let the 24-hour block expire.',
      ja: '本人が試行したかどうかをユーザーに確認してください。急ぎでアクセスが必要な場合は管理者がパスワードをリセットし、そうでなければ 24 時間のブロックが解除されるのを待ってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout'],
  },
  {
    family: 'sspr-classic-result',
    code: 'Cancelled',
    aliases: ['Canceled', 'キャンセル'],
    outcome: 'failure',
    label: { en: 'User cancelled the reset', ja: 'ユーザーがリセットをキャンセル' },
    explanation: {
      en: 'The user deliberately pressed the Cancel button partway through the reset, so the password stayed unchanged. Unlike an abandoned reset this was an explicit choice, often because the user remembered the password or lacked a method.',
      ja: 'ユーザーがリセットの途中で [キャンセル] ボタンを押したため、パスワードは変更されていません。放棄 (中止) とは違い本人が明示的に取りやめたもので、パスワードを思い出した場合や使える認証方法がなかった場合によく見られます。',
    },
    nextStep: {
      en: 'Usually nothing to do. If the user still cannot sign in, check the Details column for the step they cancelled at and confirm their registered methods are current.',
      ja: '通常は対応不要です。ユーザーがまだサインインできない場合は、[詳細] 列でキャンセルした手順を確認し、登録されている認証方法が最新か確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'benign'],
  },
  {
    family: 'sspr-classic-result',
    code: 'Contacted Admin',
    aliases: ['管理者への連絡'],
    outcome: 'failure',
    label: { en: 'User asked an admin for help', ja: 'ユーザーが管理者に連絡' },
    explanation: {
      en: 'The user hit a problem they could not get past and used the "Contact your administrator" link instead of finishing the reset. The password was not changed, and a help request is probably waiting for your team.',
      ja: 'ユーザーは自分では解決できない問題に当たり、リセットを完了せずに [管理者に連絡] リンクを使いました。パスワードは変更されておらず、ヘルプデスク宛てに依頼が届いている可能性があります。',
    },
    nextStep: {
      en: 'Contact the user, find out which verification method failed (see the Details column), fix or update that method, then reset the password for them or let them retry.',
      ja: 'ユーザーに連絡し、[詳細] 列も参考にどの確認方法でつまずいたかを確認してください。その認証方法を修正・更新したうえで、管理者がパスワードをリセットするか、ユーザーに再試行してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-result',
    code: 'Failed',
    aliases: ['失敗'],
    outcome: 'failure',
    label: { en: 'Reset not possible for this user', ja: 'このユーザーはリセット不可' },
    explanation: {
      en: 'The reset could not be carried out, usually because the account is not set up for self-service reset: no license, too few registered methods, not in scope of the policy, or an on-premises password without writeback. This points to configuration, not to a user mistake.',
      ja: 'リセットを実行できませんでした。多くはアカウントが SSPR を使える状態にないことが原因です (ライセンスがない、登録済みの認証方法が足りない、ポリシーの対象外、オンプレミス管理のパスワードなのにパスワード ライトバックが無効など)。ユーザーの操作ミスではなく構成の問題を示しています。',
    },
    nextStep: {
      en: 'Read the Details column: it names the exact cause and the fix (license, group membership, methods or writeback). Correct that setting before asking the user to try again.',
      ja: '[詳細] 列に具体的な原因と対処 (ライセンス、グループ メンバーシップ、認証方法、ライトバック) が示されています。その設定を直してからユーザーに再試行を依頼してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'policy'],
  },
  {
    family: 'sspr-classic-result',
    code: 'Succeeded',
    aliases: ['成功'],
    outcome: 'success',
    label: { en: 'Password reset completed', ja: 'パスワード リセット完了' },
    explanation: {
      en: 'The user passed the required verification and set a new password. The Method(s) Used column shows which methods proved the identity.',
      ja: 'ユーザーは必要な確認を通過し、新しいパスワードを設定しました。どの方法で本人確認したかは [使用された方法] 列で分かります。',
    },
    nextStep: {
      en: 'No action for an expected reset. If the user says they did not reset the password, treat it as a possible takeover: reset the password again, revoke sessions and review the methods used.',
      ja: '想定どおりのリセットであれば対応不要です。ユーザーに心当たりがない場合はアカウント乗っ取りの可能性があるため、パスワードを再リセットし、セッションを取り消して、使われた認証方法を確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
];

export const SSPR_CLASSIC_DETAILS: readonly CatalogRecord[] = [
  // ---- Abandoned (中止) ---------------------------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after completing the email verification option',
    aliases: ['ユーザーは、電子メールの確認オプションの完了後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left after passing email check', ja: 'メール確認の通過後に放棄' },
    explanation: {
      en: 'The user proved access to their alternate email and then left without finishing. They stopped at whatever came next: a second verification method (if two are required) or choosing the new password.',
      ja: 'ユーザーは連絡用メールによる確認に成功した後、リセットを終えずに離脱しました。止まったのは次の手順、つまり 2 つ目の確認方法 (2 つ必要なポリシーの場合) か新しいパスワードの入力です。',
    },
    nextStep: {
      en: 'If the policy requires two methods, check that the user has a second method registered and working. Otherwise ask whether the new-password rules stopped them.',
      ja: '2 つの方法が必要なポリシーであれば、ユーザーに 2 つ目の認証方法が登録され使える状態か確認してください。そうでなければ、新しいパスワードの要件で止まっていないかユーザーに確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after completing the mobile SMS verification option',
    aliases: ['ユーザーは、モバイル SMS の確認オプションの完了後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left after passing SMS check', ja: 'SMS 確認の通過後に放棄' },
    explanation: {
      en: 'The user entered the text-message code correctly and then left without finishing. The step they gave up on was the next one: a second method or the new password.',
      ja: 'ユーザーはテキスト メッセージのコードを正しく入力した後、リセットを終えずに離脱しました。つまずいたのは次の手順 (2 つ目の確認方法か新しいパスワードの入力) です。',
    },
    nextStep: {
      en: 'Check whether the policy asks for a second method and whether this user has one registered; if so, ask whether the password requirements were the obstacle.',
      ja: 'ポリシーで 2 つ目の方法が求められているか、このユーザーにそれが登録されているかを確認してください。登録済みであれば、パスワードの要件が障害になっていないかユーザーに確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after completing the mobile voice call verification option',
    aliases: ['ユーザーは、音声通話の確認オプションの完了後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left after passing mobile call check', ja: '携帯への音声通話確認の通過後に放棄' },
    explanation: {
      en: 'The user answered the verification call to their mobile phone successfully and then left. What stopped them came after the call: a second method or the new password.',
      ja: 'ユーザーは携帯電話への確認の電話に正しく応答した後、リセットを終えずに離脱しました。止まったのは通話の後の手順 (2 つ目の確認方法か新しいパスワードの入力) です。',
    },
    nextStep: {
      en: 'Confirm that the user has a working second method if two are required, and ask whether they had trouble choosing a password that meets the rules.',
      ja: '2 つの方法が必要な場合はユーザーが使える 2 つ目の方法を持っているか確認し、要件を満たすパスワードの設定で困っていないか確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after completing the office voice call verification option',
    aliases: ['ユーザーは、会社音声通話の確認オプションの完了後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left after passing office call check', ja: '会社電話の確認通過後に放棄' },
    explanation: {
      en: 'The user answered the verification call on their office phone and then left without finishing. The obstacle was the following step: a second method or the new password.',
      ja: 'ユーザーは会社電話への確認の電話に応答した後、リセットを終えずに離脱しました。障害になったのはその次の手順 (2 つ目の確認方法か新しいパスワードの入力) です。',
    },
    nextStep: {
      en: 'Check that the user has a second usable method when two are required; users who rely on the office phone are often away from their desk for the other one.',
      ja: '2 つの方法が必要な場合は、使える 2 つ目の方法があるか確認してください。会社電話に頼っているユーザーは、もう一方の方法を手元で使えないことがよくあります。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after completing the security questions option',
    aliases: ['ユーザーは、秘密の質問オプションの完了後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left after answering security questions', ja: '秘密の質問に回答後に放棄' },
    explanation: {
      en: 'The user answered the security questions correctly and then left. They stopped at the next step: a second method or the new password.',
      ja: 'ユーザーは秘密の質問に正しく回答した後、リセットを終えずに離脱しました。止まったのは次の手順 (2 つ目の確認方法か新しいパスワードの入力) です。',
    },
    nextStep: {
      en: 'Check the user has another registered method if two are required, and encourage them to register a phone or the Authenticator app rather than relying on questions.',
      ja: '2 つの方法が必要な場合は別の認証方法が登録されているか確認し、秘密の質問に頼らず電話や Microsoft Authenticator を登録するよう案内してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after entering their user ID',
    aliases: ['ユーザーは、ユーザー ID の入力後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left right after entering user ID', ja: 'ユーザー ID 入力直後に放棄' },
    explanation: {
      en: 'Someone typed this user ID (and passed the CAPTCHA) on the reset page, then went no further. Often the user only looked at the page or saw no method they could use; since anyone can enter an ID, it does not prove the account owner was there.',
      ja: 'リセット ページでこのユーザー ID が入力されましたが (CAPTCHA も通過)、それ以上は進んでいません。ページを見ただけ、または使える認証方法が表示されなかったというケースが多い一方、ID は誰でも入力できるため本人の操作とは限りません。',
    },
    nextStep: {
      en: 'Usually noise. If it repeats and the user did not try a reset, watch the account for other reset attempts and sign-in failures.',
      ja: '通常はノイズです。繰り返し発生し本人に心当たりがない場合は、そのアカウントに対するほかのリセット試行やサインイン失敗がないか監視してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'benign'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after starting the email verification option',
    aliases: ['ユーザーは、電子メールの確認オプションの開始後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left while waiting for email code', ja: 'メール コード待ちの間に放棄' },
    explanation: {
      en: 'A code was sent to the alternate email address but the user never entered it. Typical causes are a mailbox they can no longer read, a stale address, or the message landing in junk mail.',
      ja: '連絡用メール アドレスにコードが送信されましたが、ユーザーは入力していません。もう読めないメールボックス、古いアドレス、迷惑メール フォルダーへの振り分けがよくある原因です。',
    },
    nextStep: {
      en: 'Confirm with the user that the alternate email on file is current and check junk mail; update the address under the user\'s Authentication methods if needed.',
      ja: '登録されている連絡用メール アドレスが最新か、迷惑メールに入っていないかユーザーに確認してください。必要に応じて、ユーザーの [認証方法] でアドレスを更新してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after starting the mobile SMS verification option',
    aliases: ['ユーザーは、モバイル SMS の確認オプションの開始後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left while waiting for SMS code', ja: 'SMS コード待ちの間に放棄' },
    explanation: {
      en: 'A text message with a code was sent but the user never entered the code. The message may not have arrived (wrong or old number, carrier filtering, roaming) or the user no longer has the phone.',
      ja: 'コード付きのテキスト メッセージが送信されましたが、ユーザーはコードを入力していません。番号の誤りや変更、通信事業者のフィルター、ローミングなどで届かなかったか、ユーザーがもうその電話を持っていない可能性があります。',
    },
    nextStep: {
      en: 'Check the mobile number (including country code) in the user\'s Authentication methods and ask whether the SMS arrived; if several users are affected, suspect SMS delivery to that carrier or country.',
      ja: 'ユーザーの [認証方法] で携帯電話番号 (国番号を含む) を確認し、SMS が届いたか確認してください。複数のユーザーで起きている場合は、その通信事業者や国への SMS 配信を疑ってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after starting the mobile voice call verification option',
    aliases: ['ユーザーは、音声通話の確認オプションの開始後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left during mobile verification call', ja: '携帯への確認電話の途中で放棄' },
    explanation: {
      en: 'The service called the user\'s mobile phone but the verification was never completed. The call may have gone unanswered, reached voicemail, or the number is out of date.',
      ja: 'ユーザーの携帯電話に確認の電話がかかりましたが、確認は完了していません。応答がなかった、留守番電話につながった、番号が古いといった原因が考えられます。',
    },
    nextStep: {
      en: 'Confirm the mobile number on file and that the user can take the call (not blocked as spam, not on silent); retry or offer another method.',
      ja: '登録されている携帯電話番号と、ユーザーが電話を受けられる状態か (迷惑電話として拒否していないか、着信音を切っていないか) を確認し、再試行するか別の方法を案内してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after starting the office voice call verification option',
    aliases: ['ユーザーは、会社音声通話の確認オプションの開始後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left during office verification call', ja: '会社電話への確認電話の途中で放棄' },
    explanation: {
      en: 'The service called the user\'s office phone but the verification was never completed. Users resetting from home often cannot answer their desk phone, or the number routes through a switchboard.',
      ja: 'ユーザーの会社電話に確認の電話がかかりましたが、確認は完了していません。自宅からリセットしていて会社の電話に出られない、代表番号や交換機を経由しているといった原因がよくあります。',
    },
    nextStep: {
      en: 'Check that the office phone number is a direct line the user can answer, and suggest registering a mobile phone or the Authenticator app as well.',
      ja: '会社電話番号がユーザー本人が出られる直通番号か確認し、携帯電話や Microsoft Authenticator も登録するよう案内してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned after starting the security questions option',
    aliases: ['ユーザーは、秘密の質問オプションの開始後に中止しました。'],
    outcome: 'failure',
    label: { en: 'Left during security questions', ja: '秘密の質問の途中で放棄' },
    explanation: {
      en: 'The user was shown their security questions but never submitted answers. Most often they could not remember the exact answers they registered.',
      ja: 'ユーザーに秘密の質問が表示されましたが、回答は送信されていません。登録した回答を正確に思い出せなかったケースが大半です。',
    },
    nextStep: {
      en: 'Help the user reset by another route, then have them register new answers or, better, a phone or the Authenticator app.',
      ja: '別の手段でリセットを支援し、その後で回答を登録し直すか、できれば電話や Microsoft Authenticator を登録するよう案内してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned before selecting a new password',
    aliases: ['ユーザーは、新しいパスワードを選択する前に中止しました。'],
    outcome: 'failure',
    label: { en: 'Verified but never chose a password', ja: '確認後、パスワード未選択で放棄' },
    explanation: {
      en: 'The user passed all required verification but left before typing a new password. The identity check worked; the reset simply was not finished.',
      ja: 'ユーザーは必要な確認をすべて通過しましたが、新しいパスワードを入力する前に離脱しました。本人確認は成功しており、リセットが最後まで行われなかっただけです。',
    },
    nextStep: {
      en: 'Ask the user to start again and complete the last page; if they were unsure what password to pick, share the password rules beforehand.',
      ja: 'もう一度最初から行い、最後のページまで完了するようユーザーに依頼してください。どんなパスワードにすればよいか迷った場合に備えて、パスワードの要件を事前に伝えてください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User abandoned while selecting a new password',
    aliases: ['ユーザーは、新しいパスワードを選択するときに中止しました。'],
    outcome: 'failure',
    label: { en: 'Gave up on the new-password page', ja: '新しいパスワード入力中に放棄' },
    explanation: {
      en: 'The user reached the new-password page and left while on it. This usually means the passwords they tried were rejected by the complexity, banned-password or (with writeback) on-premises password policy.',
      ja: 'ユーザーは新しいパスワードの入力ページまで進み、そこで離脱しました。試したパスワードが複雑さの要件、禁止パスワード、(ライトバック利用時は) オンプレミスのパスワード ポリシーで拒否されたことが多い原因です。',
    },
    nextStep: {
      en: 'Explain the password rules to the user; for synced accounts also check the on-premises policy (minimum age, history, length), which can reject passwords the cloud would accept.',
      ja: 'パスワードの要件をユーザーに説明してください。同期ユーザーの場合は、クラウドでは通るパスワードを拒否することがあるオンプレミスのポリシー (最小有効期間、履歴、長さ) も確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  // ---- Blocked (ブロック) -------------------------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'User entered too many invalid SMS verification codes and is blocked for 24 hours',
    aliases: ['ユーザーは、非常に多くの無効な SMS 確認コードを入力したため、24 時間ブロックされました。'],
    outcome: 'blocked',
    label: { en: 'Too many wrong SMS codes, blocked 24 h', ja: 'SMS コード誤りが多く 24 時間ブロック' },
    explanation: {
      en: 'Too many incorrect text-message codes were entered, so self-service reset is blocked for this user for 24 hours. Mistyped or old codes are the usual cause; if the user did not try, someone else may be guessing.',
      ja: '誤ったテキスト メッセージのコードが何度も入力されたため、このユーザーの SSPR は 24 時間ブロックされました。入力ミスや古いコードの入力がよくある原因ですが、本人に心当たりがなければ第三者がコードを推測している可能性があります。',
    },
    nextStep: {
      en: 'Wait 24 hours for the block to clear, or have an administrator reset the password now. Ask the user to use only the newest code next time.',
      ja: '24 時間経過してブロックが解除されるのを待つか、すぐに必要であれば管理者がパスワードをリセットしてください。次回は最新のコードだけを入力するようユーザーに伝えてください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User tried mobile phone voice verification too many times and is blocked for 24 hours',
    aliases: ['ユーザーは、携帯電話の音声確認を何度も試行したため、24 時間ブロックされました。'],
    outcome: 'blocked',
    label: { en: 'Too many mobile calls, blocked 24 h', ja: '携帯への音声確認が多く 24 時間ブロック' },
    explanation: {
      en: 'The mobile voice-call verification was requested too many times, so self-service reset is blocked for this user for 24 hours. Usually the calls were not answered or not completed and the user kept retrying.',
      ja: '携帯電話への音声確認が何度も要求されたため、このユーザーの SSPR は 24 時間ブロックされました。通常は電話に出られない、または確認を完了できずに再試行を繰り返したことが原因です。',
    },
    nextStep: {
      en: 'Wait 24 hours or have an administrator reset the password. Before the next attempt, confirm the mobile number and that the user can answer the call.',
      ja: '24 時間待つか、管理者がパスワードをリセットしてください。次回の前に、携帯電話番号が正しく、ユーザーが電話に出られる状態か確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User tried office phone voice verification too many times and is blocked for 24 hours',
    aliases: ['ユーザーは、会社電話の音声確認を何度も試行したため、24 時間ブロックされました。'],
    outcome: 'blocked',
    label: { en: 'Too many office calls, blocked 24 h', ja: '会社電話の音声確認が多く 24 時間ブロック' },
    explanation: {
      en: 'The office-phone verification call was requested too many times, so self-service reset is blocked for this user for 24 hours. The user most likely could not pick up the desk phone and kept retrying.',
      ja: '会社電話への音声確認が何度も要求されたため、このユーザーの SSPR は 24 時間ブロックされました。会社の電話に出られないまま再試行を繰り返した可能性が高いです。',
    },
    nextStep: {
      en: 'Wait 24 hours or have an administrator reset the password, and have the user register a method they can use away from the desk.',
      ja: '24 時間待つか管理者がパスワードをリセットし、席を離れていても使える認証方法をユーザーに登録してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User tried to answer security questions too many times and is blocked for 24 hours',
    aliases: ['ユーザーは、秘密の質問に何度も答えようとしたため、24 時間ブロックされました。'],
    outcome: 'blocked',
    label: { en: 'Too many question attempts, blocked 24 h', ja: '秘密の質問の回答が多く 24 時間ブロック' },
    explanation: {
      en: 'Security-question answers were submitted too many times, so self-service reset is blocked for this user for 24 hours. Either the user forgot the answers or someone else was guessing them.',
      ja: '秘密の質問への回答が何度も送信されたため、このユーザーの SSPR は 24 時間ブロックされました。ユーザーが回答を忘れたか、第三者が回答を推測していたかのどちらかです。',
    },
    nextStep: {
      en: 'Confirm the attempts were the user\'s. Wait 24 hours or reset the password as an administrator, then have the user register a stronger method than security questions.',
      ja: '試行が本人によるものか確認してください。24 時間待つか管理者がパスワードをリセットし、その後で秘密の質問より強力な認証方法を登録してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User tried to verify a phone number too many times and is blocked for 24 hours',
    aliases: ['ユーザーは、電話番号を何度も確認しようとしたため、24 時間ブロックされました。'],
    outcome: 'blocked',
    label: { en: 'Too many phone checks, blocked 24 h', ja: '電話番号の確認が多く 24 時間ブロック' },
    explanation: {
      en: 'Verification of a phone number was attempted too many times, so self-service reset is blocked for this user for 24 hours. This often happens when the number on file is wrong and the user keeps trying.',
      ja: '電話番号の確認が何度も試行されたため、このユーザーの SSPR は 24 時間ブロックされました。登録されている番号が誤っていて、ユーザーが試行を繰り返した場合によく起こります。',
    },
    nextStep: {
      en: 'Wait 24 hours or have an administrator reset the password, and correct the phone number in the user\'s Authentication methods.',
      ja: '24 時間待つか管理者がパスワードをリセットし、ユーザーの [認証方法] で電話番号を修正してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'lockout', 'phone'],
  },
  // ---- Cancelled (キャンセル) ---------------------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'User cancelled before passing the required authentication methods',
    aliases: ['ユーザーは、必要な認証方式に合格する前にキャンセルしました。'],
    outcome: 'failure',
    label: { en: 'Cancelled during verification', ja: '本人確認の途中でキャンセル' },
    explanation: {
      en: 'The user pressed Cancel before completing the required verification methods, so identity was never proven and nothing changed. Often the user realised they could not use any of the offered methods.',
      ja: 'ユーザーは必要な確認を終える前に [キャンセル] を押したため、本人確認は完了しておらず何も変更されていません。表示された方法をどれも使えないと気付いてやめたケースがよくあります。',
    },
    nextStep: {
      en: 'If the user still needs a reset, check that they have enough working methods registered for the policy.',
      ja: 'まだリセットが必要な場合は、ポリシーが求める数の使える認証方法が登録されているか確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'benign'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User cancelled before submitting a new password',
    aliases: ['ユーザーは、新しいパスワードを送信する前にキャンセルしました。'],
    outcome: 'failure',
    label: { en: 'Cancelled at the new-password step', ja: '新しいパスワード送信前にキャンセル' },
    explanation: {
      en: 'The user passed verification and then pressed Cancel on the new-password page. The old password still applies; often the user remembered it or gave up on the password rules.',
      ja: 'ユーザーは本人確認を通過した後、新しいパスワードのページで [キャンセル] を押しました。元のパスワードはそのまま有効です。パスワードを思い出した、または要件を満たせずにやめた場合によく見られます。',
    },
    nextStep: {
      en: 'Usually nothing to do. If the user cannot sign in, explain the password requirements and ask them to retry.',
      ja: '通常は対応不要です。ユーザーがサインインできない場合は、パスワードの要件を説明して再試行を依頼してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'benign'],
  },
  // ---- Contacted admin (管理者への連絡) -----------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'User contacted an admin after trying the email verification option',
    aliases: ['ユーザーは、電子メールの確認オプションを試行した後に、管理者に連絡しました。'],
    outcome: 'failure',
    label: { en: 'Asked for help after email check', ja: 'メール確認を試した後に管理者へ連絡' },
    explanation: {
      en: 'The email verification did not work for the user, so they used the contact-your-administrator link instead of finishing. The alternate email is probably wrong or no longer reachable.',
      ja: 'メールによる確認がうまくいかず、ユーザーはリセットを完了せずに管理者への連絡リンクを使いました。連絡用メール アドレスが誤っているか、もう受信できない可能性があります。',
    },
    nextStep: {
      en: 'Answer the help request, verify the user\'s identity by your own process, correct the alternate email under Authentication methods and reset the password for them if needed.',
      ja: '連絡に対応し、社内の手順で本人確認をしてから、[認証方法] で連絡用メール アドレスを修正し、必要に応じて管理者がパスワードをリセットしてください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User contacted an admin after trying the mobile SMS verification option',
    aliases: ['ユーザーは、モバイル SMS の確認オプションを試行した後に、管理者に連絡しました。'],
    outcome: 'failure',
    label: { en: 'Asked for help after SMS check', ja: 'SMS 確認を試した後に管理者へ連絡' },
    explanation: {
      en: 'The text-message verification did not work for the user, so they asked an administrator for help. The SMS probably did not arrive or the number on file is outdated.',
      ja: 'テキスト メッセージによる確認がうまくいかず、ユーザーは管理者に助けを求めました。SMS が届かなかったか、登録されている番号が古い可能性があります。',
    },
    nextStep: {
      en: 'Contact the user, verify their identity, correct the mobile number (with country code) in Authentication methods and reset the password or let them retry.',
      ja: 'ユーザーに連絡して本人確認を行い、[認証方法] で携帯電話番号 (国番号を含む) を修正したうえで、パスワードをリセットするか再試行してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User contacted an admin after trying the mobile voice call verification option',
    aliases: ['ユーザーは、モバイル音声通話の確認オプションを試行した後に、管理者に連絡しました。'],
    outcome: 'failure',
    label: { en: 'Asked for help after mobile call check', ja: '携帯への音声確認を試した後に管理者へ連絡' },
    explanation: {
      en: 'The voice-call verification to the mobile phone did not work for the user, so they asked an administrator for help. The call may not have reached them or the number is wrong.',
      ja: '携帯電話への音声通話による確認がうまくいかず、ユーザーは管理者に助けを求めました。電話がつながらなかったか、番号が誤っている可能性があります。',
    },
    nextStep: {
      en: 'Contact the user, verify their identity, check the mobile number in Authentication methods and reset the password or let them retry.',
      ja: 'ユーザーに連絡して本人確認を行い、[認証方法] の携帯電話番号を確認したうえで、パスワードをリセットするか再試行してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User contacted an admin after trying the office voice call verification option',
    aliases: ['ユーザーは、会社音声通話の確認オプションを試行した後に、管理者に連絡しました。'],
    outcome: 'failure',
    label: { en: 'Asked for help after office call check', ja: '会社電話の確認を試した後に管理者へ連絡' },
    explanation: {
      en: 'The verification call to the office phone did not work for the user, so they asked an administrator for help. Typically the user was not at the desk or the number is not a direct line.',
      ja: '会社電話への確認の電話がうまくいかず、ユーザーは管理者に助けを求めました。席にいなかった、または直通番号ではなかったというケースが一般的です。',
    },
    nextStep: {
      en: 'Contact the user, verify their identity, fix the office number or add a mobile method, and reset the password or let them retry.',
      ja: 'ユーザーに連絡して本人確認を行い、会社電話番号を修正するか携帯電話などの方法を追加したうえで、パスワードをリセットするか再試行してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'phone'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User contacted an admin after trying the security question verification option',
    aliases: ['ユーザーは、秘密の質問の確認オプションを試行した後に、管理者に連絡しました。'],
    outcome: 'failure',
    label: { en: 'Asked for help after security questions', ja: '秘密の質問を試した後に管理者へ連絡' },
    explanation: {
      en: 'The user could not get through the security questions and asked an administrator for help. They most likely no longer remember the answers they registered.',
      ja: 'ユーザーは秘密の質問を通過できず、管理者に助けを求めました。登録した回答を覚えていない可能性が高いです。',
    },
    nextStep: {
      en: 'Contact the user, verify their identity by your own process, reset the password, and have them re-register with a phone or the Authenticator app.',
      ja: 'ユーザーに連絡し、社内の手順で本人確認をしてからパスワードをリセットし、電話や Microsoft Authenticator で登録し直してもらってください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
  // ---- Failed (失敗) ------------------------------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'Password reset is not enabled for this user. Enable password reset under the configure tab to resolve this',
    aliases: [
      'Password reset is not enabled for this user',
      'パスワード リセットは、このユーザーに対して有効になっていません。 この問題を解決するには、[構成] タブで、パスワード リセットを有効にします。',
    ],
    outcome: 'failure',
    label: { en: 'SSPR not enabled for this user', ja: 'このユーザーは SSPR が無効' },
    explanation: {
      en: 'The self-service password reset policy does not cover this user, so the reset was refused before any verification. It is a tenant setting, not something the user can fix.',
      ja: 'SSPR のポリシーがこのユーザーを対象にしていないため、本人確認の前にリセットが拒否されました。テナントの設定の問題であり、ユーザー側では解決できません。',
    },
    nextStep: {
      en: 'In the Entra admin center open Password reset > Properties and set self-service password reset to All, or to Selected with a group that contains this user (the old classic portal used the Configure tab).',
      ja: 'Microsoft Entra 管理センターの [パスワード リセット] > [プロパティ] で、SSPR を [すべて] にするか、このユーザーを含むグループを指定した [選択済み] にしてください (旧クラシック ポータルでは [構成] タブの設定でした)。',
    },
    source: 'seed:002',
    tags: ['sspr', 'policy'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User does not have a license. You can add a license to the user to resolve this',
    aliases: [
      'User does not have a license',
      'ユーザーには、ライセンスがありません。 この問題を解決するには、ユーザーにライセンスを追加します。',
    ],
    outcome: 'failure',
    label: { en: 'User lacks a license for SSPR', ja: 'SSPR 用のライセンスがない' },
    explanation: {
      en: 'The account has no license that includes self-service password reset, so the service refused the reset. The policy may include the user, but licensing is checked separately.',
      ja: 'このアカウントには SSPR を含むライセンスが割り当てられていないため、リセットは拒否されました。ポリシーの対象に含まれていても、ライセンスは別途確認されます。',
    },
    nextStep: {
      en: 'Assign the user a license that includes SSPR (Microsoft Entra ID P1 or P2 when the password is written back on premises), then ask them to retry.',
      ja: 'SSPR を含むライセンス (オンプレミスへのパスワード ライトバックを使う場合は Microsoft Entra ID P1 または P2) をユーザーに割り当ててから、再試行を依頼してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'account'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'User tried to reset from a device without cookies enabled',
    aliases: ['ユーザーは、Cookie を有効にしていないデバイスからリセットしようとしました。'],
    outcome: 'failure',
    label: { en: 'Browser had cookies turned off', ja: 'ブラウザーの Cookie が無効' },
    explanation: {
      en: 'The reset page needs cookies to keep track of the session, and the user\'s browser blocked them, so the reset could not continue. Nothing is wrong with the account itself.',
      ja: 'リセット ページはセッションを維持するために Cookie を使いますが、ユーザーのブラウザーが Cookie をブロックしていたため続行できませんでした。アカウント自体には問題はありません。',
    },
    nextStep: {
      en: 'Ask the user to allow cookies for the Microsoft reset pages or use another browser or device; check whether a managed browser policy blocks cookies.',
      ja: 'Microsoft のリセット ページで Cookie を許可するか、別のブラウザーやデバイスを使うようユーザーに依頼してください。管理されたブラウザー ポリシーで Cookie がブロックされていないかも確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'client'],
  },
  {
    family: 'sspr-classic-detail',
    code: "User's account has insufficient authentication methods defined. Add authentication info to resolve this",
    aliases: [
      "User's account has insufficient authentication methods defined",
      "User's account has insufficient authentication methods",
      'ユーザーのアカウントでは、認証方法が十分に定義されていません。 この問題を解決するには、認証情報を追加します。',
    ],
    outcome: 'failure',
    label: { en: 'Not enough methods registered', ja: '登録済みの認証方法が不足' },
    explanation: {
      en: 'The user has fewer usable authentication methods than the reset policy requires (one or two), so the reset could not start. The user never completed registration, or the data on file is empty.',
      ja: 'ユーザーが使える認証方法の数が、リセット ポリシーで必要な数 (1 つまたは 2 つ) に足りないため、リセットを開始できませんでした。ユーザーが登録を完了していないか、登録データが空になっています。',
    },
    nextStep: {
      en: 'Have the user register methods at https://aka.ms/mysecurityinfo, or add a phone number or email under the user\'s Authentication methods; consider requiring registration at sign-in.',
      ja: 'ユーザーに https://aka.ms/mysecurityinfo で認証方法を登録してもらうか、管理者がユーザーの [認証方法] に電話番号やメール アドレスを追加してください。サインイン時に登録を求める設定も検討してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'registration'],
  },
  {
    family: 'sspr-classic-detail',
    code: "User's password is managed on-premises. You can enable Password Writeback to resolve this",
    aliases: [
      "User's password is managed on-premises",
      'ユーザーのパスワードは、オンプレミスで管理されています。 この問題を解決するには、パスワードの書き戻しを有効にします。',
    ],
    outcome: 'failure',
    label: { en: 'On-premises password, writeback off', ja: 'オンプレミス管理でライトバック無効' },
    explanation: {
      en: 'The account is synchronized or federated from on-premises Active Directory, and password writeback is not enabled, so a new password could not be written back. Every synced user will hit this.',
      ja: 'アカウントはオンプレミスの Active Directory から同期 (またはフェデレーション) されていますが、パスワード ライトバックが有効になっていないため、新しいパスワードを書き戻せませんでした。同期ユーザー全員が同じ状態になります。',
    },
    nextStep: {
      en: 'Enable password writeback in Microsoft Entra Connect (Optional features) or in Cloud Sync, then turn on writeback under Password reset > On-premises integration in the Entra admin center.',
      ja: 'Microsoft Entra Connect の [オプション機能] または Cloud Sync でパスワード ライトバックを有効にし、Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] でもライトバックを有効にしてください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'infra'],
  },
  {
    family: 'sspr-classic-detail',
    code: "We could not reach your on-premises password reset service. Check your sync machine's event log",
    aliases: [
      'We could not reach your on-premises password reset service',
      'オンプレミス パスワード リセット サービスに接続できませんでした。 同期コンピューターのイベント ログを確認してください。',
    ],
    outcome: 'failure',
    label: { en: 'Writeback service unreachable', ja: 'ライトバック サービスに接続不可' },
    explanation: {
      en: 'Writeback is configured, but the cloud service could not reach the on-premises component that applies the new password. The sync server or agent is stopped, offline, or cannot connect outbound.',
      ja: 'ライトバックは構成されていますが、新しいパスワードを適用するオンプレミス側のコンポーネントにクラウドから接続できませんでした。同期サーバーやエージェントが停止・オフラインになっているか、外向きの通信ができない状態です。',
    },
    nextStep: {
      en: 'On the Entra Connect server (or Cloud Sync agent host) check that the sync service is running and read the Application event log for password reset errors; verify outbound HTTPS to Microsoft endpoints and any proxy.',
      ja: 'Entra Connect サーバー (または Cloud Sync エージェントのホスト) で同期サービスが動作しているか確認し、アプリケーション イベント ログでパスワード リセットのエラーを調べてください。Microsoft のエンドポイントへの外向き HTTPS 通信やプロキシも確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'infra'],
  },
  {
    family: 'sspr-classic-detail',
    code: "We encountered a problem while resetting the user's on-premises password. Check your sync machine's event log",
    aliases: [
      "We encountered a problem while resetting the user's on-premises password",
      'ユーザーのオンプレミスのパスワードのリセット中に問題が発生しました。 同期コンピューターのイベント ログを確認してください。',
    ],
    outcome: 'failure',
    label: { en: 'On-premises password change failed', ja: 'オンプレミスでのパスワード変更に失敗' },
    explanation: {
      en: 'The request reached the on-premises side, but Active Directory did not accept the new password. Common reasons are the on-premises password policy (minimum age, history, complexity) or missing permissions on the connector account.',
      ja: '要求はオンプレミス側まで届きましたが、Active Directory が新しいパスワードを受け付けませんでした。オンプレミスのパスワード ポリシー (最小有効期間、履歴、複雑さ) やコネクタ アカウントの権限不足がよくある原因です。',
    },
    nextStep: {
      en: 'Read the Application event log on the sync server for the exact error, then check the on-premises password policy and that the AD DS connector account has Reset password and Change password rights on the user.',
      ja: '同期サーバーのアプリケーション イベント ログで具体的なエラーを確認し、オンプレミスのパスワード ポリシーと、AD DS コネクタ アカウントが対象ユーザーに対して [パスワードのリセット] と [パスワードの変更] の権限を持っているかを確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'infra'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'This user is not a member of the password reset users group. Add this user to that group to resolve this',
    aliases: [
      'This user is not a member of the password reset users group',
      'このユーザーは、パスワード リセット ユーザー グループのメンバーではありません。 この問題を解決するには、このグループに、ユーザーを追加します。',
    ],
    outcome: 'failure',
    label: { en: 'User not in the SSPR group', ja: 'SSPR 対象グループに未所属' },
    explanation: {
      en: 'Self-service reset is limited to a selected group and this user is not a member, so the reset was refused. The user can do nothing about it themselves.',
      ja: 'SSPR は選択したグループのメンバーだけに許可されており、このユーザーはそのグループに含まれていないため、リセットが拒否されました。ユーザー側では対処できません。',
    },
    nextStep: {
      en: 'Find the group under Password reset > Properties in the Entra admin center and add the user to it (or widen the scope), then ask them to retry.',
      ja: 'Microsoft Entra 管理センターの [パスワード リセット] > [プロパティ] で対象グループを確認してユーザーを追加する (または対象範囲を広げる) と、再試行できるようになります。',
    },
    source: 'seed:002',
    tags: ['sspr', 'policy'],
  },
  {
    family: 'sspr-classic-detail',
    code: 'Password reset has been disabled entirely for this tenant. See here to resolve this',
    aliases: [
      'Password reset has been disabled entirely for this tenant',
      'パスワード リセットが、このテナントですべて無効になっています。 これを解決するには、 ここ を参照してください。',
    ],
    outcome: 'failure',
    label: { en: 'SSPR turned off for the tenant', ja: 'テナント全体で SSPR が無効' },
    explanation: {
      en: 'Self-service password reset is switched off for the whole tenant, so no user can reset on their own. Any user who tries will get this result.',
      ja: 'テナント全体で SSPR が無効になっているため、どのユーザーも自分でパスワードをリセットできません。試行したユーザーは全員この結果になります。',
    },
    nextStep: {
      en: 'If self-service reset is intended, set it to Selected or All under Password reset > Properties in the Entra admin center; until then, point users to the helpdesk.',
      ja: 'SSPR を使う方針であれば、Microsoft Entra 管理センターの [パスワード リセット] > [プロパティ] で [選択済み] または [すべて] に設定してください。それまではユーザーにヘルプデスクへ連絡するよう案内してください。',
    },
    source: 'seed:002',
    tags: ['sspr', 'policy'],
  },
  // ---- Succeeded (成功) ---------------------------------------------------------------------------------------
  {
    family: 'sspr-classic-detail',
    code: 'User successfully reset password',
    aliases: ['ユーザーが、正常にパスワードをリセットしました。'],
    outcome: 'success',
    label: { en: 'Password reset by the user', ja: 'ユーザーがパスワードをリセット' },
    explanation: {
      en: 'The user completed verification and the new password was accepted (and written back on premises where applicable). Existing sessions that depended on the old password will need the new one.',
      ja: 'ユーザーは本人確認を完了し、新しいパスワードが受け付けられました (必要な場合はオンプレミスにも書き戻されています)。古いパスワードを使っていたデバイスやアプリでは新しいパスワードの入力が必要になります。',
    },
    nextStep: {
      en: 'Nothing to do if the user expected it. If not, treat it as a possible account takeover: reset the password again, revoke sessions and check which methods were used.',
      ja: 'ユーザーが意図したリセットであれば対応不要です。心当たりがない場合はアカウント乗っ取りの可能性があるため、パスワードを再リセットし、セッションを取り消し、使われた認証方法を確認してください。',
    },
    source: 'seed:002',
    tags: ['sspr'],
  },
];
