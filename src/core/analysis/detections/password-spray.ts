/**
 * Password spray: one IP address failing the password for many different users in a short window (a few common
 * passwords tried against many accounts, slowly enough to stay under lockout). Defaults from Sentinel
 * `SigninPasswordSpray.yaml`: at least 5 distinct accounts per 20 minutes, and only when the address has more failed
 * users than successful ones (a shared office address has many of both). Escalated to high when a targeted user then
 * shows a code proving the password was right (0, 50055, 50074, 500121, 53003, … — the rule's success codes) from the
 * same address.
 *
 * One pass over the time order groups credential failures, password-accepted rows and successful users by IP; then a
 * two-pointer window per IP with a distinct-user count: O(rows) after the shared sort.
 */
import { OUTCOMES } from '../../catalog/types';
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { MINUTE } from '../time-order';
import { firstAtOrAfter, pushTo, type DetectionContext } from './context';
import { passwordSprayKql, scopeComment } from './kql';
import { SETTING_SPECS } from './settings';
import { at, duration, L, names } from './text';
import { burstRows, DistinctCounter, findBursts } from './windows';

const SUCCESS = OUTCOMES.indexOf('success');
const RULE = SETTING_SPECS.find((s) => s.key === 'passwordSpray.minUsers')!.source;

export function detectPasswordSpray(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const p = settings.passwordSpray;
  const failures = new Map<number, number[]>();
  const accepted = new Map<number, number[]>();
  const successfulUsers = new Map<number, Set<number>>();
  const outcomes = index.columns.outcome;
  for (const row of order.rows) {
    const ip = index.id('ip', row);
    if (!ip) continue;
    if (facts.isCredentialFailure(row)) {
      if (index.id('user', row)) pushTo(failures, ip, row);
      continue;
    }
    if (facts.passwordAccepted(row)) pushTo(accepted, ip, row);
    if (outcomes[row] === SUCCESS) {
      const user = index.id('user', row);
      if (!user) continue;
      let users = successfulUsers.get(ip);
      if (!users) successfulUsers.set(ip, (users = new Set()));
      users.add(user);
    }
  }

  const findings: Finding[] = [];
  const kql = passwordSprayKql(settings);
  for (const [ip, rows] of failures) {
    const counter = new DistinctCounter((row) => index.id('user', row), p.minUsers);
    const bursts = findBursts(rows, times, p.windowMinutes * MINUTE, counter);
    const acceptedHere = accepted.get(ip) ?? [];
    bursts.forEach((burst, i) => {
      const attempts = burstRows(rows, burst);
      const targeted = new Set(attempts.map((row) => index.id('user', row)));
      // Sentinel's guard: an address where as many users succeed as fail is a shared office or proxy, not a sprayer.
      if (targeted.size <= (successfulUsers.get(ip)?.size ?? 0)) return;
      const start = times[attempts[0]!]!;
      const end = times[attempts[attempts.length - 1]!]!;
      // A password accepted after this burst and before the address's next burst (each accepted row is read once).
      const until = i + 1 < bursts.length ? times[rows[bursts[i + 1]!.first]!]! : Infinity;
      const hits: number[] = [];
      const from = firstAtOrAfter(acceptedHere, times, start);
      for (let k = from; k >= 0 && k < acceptedHere.length; k++) {
        const row = acceptedHere[k]!;
        if (times[row]! >= until) break;
        if (targeted.has(index.id('user', row))) hits.push(row);
      }
      const address = index.strings.get(ip);
      const users = valuesOf(index, 'user', attempts);
      const cracked = valuesOf(index, 'user', hits);
      const span = duration(end - start);
      let explanation = L(
        `${address} failed to sign in as ${targeted.size} different users (${attempts.length} attempts) between ${at(start)} and ${at(end)} (${span.en}): ${names(users).en}. Trying a few passwords against many accounts, slowly enough to avoid lockouts, is how password spraying works.`,
        `${at(start)} から ${at(end)} までの ${span.ja}に、${address} から ${targeted.size} 人の異なるユーザーとしてのサインインが失敗しています (${attempts.length} 回: ${names(users).ja})。ロックアウトを避けながら少数のパスワードを多数のアカウントに試すのが、パスワード スプレーの手口です。`,
      );
      if (hits.length) {
        explanation = L(
          `${explanation.en} Afterwards the same address got a code that proves the password was right for ${names(cracked).en} (first at ${at(times[hits[0]!])}): the spray found a working password.`,
          `${explanation.ja}その後、同じアドレスで ${names(cracked).ja} のパスワードが正しかったことを示すコードが記録されています (最初は ${at(times[hits[0]!])})。スプレーで有効なパスワードが見つかっています。`,
        );
      }
      const nextStep = hits.length
        ? L(
            `Reset the password of ${names(cracked).en} now and revoke their sessions; check what was accessed after the accepted sign-in. Block ${address} (named location or firewall) and check the other targeted accounts for successful sign-ins from anywhere.`,
            `${names(cracked).ja} のパスワードを今すぐリセットし、セッションを取り消してください。受け入れられたサインインの後に何がアクセスされたかを確認してください。${address} をブロック (ネームド ロケーションやファイアウォール) し、ほかの標的アカウントにもどこかからのサインイン成功がないか確認してください。`,
          )
        : L(
            `Block ${address} (named location or firewall) and make sure the targeted users are protected by MFA and Smart Lockout. Watch these users for successful sign-ins from unusual places; consider banned-password lists so common passwords cannot be used.`,
            `${address} をブロック (ネームド ロケーションやファイアウォール) し、標的となったユーザーが MFA とスマート ロックアウトで保護されていることを確認してください。これらのユーザーに普段と違う場所からのサインイン成功がないか注意し、よく使われるパスワードを使えないよう禁止パスワード リストの利用も検討してください。`,
          );
      const evidenceRows = [...attempts.map((row) => ({ row, role: 'attempt' as const })), ...hits.map((row) => ({ row, role: 'accepted' as const }))];
      findings.push({
        id: 'password-spray',
        severity: hits.length ? 'high' : 'medium',
        title: hits.length
          ? L('Password spray found a working password', 'パスワード スプレーで有効なパスワードが見つかりました')
          : L('Password spray from one IP address', '1 つの IP アドレスからのパスワード スプレー'),
        explanation,
        nextStep,
        users: users,
        ips: [address],
        ...spanOf(index, evidenceRows.map((e) => e.row)),
        evidence: evidenceOf(index, evidenceRows),
        evidenceTotal: evidenceRows.length,
        rule: RULE,
        thresholds: { 'passwordSpray.minUsers': p.minUsers, 'passwordSpray.windowMinutes': p.windowMinutes },
        kql: scopeComment('IPAddress', [address]) + kql,
      });
    });
  }
  return findings;
}
