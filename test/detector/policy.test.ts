import { describe, expect, it } from 'vitest';
import { isGatewayError } from '../../gateway/errors.js';
import { POLICY_DEFAULTS, loadPolicy, parsePolicy } from '../../gateway/detect/policy.js';

const ALL_TYPES = `
activities:
  AT_LARGE_ARREST: { recording: required, activationGraceMs: 20000 }
  SEARCH_INCIDENT_TO_ARREST: { recording: required }
  INVESTIGATORY_DETENTION: { recording: required }
  WARRANT_EXECUTION: { recording: required }
  SUBPOENA_SERVICE: { recording: required }
  SEARCH_SEIZURE_ORDER: { recording: required }
  REMOVAL_ORDER_EXECUTION: { recording: required }
  FACILITY_PROTECTION: { recording: required }
  FACILITY_DISTURBANCE: { recording: required }
  EMERGENCY_RESPONSE: { recording: required }
  FIRST_AMENDMENT_ACTIVITY: { recording: prohibited_solely }
  UNDERCOVER_OPERATION: { recording: excluded }
  OTHER: { recording: optional }
`;

function policyError(text: string): string {
  try {
    parsePolicy(text, 'my-policy.yaml');
  } catch (error) {
    expect(isGatewayError(error, 'POLICY_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('the policy was accepted');
}

describe('policy', () => {
  it('loads the ICE 2024 default with the documented settings', () => {
    const p = loadPolicy();
    expect(p.name).toBe('ice-2024');
    expect(p.settings).toMatchObject({
      activationGraceMs: 30_000,
      triggerGraceMs: 10_000,
      restartGraceMs: 15_000,
      prohibitedGraceMs: 60_000,
      allowedLatenessMs: 2_000,
      reorderWindowMs: 2_000,
      offlineAfterMs: 90_000,
      clockSkewToleranceMs: 2_000,
      lowBatteryPercent: 10,
      storageLowBytes: 4 * 1024 ** 3,
      exhaustionHorizonMs: 3_600_000,
    });
    expect([...p.autoTriggers].sort()).toEqual(
      ['CRASH', 'DOOR_OPEN', 'GUNSHOT', 'HOLSTER_DRAW', 'LIGHTBAR', 'SIREN', 'SPEED', 'TASER_ARMED'],
    );
    const rules = Object.fromEntries(Object.entries(p.activities).map(([k, v]) => [k, v.recording]));
    expect(rules).toMatchObject({
      AT_LARGE_ARREST: 'required',
      EMERGENCY_RESPONSE: 'required',
      FIRST_AMENDMENT_ACTIVITY: 'prohibited_solely',
      UNDERCOVER_OPERATION: 'excluded',
      OTHER: 'optional',
    });
  });

  it('applies per-activity overrides over policy settings over defaults', () => {
    const p = parsePolicy(`name: strict\nsettings:\n  restartGraceMs: 5000\n${ALL_TYPES}`);
    expect(p.activities.AT_LARGE_ARREST.activationGraceMs).toBe(20_000);
    expect(p.activities.WARRANT_EXECUTION.activationGraceMs).toBe(POLICY_DEFAULTS.activationGraceMs);
    expect(p.activities.WARRANT_EXECUTION.restartGraceMs).toBe(5_000);
  });

  it('accepts full enum names and short names', () => {
    const text = `name: x\nsettings:\n  autoActivationTriggers: [TRIGGER_KIND_SIREN, GUNSHOT]\n${ALL_TYPES.replace('OTHER:', 'ACTIVITY_TYPE_OTHER:')}`;
    expect([...parsePolicy(text).autoTriggers]).toEqual(['SIREN', 'GUNSHOT']);
  });

  const bad: { name: string; text: string; message: RegExp }[] = [
    { name: 'a bad rule', text: ALL_TYPES.replace('OTHER: { recording: optional }', 'OTHER: { recording: mandatory }'), message: /^my-policy\.yaml:15: activities\.OTHER\.recording: expected one of required, optional, excluded, prohibited_solely/ },
    { name: 'a negative grace', text: `settings:\n  activationGraceMs: -1\n`, message: /^my-policy\.yaml:3: settings\.activationGraceMs: /m },
    { name: 'an unknown setting', text: `settings:\n  graceMs: 5\n`, message: /my-policy\.yaml:3: settings\.graceMs: unknown key/ },
    { name: 'an unknown activity type', text: ALL_TYPES.replace('OTHER:', 'PICNIC:'), message: /my-policy\.yaml:15: activities\.PICNIC: expected an activity type/ },
    { name: 'a missing activity type', text: ALL_TYPES.replace('  OTHER: { recording: optional }\n', ''), message: /activities: every activity type needs a rule; missing OTHER/ },
    { name: 'an unknown trigger', text: `settings:\n  autoActivationTriggers: [SIREN, FLASHLIGHT]\n`, message: /settings\.autoActivationTriggers\[1\]: expected a trigger kind/ },
    { name: 'clear below raise', text: `settings:\n  lowBatteryPercent: 20\n  lowBatteryClearPercent: 15\n`, message: /settings\.lowBatteryClearPercent: must be at least lowBatteryPercent/ },
    { name: 'not YAML', text: `activities: [\n`, message: /^my-policy\.yaml:\d+: not valid YAML/ },
  ];
  it.each(bad)('refuses $name, naming the key and the line', ({ text, message }) => {
    const full = text.startsWith('\nactivities') || text.startsWith('activities') ? `name: x${text.startsWith('\n') ? '' : '\n'}${text}` : `name: x\n${text}${ALL_TYPES}`;
    expect(policyError(full)).toMatch(message);
  });

  it('names a missing file', () => {
    expect(() => loadPolicy('/nonexistent/policy.yaml')).toThrow(/cannot read \/nonexistent\/policy\.yaml/);
  });
});
