/**
 * MFA fatigue (push bombing): many push or phone prompts one user declined, ignored or reported within a short
 * window — an attacker who has the password sends prompt after prompt until the user approves one. Worst when a
 * success for the same user follows. Defaults from Sigma `azure_successful_mfa_fatigue_attack.yml` (≥ 7 failed prompts
 * in 10 minutes, then a success within the same 10 minutes); Splunk and Sentinel use 9–10 in 5–10 minutes.
 *
 * Reads sign-in exports (MFA result column / status details / authentication steps), AuthDetails steps that carry a
 * user, and MFA Server call results. One pass over the time order to group refused prompts and successes by user, then
 * a two-pointer window per user: O(rows) after the shared sort.
 */
import { OUTCOMES } from '../../catalog/types';
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { MINUTE } from '../time-order';
import { firstAtOrAfter, pushTo, type DetectionContext } from './context';
import { mfaFatigueKql, scopeComment } from './kql';
import { SETTING_SPECS } from './settings';
import { at, duration, L, line, names } from './text';
import { burstRows, findBursts, RowCounter } from './windows';

const SUCCESS = OUTCOMES.indexOf('success');
const RULE = SETTING_SPECS.find((s) => s.key === 'mfaFatigue.minRefusedPrompts')!.source;

export function detectMfaFatigue(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const f = settings.mfaFatigue;
  const refused = new Map<number, number[]>();
  const successes = new Map<number, number[]>();
  const outcomes = index.columns.outcome;
  for (const row of order.rows) {
    const user = index.id('user', row);
    if (!user) continue;
    if (facts.isRefusedPrompt(row)) pushTo(refused, user, row);
    else if (outcomes[row] === SUCCESS) pushTo(successes, user, row);
  }

  const findings: Finding[] = [];
  const kql = mfaFatigueKql(settings);
  for (const [user, rows] of refused) {
    for (const burst of findBursts(rows, times, f.windowMinutes * MINUTE, new RowCounter(f.minRefusedPrompts))) {
      const attempts = burstRows(rows, burst);
      const start = times[attempts[0]!]!;
      const end = times[attempts[attempts.length - 1]!]!;
      const userSuccesses = successes.get(user) ?? [];
      const next = firstAtOrAfter(userSuccesses, times, start);
      const successRow = next >= 0 && times[userSuccesses[next]!]! <= end + f.successWithinMinutes * MINUTE ? userSuccesses[next]! : undefined;
      const name = index.strings.get(user);
      const ips = valuesOf(index, 'ip', attempts);
      const n = attempts.length;
      const span = duration(end - start);
      const from = ips.length ? names(ips, 3) : L('an unknown address', '不明なアドレス');
      let explanation = L(
        `${name} declined, ignored or reported ${n} push or phone MFA prompts between ${at(start)} and ${at(end)} (${span.en}), requested from ${from.en}. Someone who already has the password sends prompt after prompt, hoping the user approves one just to make them stop.`,
        `${name} さんは ${at(start)} から ${at(end)} までの ${span.ja}に、プッシュ通知または電話による MFA のプロンプトを ${n} 回、拒否・無視・不正報告しました (要求元: ${from.ja})。パスワードをすでに知っている人物が、ユーザーが根負けして承認するのを狙ってプロンプトを送り続けている可能性があります。`,
      );
      if (successRow !== undefined) {
        const l = line(index.line(successRow));
        explanation = L(
          `${explanation.en} Then, at ${at(times[successRow])}, a sign-in for the same user succeeded (${l.en}) from ${index.value('ip', successRow) || 'an unknown address'}: one of the prompts was probably approved.`,
          `${explanation.ja}その後 ${at(times[successRow])} に同じユーザーのサインインが成功しています (${l.ja}、IP: ${index.value('ip', successRow) || '不明'})。いずれかのプロンプトが承認された可能性が高いです。`,
        );
      }
      const nextStep =
        successRow !== undefined
          ? L(
              'Treat the account as compromised: revoke the user\'s sessions, reset the password, remove MFA methods the user does not recognize, and check what the successful sign-in accessed. Make sure number matching and additional context are on in Microsoft Authenticator.',
              'アカウントが侵害されたものとして扱ってください。ユーザーのセッションを取り消し、パスワードをリセットし、ユーザーに覚えのない MFA の方法を削除したうえで、成功したサインインが何にアクセスしたかを確認してください。Microsoft Authenticator の番号の一致と追加のコンテキストが有効になっていることも確認してください。',
            )
          : L(
              'Ask the user whether they were trying to sign in at that time. If not, someone else knows the password: reset it and revoke the user\'s sessions. Make sure number matching is on so a prompt cannot be approved without looking.',
              'その時間にサインインしようとしていたかをユーザーに確認してください。心当たりがなければ、第三者がパスワードを知っています。パスワードをリセットし、ユーザーのセッションを取り消してください。よく確認せずにプロンプトを承認できないよう、番号の一致が有効になっていることも確認してください。',
            );
      const evidenceRows = [...attempts.map((row) => ({ row, role: 'attempt' as const })), ...(successRow !== undefined ? [{ row: successRow, role: 'success' as const }] : [])];
      findings.push({
        id: 'mfa-fatigue',
        severity: successRow !== undefined ? 'high' : 'medium',
        title:
          successRow !== undefined
            ? L('MFA fatigue followed by a successful sign-in', 'MFA 疲労攻撃の後にサインインが成功')
            : L('MFA fatigue: many refused MFA prompts', 'MFA 疲労攻撃: 多数の MFA プロンプトが拒否されています'),
        explanation,
        nextStep,
        users: [name],
        ips,
        ...spanOf(index, evidenceRows.map((e) => e.row)),
        evidence: evidenceOf(index, evidenceRows),
        evidenceTotal: evidenceRows.length,
        rule: RULE,
        thresholds: {
          'mfaFatigue.minRefusedPrompts': f.minRefusedPrompts,
          'mfaFatigue.windowMinutes': f.windowMinutes,
          'mfaFatigue.successWithinMinutes': f.successWithinMinutes,
        },
        kql: scopeComment('UserPrincipalName', [name]) + kql,
      });
    }
  }
  return findings;
}
