/**
 * The code catalog: every code and value the product can explain, one typed record each (see `types.ts`), one module
 * per family. `catalog` is the shared instance over all of them.
 */
import { AUDIT_ACTIVITIES } from './audit-activities';
import { AUDIT_REASONS } from './audit-reasons';
import { AUTH_METHODS } from './auth-methods';
import { Catalog } from './catalog';
import { MFA_DETAILS } from './mfa-details';
import { MFA_REGISTRATION } from './mfa-registration';
import { MFA_SERVER_RESULTS } from './mfa-server-results';
import { REGISTRATION_DATA } from './registration-data';
import { SIGNIN_ERRORS } from './signin-errors';
import { SSPR_CLASSIC_DETAILS, SSPR_CLASSIC_RESULTS } from './sspr-classic';
import type { CatalogRecord, Lang, Localized } from './types';

export * from './types';
export { Catalog } from './catalog';
export { normalizeKey } from './normalize';

export const ALL_RECORDS: readonly CatalogRecord[] = [
  ...SIGNIN_ERRORS,
  ...MFA_SERVER_RESULTS,
  ...MFA_DETAILS,
  ...AUTH_METHODS,
  ...AUDIT_ACTIVITIES,
  ...AUDIT_REASONS,
  ...SSPR_CLASSIC_RESULTS,
  ...SSPR_CLASSIC_DETAILS,
  ...REGISTRATION_DATA,
  ...MFA_REGISTRATION,
];

export const catalog = new Catalog(ALL_RECORDS);

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
