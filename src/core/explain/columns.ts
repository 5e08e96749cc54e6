/**
 * What a column is, in English and Japanese, for hovers on a header or a JSON key. Keyed by the field names the kind
 * modules use (`formats/kinds/*`); the code column's meaning depends on the kind of report.
 */
import type { Localized } from '../catalog';
import type { ReportKind } from '../formats/kinds/kind';

const L = (en: string, ja: string): Localized => ({ en, ja });

const CODE_BY_KIND: Partial<Record<ReportKind, Localized>> = {
  signin: L(
    'Sign-in error code: 0 means the sign-in succeeded; any other number says why it failed or what interrupted it. Hover a code to read its meaning.',
    'サインインのエラー コード: 0 はサインイン成功を表し、それ以外の番号は失敗や中断の理由を表します。コードにカーソルを合わせると意味が表示されます。',
  ),
  'signin-auth-details': L(
    'Result of one authentication step (password, MFA prompt …) of a sign-in.',
    'サインインの 1 つの認証ステップ (パスワード、MFA の確認など) の結果です。',
  ),
  audit: L(
    'Result reason of the audited activity (an SSPR step, a failure reason), or the activity itself when there is no reason.',
    '監査対象アクティビティの結果の理由 (SSPR の手順や失敗の理由) です。理由がない場合はアクティビティ名です。',
  ),
  'mfa-server-activity': L('Call result of the MFA Server: how the second factor went.', 'MFA Server の呼び出し結果で、2 つ目の要素の結果を表します。'),
  'sspr-reset-activity': L('Details of the password reset: why it ended as it did.', 'パスワード リセットの詳細で、その結果になった理由を表します。'),
  'sspr-registration-activity': L('Authentication data the user registered for password reset.', 'ユーザーがパスワード リセット用に登録した認証データです。'),
  'mfa-status': L('Per-user MFA state (Disabled, Enabled or Enforced).', 'ユーザーごとの MFA の状態 (Disabled、Enabled、Enforced) です。'),
  'registration-details': L('Authentication methods the user has registered.', 'ユーザーが登録済みの認証方法です。'),
};

