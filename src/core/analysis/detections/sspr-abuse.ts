/**
 * Self-service password reset abuse, from audit logs and the classic password reset reports:
 * - blocked from SSPR — more than 5 resets, gates or phone checks in 24 hours throttled the user (Microsoft's SSPR
 *   reporting doc; any occurrence is notable);
 * - many users' resets completed from one IP address (le0li9ht `PasswordReset.md`: more than one actor per IP per day);
 * - many verification gates started from one IP address (more than Microsoft lets one user try in 24 hours);
 * - security info (MFA methods) changed right after the same user's reset — the account-takeover pattern where a
 *   reset is followed by registering the attacker's own phone or app (same query collection).
 *
 * One pass over the time order groups resets and gates by IP, a two-pointer window per IP; the reset-then-change rule
 * keeps each user's latest reset in a map during the same pass: O(rows) after the shared sort (blocked rows: one pass in
 * file order).
 */
import { evidenceOf, spanOf, valuesOf, type EvidenceInput, type Finding } from '../findings';
import { MINUTE } from '../time-order';
import { pushTo, type DetectionContext } from './context';
import { scopeComment, ssprBlockedKql, ssprGatesKql, ssprMfaChangeKql, ssprResetsKql } from './kql';
import { SETTING_SPECS } from './settings';
import { at, duration, L, names } from './text';
import { burstRows, DistinctCounter, findBursts, RowCounter } from './windows';

const source = (key: string) => SETTING_SPECS.find((s) => s.key === key)!.source;

export function detectSsprAbuse(ctx: DetectionContext): Finding[] {
  return [...ssprBlocked(ctx), ...ssprFromOneIp(ctx), ...mfaChangeAfterReset(ctx)];
}

function ssprBlocked(ctx: DetectionContext): Finding[] {
  const { index, facts } = ctx;
  const byUser = new Map<number, number[]>();
  for (let row = 0; row < index.rowCount; row++) if (facts.isSsprBlock(row)) pushTo(byUser, index.id('user', row), row);
  const kql = ssprBlockedKql();
  return [...byUser].map(([user, rows]): Finding => {
    const name = user ? index.strings.get(user) : '';
    const span = spanOf(index, rows);
    const ips = valuesOf(index, 'ip', rows);
    const repeated = rows.length > 1;
    return {
      id: 'sspr-blocked',
      severity: 'medium',
      title: L('User blocked from self-service password reset', 'ユーザーがセルフサービス パスワード リセットからブロックされました'),
      explanation: L(
        `${name || 'A user not named in the export'} was blocked from self-service password reset ${repeated ? `${rows.length} times` : 'once'}${span.firstSeen !== undefined ? ` (${repeated ? 'last ' : ''}at ${at(span.lastSeen)})` : ''}${ips.length ? ` from ${names(ips, 3).en}` : ''}. The block follows more than 5 reset attempts, verification gates or phone checks in 24 hours: either the user kept failing, or someone else is trying to reset their password${repeated ? ' — again and again' : ''}.`,
        `${name ? `${name} さん` : 'エクスポートに名前のないユーザー'}は、セルフサービス パスワード リセットから${repeated ? ` ${rows.length} 回` : ''}ブロックされています${span.firstSeen !== undefined ? ` (${repeated ? '最後は ' : ''}${at(span.lastSeen)})` : ''}${ips.length ? ` (要求元: ${names(ips, 3).ja})` : ''}。24 時間に 5 回を超えるリセットの試行、確認ゲート、電話の確認があるとブロックされます。ユーザー本人が失敗を繰り返したか、第三者がこのユーザーのパスワードをリセットしようとしています。`,
      ),
      nextStep: L(
        'Ask the user whether they were resetting their password. If not, someone is targeting the account: check the SSPR attempts before the block (IP addresses, which gates) and the user\'s registered phone numbers and email. The block lifts by itself after 24 hours.',
        'パスワードをリセットしようとしていたかをユーザーに確認してください。心当たりがなければアカウントが狙われています。ブロック前の SSPR の試行 (IP アドレス、使われた確認ゲート) と、ユーザーが登録している電話番号やメール アドレスを確認してください。ブロックは 24 時間後に自動で解除されます。',
      ),
      users: name ? [name] : [],
      ips,
      ...span,
      evidence: evidenceOf(index, rows.map((row) => ({ row, role: 'block' as const }))),
      evidenceTotal: rows.length,
      rule: source('ssprAbuse.gateAttemptsPerIp'),
      thresholds: {},
      kql: scopeComment('User', name ? [name] : []) + kql,
    };
  });
}

