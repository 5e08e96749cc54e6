/**
 * Each detection as a Kusto (KQL) query over the Log Analytics / Sentinel `SigninLogs` and `AuditLogs` tables, with
 * the same thresholds and the same code lists as the file analysis, for when the question outgrows one export. The
 * code lists come from the catalog (the same records the detections read), never typed twice.
 *
 * The file analysis slides its windows; these queries use fixed `bin()` windows, as the published rules do, so a
 * burst that straddles two bins can show up weaker in the query than in the file (each query says so).
 */
import { ALL_RECORDS, type CatalogRecord, type Tag } from '../../catalog';
import { LEGACY_CLIENT_APPS, ROPC_USER_AGENTS } from '../row-facts';
import type { DetectionSettings } from './settings';

/** A KQL string literal. */
export function kqlString(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n') + '"';
}

const kqlList = (values: readonly string[]) => `dynamic([${values.map(kqlString).join(', ')}])`;
const minutes = (n: number) => `${n}m`;
const has = (r: CatalogRecord, tag: Tag) => r.tags?.includes(tag) ?? false;
const signinErrors = ALL_RECORDS.filter((r) => r.family === 'signin-error');

/** Sign-in codes of password failures and lockouts (what spray, brute-force and distributed detections count). */
export const CREDENTIAL_FAILURE_CODES: readonly string[] = signinErrors
  .filter((r) => (r.outcome === 'failure' || r.outcome === 'blocked') && (has(r, 'credential') || has(r, 'lockout')))
  .map((r) => r.code);

/** Sign-in codes that prove the password was right. */
export const PASSWORD_ACCEPTED_CODES: readonly string[] = signinErrors.filter((r) => r.passwordAccepted).map((r) => r.code);

/** MFA result strings of a push or phone prompt refused, unanswered or reported. */
export const REFUSED_PROMPT_DETAILS: readonly string[] = ALL_RECORDS.filter(
  (r) =>
    r.family === 'mfa-detail' &&
    (has(r, 'mfa-denied') || has(r, 'mfa-no-response') || has(r, 'fraud')) &&
    (has(r, 'app-notification') || has(r, 'phone')),
).map((r) => r.code);

const mfaBlock = (r: CatalogRecord) => r.outcome === 'blocked' && has(r, 'mfa') && !has(r, 'fraud') && !has(r, 'policy') && !has(r, 'account');
export const MFA_BLOCK_CODES: readonly string[] = signinErrors.filter(mfaBlock).map((r) => r.code);
export const MFA_BLOCK_DETAILS: readonly string[] = ALL_RECORDS.filter((r) => r.family === 'mfa-detail' && mfaBlock(r)).map((r) => r.code);

/** Audit activities that change a user's security info (registration, update, deletion). */
export const SECURITY_INFO_CHANGES: readonly string[] = ALL_RECORDS.filter(
  (r) => r.family === 'audit-activity' && r.outcome === 'success' && has(r, 'registration') && !has(r, 'benign') && !has(r, 'sspr'),
).map((r) => r.code);

/** The user an audit event is about: its target user, else whoever acted. */
const AUDIT_USER = 'coalesce(tostring(TargetResources[0].userPrincipalName), tostring(InitiatedBy.user.userPrincipalName))';
const AUDIT_IP = 'tostring(InitiatedBy.user.ipAddress)';

/**
 * A comment line that narrows a query to the finding's subject: where to add which filter. Sign-in queries filter right
 * after each `SigninLogs`; audit queries after the line that defines `User` or `IP`.
 */
export function scopeComment(column: string, values: readonly string[]): string {
  if (values.length === 0) return '';
  const where = column === 'User' || column === 'IP' ? `after the line that defines ${column}` : 'after each SigninLogs';
  return `// This finding only: add | where ${column} in~ (${values.slice(0, 20).map(kqlString).join(', ')}) ${where}\n`;
}

