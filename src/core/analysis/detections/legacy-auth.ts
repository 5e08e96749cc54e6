/**
 * Legacy authentication: sign-ins over protocols that send the password itself and cannot do MFA — legacy client
 * apps (IMAP, POP, SMTP AUTH, ActiveSync, EWS, MAPI, "Other clients"), the ROPC protocol, ROPC user agents
 * (`BAV2ROPC`, `AConsumerV2ROPC`). Sigma `azure_legacy_authentication_protocols.yml`, LETHAL-FORENSICS LETHAL-003..005
 * and Microsoft's security-operations guide flag both outcomes: a success passed on the password alone (high), failures
 * are password attempts MFA never sees (medium). One finding per outcome, naming the users.
 *
 * One pass over the rows in file order: O(rows).
 */
import { OUTCOMES } from '../../catalog/types';
import { evidenceOf, spanOf, valuesOf, type Finding } from '../findings';
import type { DetectionContext } from './context';
import { legacyAuthKql, scopeComment } from './kql';
import { L, names } from './text';

const RULE = 'SigmaHQ/sigma rules/cloud/azure/signin_logs/azure_legacy_authentication_protocols.yml; LETHAL-FORENSICS EntraSignInLogs-Analyzer LETHAL-003..005';
const SUCCESS = OUTCOMES.indexOf('success');
const FAILURE = OUTCOMES.indexOf('failure');
const BLOCKED = OUTCOMES.indexOf('blocked');

export function detectLegacyAuth(ctx: DetectionContext): Finding[] {
  const { index, facts } = ctx;
  if (index.info.kind !== 'signin') return [];
  const succeeded: number[] = [];
  const failed: number[] = [];
  const outcomes = index.columns.outcome;
  for (let row = 0; row < index.rowCount; row++) {
    const o = outcomes[row]!;
    if (o !== SUCCESS && o !== FAILURE && o !== BLOCKED) continue;
    if (!facts.isLegacy(row)) continue;
    (o === SUCCESS ? succeeded : failed).push(row);
  }
  const kql = legacyAuthKql();
  const findings: Finding[] = [];
  const how = (rows: number[]) => {
    const clients = valuesOf(index, 'clientApp', rows);
    const agents = valuesOf(index, 'userAgent', rows).filter((ua) => /ropc/i.test(ua));
    return names([...clients, ...agents], 4);
  };
  if (succeeded.length) {
    const users = valuesOf(index, 'user', succeeded);
    findings.push({
      id: 'legacy-auth',
      severity: 'high',
      title: L('Successful sign-ins over legacy authentication', 'レガシ認証によるサインインの成功'),
      explanation: L(
        `${succeeded.length} sign-in${succeeded.length === 1 ? '' : 's'} by ${users.length} user${users.length === 1 ? '' : 's'} (${names(users).en}) succeeded over a legacy protocol (${how(succeeded).en}). Legacy protocols send the password itself and cannot ask for MFA, so these sign-ins passed on the password alone — exactly what a stolen password needs.`,
        `${users.length} 人のユーザー (${names(users).ja}) による ${succeeded.length} 件のサインインが、レガシ プロトコル (${how(succeeded).ja}) で成功しています。レガシ プロトコルはパスワードそのものを送信し MFA を要求できないため、これらのサインインはパスワードだけで通っています。盗まれたパスワードにとって最も都合のよい経路です。`,
      ),
      nextStep: L(
        'Find which mail clients or scripts these are and move them to modern authentication, then block legacy authentication with Conditional Access. If a user does not recognize the client or address, reset their password.',
        'どのメール クライアントやスクリプトかを特定して先進認証に移行し、条件付きアクセスでレガシ認証をブロックしてください。ユーザーがクライアントやアドレスに心当たりがない場合は、パスワードをリセットしてください。',
      ),
      users,
      ips: valuesOf(index, 'ip', succeeded),
      ...spanOf(index, succeeded),
      evidence: evidenceOf(index, succeeded.map((row) => ({ row, role: 'success' as const }))),
      evidenceTotal: succeeded.length,
      rule: RULE,
      thresholds: {},
      kql: scopeComment('UserPrincipalName', users) + kql,
    });
  }
  if (failed.length) {
    const users = valuesOf(index, 'user', failed);
    findings.push({
      id: 'legacy-auth',
      severity: 'medium',
      title: L('Failed sign-ins over legacy authentication', 'レガシ認証によるサインインの失敗'),
      explanation: L(
        `${failed.length} sign-in${failed.length === 1 ? '' : 's'} for ${users.length} user${users.length === 1 ? '' : 's'} (${names(users).en}) failed or were blocked over a legacy protocol (${how(failed).en}). Password sprays favor these protocols because MFA cannot stop a password check there; an old device with a changed password looks the same.`,
        `${users.length} 人のユーザー (${names(users).ja}) の ${failed.length} 件のサインインが、レガシ プロトコル (${how(failed).ja}) で失敗またはブロックされています。レガシ プロトコルでは MFA がパスワードの確認を止められないため、パスワード スプレーに好んで使われます。パスワード変更後の古いデバイスも同じように見えます。`,
      ),
      nextStep: L(
        'Check the addresses: unknown ones mean password attempts — block legacy authentication with Conditional Access. Known ones are usually an old phone or mail client to update or retire.',
        'アドレスを確認してください。見覚えのないアドレスであればパスワードの試行です。条件付きアクセスでレガシ認証をブロックしてください。見覚えのあるアドレスであれば、通常は更新または廃止すべき古いスマートフォンやメール クライアントです。',
      ),
      users,
      ips: valuesOf(index, 'ip', failed),
      ...spanOf(index, failed),
      evidence: evidenceOf(index, failed.map((row) => ({ row, role: 'attempt' as const }))),
      evidenceTotal: failed.length,
      rule: RULE,
      thresholds: {},
      kql: scopeComment('UserPrincipalName', users) + kql,
    });
  }
  return findings;
}
