/**
 * Distributed attempts: password failures for one user coming from several locations in a day — a botnet or proxy
 * pool cracking one account from many places. Defaults from Sentinel `DistribPassCrackAttempt.yaml` (more than 30
 * failures and at least 3 locations per user per day). A location is the export's "City, State, CC" text, or the
 * country when that is all it has.
 *
 * One pass over the time order groups credential failures by user, then a two-pointer window per user counting rows
 * and distinct locations: O(rows) after the shared sort.
 */
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { MINUTE } from '../time-order';
import { pushTo, type DetectionContext } from './context';
import { distributedKql, scopeComment } from './kql';
import { SETTING_SPECS } from './settings';
import { at, duration, L, names } from './text';
import { burstRows, DistinctCounter, findBursts } from './windows';

const RULE = SETTING_SPECS.find((s) => s.key === 'distributedAttempts.minFailures')!.source;

export function detectDistributedAttempts(ctx: DetectionContext): Finding[] {
  const { index, facts, order, times, settings } = ctx;
  const d = settings.distributedAttempts;
  const failures = new Map<number, number[]>();
  for (const row of order.rows) {
    const user = index.id('user', row);
    if (user && facts.isCredentialFailure(row)) pushTo(failures, user, row);
  }
  const placeOf = (row: number) => index.id('location', row) || index.id('country', row);

  const findings: Finding[] = [];
  const kql = distributedKql(settings);
  for (const [user, rows] of failures) {
    if (rows.length < d.minFailures) continue;
    const counter = new DistinctCounter(placeOf, d.minLocations, d.minFailures);
    for (const burst of findBursts(rows, times, d.windowMinutes * MINUTE, counter)) {
      const attempts = burstRows(rows, burst);
      const start = times[attempts[0]!]!;
      const end = times[attempts[attempts.length - 1]!]!;
      const name = index.strings.get(user);
      const places = [...new Set(attempts.map(placeOf).filter(Boolean))].map((id) => index.strings.get(id));
      const ips = valuesOf(index, 'ip', attempts);
      const span = duration(end - start);
      findings.push({
        id: 'distributed-attempts',
        severity: 'medium',
        title: L('Password failures for one user from many locations', '1 人のユーザーに対する多数の場所からのパスワード失敗'),
        explanation: L(
          `${attempts.length} sign-ins as ${name} failed on the password between ${at(start)} and ${at(end)} (${span.en}), from ${places.length} locations (${names(places).en}) and ${ips.length} IP addresses. One person does not travel like that: many machines are guessing this account's password.`,
          `${at(start)} から ${at(end)} までの ${span.ja}に、${name} としてのサインインがパスワードの誤りで ${attempts.length} 回失敗しています。場所は ${places.length} か所 (${names(places).ja})、IP アドレスは ${ips.length} 個です。1 人の人間がこのように移動することはなく、多数のマシンがこのアカウントのパスワードを推測しています。`,
        ),
        nextStep: L(
          'Make sure the account has MFA and that Smart Lockout is on; consider Conditional Access that blocks the countries the organization does not work from. Check the user\'s sign-ins for any success from these locations, and reset the password if there is one.',
          'アカウントに MFA が設定され、スマート ロックアウトが有効であることを確認してください。組織が業務を行っていない国からのアクセスをブロックする条件付きアクセスも検討してください。これらの場所からのサインイン成功がないか確認し、あればパスワードをリセットしてください。',
        ),
        users: [name],
        ips,
        ...spanOf(index, attempts),
        evidence: evidenceOf(index, attempts.map((row) => ({ row, role: 'attempt' as const }))),
        evidenceTotal: attempts.length,
        rule: RULE,
        thresholds: {
          'distributedAttempts.minFailures': d.minFailures,
          'distributedAttempts.minLocations': d.minLocations,
          'distributedAttempts.windowMinutes': d.windowMinutes,
        },
        kql: scopeComment('UserPrincipalName', [name]) + kql,
      });
    }
  }
  return findings;
}