function ssprFromOneIp(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const a = settings.ssprAbuse;
  const resets = new Map<number, number[]>();
  const gates = new Map<number, number[]>();
  for (const row of order.rows) {
    const ip = index.id('ip', row);
    if (!ip) continue;
    if (facts.isSelfServiceReset(row)) pushTo(resets, ip, row);
    else if (facts.isGateAttempt(row)) pushTo(gates, ip, row);
  }
  const windowMs = a.windowMinutes * MINUTE;
  const findings: Finding[] = [];
  const resetsKql = ssprResetsKql(settings);
  for (const [ip, rows] of resets) {
    for (const burst of findBursts(rows, times, windowMs, new DistinctCounter((row) => index.id('user', row), a.resetUsersPerIp))) {
      const done = burstRows(rows, burst);
      const users = valuesOf(index, 'user', done);
      const address = index.strings.get(ip);
      const start = times[done[0]!]!;
      const end = times[done[done.length - 1]!]!;
      findings.push({
        id: 'sspr-resets-one-ip',
        severity: 'medium',
        title: L('Password resets for several users from one IP address', '1 つの IP アドレスから複数ユーザーのパスワード リセット'),
        explanation: L(
          `${users.length} different users completed a self-service password reset from ${address} between ${at(start)} and ${at(end)} (${duration(end - start).en}): ${names(users).en}. People reset their own passwords from their own devices; one address resetting several accounts is a helpdesk desk or kiosk — or someone who controls those users' phones or mailboxes.`,
          `${at(start)} から ${at(end)} までの ${duration(end - start).ja}に、${address} から ${users.length} 人の異なるユーザーがセルフサービス パスワード リセットを完了しています: ${names(users).ja}。本人のパスワードは通常本人のデバイスからリセットされます。1 つのアドレスから複数アカウントがリセットされるのは、ヘルプデスクや共用端末の場合か、それらのユーザーの電話やメールボックスを第三者が握っている場合です。`,
        ),
        nextStep: L(
          `Find out what ${address} is (office, helpdesk, VPN, or unknown). If it is unknown, ask each user whether they reset their password, revoke the sessions of those who did not, and check their registered phone numbers and email addresses.`,
          `${address} が何であるか (オフィス、ヘルプデスク、VPN、または不明) を確認してください。不明な場合は各ユーザーにパスワードをリセットしたかを確認し、心当たりのないユーザーのセッションを取り消し、登録されている電話番号とメール アドレスを確認してください。`,
        ),
        users,
        ips: [address],
        firstSeen: start,
        lastSeen: end,
        evidence: evidenceOf(index, done.map((row) => ({ row, role: 'reset' as const }))),
        evidenceTotal: done.length,
        rule: source('ssprAbuse.resetUsersPerIp'),
        thresholds: { 'ssprAbuse.resetUsersPerIp': a.resetUsersPerIp, 'ssprAbuse.windowMinutes': a.windowMinutes },
        kql: scopeComment('IP', [address]) + resetsKql,
      });
    }
  }
  const gatesKql = ssprGatesKql(settings);
  for (const [ip, rows] of gates) {
    for (const burst of findBursts(rows, times, windowMs, new RowCounter(a.gateAttemptsPerIp))) {
      const attempts = burstRows(rows, burst);
      const users = valuesOf(index, 'user', attempts);
      const address = index.strings.get(ip);
      const start = times[attempts[0]!]!;
      const end = times[attempts[attempts.length - 1]!]!;
      findings.push({
        id: 'sspr-gate-attempts-one-ip',
        severity: 'medium',
        title: L('Many password-reset verification attempts from one IP address', '1 つの IP アドレスからの多数のパスワード リセット確認の試行'),
        explanation: L(
          `${address} started ${attempts.length} SSPR verification gates (text, call, app or email checks) between ${at(start)} and ${at(end)} (${duration(end - start).en}) for ${users.length} user${users.length === 1 ? '' : 's'}: ${names(users).en}. Microsoft blocks a single user after more than 5 in 24 hours; this many from one address looks like someone probing which accounts can be reset.`,
          `${at(start)} から ${at(end)} までの ${duration(end - start).ja}に、${address} から ${users.length} 人のユーザー (${names(users).ja}) に対して SSPR の確認ゲート (SMS、電話、アプリ、メールによる確認) が ${attempts.length} 回開始されています。Microsoft は 1 人のユーザーについて 24 時間に 5 回を超えるとブロックします。1 つのアドレスからこれだけ多いのは、どのアカウントをリセットできるか探っている可能性があります。`,
        ),
        nextStep: L(
          `Check whether ${address} belongs to your organization. If not, block it, and ask the users whether they tried to reset their passwords; review their registered verification methods.`,
          `${address} が組織のものかを確認してください。組織のものでなければブロックし、各ユーザーにパスワードをリセットしようとしたかを確認したうえで、登録されている確認方法を見直してください。`,
        ),
        users,
        ips: [address],
        firstSeen: start,
        lastSeen: end,
        evidence: evidenceOf(index, attempts.map((row) => ({ row, role: 'attempt' as const }))),
        evidenceTotal: attempts.length,
        rule: source('ssprAbuse.gateAttemptsPerIp'),
        thresholds: { 'ssprAbuse.gateAttemptsPerIp': a.gateAttemptsPerIp, 'ssprAbuse.windowMinutes': a.windowMinutes },
        kql: scopeComment('IP', [address]) + gatesKql,
      });
    }
  }
  return findings;
}

