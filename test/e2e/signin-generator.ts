/**
 * Portal sign-in rows (57 columns) computed one at a time: row `i` of seed `s` is always the same (a small PRNG seeded
 * by both), so the fake host of the webview test serves 250k rows in any order without holding them. Files on disk
 * come from the benchmark's generator (bench/generate.ts), which writes rows in sequence.
 */
import { SIGNIN_PORTAL_57 } from '../../src/core/formats/kinds/signin-portal-layouts';

export const SIGNIN_HEADER = SIGNIN_PORTAL_57;
export const COLUMN = {
  time: SIGNIN_HEADER.indexOf('Date (UTC)'),
  user: SIGNIN_HEADER.indexOf('Username'),
  app: SIGNIN_HEADER.indexOf('Application'),
  ip: SIGNIN_HEADER.indexOf('IP address'),
  location: SIGNIN_HEADER.indexOf('Location'),
  status: SIGNIN_HEADER.indexOf('Status'),
  code: SIGNIN_HEADER.indexOf('Sign-in error code'),
  reason: SIGNIN_HEADER.indexOf('Failure reason'),
} as const;

export type GeneratedOutcome = 'success' | 'interrupt' | 'failure' | 'blocked';

/** Codes with their status word, failure reason, what they mean, and how often they occur (per 1000 rows). */
export const SIGNIN_CODES: ReadonlyArray<{ code: string; status: string; reason: string; outcome: GeneratedOutcome; per1000: number }> = [
  { code: '0', status: 'Success', reason: '', outcome: 'success', per1000: 700 },
  { code: '50126', status: 'Failure', reason: 'Invalid username or password or Invalid on-premise username or password.', outcome: 'failure', per1000: 90 },
  { code: '50074', status: 'Interrupted', reason: 'Strong Authentication is required.', outcome: 'interrupt', per1000: 60 },
  { code: '50140', status: 'Interrupted', reason: "This error occurred due to 'Keep me signed in' interrupt when the user was signing-in.", outcome: 'interrupt', per1000: 50 },
  { code: '500121', status: 'Failure', reason: 'Authentication failed during strong authentication request.', outcome: 'failure', per1000: 40 },
  { code: '53003', status: 'Failure', reason: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', outcome: 'blocked', per1000: 30 },
  { code: '50053', status: 'Failure', reason: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.', outcome: 'blocked', per1000: 20 },
  { code: '70044', status: 'Failure', reason: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.', outcome: 'interrupt', per1000: 10 },
];

const USERS = ['alice.johnson', 'bob.smith', 'carol.lee', 'dave.brown', 'erin.davis', 'frank.miller', 'grace.wilson', 'heidi.moore', 'ivan.taylor', 'judy.anderson', 'mallory.thomas', 'yamada.taro'];
const APPS = ['Microsoft Office', 'Microsoft Teams', 'Azure Portal', 'Office 365 Exchange Online', 'Microsoft Authentication Broker'];
const PLACES = ['Seattle, Washington, US', 'Osaka, Osaka, JP', 'Chicago, Illinois, US', 'Lagos, Lagos, NG', 'Amsterdam, Noord-Holland, NL', 'Tokyo, Tokyo, JP'];
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const START = Date.UTC(2025, 3, 1, 0, 0, 0);

/** mulberry32 seeded by (seed, row): each row is computed independently of the others. */
function rowRng(seed: number, row: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(row + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(next: () => number): string {
  const hex = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
}

export function codeOfRow(seed: number, row: number): (typeof SIGNIN_CODES)[number] {
  let pick = Math.floor(rowRng(seed ^ 0x5bd1e995, row)() * 1000);
  for (const c of SIGNIN_CODES) {
    if (pick < c.per1000) return c;
    pick -= c.per1000;
  }
  return SIGNIN_CODES[0]!;
}

/** The 57 cells of row `row` (0-based) of the export with `seed`. */
export function signInCells(seed: number, row: number): string[] {
  const next = rowRng(seed, row);
  const c = codeOfRow(seed, row);
  const user = USERS[Math.floor(next() * USERS.length)]!;
  const app = APPS[Math.floor(next() * APPS.length)]!;
  const ip = `203.0.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}`;
  const time = new Date(START + row * 7_000 + Math.floor(next() * 6_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const values: Record<string, string> = {
    'Date (UTC)': time,
    'Request ID': guid(next),
    'User agent': UA,
    'Correlation ID': guid(next),
    'User ID': guid(next),
    'User': user.split('.').map((p) => p[0]!.toUpperCase() + p.slice(1)).join(' '),
    'Username': `${user}@contoso.com`,
    'User type': 'Member',
    'Application': app,
    'Application ID ': guid(next),
    'Resource': 'Microsoft Graph',
    'Resource ID ': '00000003-0000-0000-c000-000000000000',
    'Home tenant name': 'Contoso',
    'IP address': ip,
    'Location': PLACES[Math.floor(next() * PLACES.length)]!,
    'Status': c.status,
    'Sign-in error code': c.code,
    'Failure reason': c.reason,
    'Client app': next() < 0.7 ? 'Browser' : 'Mobile Apps and Desktop clients',
    'Browser': 'Edge 131.0.0',
    'Operating System': 'Windows10',
    'Compliant': 'False',
    'Managed': 'False',
    'Authentication requirement': next() < 0.5 ? 'Multifactor authentication' : 'Single-factor authentication',
    'Sign-in identifier': `${user}@contoso.com`,
    'Session ID': guid(next),
    'IP address (seen by resource)': ip,
    'Autonomous system  number': String(1000 + Math.floor(next() * 64000)),
    'Token issuer type': 'AzureAD',
    'Latency': String(40 + Math.floor(next() * 900)),
    'Conditional Access': c.outcome === 'blocked' ? 'Failure' : 'Not Applied',
  };
  return SIGNIN_HEADER.map((name) => values[name] ?? (name.startsWith('Incoming token type') || name === 'Cross tenant access type' ? 'None' : ''));
}
