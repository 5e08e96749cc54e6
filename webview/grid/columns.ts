/**
 * The grid's columns: display order (the time column first, frozen), which are shown, and their widths. Portal
 * exports have 57 columns; a sensible few are shown at first and every other one can be switched on. DOM-free
 * (unit-tested in Node).
 */
import type { GridColumn } from '../../src/protocol';

export const MIN_WIDTH = 48;
export const MAX_WIDTH = 1200;
/** Below this many columns, all are shown from the start. */
const SHOW_ALL_UP_TO = 12;
const MIN_SHOWN = 8;

/**
 * Roles (the index's field names, as the host sends them) worth seeing at first; the rest — request and session IDs,
 * user agents, display names next to user names … — on demand.
 */
const SHOWN_ROLES = new Set([
  // sign-ins
  'time', 'user', 'userName', 'app', 'ip', 'location', 'status', 'code', 'failureReason', 'clientApp', 'mfaResult',
  // audit logs
  'category', 'activity', 'result', 'reason', 'actorUpn', 'actorApp', 'targets',
  // MFA / SSPR reports
  'name', 'isAdmin', 'mfaRegistered', 'mfaCapable', 'ssprRegistered', 'methods', 'preferred', 'method', 'detail', 'outcome',
]);

/** Identifiers are rarely what one reads first: not used to fill up the first view. */
const ID_LIKE = /(^|[\s._])id$|Id$|ID$|identifier$/;

/** Column names (normalized) worth seeing at first when the host gives no role for them. */
const SHOWN_NAMES = new Set([
  'status', 'result', 'failure reason', 'resultreason', 'result reason', 'status.failurereason', 'conditional access',
  'multifactor authentication result', 'activitydisplayname', 'activity', 'category', 'operationtype',
  'ip address', 'location', 'application', 'username', 'user',
]);

const ROLE_WIDTHS: Readonly<Record<string, number>> = {
  time: 210, user: 230, userName: 230, actorUpn: 230, userDisplay: 160, app: 200, code: 140, status: 110, result: 110,
  ip: 140, location: 200, clientApp: 170, mfaResult: 260, detail: 280, reason: 320, failureReason: 320, activity: 220,
  targets: 320,
};

export interface ColumnLayout {
  /** Every column id, in display order. */
  readonly order: readonly number[];
  readonly hidden: ReadonlySet<number>;
  readonly widths: ReadonlyMap<number, number>;
}

/** Lower case, single spaces, trimmed: the portal writes `Application ID ` and `Autonomous system  number`. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function defaultWidth(column: GridColumn): number {
  const byRole = column.role ? ROLE_WIDTHS[column.role] : undefined;
  if (byRole) return byRole;
  if (/reason|detail|agent/i.test(column.name)) return 280;
  return clampWidth(column.name.trim().length * 8 + 40, 100, 260);
}

export function clampWidth(width: number, min = MIN_WIDTH, max = MAX_WIDTH): number {
  return Math.round(Math.min(max, Math.max(min, width)));
}

export interface KeyColumns {
  readonly timeColumn?: number | undefined;
  readonly codeColumn?: number | undefined;
  readonly userColumn?: number | undefined;
}

export function defaultLayout(columns: readonly GridColumn[], keys: KeyColumns = {}): ColumnLayout {
  const { timeColumn } = keys;
  const order = columns.map((c) => c.id);
  if (timeColumn !== undefined && order.includes(timeColumn)) order.splice(0, order.length, timeColumn, ...order.filter((id) => id !== timeColumn));
  const widths = new Map(columns.map((c) => [c.id, defaultWidth(c)]));
  if (columns.length <= SHOW_ALL_UP_TO) return { order, hidden: new Set(), widths };
  const shown = new Set<number>();
  for (const c of columns) {
    const key = c.id === timeColumn || c.id === keys.codeColumn || c.id === keys.userColumn;
    if (key || (c.role && SHOWN_ROLES.has(c.role)) || SHOWN_NAMES.has(normalizeName(c.name))) shown.add(c.id);
  }
  const byId = new Map(columns.map((c) => [c.id, c]));
  for (const id of order) {
    if (shown.size >= MIN_SHOWN) break;
    if (!ID_LIKE.test(byId.get(id)!.name.trim())) shown.add(id);
  }
  return { order, hidden: new Set(order.filter((id) => !shown.has(id))), widths };
}

/** The shown columns in display order. */
export function visibleColumns(layout: ColumnLayout): number[] {
  return layout.order.filter((id) => !layout.hidden.has(id));
}

export function withHidden(layout: ColumnLayout, id: number, hidden: boolean): ColumnLayout {
  const next = new Set(layout.hidden);
  if (hidden) next.add(id);
  else next.delete(id);
  // At least one column stays shown.
  if (layout.order.every((c) => next.has(c))) return layout;
  return { ...layout, hidden: next };
}

export function withWidth(layout: ColumnLayout, id: number, width: number): ColumnLayout {
  const widths = new Map(layout.widths);
  widths.set(id, clampWidth(width));
  return { ...layout, widths };
}

/** A saved layout applied to the columns of the same content: unknown ids are ignored. */
export function restoreLayout(base: ColumnLayout, saved: { readonly hidden?: readonly number[]; readonly widths?: Readonly<Record<string, number>> }): ColumnLayout {
  const known = new Set(base.order);
  const hidden = saved.hidden ? new Set(saved.hidden.filter((id) => known.has(id))) : new Set(base.hidden);
  if (base.order.every((id) => hidden.has(id))) return base;
  const widths = new Map(base.widths);
  for (const [key, width] of Object.entries(saved.widths ?? {})) {
    const id = Number(key);
    if (known.has(id) && Number.isFinite(width)) widths.set(id, clampWidth(width));
  }
  return { order: base.order, hidden, widths };
}

export function widthOf(layout: ColumnLayout, id: number): number {
  return layout.widths.get(id) ?? 140;
}
