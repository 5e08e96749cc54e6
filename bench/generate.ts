/**
 * Realistic exports of any size, from a seed, for the benchmark and for tests that need big files (written to disk,
 * never committed). The sign-in CSV uses the portal's exact 57-column header with its quirks, about 1 KB a row, and a
 * code mix like a real tenant's: mostly successes, many interrupts, a tail of failures and blocks.
 *
 *   npx tsx bench/generate.ts signin-csv --rows 100000 --seed 1 --out /tmp/InteractiveSignIns_100k.csv
 *   npx tsx bench/generate.ts signin-json --rows 10000 --out /tmp/signins.json     (also signin-ndjson)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { SIGNIN_PORTAL_57 } from '../src/core/formats/kinds/signin-portal-layouts';

/** Mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sign-in codes with their share of rows, status and failure reason, roughly as a busy tenant sees them. */
const CODE_MIX: ReadonlyArray<{ code: string; weight: number; status: string; reason: string; mfa?: string }> = [
  { code: '0', weight: 700, status: 'Success', reason: '', mfa: 'MFA requirement satisfied by claim in the token' },
  { code: '50074', weight: 70, status: 'Interrupted', reason: 'Strong Authentication is required.' },
  { code: '50140', weight: 50, status: 'Interrupted', reason: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in." },
  { code: '50076', weight: 40, status: 'Interrupted', reason: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access.' },
  { code: '50126', weight: 45, status: 'Failure', reason: 'Invalid username or password or Invalid on-premise username or password.' },
  { code: '500121', weight: 20, status: 'Failure', reason: 'Authentication failed during strong authentication request.', mfa: 'MFA denied; user declined the authentication' },
  { code: '50058', weight: 20, status: 'Interrupted', reason: 'Session information is not sufficient for single-sign-on.' },
  { code: '70044', weight: 15, status: 'Interrupted', reason: 'The session has expired or is invalid due to sign-in frequency checks by conditional access.' },
  { code: '53003', weight: 10, status: 'Failure', reason: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.' },
  { code: '50053', weight: 5, status: 'Failure', reason: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.' },
  { code: '50057', weight: 3, status: 'Failure', reason: 'User account is disabled. The account has been disabled by an administrator.' },
  { code: '50125', weight: 4, status: 'Interrupted', reason: 'Sign-in was interrupted due to a password reset or password registration entry.' },
  { code: '700082', weight: 3, status: 'Failure', reason: 'The refresh token has expired due to inactivity.' },
];

const APPS = ['Office 365 Exchange Online', 'Microsoft Teams', 'Azure Portal', 'Microsoft Office', 'SharePoint Online', 'OfficeHome', 'My Apps', 'Microsoft Authentication Broker', 'Azure Virtual Desktop', 'Power BI'];
const PLACES = ['Tokyo, Tokyo, JP', 'Osaka, Osaka, JP', 'Seattle, Washington, US', 'London, England, GB', 'Sydney, New South Wales, AU', 'Singapore, Central Singapore, SG', 'Berlin, Berlin, DE'];
const CLIENTS = ['Browser', 'Mobile Apps and Desktop clients', 'Mobile Apps and Desktop clients', 'Browser', 'Exchange ActiveSync', 'IMAP4'];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)',
  'BAV2ROPC',
];

export interface SigninCsvOptions {
  readonly rows: number;
  readonly seed?: number;
  readonly users?: number;
  /** First row's time; rows go forward a few seconds each. */
  readonly start?: Date;
}

function picker(random: () => number) {
  const total = CODE_MIX.reduce((s, c) => s + c.weight, 0);
  return {
    code: () => {
      let r = random() * total;
      for (const c of CODE_MIX) if ((r -= c.weight) < 0) return c;
      return CODE_MIX[0]!;
    },
    one: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!,
    guid: () => {
      const h = () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
      return `${h()}${h()}-${h()}-4${h().slice(1)}-8${h().slice(1)}-${h()}${h()}${h()}`;
    },
  };
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Yields the CSV text in blocks of about `blockRows` rows (header first). */
export function* signinCsv(options: SigninCsvOptions, blockRows = 5_000): Generator<string> {
  const random = prng(options.seed ?? 1);
  const pick = picker(random);
  const users = Array.from({ length: options.users ?? Math.max(50, Math.ceil(options.rows / 50)) }, (_, i) => ({
    upn: `user${String(i).padStart(5, '0')}@contoso.com`,
    name: `User ${i}`,
    id: pick.guid(),
  }));
  const ips = Array.from({ length: 400 }, (_, i) => `203.0.${(i >> 8) & 255}.${i & 255}`);
  let time = (options.start ?? new Date(Date.UTC(2025, 11, 1))).getTime();
  const header = SIGNIN_PORTAL_57.map(quote).join(',') + '\r\n';
  let block = header;
  for (let i = 0; i < options.rows; i++) {
    time += Math.floor(random() * 6_000);
    const user = pick.one(users);
    const c = pick.code();
    const app = pick.one(APPS);
    const place = pick.one(PLACES);
    const values: Record<string, string> = {
      'Date (UTC)': new Date(time).toISOString().replace('.000Z', 'Z'),
      'Request ID': pick.guid(),
      'User agent': pick.one(AGENTS),
      'Correlation ID': pick.guid(),
      'User ID': user.id,
      User: user.name,
      Username: user.upn,
      'User type': 'Member',
      'Cross tenant access type': 'None',
      'Incoming token type': 'None',
      'Authentication Protocol': 'None',
      'Unique token identifier': pick.guid().replace(/-/g, '').slice(0, 22),
      'Original transfer method': 'None',
      'Client credential type': 'None',
      'Token Protection - Sign In Session': 'None',
      'Token Protection - Sign In Session StatusCode': '0',
      Application: app,
      'Application ID ': pick.guid(),
      'App owner tenant ID': 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
      Resource: 'Microsoft Graph',
      'Resource ID ': '00000003-0000-0000-c000-000000000000',
      'Resource tenant ID': '9188040d-6c67-4c5b-b112-36a304b66dad',
      'Resource owner tenant ID': 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
      'Home tenant ID': '9188040d-6c67-4c5b-b112-36a304b66dad',
      'Home tenant name': 'Contoso',
      'IP address': pick.one(ips),
      Location: place,
      Status: c.status,
      'Sign-in error code': c.code,
      'Failure reason': c.reason,
      'Client app': pick.one(CLIENTS),
      'Device ID': random() < 0.5 ? pick.guid() : '',
      Browser: 'Edge 131.0.0',
      'Operating System': 'Windows10',
      Compliant: random() < 0.6 ? 'True' : 'False',
      Managed: random() < 0.6 ? 'True' : 'False',
      'Join Type': 'Microsoft Entra joined',
      'Multifactor authentication result': c.mfa ?? '',
      'Multifactor authentication auth method': c.mfa ? 'Mobile app notification' : '',
      'Multifactor authentication auth detail': c.mfa ? 'iPhone 15' : '',
      'Authentication requirement': random() < 0.7 ? 'Multifactor authentication' : 'Single-factor authentication',
      'Sign-in identifier': user.upn,
      'Session ID': pick.guid(),
      'IP address (seen by resource)': '',
      'Through Global Secure Access': 'False',
      'Global Secure Access IP address': '',
      'Autonomous system  number': String(2500 + Math.floor(random() * 60_000)),
      'Flagged for review': 'False',
      'Token issuer type': 'AzureAD',
      'Token issuer name': '',
      Latency: String(40 + Math.floor(random() * 900)),
      'Conditional Access': c.code === '53003' ? 'Failure' : 'Success',
      'Managed Identity type': '',
      'Associated Resource Id': '',
      'Federated Token Id': '',
      'Federated Token Issuer': '',
    };
    // The header repeats `Incoming token type`; both copies take the same value.
    block += SIGNIN_PORTAL_57.map((h) => quote(values[h] ?? '')).join(',') + '\r\n';
    if ((i + 1) % blockRows === 0) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

/** A Graph `signIn` object like the portal's JSON download or the Graph API returns (about 2 KB indented). */
function graphSignIn(random: () => number, pick: ReturnType<typeof picker>, user: { upn: string; name: string; id: string }, time: number, ip: string) {
  const c = pick.code();
  const [city, state, country] = pick.one(PLACES).split(', ');
  const mfaStep = c.mfa
    ? [{ authenticationStepDateTime: new Date(time + 2_000).toISOString(), authenticationMethod: 'Mobile app notification', authenticationMethodDetail: 'iPhone 15', succeeded: c.code === '0', authenticationStepResultDetail: c.mfa, authenticationStepRequirement: 'Multifactor authentication' }]
    : [];
  return {
    id: pick.guid(),
    createdDateTime: new Date(time).toISOString().replace('.000Z', 'Z'),
    userDisplayName: user.name,
    userPrincipalName: user.upn,
    userId: user.id,
    appId: pick.guid(),
    appDisplayName: pick.one(APPS),
    ipAddress: ip,
    clientAppUsed: pick.one(CLIENTS),
    userAgent: pick.one(AGENTS),
    correlationId: pick.guid(),
    conditionalAccessStatus: c.code === '53003' ? 'failure' : 'success',
    isInteractive: true,
    riskDetail: 'none',
    riskLevelAggregated: 'none',
    riskLevelDuringSignIn: 'none',
    riskState: 'none',
    riskEventTypes_v2: [],
    resourceDisplayName: 'Microsoft Graph',
    resourceId: '00000003-0000-0000-c000-000000000000',
    authenticationRequirement: random() < 0.7 ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    status: { errorCode: Number(c.code), failureReason: c.reason || 'Other.', additionalDetails: c.mfa ?? null },
    deviceDetail: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: false, isManaged: false, trustType: '' },
    location: { city, state, countryOrRegion: country, geoCoordinates: { altitude: null, latitude: 35.6 + random(), longitude: 139.6 + random() } },
    appliedConditionalAccessPolicies: [{ id: pick.guid(), displayName: 'Require MFA for all users', enforcedGrantControls: ['Mfa'], enforcedSessionControls: [], result: 'success' }],
    authenticationDetails: [
      { authenticationStepDateTime: new Date(time).toISOString(), authenticationMethod: 'Password', authenticationMethodDetail: 'Password in the cloud', succeeded: c.code !== '50126', authenticationStepResultDetail: c.code === '50126' ? 'Invalid username or password or Invalid on-premise username or password.' : 'Correct password', authenticationStepRequirement: 'Primary authentication' },
      ...mfaStep,
    ],
  };
}

export interface SigninJsonOptions extends SigninCsvOptions {
  /** `array`: one JSON array, indented like PowerShell's ConvertTo-Json; `ndjson`: one compact record per line. */
  readonly shape: 'array' | 'ndjson';
  /** Start the array with a UTF-8 byte-order mark, as PowerShell writes (default true). */
  readonly bom?: boolean;
}

/** Yields a sign-in JSON export in blocks. */
export function* signinJson(options: SigninJsonOptions, blockRows = 2_000): Generator<string> {
  const random = prng(options.seed ?? 1);
  const pick = picker(random);
  const users = Array.from({ length: options.users ?? Math.max(50, Math.ceil(options.rows / 50)) }, (_, i) => ({ upn: `user${String(i).padStart(5, '0')}@contoso.com`, name: `User ${i}`, id: pick.guid() }));
  const ips = Array.from({ length: 400 }, (_, i) => `203.0.${(i >> 8) & 255}.${i & 255}`);
  let time = (options.start ?? new Date(Date.UTC(2025, 11, 1))).getTime();
  const array = options.shape === 'array';
  let block = array ? `${options.bom === false ? '' : '\ufeff'}[\r\n` : '';
  for (let i = 0; i < options.rows; i++) {
    time += Math.floor(random() * 6_000);
    const record = graphSignIn(random, pick, pick.one(users), time, pick.one(ips));
    block += array ? `${i ? ',\r\n' : ''}${JSON.stringify(record, null, 2).replace(/\n/g, '\r\n')}` : `${JSON.stringify(record)}\n`;
    if ((i + 1) % blockRows === 0) {
      yield block;
      block = '';
    }
  }
  if (array) block += '\r\n]\r\n';
  if (block) yield block;
}

/** Writes blocks to `file`; returns its size in bytes. */
export function writeBlocks(file: string, blocks: Iterable<string>): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    for (const block of blocks) bytes += writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Writes a sign-in CSV of `options.rows` rows to `file`; returns its size in bytes. */
export function writeSigninCsv(file: string, options: SigninCsvOptions): number {
  return writeBlocks(file, signinCsv(options));
}

/** Writes sign-in JSON rows until the file reaches about `targetBytes`; returns its size. */
export function writeSigninJsonOfSize(file: string, targetBytes: number, shape: SigninJsonOptions['shape'], seed = 1, bom = true): number {
  // About 2.45 KB a record indented, 1.95 KB compact: estimate the row count, then generate.
  const perRow = shape === 'array' ? 2_450 : 1_950;
  return writeBlocks(file, signinJson({ rows: Math.ceil(targetBytes / perRow), seed, shape, bom }));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const kind = args[0];
  const rows = Number(flag('rows', '1000'));
  const seed = Number(flag('seed', '1'));
  const out = flag('out', `${kind}-${rows}`);
  let bytes: number;
  if (kind === 'signin-csv') bytes = writeSigninCsv(out, { rows, seed });
  else if (kind === 'signin-json' || kind === 'signin-ndjson') bytes = writeBlocks(out, signinJson({ rows, seed, shape: kind === 'signin-json' ? 'array' : 'ndjson' }));
  else {
    console.error('usage: tsx bench/generate.ts signin-csv|signin-json|signin-ndjson --rows N [--seed S] --out FILE');
    process.exit(1);
  }
  console.log(`${out}: ${(bytes / 1048576).toFixed(1)} MB`);
}
