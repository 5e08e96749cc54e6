/**
 * Which columns play the roles a user asks about first — time, user, code, result — whatever each kind calls them.
 * Used by `detect` output and, later, header hovers.
 */
import type { ColumnInfo, ReportInfo } from './report-index';

export type Role = 'time' | 'user' | 'code' | 'result' | 'detail';

const ROLE_FIELDS: Readonly<Record<Role, readonly string[]>> = {
  time: ['time'],
  user: ['userName', 'user', 'servicePrincipal', 'userDisplay', 'targetUpn', 'actorUpn'],
  code: ['code', 'resultDetail', 'details', 'data', 'status', 'methods'],
  result: ['status', 'result', 'succeeded', 'mfaRegistered', 'mfaCapable'],
  detail: ['mfaResult', 'additionalDetails', 'reason', 'preferred', 'method'],
};

export function roleColumns(info: ReportInfo): Partial<Record<Role, ColumnInfo>> {
  const byField = new Map(info.columns.map((c) => [c.field, c] as const));
  const out: Partial<Record<Role, ColumnInfo>> = {};
  const taken = new Set<string>();
  for (const role of Object.keys(ROLE_FIELDS) as Role[]) {
    const field = ROLE_FIELDS[role].find((f) => byField.has(f) && !taken.has(f));
    if (field) {
      out[role] = byField.get(field)!;
      if (role !== 'result') taken.add(field);
    }
  }
  return out;
}
