import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AUDIT_ACTIVITIES } from '../../../src/core/catalog/audit-activities';
import { AUDIT_REASONS } from '../../../src/core/catalog/audit-reasons';
import { Catalog } from '../../../src/core/catalog/catalog';
import { normalizeKey } from '../../../src/core/catalog/normalize';
import type { CatalogRecord, Family } from '../../../src/core/catalog/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const catalog = new Catalog([...AUDIT_ACTIVITIES, ...AUDIT_REASONS]);
const activity = (value: string) => catalog.lookup(value, ['audit-activity']);
const reason = (value: string) => catalog.lookup(value, ['audit-reason']);

/** `* [**Blocked from self-service password reset (セルフサービスのパスワード リセットのブロック)**](#…) - …` */
function seedActivityNames(): Array<{ en: string; ja: string }> {
  const seed = readFileSync(join(FIXTURES, 'seeds', '002_e6e1eaf4720c82f7.txt'), 'utf8');
  const names: Array<{ en: string; ja: string }> = [];
  for (const line of seed.split(/\r?\n/)) {
    const m = /^\* \[\*\*(.+?)\*\*\]\(#activity-type-[^)]*\) - /.exec(line);
    if (!m) continue;
    // The Japanese name is the parenthesised tail that starts with a Japanese character; English names may contain
    // their own parentheses (`Change password (self-service) (パスワードの変更 (セルフサービス))`).
    const split = /^(.*?) \(((?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]).*)\)$/u.exec(m[1]!);
    assert.ok(split, `cannot split seed activity name: ${m[1]}`);
    names.push({ en: split[1]!, ja: split[2]! });
  }
  return names;
}

interface DirectoryAudit {
  loggedByService?: string;
  activityDisplayName?: string;
  resultReason?: string | null;
}

