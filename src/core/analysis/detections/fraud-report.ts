/**
 * Fraud reports: a user pressed "report fraud" on an MFA prompt or call (`FAILED_FRAUD_REPORTED`,
 * `FAILED_FRAUD_CODE_ENTERED`, "MFA denied; Phone App Reported Fraud") or reported a sign-in as not theirs ("User
 * reported unusual sign-in event as not legitimate"). Someone else started those sign-ins with the user's password:
 * every hit matters (Sentinel `MFARejectedbyUser.yaml`, `ExplicitMFADeny.yaml`; Microsoft's security-operations guide
 * says alert on any).
 *
 * One pass over the rows in file order (undated rows count too), grouped by user: O(rows).
 */
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { pushTo, type DetectionContext } from './context';
import { fraudKql, scopeComment } from './kql';
import { at, L, names } from './text';

const RULE = 'Azure/Azure-Sentinel Solutions/Microsoft Entra ID/Analytic Rules/MFARejectedbyUser.yaml, ExplicitMFADeny.yaml';

export function detectFraudReports(ctx: DetectionContext): Finding[] {
  const { index, facts } = ctx;
  const byUser = new Map<number, number[]>();
  for (let row = 0; row < index.rowCount; row++) if (facts.isFraud(row)) pushTo(byUser, index.id('user', row), row);

  const findings: Finding[] = [];
  const kql = fraudKql();
  for (const [user, rows] of byUser) {
    const name = user ? index.strings.get(user) : '';
    const who = name ? L(name, `${name} さん`) : L('A user (not named in the export)', 'ユーザー (エクスポートに名前がありません)');
    const span = spanOf(index, rows);
    const when =
      span.firstSeen === undefined
        ? L('', '')
        : span.firstSeen === span.lastSeen
          ? L(` at ${at(span.firstSeen)}`, ` (${at(span.firstSeen)})`)
          : L(` between ${at(span.firstSeen)} and ${at(span.lastSeen)}`, ` (${at(span.firstSeen)} から ${at(span.lastSeen)})`);
    const codes = [...new Set(rows.map((row) => index.value('code', row)))];
    const phones = valuesOf(index, 'methodDetail', rows);
    const phoneNote = phones.length
      ? L(` The phone or device involved: ${names(phones).en}; a fraud code entered on a call also blocks that number.`, `関係する電話またはデバイス: ${names(phones).ja}。通話中に不正コードを入力すると、その番号もブロックされます。`)
      : L('', '');
    findings.push({
      id: 'fraud-report',
      severity: 'high',
      title: L('The user reported fraud', 'ユーザーが不正を報告しました'),
      explanation: L(
        `${who.en} reported fraud ${rows.length} time${rows.length === 1 ? '' : 's'}${when.en} (${names(codes, 3).en}). A user reports fraud when a prompt or sign-in arrives that they did not start: someone else is signing in with their password.${phoneNote.en}`,
        `${who.ja}が不正を ${rows.length} 回報告しています${when.ja} (${names(codes, 3).ja})。自分で開始していないプロンプトやサインインが届いたときにユーザーは不正を報告します。つまり、第三者がこのユーザーのパスワードでサインインしようとしています。${phoneNote.ja}`,
      ),
      nextStep: L(
        'Reset the user\'s password and revoke their sessions, then look at the sign-ins around the report for the address that started them. If the report blocked the user or their phone number, unblock it once the password is changed.',
        'ユーザーのパスワードをリセットしてセッションを取り消し、報告の前後のサインインから要求元のアドレスを確認してください。報告によってユーザーや電話番号がブロックされた場合は、パスワードを変更した後にブロックを解除してください。',
      ),
      users: name ? [name] : [],
      ips: valuesOf(index, 'ip', rows),
      ...span,
      evidence: evidenceOf(index, rows.map((row) => ({ row, role: 'report' as const }))),
      evidenceTotal: rows.length,
      rule: RULE,
      thresholds: {},
      kql: scopeComment('UserPrincipalName', name ? [name] : []) + kql,
    });
  }
  return findings;
}