const FIELDS: Readonly<Record<string, Localized>> = {
  time: L('When the event happened (UTC unless the value says otherwise).', 'イベントの発生日時です (値にタイム ゾーンがない場合は UTC)。'),
  user: L('The user (user principal name) the row is about.', '行の対象ユーザー (ユーザー プリンシパル名) です。'),
  userName: L('The user principal name that signed in.', 'サインインしたユーザー プリンシパル名です。'),
  userDisplay: L('Display name of the user.', 'ユーザーの表示名です。'),
  servicePrincipal: L('The service principal (application identity) that signed in.', 'サインインしたサービス プリンシパル (アプリケーションの ID) です。'),
  status: L('Overall result as the portal states it: Success, Failure or Interrupted.', 'ポータルが示す全体の結果 (Success、Failure、Interrupted) です。'),
  failureReason: L('The error text that goes with the sign-in error code.', 'サインインのエラー コードに対応するエラー メッセージです。'),
  mfaResult: L('How MFA was satisfied or why it was denied. Hover the value for its meaning.', 'MFA がどのように満たされたか、または拒否された理由です。値にカーソルを合わせると意味が表示されます。'),
  additionalDetails: L('Additional detail of the result, often how MFA went.', '結果の追加情報で、多くの場合 MFA の結果を表します。'),
  mfaMethod: L('The MFA method used (app notification, text message, OATH code …).', '使用された MFA の方法 (アプリ通知、テキスト メッセージ、OATH コードなど) です。'),
  method: L('Authentication method of the row.', '行の認証方法です。'),
  app: L('The application signed in to (or, for audits, the service that logged the event).', 'サインイン先のアプリケーションです (監査ログではイベントを記録したサービス)。'),
  ip: L('IP address the request came from.', '要求の送信元 IP アドレスです。'),
  location: L('Location from the IP address: city, state, country or region.', 'IP アドレスから推定された場所 (市区町村、都道府県、国または地域) です。'),
  country: L('Country or region from the IP address.', 'IP アドレスから推定された国または地域です。'),
  clientApp: L('Client app or protocol; legacy protocols (IMAP, POP, SMTP, ActiveSync, other clients) cannot do MFA.', 'クライアント アプリまたはプロトコルです。レガシ プロトコル (IMAP、POP、SMTP、ActiveSync、その他のクライアント) は MFA に対応しません。'),
  requestId: L('Request ID: one sign-in; the AuthDetails export uses it to list the sign-in\'s steps.', '要求 ID: 1 回のサインインを表します。AuthDetails のエクスポートではこの ID でサインインの各ステップを結び付けます。'),
  correlationId: L('Correlation ID: groups the requests of one sign-in flow or one operation.', '相関 ID: 1 つのサインインの流れや 1 つの操作に属する要求をまとめます。'),
  sessionId: L('Session ID: the sign-in session the request belongs to.', 'セッション ID: 要求が属するサインイン セッションです。'),
  userAgent: L('User agent of the client; BAV2ROPC or an unusual agent can point to legacy authentication or a script.', 'クライアントのユーザー エージェントです。BAV2ROPC や見慣れないエージェントはレガシ認証やスクリプトの可能性があります。'),
  authRequirement: L('Whether single-factor or multifactor authentication was required.', '単一要素認証と多要素認証のどちらが必要だったかを示します。'),
  managedIdentity: L('Type of managed identity that signed in.', 'サインインしたマネージド ID の種類です。'),
  methodDetail: L('Detail of the authentication method (for example a masked phone number).', '認証方法の詳細 (マスクされた電話番号など) です。'),
  succeeded: L('Whether this authentication step succeeded.', 'この認証ステップが成功したかどうかを示します。'),
  resultDetail: L('Result of this authentication step. Hover the value for its meaning.', 'この認証ステップの結果です。値にカーソルを合わせると意味が表示されます。'),
  requirement: L('What the step was for: primary (password) or multifactor authentication.', 'ステップの目的 (プライマリ認証 = パスワード、または多要素認証) です。'),
  service: L('The service that logged the audit event (e.g. Self-service Password Management).', '監査イベントを記録したサービス (Self-service Password Management など) です。'),
  category: L('Category of the audit event.', '監査イベントのカテゴリです。'),
  activity: L('The audited activity. Hover the value for its meaning.', '監査対象のアクティビティです。値にカーソルを合わせると意味が表示されます。'),
  result: L('Result of the row: success or failure.', '行の結果 (成功または失敗) です。'),
  reason: L('Why the activity ended as it did (SSPR steps and failure reasons). Hover the value for its meaning.', 'アクティビティがその結果になった理由 (SSPR の手順や失敗の理由) です。値にカーソルを合わせると意味が表示されます。'),
  actorUpn: L('Who performed the activity (user principal name).', 'アクティビティを実行したユーザー (ユーザー プリンシパル名) です。'),
  actorName: L('Display name of who performed the activity.', 'アクティビティを実行したユーザーの表示名です。'),
  actorApp: L('The application that performed the activity.', 'アクティビティを実行したアプリケーションです。'),
  targetType: L('Type of the first object the activity changed.', 'アクティビティが変更した最初のオブジェクトの種類です。'),
  targetUpn: L('The user the activity changed.', 'アクティビティが変更したユーザーです。'),
  targetName: L('Display name of the first object the activity changed.', 'アクティビティが変更した最初のオブジェクトの表示名です。'),
  phone: L('Phone number the MFA Server called or texted.', 'MFA Server が電話またはテキスト メッセージを送った電話番号です。'),
  role: L('Directory role of the user.', 'ユーザーのディレクトリ ロールです。'),
  details: L('Why the password reset ended as it did. Hover the value for its meaning.', 'パスワード リセットがその結果になった理由です。値にカーソルを合わせると意味が表示されます。'),
  data: L('Authentication data registered (alternate email, phones, security questions).', '登録された認証データ (連絡用メール、電話、秘密の質問) です。'),
  methods: L('Authentication methods registered by the user. Hover the value for each method.', 'ユーザーが登録した認証方法です。値にカーソルを合わせると各方法が表示されます。'),
  preferred: L('The MFA method the user prefers (or the system prefers).', 'ユーザー (またはシステム) が優先する MFA の方法です。'),
  isAdmin: L('Whether the user holds an administrator role.', 'ユーザーが管理者ロールを持つかどうかを示します。'),
  mfaRegistered: L('Whether the user has registered a method usable for MFA.', 'MFA に使える方法をユーザーが登録済みかどうかを示します。'),
  mfaCapable: L('Whether the user can do MFA with a strong method that policy allows.', 'ポリシーで許可された強力な方法で MFA を実行できるかどうかを示します。'),
  ssprRegistered: L('Whether the user has registered for self-service password reset.', 'セルフサービス パスワード リセットに登録済みかどうかを示します。'),
  userType: L('Member or guest.', 'メンバーまたはゲストです。'),
  name: L('Display name of the user.', 'ユーザーの表示名です。'),
  feature: L('Registration or reset.', '登録またはリセットです。'),
  authDetails: L('The authentication steps of the sign-in (password, MFA …) with their results.', 'サインインの認証ステップ (パスワード、MFA など) とその結果です。'),
  mfaDetail: L('MFA method and detail (older field).', 'MFA の方法と詳細です (古いフィールド)。'),
};

/** What the column holding `field` is, in this kind of report; undefined for a column the product does not use. */
export function describeField(kind: ReportKind, field: string | undefined): Localized | undefined {
  if (!field) return undefined;
  if (field === 'code') return CODE_BY_KIND[kind] ?? L('The code explained for each row.', '各行で説明されるコードです。');
  return FIELDS[field];
}
