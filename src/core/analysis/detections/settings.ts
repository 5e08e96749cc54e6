/**
 * Detection thresholds: typed settings with defaults taken from published detection rules (reference 05), described
 * as data so the editor can contribute them as `entraReportLens.detections.<key>` settings and the CLI can accept
 * `--set key=value`. A detection reads only `DetectionSettings`; nothing else holds a threshold.
 */
import type { Localized } from '../../catalog';

export interface DetectionSettings {
  readonly mfaFatigue: { readonly minRefusedPrompts: number; readonly windowMinutes: number; readonly successWithinMinutes: number };
  readonly passwordSpray: { readonly minUsers: number; readonly windowMinutes: number };
  readonly bruteForce: { readonly minFailures: number; readonly windowMinutes: number };
  readonly distributedAttempts: { readonly minFailures: number; readonly minLocations: number; readonly windowMinutes: number };
  readonly ssprAbuse: {
    readonly resetUsersPerIp: number;
    readonly gateAttemptsPerIp: number;
    readonly windowMinutes: number;
    readonly mfaChangeWithinMinutes: number;
  };
}

type Group = keyof DetectionSettings;
export type SettingKey = { [G in Group]: `${G}.${Extract<keyof DetectionSettings[G], string>}` }[Group];

export interface SettingSpec {
  readonly key: SettingKey;
  readonly type: 'integer';
  readonly default: number;
  readonly minimum: number;
  readonly description: Localized;
  /** The public rule the default comes from. */
  readonly source: string;
}

const SIGMA_FATIGUE = 'SigmaHQ/sigma rules/cloud/azure/signin_logs/azure_successful_mfa_fatigue_attack.yml';
const SENTINEL_SPRAY = 'Azure/Azure-Sentinel Solutions/Microsoft Entra ID/Analytic Rules/SigninPasswordSpray.yaml';
const SENTINEL_BRUTE = 'Azure/Azure-Sentinel Solutions/Microsoft Entra ID/Analytic Rules/SigninBruteForce-AzurePortal.yaml';
const SENTINEL_DISTRIBUTED = 'Azure/Azure-Sentinel Solutions/Microsoft Entra ID/Analytic Rules/DistribPassCrackAttempt.yaml';
const LE0LI9HT_SSPR = 'le0li9ht/Microsoft-Sentinel-Queries EntraID/PasswordReset.md';
const MS_SSPR_REPORTING = 'MicrosoftDocs/entra-docs docs/identity/authentication/howto-sspr-reporting.md (Blocked from self-service password reset)';

