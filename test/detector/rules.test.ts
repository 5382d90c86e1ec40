/**
 * Table tests: every detector rule as a short capture (test/fixtures/detector/<case>.ndjson,
 * written by scripts/detector-fixtures.ts) with its expected alert revisions written by hand
 * (<case>.expect.json; times in seconds after T0).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaptureLine } from '../../gateway/decode/capture.js';
import type { Alert } from '../../gateway/model/domain.js';
import { Detector } from '../../gateway/detect/detector.js';
import { type Policy, type PolicySettings, loadPolicy } from '../../gateway/detect/policy.js';
import { DETECTOR_FIXTURES } from '../../scripts/detector-fixtures.js';
import { T0 } from '../helpers/capture-builder.js';

interface Expect {
  rule: string;
  /** Policy settings this case runs with, over the default policy's. */
  settings?: Partial<PolicySettings>;
  revisions: Record<string, unknown>[];
}

const defaultPolicy = loadPolicy();
const cases = readdirSync(DETECTOR_FIXTURES)
  .filter((f) => f.endsWith('.ndjson'))
  .map((f) => f.replace(/\.ndjson$/, ''))
  .sort();

/** `revisedS: 42` -> `revisedMs: T0 + 42000`, and so on for every *S time field. */
function toMs(expected: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(expected)) {
    if (k.endsWith('S') && typeof v === 'number') out[`${k.slice(0, -1)}Ms`] = T0 + Math.round(v * 1000);
    else out[k] = v;
  }
  return out;
}

export function runCapture(text: string, policy: Policy = defaultPolicy): { alerts: Alert[]; detector: Detector } {
  const detector = new Detector(policy);
  const alerts: Alert[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseCaptureLine(line);
    if (!parsed.ok) throw new Error(parsed.message);
    for (const e of detector.step(parsed.value)) if (e.type === 'alert') alerts.push(e.alert);
  }
  return { alerts, detector };
}

describe('detector rules (fixtures)', () => {
  it('has a fixture for every rule and an expectation for every fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const name of cases) expect(() => readFileSync(join(DETECTOR_FIXTURES, `${name}.expect.json`))).not.toThrow();
  });

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(DETECTOR_FIXTURES, `${name}.expect.json`), 'utf8')) as Expect;
    const policy = expected.settings === undefined ? defaultPolicy : { ...defaultPolicy, settings: { ...defaultPolicy.settings, ...expected.settings } };
    const { alerts } = runCapture(readFileSync(join(DETECTOR_FIXTURES, `${name}.ndjson`), 'utf8'), policy);
    const summary = alerts.map((a) => `${a.alertId} r${a.revision} ${a.status} ${a.cause} ${a.resolution} @${(a.revisedMs - T0) / 1000}`);
    expect(alerts.length, `${expected.rule}\n${summary.join('\n')}`).toBe(expected.revisions.length);
    expected.revisions.forEach((rev, i) => expect(alerts[i], `revision ${i}: ${summary[i]}`).toMatchObject(toMs(rev)));
  });
});
