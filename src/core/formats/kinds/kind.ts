/**
 * What an export kind module declares: how to recognise the kind from a CSV header or a JSON record, where each
 * of its fields lives (header names in every language we know, JSON paths), and how one row becomes an event.
 */
import type { Catalog, Family, Localized, Outcome } from '../../catalog';
import { normalizeKey } from '../../catalog/normalize';
import type { ValueShape } from '../shapes';

export type ReportKind =
  | 'signin'
  | 'signin-auth-details'
  | 'audit'
  | 'mfa-server-activity'
  | 'sspr-reset-activity'
  | 'sspr-registration-activity'
  | 'mfa-status'
  | 'registration-details'
  | 'generic';

export type Dialect =
  | 'portal-csv'
  | 'log-analytics-csv'
  | 'log-analytics-json'
  | 'graph-json'
  | 'diagnostic-json'
  | 'powershell-csv'
  | 'classic-csv'
  | 'csv'
  | 'json';

export type Confidence = 'certain' | 'high' | 'medium' | 'low';

/** One row as the index sees it; strings are '' and time is NaN when the export does not have them. */
export interface EventDraft {
  time: number;
  /** The person (or service principal) the event is about: a UPN where the export has one. */
  user: string;
  /** The primary explainable value of the row: sign-in error code, call result, SSPR detail, … */
  code: string;
  /** A secondary explainable value: MFA result detail, classic `Result`, … */
  detail: string;
  outcome: Outcome;
  method: string;
  app: string;
  ip: string;
  location: string;
  country: string;
  clientApp: string;
  /** Correlation or session id: groups the rows of one sign-in flow or one SSPR attempt. */
  session: string;
  requestId: string;
  userAgent: string;
  activity: string;
  /** Who performed an audited action, when that is not the user it is about. */
  actor: string;
  /** How the client authenticated (`ropc`, `deviceCode`, `oAuth2`, …): ROPC is legacy authentication without MFA. */
  protocol: string;
  /**
   * What the sign-in had to satisfy (`Single-factor authentication`, `multiFactorAuthentication`); for an AuthDetails
   * step, the step's requirement (`Primary authentication`, `Multifactor authentication`).
   */
  authRequirement: string;
  /** Which phone, device or source a method used: masked phone number, `Microsoft Authenticator`, `Password in the cloud`. */
  methodDetail: string;
  /** The user's role as the export states it (`Global Administrator`, `User`), `admin` for an is-admin flag. */
  role: string;
  /** Registration exports: the export's own SSPR-registered flag, `true` / `false` ('' when it has none). */
  ssprRegistered: string;
}

export function emptyDraft(): EventDraft {
  return {
    time: NaN, user: '', code: '', detail: '', outcome: 'info', method: '', app: '', ip: '', location: '', country: '',
    clientApp: '', session: '', requestId: '', userAgent: '', activity: '', actor: '', protocol: '', authRequirement: '',
    methodDetail: '', role: '', ssprRegistered: '',
  };
}

export function resetDraft(d: EventDraft): EventDraft {
  d.time = NaN;
  d.user = d.code = d.detail = d.method = d.app = d.ip = d.location = d.country = '';
  d.clientApp = d.session = d.requestId = d.userAgent = d.activity = d.actor = '';
  d.protocol = d.authRequirement = d.methodDetail = d.role = d.ssprRegistered = '';
  d.outcome = 'info';
  return d;
}

/** Reads a kind's named fields from one row, whatever the container. */
export interface RowView<F extends string> {
  get(field: F): string;
  /** A nested value (JSON only; CSV cells holding JSON text are parsed on demand). */
  raw(field: F): unknown;
}

export interface CsvLayout<F extends string> {
  readonly dialect: Dialect;
  /** Header names per field, any language, first match wins. Compared after `normalizeHeader`. */
  readonly columns: Readonly<Record<F, readonly string[]>>;
  /** The fields whose headers identify this kind; all present → certain. */
  readonly signature: readonly F[];
  /** Known column counts of this layout, in English order, for headers in a language we do not know. */
  readonly positional?: ReadonlyArray<{ readonly count: number; readonly headers: readonly string[] }>;
  /**
   * Fields that can also be found by what their values look like when no header names them. A kind whose signature
   * field is found only this way is detected with lower confidence.
   */
  readonly shapes?: Partial<Readonly<Record<F, ValueShape>>>;
  /** Columns the exporter writes twice on purpose (not worth a warning). */
  readonly expectedDuplicates?: readonly string[];
}

export interface JsonLayout<F extends string> {
  readonly dialect: Dialect;
  /** Dot paths per field (keys compared case-insensitively), first non-empty wins. */
  readonly paths: Readonly<Record<F, readonly string[]>>;
  /** 0–1: how surely this record is of this kind. */
  match(record: Record<string, unknown>): number;
}

export interface KindModule<F extends string = string> {
  readonly kind: ReportKind;
  /** Human name of the kind, in English and Japanese. */
  readonly title: Localized;
  /** Catalog families the `code` field holds, then those of `detail`. */
  readonly codeFamilies: readonly Family[];
  readonly detailFamilies: readonly Family[];
  readonly csv?: CsvLayout<F>;
  readonly json?: readonly JsonLayout<F>[];
  /** Fills `out` from one row. */
  toEvent(row: RowView<F>, out: EventDraft, catalog: Catalog): void;
  /** A short variant label from the header or first record ("57-column layout", "non-interactive"). */
  variant?(info: { headers?: readonly string[]; record?: Record<string, unknown> }): string | undefined;
}

/** Header text as compared: case, width, spacing and trailing spaces do not matter (`Application ID ` = `application id`). */
export function normalizeHeader(header: string): string {
  return normalizeKey(header.replace(/^\ufeff/, '').replace(/^"(.*)"$/, '$1'));
}

/** Field name → first header index, from a layout's candidates. */
export function mapColumns<F extends string>(layout: CsvLayout<F>, headers: readonly string[]): Map<F, number> {
  const positions = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!positions.has(key)) positions.set(key, i);
  });
  const map = new Map<F, number>();
  for (const field of Object.keys(layout.columns) as F[]) {
    for (const candidate of layout.columns[field]) {
      const at = positions.get(normalizeHeader(candidate));
      if (at !== undefined) {
        map.set(field, at);
        break;
      }
    }
  }
  return map;
}

/** `City, State, CC` → `CC` (the portal writes one quoted cell; the country is its last part). */
/**
 * A cache for a per-row function of a string: exports repeat the same few locations and status words hundreds of
 * thousands of times. Bounded, so a column of unique values cannot grow it without limit.
 */
function memoize<T>(compute: (value: string) => T, limit = 10_000): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined && !cache.has(value)) {
      hit = compute(value);
      if (cache.size >= limit) cache.clear();
      cache.set(value, hit);
    }
    return hit as T;
  };
}

export const countryOfLocation = memoize((location: string): string => {
  const parts = location.split(',');
  const last = parts[parts.length - 1]!.trim();
  return /^[A-Za-z]{2}$/.test(last) ? last.toUpperCase() : '';
});

/** Reads the outcome words exporters write in status columns, in English and Japanese. */
export const outcomeOfStatusWord = memoize((status: string): Outcome | undefined => {
  const s = normalizeKey(status);
  if (s === 'success' || s === 'succeeded' || s === 'true' || s === '成功') return 'success';
  if (s === 'failure' || s === 'failed' || s === 'false' || s === 'timeout' || s === '失敗') return 'failure';
  if (s === 'interrupted' || s === 'interrupt' || s === '中断' || s === '割り込み') return 'interrupt';
  return undefined;
});

export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