function sampleAudits(): DirectoryAudit[] {
  let text = readFileSync(join(FIXTURES, 'samples', '20250502131826-AuditLogs.json'), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return JSON.parse(text) as DirectoryAudit[];
}

/** Exact strings of `reference/data/sspr-audit-values.json` and the reference §2.4 lists. */
const FLOW_REASONS = [
  'User submitted their user ID',
  'User started the mobile SMS verification',
  'User completed the mobile SMS verification',
  'User started the mobile app code verification',
  'User completed the mobile app code verification',
  'User completed all verification steps required',
  'User submitted a new password',
  'User successfully reset password',
  "User's account has insufficient authentication methods",
  'Password reset is not enabled for this user',
  'User was presented with verification options',
  'User cancelled before passing the required authentication methods',
  'User started the mobile SMS verification option',
  'User completed the mobile SMS verification option',
  'User started the mobile voice call verification option',
  'User completed the mobile voice call verification option',
  'User started the security questions verification option',
  'User completed the security questions verification option',
  'User started the email verification option',
  'User completed the email verification option',
  'User started the mobile app notification verification option',
  'User completed the mobile app notification verification option',
  'User started the mobile app code verification option',
  "User's account has insufficient authentication methods defined. Add authentication info to resolve this ",
  'Successfully completed reset.',
];

const REGISTRATION_REASONS = [
  'User registered Authenticator App with Notification',
  'User registered Authenticator App with Code',
  'User registered Authenticator App with Notification and Code',
  'User registered Mobile Phone SMS',
  'User started the registration for Authenticator App with Notification',
  'User started the registration for Authenticator App with Code',
  'User started the registration for Authenticator App with Notification and Code',
  'User failed to register Authenticator App with Code',
  'User registered all required security info.',
];

const ACTIVITIES = [
  'Self-service password reset policy changes',
  'Blocked from self-service password reset',
  'Change password (self-service)',
  'Reset password (by admin)',
  'Reset password (self-service)',
  'Self-service password reset flow activity progress',
  'Self serve password reset flow activity progress',
  'Unlock user account (self-service)',
  'Unlock a user account (self-service)',
  'User registered for self-service password reset',
  'User registered security info',
  'User started security info registration',
  'User registered all required security info',
  'POST UserAuthMethod.SecurityInfoRegistrationCallback',
  'User reported unusual sign-in event as not legitimate',
  'Admin registered security info',
  'User changed default security info',
  'Admin updated security info',
  'User updated security info',
  'Admin deleted security info',
  'User deleted security info',
  'Reset user password',
  'Change user password',
  'Update PasswordProfile',
  'Validate Password',
  'Update StsRefreshTokenValidFrom Timestamp',
];

describe('catalog: audit activities and result reasons', () => {
  it('has the expected number of records, each in its own family', () => {
    assert.equal(AUDIT_ACTIVITIES.length, 25);
    assert.equal(AUDIT_REASONS.length, 32);
    for (const r of AUDIT_ACTIVITIES) assert.equal(r.family, 'audit-activity', r.code);
    for (const r of AUDIT_REASONS) assert.equal(r.family, 'audit-reason', r.code);
  });

  it('resolves the 7 activity types of seed 002 by their English and Japanese names', () => {
    const names = seedActivityNames();
    assert.equal(names.length, 7);
    assert.ok(names.some((n) => n.en === 'Self serve password reset flow activity progress'));
    assert.ok(names.some((n) => n.ja === 'パスワードの変更 (セルフサービス)'));
    for (const { en, ja } of names) {
      const byEn = activity(en);
      const byJa = activity(ja);
      assert.ok(byEn, `English activity not found: ${en}`);
      assert.ok(byJa, `Japanese activity not found: ${ja}`);
      assert.equal(byJa, byEn, `${en} and ${ja} resolve to different records`);
      assert.equal(byEn.source, 'seed:002');
    }
  });

  it('maps older and current activity names to the same record', () => {
    assert.equal(
      activity('Self serve password reset flow activity progress'),
      activity('Self-service password reset flow activity progress'),
    );
    assert.equal(activity('Unlock a user account (self-service)'), activity('Unlock user account (self-service)'));
    assert.ok(activity('Self-service password reset policy changes'));
  });

  it('resolves every documented activity name', () => {
    for (const name of ACTIVITIES) assert.ok(activity(name), `activity not found: ${name}`);
  });

  it('gives activities outcomes that match what a successful row means', () => {
    const blocked = activity('Blocked from self-service password reset')!;
    assert.equal(blocked.outcome, 'blocked');
    assert.ok(blocked.tags?.includes('lockout'));
    assert.match(blocked.explanation.en, /24 hours/);
    assert.match(blocked.explanation.en, /five/);

    for (const name of [
      'Change password (self-service)',
      'Reset password (by admin)',
      'Reset password (self-service)',
      'Unlock user account (self-service)',
      'User registered for self-service password reset',
      'User registered security info',
      'User registered all required security info',
      'Reset user password',
      'Change user password',
    ]) {
      assert.equal(activity(name)!.outcome, 'success', name);
    }
    for (const name of [
      'Self-service password reset flow activity progress',
      'Self-service password reset policy changes',
      'Update PasswordProfile',
      'Validate Password',
      'Update StsRefreshTokenValidFrom Timestamp',
      'User started security info registration',
    ]) {
      assert.equal(activity(name)!.outcome, 'info', name);
    }
    const reported = activity('User reported unusual sign-in event as not legitimate')!;
    assert.equal(reported.outcome, 'info');
    assert.ok(reported.tags?.includes('fraud'));
  });

  it('explains the banned-password failure of seed 002 and its lab variant', () => {
    const fuzzy = reason('FuzzyPolicyViolationInvalidPassword');
    assert.ok(fuzzy);
    assert.equal(fuzzy.outcome, 'failure');
    assert.equal(fuzzy.source, 'seed:002');
    assert.match(fuzzy.explanation.en, /banned/);
    assert.equal(reason('PasswordDoesnotComplyFuzzyPolicy'), fuzzy);
    // Not an activity name.
    assert.equal(activity('FuzzyPolicyViolationInvalidPassword'), undefined);
  });

  it('resolves every SSPR flow-progress and registration reason of the reference data', () => {
    for (const value of [...FLOW_REASONS, ...REGISTRATION_REASONS]) {
      assert.ok(reason(value), `reason not found: ${JSON.stringify(value)}`);
    }
  });

  it('maps both spellings of a verification step to one record', () => {
    const gates = ['mobile SMS', 'mobile voice call', 'security questions', 'email', 'mobile app notification', 'mobile app code'];
    for (const gate of gates) {
      for (const phase of ['started', 'completed']) {
        const bare = reason(`User ${phase} the ${gate} verification`);
        const option = reason(`User ${phase} the ${gate} verification option`);
        assert.ok(bare, `${phase} ${gate}`);
        assert.equal(option, bare, `${phase} ${gate}: spellings differ`);
        assert.equal(bare.outcome, 'info');
      }
    }
    // One record per step: started and completed are different records.
    assert.notEqual(reason('User started the email verification option'), reason('User completed the email verification option'));
    // SMS and voice completions carry the SIM-swap hint.
    assert.match(reason('User completed the mobile SMS verification')!.explanation.en, /SIM swap/);
    assert.match(reason('User completed the mobile voice call verification option')!.explanation.en, /SIM-swap/);
  });

  it('resolves the insufficient-methods failure with its trailing space, its short form and its first sentence', () => {
    const withSpace = reason("User's account has insufficient authentication methods defined. Add authentication info to resolve this ");
    assert.ok(withSpace);
    assert.equal(withSpace.outcome, 'failure');
    assert.ok(withSpace.tags?.includes('sspr'));
    assert.equal(reason("User's account has insufficient authentication methods"), withSpace);
    assert.equal(reason('User’s account has insufficient authentication methods defined.'), withSpace);
  });

  it('gives reasons outcomes that match their meaning', () => {
    assert.equal(reason('User successfully reset password')!.outcome, 'success');
    assert.equal(reason('Successfully completed reset.')!.outcome, 'success');
    assert.equal(reason('User completed all verification steps required')!.outcome, 'info');
    assert.equal(reason('User submitted a new password')!.outcome, 'info');
    assert.equal(reason('User was presented with verification options')!.outcome, 'info');
    assert.equal(reason('Password reset is not enabled for this user')!.outcome, 'failure');
    assert.equal(reason('User cancelled before passing the required authentication methods')!.outcome, 'failure');
    assert.equal(reason('User failed to register Authenticator App with Code')!.outcome, 'failure');
    assert.equal(reason('User registered Mobile Phone SMS')!.outcome, 'success');
    for (const value of REGISTRATION_REASONS) assert.ok(reason(value)!.tags?.includes('registration'), value);
  });

  it('explains every SSPR and Authentication Methods value of the real audit-log sample', () => {
    const rows = sampleAudits();
    assert.equal(rows.length, 123);
    const services = new Set(['Self-service Password Management', 'Authentication Methods']);
    const relevant = rows.filter((r) => services.has(r.loggedByService ?? ''));
    assert.ok(relevant.length >= 4);
    // Placeholders that carry no meaning of their own are deliberately not catalogued.
    const placeholders = new Set(['None', 'NoContent']);
    for (const row of relevant) {
      assert.ok(activity(row.activityDisplayName ?? ''), `sample activity not found: ${row.activityDisplayName}`);
      const text = row.resultReason ?? '';
      if (!text.trim()) continue;
      if (placeholders.has(text)) {
        assert.equal(reason(text), undefined, `${text} should stay uncatalogued`);
        continue;
      }
      assert.ok(reason(text), `sample resultReason not found: ${text}`);
    }
    // The Core Directory password and session events of the sample too.
    const passwordEvents = rows
      .filter((r) => r.loggedByService === 'Core Directory')
      .map((r) => r.activityDisplayName ?? '')
      .filter((a) => /password|StsRefreshToken/i.test(a));
    assert.ok(passwordEvents.length >= 4);
    for (const a of passwordEvents) assert.ok(activity(a), `sample Core Directory activity not found: ${a}`);
  });

  it('keeps activity and reason lookups apart', () => {
    assert.equal(reason('Reset password (by admin)'), undefined);
    assert.equal(activity('User registered Authenticator App with Notification'), undefined);
    // Same words, different families: the activity and its success reason are different records.
    const act = activity('User registered all required security info')!;
    const res = reason('User registered all required security info.')!;
    assert.equal(act.family, 'audit-activity');
    assert.equal(res.family, 'audit-reason');
  });

  for (const [name, records, family] of [
    ['AUDIT_ACTIVITIES', AUDIT_ACTIVITIES, 'audit-activity'],
    ['AUDIT_REASONS', AUDIT_REASONS, 'audit-reason'],
  ] as Array<[string, readonly CatalogRecord[], Family]>) {
    describe(name, () => {
      it('has no duplicate normalized keys', () => {
        const seen = new Map<string, string>();
        for (const r of records) {
          for (const spelling of [r.code, ...(r.aliases ?? [])]) {
            const key = normalizeKey(spelling);
            assert.ok(!seen.has(key), `${spelling} (${r.code}) collides with ${seen.get(key)}`);
            seen.set(key, r.code);
          }
        }
      });

      it('resolves every code and alias to its own record', () => {
        for (const r of records) {
          for (const spelling of [r.code, ...(r.aliases ?? [])]) {
            assert.equal(catalog.lookup(spelling, [family]), r, spelling);
          }
        }
      });

      it('has complete, correctly localized texts', () => {
        for (const r of records) {
          for (const field of ['label', 'explanation', 'nextStep'] as const) {
            const text = r[field];
            assert.ok(text.en.trim().length > 0, `${r.code}: empty en ${field}`);
            assert.ok(text.ja.trim().length > 0, `${r.code}: empty ja ${field}`);
            assert.ok(JAPANESE.test(text.ja), `${r.code}: ja ${field} has no Japanese`);
            assert.ok(!JAPANESE.test(text.en), `${r.code}: en ${field} contains Japanese`);
          }
          assert.ok(!/[.。]$/.test(r.label.en) && !/[.。]$/.test(r.label.ja), `${r.code}: label ends with a period`);
          assert.ok(r.label.en.split(/\s+/).length <= 8, `${r.code}: label too long`);
          assert.ok(/[.]$/.test(r.explanation.en) && /。$/.test(r.explanation.ja), `${r.code}: explanation not a sentence`);
          assert.ok(/[.]$/.test(r.nextStep.en) && /。$/.test(r.nextStep.ja), `${r.code}: next step not a sentence`);
        }
      });
    });
  }
});