function mfaChangeAfterReset(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const a = settings.ssprAbuse;
  const withinMs = a.mfaChangeWithinMinutes * MINUTE;
  const lastReset = new Map<number, number>();
  // One finding per reset: the reset row, then the changes that followed it in time.
  const afterReset = new Map<number, number[]>();
  for (const row of order.rows) {
    const user = index.id('user', row);
    if (!user) continue;
    if (facts.isSelfServiceReset(row)) {
      lastReset.set(user, row);
      continue;
    }
    if (!facts.isSecurityInfoChange(row)) continue;
    const reset = lastReset.get(user);
    if (reset !== undefined && times[row]! - times[reset]! <= withinMs) pushTo(afterReset, reset, row);
  }
  const kql = ssprMfaChangeKql(settings);
  return [...afterReset].map(([reset, changes]): Finding => {
    const name = index.value('user', reset);
    const activities = valuesOf(index, 'activity', changes);
    const details = changes.map((row) => index.value('code', row)).filter((c, i, all) => c && all.indexOf(c) === i);
    const gap = duration(times[changes[0]!]! - times[reset]!);
    const evidence: EvidenceInput[] = [{ row: reset, role: 'reset' }, ...changes.map((row) => ({ row, role: 'change' as const }))];
    return {
      id: 'sspr-mfa-change-after-reset',
      severity: 'high',
      title: L('Security info changed right after a password reset', 'パスワード リセットの直後にセキュリティ情報が変更されました'),
      explanation: L(
        `${name} reset their password at ${at(times[reset])}${index.value('ip', reset) ? ` from ${index.value('ip', reset)}` : ''}, and ${gap.en} later their security info changed: ${names(details.length ? details : activities, 3).en}. Someone who takes over an account through a reset registers their own phone or authenticator next, so the account stays theirs after the password is changed back.`,
        `${name} さんは ${at(times[reset])} にパスワードをリセットし${index.value('ip', reset) ? ` (IP: ${index.value('ip', reset)})` : ''}、その ${gap.ja} 後にセキュリティ情報が変更されています: ${names(details.length ? details : activities, 3).ja}。リセットでアカウントを乗っ取った人物は、続けて自分の電話や認証アプリを登録し、パスワードを戻されてもアカウントを使い続けられるようにします。`,
      ),
      nextStep: L(
        'Ask the user whether they made both changes. If not, remove the new methods, reset the password again with the user present, revoke sessions, and check how the reset was verified (an SMS-only reset from an unknown address suggests SIM swapping).',
        '両方の変更をユーザー本人が行ったかを確認してください。本人でなければ、新しい方法を削除し、ユーザー立ち会いのもとでパスワードを再度リセットし、セッションを取り消したうえで、リセットがどの方法で確認されたかを確認してください (不明なアドレスから SMS だけで確認されていれば SIM スワップが疑われます)。',
      ),
      users: [name],
      ips: valuesOf(index, 'ip', [reset, ...changes]),
      ...spanOf(index, [reset, ...changes]),
      evidence: evidenceOf(index, evidence),
      evidenceTotal: evidence.length,
      rule: source('ssprAbuse.mfaChangeWithinMinutes'),
      thresholds: { 'ssprAbuse.mfaChangeWithinMinutes': a.mfaChangeWithinMinutes },
      kql: scopeComment('User', [name]) + kql,
    };
  });
}
