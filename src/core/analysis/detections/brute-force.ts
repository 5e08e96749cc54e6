/**
 * Brute force on one account: many password failures or lockouts for one user within a short window. Defaults from
 * Sentinel `SigninBruteForce-AzurePortal.yaml` (at least 10 failures in a 20-minute session window); escalated to high
 * when a code proving the password was right follows within the same window — the guess worked, or the user finally
 * remembered it (the IP addresses tell which).
 *
 * One pass over the time order groups credential failures and password-accepted rows by user, then a two-pointer
 * window per user and a binary search for the first accepted row: O(rows) after the shared sort.
 */
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { MINUTE } from '../time-order';
import { firstAtOrAfter, pushTo, type DetectionContext } from './context';
import { bruteForceKql, scopeComment } from './kql';
import { SETTING_SPECS } from './settings';
import { at, duration, L, line, names } from './text';
import { burstRows, findBursts, RowCounter } from './windows';

const RULE = SETTING_SPECS.find((s) => s.key === 'bruteForce.minFailures')!.source;

export function detectBruteForce(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const b = settings.bruteForce;
  const failures = new Map<number, number[]>();
  const accepted = new Map<number, number[]>();
  for (const row of order.rows) {
    const user = index.id('user', row);
    if (!user) continue;
    if (facts.isCredentialFailure(row)) pushTo(failures, user, row);
    else if (facts.passwordAccepted(row)) pushTo(accepted, user, row);
  }

  const findings: Finding[] = [];
  const kql = bruteForceKql(settings);
  const windowMs = b.windowMinutes * MINUTE;
  for (const [user, rows] of failures) {
    for (const burst of findBursts(rows, times, windowMs, new RowCounter(b.minFailures))) {
      const attempts = burstRows(rows, burst);
      const start = times[attempts[0]!]!;
      const end = times[attempts[attempts.length - 1]!]!;
      const userAccepted = accepted.get(user) ?? [];
      const k = firstAtOrAfter(userAccepted, times, start);
      const acceptedRow = k >= 0 && times[userAccepted[k]!]! <= end + windowMs ? userAccepted[k]! : undefined;
      const name = index.strings.get(user);
      const ips = valuesOf(index, 'ip', attempts);
      const span = duration(end - start);
      const from = ips.length ? names(ips, 3) : L('unknown addresses', '不明なアドレス');
      let explanation = L(
        `${attempts.length} sign-ins as ${name} failed on the password or were locked out between ${at(start)} and ${at(end)} (${span.en}), from ${from.en}. That many wrong passwords in so little time is password guessing — by an attacker, or by a script or device still using an old password.`,
        `${at(start)} から ${at(end)} までの ${span.ja}に、${name} としてのサインインがパスワードの誤りまたはロックアウトで ${attempts.length} 回失敗しています (要求元: ${from.ja})。短時間にこれだけパスワードを誤るのはパスワードの推測です。攻撃者によるものか、古いパスワードを使い続けているスクリプトやデバイスによるものです。`,
      );
      if (acceptedRow !== undefined) {
        const l = line(index.line(acceptedRow));
        explanation = L(
          `${explanation.en} At ${at(times[acceptedRow])} the password was accepted (${l.en}, code ${index.value('code', acceptedRow)}, from ${index.value('ip', acceptedRow) || 'an unknown address'}).`,
          `${explanation.ja}${at(times[acceptedRow])} にパスワードが受け入れられています (${l.ja}、コード ${index.value('code', acceptedRow)}、IP: ${index.value('ip', acceptedRow) || '不明'})。`,
        );
      }
      const nextStep =
        acceptedRow !== undefined
          ? L(
              'Compare the address of the accepted sign-in with the user\'s usual ones. If it is not the user, reset the password, revoke sessions and review recent MFA registrations; if it is, find the device or script that kept sending the old password.',
              '受け入れられたサインインのアドレスを、ユーザーが普段使うアドレスと比べてください。本人でなければパスワードをリセットし、セッションを取り消し、最近の MFA 登録を確認してください。本人であれば、古いパスワードを送り続けていたデバイスやスクリプトを特定してください。',
            )
          : L(
              'Check whether the addresses belong to the user (an old phone or mail client retrying a changed password). If not, block them and make sure the account has MFA and Smart Lockout; watch for a later successful sign-in.',
              'アドレスがユーザー本人のもの (変更前のパスワードで再試行し続ける古いスマートフォンやメール クライアント) か確認してください。本人のものでなければブロックし、アカウントに MFA とスマート ロックアウトが効いていることを確認したうえで、その後のサインイン成功に注意してください。',
            );
      const evidenceRows = [...attempts.map((row) => ({ row, role: 'attempt' as const })), ...(acceptedRow !== undefined ? [{ row: acceptedRow, role: 'accepted' as const }] : [])];
      findings.push({
        id: 'brute-force',
        severity: acceptedRow !== undefined ? 'high' : 'medium',
        title:
          acceptedRow !== undefined
            ? L('Password guessing on one account, then the password was accepted', '1 つのアカウントへのパスワード推測の後、パスワードが受け入れられました')
            : L('Password guessing on one account', '1 つのアカウントへのパスワード推測'),
        explanation,
        nextStep,
        users: [name],
        ips,
        ...spanOf(index, evidenceRows.map((e) => e.row)),
        evidence: evidenceOf(index, evidenceRows),
        evidenceTotal: evidenceRows.length,
        rule: RULE,
        thresholds: { 'bruteForce.minFailures': b.minFailures, 'bruteForce.windowMinutes': b.windowMinutes },
        kql: scopeComment('UserPrincipalName', [name]) + kql,
      });
    }
  }
  return findings;
}
