/**
 * Detection thresholds are data in the core (`SETTING_SPECS`); the editor contributes each as a setting. The two must
 * agree: same keys, types, defaults and minimums, with English and Japanese descriptions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SESSION_GAP_MINUTES, SETTING_SPECS } from '../../../src/core/analysis';

const ROOT = path.join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties as Record<string, { type: string; default: unknown; minimum?: number; markdownDescription: string }>;
const nls = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

describe('detection settings contributed to VS Code', () => {
  it('every core setting is a VS Code setting with the same type, default and minimum', () => {
    for (const spec of SETTING_SPECS) {
      const p = properties[`entraReportLens.detections.${spec.key}`];
      assert.ok(p, spec.key);
      assert.deepEqual([p.type, p.default, p.minimum], [spec.type, spec.default, spec.minimum], spec.key);
      const key = p.markdownDescription.replace(/%/g, '');
      assert.ok(nls('package.nls.json')[key]?.includes(spec.description.en), `en description of ${spec.key}`);
      assert.ok(nls('package.nls.ja.json')[key]?.includes(spec.description.ja), `ja description of ${spec.key}`);
    }
  });

  it('no contributed detection setting is unknown to the core', () => {
    const core = new Set(SETTING_SPECS.map((s) => `entraReportLens.detections.${s.key}`));
    for (const key of Object.keys(properties).filter((k) => k.startsWith('entraReportLens.detections.'))) assert.ok(core.has(key), key);
  });

  it('the timeline session gap default matches the core', () => {
    assert.equal(properties['entraReportLens.timeline.sessionGapMinutes']?.default, DEFAULT_SESSION_GAP_MINUTES);
  });
});
