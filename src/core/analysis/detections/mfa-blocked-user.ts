/**
 * Users blocked from MFA: on the MFA Server block list (`SUCCESS_USER_BLOCKED`), all Authenticator devices blocked,
 * MFA throttled, "MFA denied; user is blocked", or the phone-call limit reached (50088). The user cannot complete MFA
 * until someone looks — often right after a fraud report or a prompt storm. Any occurrence is worth a look (the
 * "Blocked User History" report exists for this; reference 02, 2.7).
 *
 * One pass over the rows in file order, grouped by user: O(rows).
 */
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import { pushTo, type DetectionContext } from './context';
import { mfaBlockedKql, scopeComment } from './kql';
import { at, L, names } from './text';

const RULE = 'MicrosoftDocs/entra-docs howto-mfa-reporting.md (Blocked User History); seed 000 call results';

export function detectMfaBlockedUsers(ctx: DetectionContext): Finding[] {
  const { index, facts } = ctx;
  const byUser = new Map<number, number[]>();
  for (let row = 0; row < index.rowCount; row++) if (facts.isMfaBlock(row)) pushTo(byUser, index.id('user', row), row);

  const findings: Finding[] = [];
  const kql = mfaBlockedKql();
  for (const [user, rows] of byUser) {
    const name = user ? index.strings.get(user) : '';
    const who = name || 'a user not named in the export';
    const whoJa = name ? `${name} さん` : 'エクスポートに名前のないユーザー';
    const span = spanOf(index, rows);
    const codes = [...new Set(rows.map((row) => index.value('code', row) || index.value('detail', row)))];
    const phones = valuesOf(index, 'methodDetail', rows);
    const numbers = phones.length ? L(` Number or device: ${names(phones).en}.`, `番号またはデバイス: ${names(phones).ja}。`) : L('', '');
    findings.push({
      id: 'mfa-blocked-user',
      severity: 'medium',
      title: L('User blocked from MFA', 'ユーザーが MFA からブロックされています'),
      explanation: L(
        `MFA was refused for ${who} because the user or their phone is blocked, ${rows.length} time${rows.length === 1 ? '' : 's'}${span.firstSeen !== undefined ? ` (last at ${at(span.lastSeen)})` : ''}: ${names(codes, 3).en}.${numbers.en} A block follows a fraud report, repeated failed calls or an administrator's decision; until it is lifted the user cannot sign in where MFA is required.`,
        `${whoJa}は、ユーザーまたは電話がブロックされているため MFA を ${rows.length} 回拒否されています${span.firstSeen !== undefined ? ` (最後は ${at(span.lastSeen)})` : ''}: ${names(codes, 3).ja}。${numbers.ja}ブロックは不正の報告、失敗した通話の繰り返し、または管理者の判断によるもので、解除されるまで MFA が必要な場所にはサインインできません。`,
      ),
      nextStep: L(
        'Find out why the block was set (a fraud report or prompt storm before it means an attack: reset the password first). Then unblock the user or number in the MFA settings (Block/unblock users) so they can sign in again.',
        'ブロックされた理由を確認してください (直前に不正の報告やプロンプトの連続があれば攻撃を意味するため、先にパスワードをリセットしてください)。そのうえで MFA の設定 ([ユーザーのブロック/ブロック解除]) でユーザーまたは番号のブロックを解除し、再びサインインできるようにしてください。',
      ),
      users: name ? [name] : [],
      ips: valuesOf(index, 'ip', rows),
      ...span,
      evidence: evidenceOf(index, rows.map((row) => ({ row, role: 'block' as const }))),
      evidenceTotal: rows.length,
      rule: RULE,
      thresholds: {},
      kql: scopeComment('UserPrincipalName', name ? [name] : []) + kql,
    });
  }
  return findings;
}