export function mfaFatigueKql(s: DetectionSettings): string {
  const f = s.mfaFatigue;
  return `// MFA fatigue: at least ${f.minRefusedPrompts} refused push/phone prompts for one user within ${f.windowMinutes} minutes,
// worst when a success follows within ${f.successWithinMinutes} minutes (Sigma azure_successful_mfa_fatigue_attack).
// Fixed ${f.windowMinutes}-minute bins; the file analysis slides the window.
let window = ${minutes(f.windowMinutes)};
let minRefused = ${f.minRefusedPrompts};
let successWithin = ${minutes(f.successWithinMinutes)};
let refusedDetails = ${kqlList(REFUSED_PROMPT_DETAILS)};
let bursts = SigninLogs
    | where ResultType == "500121"
    | extend Detail = tostring(Status.additionalDetails)
    | where Detail in~ (refusedDetails) or Detail has "fraud"
    | summarize Refused = count(), FirstRefused = min(TimeGenerated), LastRefused = max(TimeGenerated), IPs = make_set(IPAddress, 20)
        by UserPrincipalName, bin(TimeGenerated, window)
    | where Refused >= minRefused;
bursts
| join kind=leftouter (
    SigninLogs
    | where ResultType == "0"
    | project UserPrincipalName, SuccessTime = TimeGenerated, SuccessIP = IPAddress
    ) on UserPrincipalName
| extend FollowedBySuccess = isnotnull(SuccessTime) and SuccessTime between (FirstRefused .. (LastRefused + successWithin))
| summarize FollowedBySuccess = max(toint(FollowedBySuccess)), FirstSuccess = minif(SuccessTime, FollowedBySuccess),
    SuccessIPs = make_set_if(SuccessIP, FollowedBySuccess, 20), IPs = take_any(IPs)
    by UserPrincipalName, FirstRefused, LastRefused, Refused
| order by FollowedBySuccess desc, Refused desc
`;
}

export function passwordSprayKql(s: DetectionSettings): string {
  const p = s.passwordSpray;
  return `// Password spray: one IP address failing the password for at least ${p.minUsers} distinct users within ${p.windowMinutes} minutes,
// unless as many users succeed from it (a shared office address); escalated when a targeted user then gets a code
// that proves the password was right from the same address (Sentinel SigninPasswordSpray). Fixed bins.
let window = ${minutes(p.windowMinutes)};
let minUsers = ${p.minUsers};
let failureCodes = ${kqlList(CREDENTIAL_FAILURE_CODES)};
let acceptedCodes = ${kqlList(PASSWORD_ACCEPTED_CODES)};
let sprays = SigninLogs
    | where ResultType in (failureCodes)
    | summarize Users = dcount(UserPrincipalName), Attempts = count(), Targets = make_set(UserPrincipalName, 1000),
        FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by IPAddress, bin(TimeGenerated, window)
    | where Users >= minUsers;
let successfulUsers = SigninLogs
    | where ResultType == "0"
    | summarize SuccessfulUsers = dcount(UserPrincipalName) by IPAddress;
sprays
| join kind=leftouter successfulUsers on IPAddress
| where Users > coalesce(SuccessfulUsers, long(0))
| mv-expand Target = Targets to typeof(string)
| join kind=leftouter (
    SigninLogs
    | where ResultType in (acceptedCodes)
    | project Target = UserPrincipalName, IPAddress, AcceptedTime = TimeGenerated
    ) on Target, IPAddress
| summarize Users = max(Users), Attempts = max(Attempts), FirstSeen = min(FirstSeen), LastSeen = max(LastSeen),
    PasswordAcceptedFor = make_set_if(Target, AcceptedTime >= FirstSeen, 100) by IPAddress
| extend PasswordAccepted = array_length(PasswordAcceptedFor) > 0
| order by PasswordAccepted desc, Users desc
`;
}