/** Every setting, in the order the editor lists them. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'mfaFatigue.minRefusedPrompts', type: 'integer', default: 7, minimum: 2, source: SIGMA_FATIGUE,
    description: {
      en: 'MFA fatigue: how many push or phone prompts one user must decline, leave unanswered or report as fraud within the window (Sigma: at least 7 in 10 minutes).',
      ja: 'MFA 疲労攻撃: 1 人のユーザーが時間枠内に拒否・無応答・不正報告したプッシュ通知や電話の件数がこの数以上で検出します (Sigma: 10 分間に 7 件以上)。',
    },
  },
  {
    key: 'mfaFatigue.windowMinutes', type: 'integer', default: 10, minimum: 1, source: SIGMA_FATIGUE,
    description: { en: 'MFA fatigue: the sliding window, in minutes.', ja: 'MFA 疲労攻撃: スライドする時間枠 (分) です。' },
  },
  {
    key: 'mfaFatigue.successWithinMinutes', type: 'integer', default: 10, minimum: 0, source: SIGMA_FATIGUE,
    description: {
      en: 'MFA fatigue: a success for the same user within this many minutes after the last refused prompt raises the finding to high (Sigma: within the same 10 minutes).',
      ja: 'MFA 疲労攻撃: 最後に拒否されたプロンプトからこの分数以内に同じユーザーの成功があれば、重大度を「高」に上げます (Sigma: 同じ 10 分以内)。',
    },
  },
  {
    key: 'passwordSpray.minUsers', type: 'integer', default: 5, minimum: 2, source: SENTINEL_SPRAY,
    description: {
      en: 'Password spray: how many distinct users one IP address must fail to sign in as within the window (Sentinel: at least 5 accounts per 20 minutes).',
      ja: 'パスワード スプレー: 1 つの IP アドレスから時間枠内にサインインに失敗した異なるユーザーの数がこの数以上で検出します (Sentinel: 20 分間に 5 アカウント以上)。',
    },
  },
  {
    key: 'passwordSpray.windowMinutes', type: 'integer', default: 20, minimum: 1, source: SENTINEL_SPRAY,
    description: { en: 'Password spray: the sliding window, in minutes.', ja: 'パスワード スプレー: スライドする時間枠 (分) です。' },
  },
  {
    key: 'bruteForce.minFailures', type: 'integer', default: 10, minimum: 2, source: SENTINEL_BRUTE,
    description: {
      en: 'Brute force: how many password failures or lockouts one user must have within the window (Sentinel: at least 10 failures in a 20-minute session).',
      ja: 'ブルート フォース: 1 人のユーザーの時間枠内のパスワード失敗・ロックアウトの件数がこの数以上で検出します (Sentinel: 20 分のセッション内に 10 件以上)。',
    },
  },
  {
    key: 'bruteForce.windowMinutes', type: 'integer', default: 20, minimum: 1, source: SENTINEL_BRUTE,
    description: { en: 'Brute force: the sliding window, in minutes.', ja: 'ブルート フォース: スライドする時間枠 (分) です。' },
  },
  {
    key: 'distributedAttempts.minFailures', type: 'integer', default: 31, minimum: 2, source: SENTINEL_DISTRIBUTED,
    description: {
      en: 'Distributed attempts: how many password failures one user must have within the window (Sentinel: more than 30 per day).',
      ja: '分散型の試行: 1 人のユーザーの時間枠内のパスワード失敗の件数がこの数以上で検出します (Sentinel: 1 日に 30 件を超える)。',
    },
  },
  {
    key: 'distributedAttempts.minLocations', type: 'integer', default: 3, minimum: 2, source: SENTINEL_DISTRIBUTED,
    description: {
      en: 'Distributed attempts: from how many distinct locations those failures must come (Sentinel: at least 3).',
      ja: '分散型の試行: それらの失敗が来ている異なる場所の数がこの数以上で検出します (Sentinel: 3 か所以上)。',
    },
  },
  {
    key: 'distributedAttempts.windowMinutes', type: 'integer', default: 1440, minimum: 1, source: SENTINEL_DISTRIBUTED,
    description: { en: 'Distributed attempts: the sliding window, in minutes (Sentinel: one day).', ja: '分散型の試行: スライドする時間枠 (分) です (Sentinel: 1 日)。' },
  },
  {
    key: 'ssprAbuse.resetUsersPerIp', type: 'integer', default: 2, minimum: 2, source: LE0LI9HT_SSPR,
    description: {
      en: 'SSPR abuse: how many distinct users must complete a self-service password reset from one IP address within the window (public hunting query: more than one per day).',
      ja: 'SSPR の悪用: 1 つの IP アドレスから時間枠内にセルフサービス パスワード リセットを完了した異なるユーザーの数がこの数以上で検出します (公開ハンティング クエリ: 1 日に 2 人以上)。',
    },
  },
  {
    key: 'ssprAbuse.gateAttemptsPerIp', type: 'integer', default: 6, minimum: 2, source: MS_SSPR_REPORTING,
    description: {
      en: 'SSPR abuse: how many verification-gate attempts one IP address must start within the window (Microsoft blocks a user after more than 5 in 24 hours).',
      ja: 'SSPR の悪用: 1 つの IP アドレスが時間枠内に開始した確認ゲートの試行数がこの数以上で検出します (Microsoft は 24 時間に 5 回を超えるとユーザーをブロックします)。',
    },
  },
  {
    key: 'ssprAbuse.windowMinutes', type: 'integer', default: 1440, minimum: 1, source: LE0LI9HT_SSPR,
    description: { en: 'SSPR abuse: the sliding window for resets and gate attempts from one IP, in minutes (one day).', ja: 'SSPR の悪用: 1 つの IP からのリセットとゲート試行を数える時間枠 (分) です (1 日)。' },
  },
  {
    key: 'ssprAbuse.mfaChangeWithinMinutes', type: 'integer', default: 60, minimum: 1, source: LE0LI9HT_SSPR,
    description: {
      en: 'SSPR abuse: a security-info change (MFA method registered, changed or deleted) this many minutes or fewer after the same user\'s self-service reset is reported. The rule gives no window; one hour is ours.',
      ja: 'SSPR の悪用: 同じユーザーのセルフサービス リセットからこの分数以内にセキュリティ情報 (MFA の方法) の登録・変更・削除があれば検出します。元のルールに時間枠の指定はなく、1 時間は本製品の既定値です。',
    },
  },
];

function defaults(): DetectionSettings {
  const out: Record<string, Record<string, number>> = {};
  for (const spec of SETTING_SPECS) {
    const [group, name] = spec.key.split('.') as [string, string];
    (out[group] ??= {})[name] = spec.default;
  }
  return out as unknown as DetectionSettings;
}

export const DEFAULT_SETTINGS: DetectionSettings = defaults();

/**
 * Settings from flat overrides (`{"passwordSpray.minUsers": 3}`, as the editor's configuration or the CLI's `--set`
 * give them). Unknown keys, non-numbers and values below a setting's minimum are returned in `rejected` and the
 * default kept, so a typo never switches a detection off silently.
 */
export function resolveSettings(overrides: Readonly<Record<string, unknown>> = {}): { settings: DetectionSettings; rejected: string[] } {
  const out = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Record<string, Record<string, number>>;
  const rejected: string[] = [];
  const specs = new Map(SETTING_SPECS.map((s) => [s.key as string, s]));
  for (const [key, raw] of Object.entries(overrides)) {
    const spec = specs.get(key);
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (!spec || typeof value !== 'number' || !Number.isInteger(value) || value < spec.minimum) {
      rejected.push(key);
      continue;
    }
    const [group, name] = key.split('.') as [string, string];
    out[group]![name] = value;
  }
  return { settings: out as unknown as DetectionSettings, rejected };
}
