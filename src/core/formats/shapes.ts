/**
 * What values of a column look like, for finding columns whose header we do not know (a localized export, a
 * renamed column, a layout never published such as the MFA Server activity report). A column has a shape when most of
 * its non-empty sample values match it.
 */
import type { Catalog } from '../catalog';
import { normalizeNumericCode } from '../catalog/normalize';
import { parseTime } from './time';

export type ValueShape = (value: string, catalog: Catalog) => boolean;

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
const UPN = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const CITY_STATE_COUNTRY = /^[^,]*,[^,]*,\s*[A-Za-z]{2}$/;

export const isTimestamp: ValueShape = (v) => !Number.isNaN(parseTime(v));
export const isIpAddress: ValueShape = (v) => IPV4.test(v) || (IPV6.test(v) && v.split(':').length >= 3);
export const isUserPrincipalName: ValueShape = (v) => UPN.test(v);
export const isGuid: ValueShape = (v) => GUID.test(v);
export const isLocation: ValueShape = (v) => CITY_STATE_COUNTRY.test(v);
/** `0` or a code the catalog knows as a sign-in error. */
export const isSigninErrorCode: ValueShape = (v, catalog) => {
  const n = normalizeNumericCode(v);
  return n !== undefined && (n === '0' || catalog.lookup(n, ['signin-error']) !== undefined);
};
export const isMfaServerResult: ValueShape = (v, catalog) => catalog.lookup(v, ['mfa-server-result']) !== undefined;
export const isClassicSsprDetail: ValueShape = (v, catalog) => catalog.lookup(v, ['sspr-classic-detail']) !== undefined;
export const isClassicSsprResult: ValueShape = (v, catalog) => catalog.lookup(v, ['sspr-classic-result']) !== undefined;
export const isRegistrationData: ValueShape = (v, catalog) => catalog.lookupParts(v, ['registration-data']).length > 0;
/** Any value the catalog explains, in any family. */
export const isCatalogValue: ValueShape = (v, catalog) => catalog.lookup(v) !== undefined;

/** Share of the non-empty `values` that have `shape` (0 when there are none). */
export function shapeShare(values: readonly string[], shape: ValueShape, catalog: Catalog): number {
  let seen = 0;
  let matched = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    seen++;
    if (shape(v, catalog)) matched++;
  }
  return seen === 0 ? 0 : matched / seen;
}
/** `Success` / `Failure` / `Interrupted` and their Japanese forms, as in sign-in `Status` columns. */
export const isStatusWord: ValueShape = (v) => /^(success|failure|interrupted|成功|失敗|中断|割り込み)$/i.test(v.trim());
