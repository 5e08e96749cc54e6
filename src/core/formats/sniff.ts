/**
 * A cheap first look at a file's beginning: could this be an Entra export? Used before anything heavy is loaded, so
 * that opening an ordinary CSV or JSON costs nothing. It only has to avoid false negatives for real exports (the full
 * detection in `detect.ts` decides); it must not import the catalog or the readers.
 */

/** Header names (normalized: lower case, single spaces) that only Entra exports write. */
const HEADER_TOKENS = [
  'sign-in error code',
  'request id',
  'correlation id',
  'multifactor authentication result',
  'authentication requirement',
  'result detail',
  'authentication method detail',
  'resulttype',
  'resultdescription',
  'userprincipalname',
  'conditionalaccessstatus',
  'activitydisplayname',
  'loggedbyservice',
  'operationname',
  'resultreason',
  'actoruserprincipalname',
  'target1userprincipalname',
  'call result',
  'mfa status',
  'mfa methods',
  'methodsregistered',
  'ismfaregistered',
  'date and time',
  'data registered',
  'method(s) used',
  'methods registered',
  'mfa capable',
  'service principal name',
  // Japanese portal and classic-report headers.
  'サインインのエラー コード',
  '要求 id',
  '相関 id',
  '日付と時刻',
  '登録データ',
  '使用された方法',
];

/** JSON keys of Graph, diagnostic and Log Analytics records (any case). */
const JSON_KEYS = /"(createdDateTime|activityDateTime|activityDisplayName|userPrincipalName|resultType|ResultType|errorCode|loggedByService|methodsRegistered|appDisplayName|correlationId|category)"\s*:/i;

/** Values that give an export away even under unknown headers. */
const VALUE_TOKENS = /\b(?:AADSTS\d{5,7}|SUCCESS_[A-Z_]{4,}|FAILED_[A-Z_]{4,}|MFA denied;|Self-service Password Management|SignInLogs|AuditLogs)\b/;

export interface SniffResult {
  readonly likely: boolean;
  readonly container: 'csv' | 'json' | 'none';
}

/** Looks at the first few kilobytes of a file's text. */
export function sniffExport(head: string): SniffResult {
  const text = head.replace(/^\ufeff/, '').slice(0, 16_384);
  const first = /[^\s\ufeff]/.exec(text);
  if (!first) return { likely: false, container: 'none' };
  if (first[0] === '[' || first[0] === '{') return { likely: JSON_KEYS.test(text) || VALUE_TOKENS.test(text), container: 'json' };
  const lineEnd = text.search(/\r?\n/);
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
  if (!/[,\t;]/.test(firstLine)) return { likely: false, container: 'none' };
  const header = firstLine.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  const likely = HEADER_TOKENS.some((t) => header.includes(t)) || VALUE_TOKENS.test(text);
  return { likely, container: 'csv' };
}
