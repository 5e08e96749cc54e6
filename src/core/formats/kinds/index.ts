/** Every export kind the product reads, in the order detection prefers them on a tie. */
import { audit, auditLogAnalyticsCsv } from './audit';
import { generic } from './generic';
import type { KindModule } from './kind';
import { mfaServerCsv } from './mfa-server-csv';
import { mfaStatusCsv, registrationDetails, registrationResetEvents } from './registration';
import { signinAuthDetailsCsv } from './signin-auth-details-csv';
import { signinJson } from './signin-json';
import { signinLogAnalyticsCsv } from './signin-log-analytics-csv';
import { signinPortalCsv } from './signin-portal-csv';
import { ssprClassicRegistrationCsv, ssprClassicResetCsv } from './sspr-classic-csv';

export const KIND_MODULES: readonly KindModule[] = [
  signinPortalCsv,
  signinAuthDetailsCsv,
  signinLogAnalyticsCsv,
  signinJson,
  audit,
  auditLogAnalyticsCsv,
  mfaServerCsv,
  ssprClassicResetCsv,
  ssprClassicRegistrationCsv,
  mfaStatusCsv,
  registrationDetails,
  registrationResetEvents,
] as KindModule[];

export { generic };
export * from './kind';