export function bruteForceKql(s: DetectionSettings): string {
  const b = s.bruteForce;
  return `// Brute force: at least ${b.minFailures} password failures or lockouts for one user within ${b.windowMinutes} minutes, escalated
// when a code that proves the password was right follows within ${b.windowMinutes} minutes (Sentinel SigninBruteForce-AzurePortal).
let window = ${minutes(b.windowMinutes)};
let minFailures = ${b.minFailures};
let failureCodes = ${kqlList(CREDENTIAL_FAILURE_CODES)};
let acceptedCodes = ${kqlList(PASSWORD_ACCEPTED_CODES)};
SigninLogs
| where ResultType in (failureCodes)
| summarize Failures = count(), IPs = make_set(IPAddress, 20), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
    by UserPrincipalName, bin(TimeGenerated, window)
| where Failures >= minFailures
| join kind=leftouter (
    SigninLogs
    | where ResultType in (acceptedCodes)
    | project UserPrincipalName, AcceptedTime = TimeGenerated
    ) on UserPrincipalName
| summarize Failures = max(Failures), IPs = take_any(IPs), FirstSeen = min(FirstSeen), LastSeen = max(LastSeen),
    AcceptedAt = minif(AcceptedTime, AcceptedTime between (FirstSeen .. (LastSeen + window))) by UserPrincipalName
| extend PasswordAccepted = isnotnull(AcceptedAt)
| order by PasswordAccepted desc, Failures desc
`;
}

export function distributedKql(s: DetectionSettings): string {
  const d = s.distributedAttempts;
  return `// Distributed attempts: at least ${d.minFailures} password failures for one user from at least ${d.minLocations} locations within
// ${d.windowMinutes} minutes (Sentinel DistribPassCrackAttempt).
let window = ${minutes(d.windowMinutes)};
let minFailures = ${d.minFailures};
let minLocations = ${d.minLocations};
let failureCodes = ${kqlList(CREDENTIAL_FAILURE_CODES)};
SigninLogs
| where ResultType in (failureCodes)
| extend Place = strcat(tostring(LocationDetails.city), ", ", tostring(LocationDetails.state), ", ", tostring(LocationDetails.countryOrRegion))
| summarize Failures = count(), Locations = dcount(Place), Places = make_set(Place, 20), IPs = make_set(IPAddress, 50)
    by UserPrincipalName, bin(TimeGenerated, window)
| where Failures >= minFailures and Locations >= minLocations
| order by Locations desc, Failures desc
`;
}

export function fraudKql(): string {
  return `// Fraud reports: MFA prompts the user reported as fraud, and sign-ins reported as not legitimate
// (Sentinel MFARejectedbyUser / ExplicitMFADeny; any hit).
union
    (SigninLogs
    | where tostring(Status.additionalDetails) has "fraud" or tostring(AuthenticationDetails) has "fraud"
    | project TimeGenerated, UserPrincipalName, IPAddress, AppDisplayName, Detail = tostring(Status.additionalDetails)),
    (AuditLogs
    | where OperationName == "User reported unusual sign-in event as not legitimate"
    | project TimeGenerated, UserPrincipalName = ${AUDIT_USER}, IPAddress = ${AUDIT_IP}, AppDisplayName = LoggedByService, Detail = OperationName)
| summarize Reports = count(), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated), IPs = make_set(IPAddress, 20),
    Details = make_set(Detail, 10) by UserPrincipalName
| order by Reports desc
`;
}

export function mfaBlockedKql(): string {
  return `// Users blocked from MFA (blocked list, phone-call limit) in the sign-in logs; any hit.
let blockCodes = ${kqlList(MFA_BLOCK_CODES)};
let blockDetails = ${kqlList(MFA_BLOCK_DETAILS)};
SigninLogs
| extend Detail = tostring(Status.additionalDetails)
| where ResultType in (blockCodes) or Detail in~ (blockDetails)
| summarize Blocks = count(), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated), Details = make_set(Detail, 10),
    IPs = make_set(IPAddress, 20) by UserPrincipalName
| order by Blocks desc
`;
}

export function legacyAuthKql(): string {
  return `// Legacy authentication: legacy client apps, the ROPC protocol or ROPC user agents (Sigma
// azure_legacy_authentication_protocols, LETHAL-003..005); successes first, since they passed without MFA.
let legacyClients = ${kqlList(LEGACY_CLIENT_APPS)};
let ropcAgents = ${kqlList(ROPC_USER_AGENTS)};
SigninLogs
| where ClientAppUsed in~ (legacyClients) or AuthenticationProtocol =~ "ropc" or UserAgent has_any (ropcAgents)
| summarize Attempts = count(), Successes = countif(ResultType == "0"), ClientApps = make_set(ClientAppUsed, 10),
    Apps = make_set(AppDisplayName, 10), IPs = make_set(IPAddress, 20), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
    by UserPrincipalName
| order by Successes desc, Attempts desc
`;
}

