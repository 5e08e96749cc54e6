/** What every sign-in dialect shares: how a row's outcome is decided, and where the MFA method hides. */
import type { Catalog } from '../../catalog';
import { outcomeOfStatusWord, text, type EventDraft } from './kind';
import { dig } from './views';

/**
 * Sets `out.code` and `out.outcome` for a sign-in. The outcome comes from the code's meaning in the catalog (an
 * interrupt is never a failure, whatever the status column says); the status word only decides for codes the catalog
 * does not know. An empty code on a successful row is `0`.
 */
export function classifySignIn(out: EventDraft, code: string, status: string, catalog: Catalog): void {
  const record = code ? catalog.lookup(code, ['signin-error']) : undefined;
  if (record) {
    out.code = code;
    out.outcome = record.outcome;
    return;
  }
  const statusOutcome = status ? outcomeOfStatusWord(status) : undefined;
  out.code = code || (statusOutcome === 'success' ? '0' : '');
  if (statusOutcome) out.outcome = statusOutcome;
  else out.outcome = out.code === '0' ? 'success' : out.code ? 'failure' : 'info';
}

/**
 * The second-factor method of a sign-in from Graph `authenticationDetails` (the first step that is not the password or
 * a claim already in the token), else from the deprecated `mfaDetail.authMethod`.
 */
export function mfaMethod(authenticationDetails: unknown, mfaDetail: unknown): string {
  if (Array.isArray(authenticationDetails)) {
    let fallback = '';
    for (const step of authenticationDetails) {
      if (!step || typeof step !== 'object') continue;
      const method = text(dig(step, 'authenticationMethod')).trim();
      const requirement = text(dig(step, 'authenticationStepRequirement')).toLowerCase();
      if (!method) continue;
      if (requirement.includes('multi') || (method !== 'Password' && method !== 'Previously satisfied')) return method;
      fallback ||= method;
    }
    if (fallback) return fallback;
  }
  if (mfaDetail && typeof mfaDetail === 'object') return text(dig(mfaDetail, 'authMethod')).trim();
  return '';
}

/**
 * Which phone or device the second factor used (masked number, `Microsoft Authenticator`): the detail of the step
 * `mfaMethod` picks, else the deprecated `mfaDetail.authDetail`.
 */
export function mfaMethodDetail(authenticationDetails: unknown, mfaDetail: unknown): string {
  if (Array.isArray(authenticationDetails)) {
    for (const step of authenticationDetails) {
      if (!step || typeof step !== 'object') continue;
      const method = text(dig(step, 'authenticationMethod')).trim();
      const requirement = text(dig(step, 'authenticationStepRequirement')).toLowerCase();
      if (method && (requirement.includes('multi') || (method !== 'Password' && method !== 'Previously satisfied'))) {
        return text(dig(step, 'authenticationMethodDetail')).trim();
      }
    }
  }
  if (mfaDetail && typeof mfaDetail === 'object') return text(dig(mfaDetail, 'authDetail')).trim();
  return '';
}

/** The result text of the MFA step, when `status.additionalDetails` is empty. */
export function mfaStepResult(authenticationDetails: unknown): string {
  if (!Array.isArray(authenticationDetails)) return '';
  let last = '';
  for (const step of authenticationDetails) {
    if (!step || typeof step !== 'object') continue;
    const detail = text(dig(step, 'authenticationStepResultDetail')).trim();
    const requirement = text(dig(step, 'authenticationStepRequirement')).toLowerCase();
    if (detail && requirement.includes('multi')) return detail;
    if (detail) last = detail;
  }
  return last;
}

export function locationText(city: string, state: string, country: string): string {
  return [city, state, country].filter(Boolean).join(', ');
}