export function ssprBlockedKql(): string {
  return `// Users blocked from self-service password reset for 24 hours (more than 5 attempts, gates or phone checks in 24 hours).
AuditLogs
| where OperationName == "Blocked from self-service password reset"
| extend User = ${AUDIT_USER}, IP = ${AUDIT_IP}
| summarize Blocks = count(), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated), IPs = make_set(IP, 20) by User
| order by Blocks desc
`;
}

export function ssprResetsKql(s: DetectionSettings): string {
  const a = s.ssprAbuse;
  return `// Self-service password resets for at least ${a.resetUsersPerIp} distinct users from one IP address within ${a.windowMinutes} minutes
// (public hunting query "multiple SSPR resets from one IP"). Fixed bins.
let window = ${minutes(a.windowMinutes)};
let minUsers = ${a.resetUsersPerIp};
AuditLogs
| where OperationName == "Reset password (self-service)" and Result == "success"
| extend User = ${AUDIT_USER}, IP = ${AUDIT_IP}
| where isnotempty(IP)
| summarize Users = dcount(User), Resets = count(), UserList = make_set(User, 100), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
    by IP, bin(TimeGenerated, window)
| where Users >= minUsers
| order by Users desc
`;
}

export function ssprGatesKql(s: DetectionSettings): string {
  const a = s.ssprAbuse;
  return `// At least ${a.gateAttemptsPerIp} SSPR verification-gate attempts from one IP address within ${a.windowMinutes} minutes
// (Microsoft blocks one user after more than 5 in 24 hours). Fixed bins.
let window = ${minutes(a.windowMinutes)};
let minAttempts = ${a.gateAttemptsPerIp};
AuditLogs
| where OperationName == "Self-service password reset flow activity progress"
| where ResultReason startswith "User started the"
| extend User = ${AUDIT_USER}, IP = ${AUDIT_IP}
| where isnotempty(IP)
| summarize Attempts = count(), Users = make_set(User, 100), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
    by IP, bin(TimeGenerated, window)
| where Attempts >= minAttempts
| order by Attempts desc
`;
}

export function ssprMfaChangeKql(s: DetectionSettings): string {
  const a = s.ssprAbuse;
  return `// Security info (MFA methods) changed within ${a.mfaChangeWithinMinutes} minutes after the same user's self-service password reset
// (public hunting query "MFA change right after reset").
let within = ${minutes(a.mfaChangeWithinMinutes)};
let changes = ${kqlList(SECURITY_INFO_CHANGES)};
let resets = AuditLogs
    | where OperationName == "Reset password (self-service)" and Result == "success"
    | project User = ${AUDIT_USER}, ResetTime = TimeGenerated, ResetIP = ${AUDIT_IP};
AuditLogs
| where OperationName in (changes) and Result == "success"
| project User = ${AUDIT_USER}, ChangeTime = TimeGenerated, Change = OperationName, Detail = ResultReason, ChangeIP = ${AUDIT_IP}
| join kind=inner resets on User
| where ChangeTime between (ResetTime .. (ResetTime + within))
| project User, ResetTime, ResetIP, ChangeTime, Change, Detail, ChangeIP
| order by ResetTime asc
`;
}

/** How many events the log holds for the period an export covers (to compare with a capped export). */
export function exportCountKql(table: 'SigninLogs' | 'AuditLogs', first: number | undefined, last: number | undefined, filter = ''): string {
  const range =
    first !== undefined && last !== undefined
      ? `| where TimeGenerated between (datetime(${new Date(first).toISOString()}) .. datetime(${new Date(last).toISOString()}))\n`
      : '';
  return `// How many events the log really holds for the period of the export (compare with the export's row count).
${table}
${range}${filter}| summarize Events = count(), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated)
`;
}
