/**
 * Recording policy: which activities require recording, and the timing and health thresholds
 * the detector applies. Policies are data (YAML, see gateway/policies/ice-2024.yaml and the
 * README's "Writing a policy"); this file defines their schema and defaults.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadYamlFile, parseYaml } from '../config/yaml-file.js';
import { ACTIVITY_TYPE, TRIGGER_KIND } from '../decode/enums.js';
import type { ActivityType, TriggerKind } from '../model/domain.js';

export const GIB = 1024 ** 3;
export const MIB = 1024 ** 2;

/** What the policy says about recording during an activity type. */
export type RecordingRule = 'required' | 'optional' | 'excluded' | 'prohibited_solely';
export const RECORDING_RULES: readonly RecordingRule[] = ['required', 'optional', 'excluded', 'prohibited_solely'];

/** Policy-wide settings. Every field can be set in a policy file's `settings`. */
export const POLICY_DEFAULTS = {
  /** 30 s: a START within this long of an obligation's start meets it (Axon's default
   *  pre-event buffer is 30 s, so the beginning is still captured). */
  activationGraceMs: 30_000,
  /** 10 s: a signal trigger (holster, siren...) must be followed by recording within this. */
  triggerGraceMs: 10_000,
  /** 15 s: a STOP during a required activity is forgiven if recording restarts within this. */
  restartGraceMs: 15_000,
  /** 60 s: recording longer than this during a prohibited_solely activity (First Amendment
   *  activity) with no required obligation is flagged. */
  prohibitedGraceMs: 60_000,
  /** 2 s: how long after a deadline the detector waits for in-flight telemetry before raising
   *  an alert (network and broker latency). */
  allowedLatenessMs: 2_000,
  /** 2 s: how long a missing seq is waited for before processing goes on (TELEMETRY_GAP). */
  reorderWindowMs: 2_000,
  /** 90 s: three missed 30-s heartbeats make a camera offline. */
  offlineAfterMs: 90_000,
  /** 2 s: a larger camera clock offset raises CLOCK_SKEW; a larger jump is a clock step. */
  clockSkewToleranceMs: 2_000,
  /** 60 s: a camera clock level (a boot's offset, or a step back) counts once 3 messages agree
   *  on it over this much camera time (two heartbeat intervals): shorter runs may be delay. */
  clockStepConfirmMs: 60_000,
  /** 10 %: LOW_BATTERY below this (not charging). */
  lowBatteryPercent: 10,
  /** 15 %: LOW_BATTERY clears at or above this, or when charging (hysteresis). */
  lowBatteryClearPercent: 15,
  /** 0 %: at or below this (not charging) a camera cannot record: cause BATTERY_DEPLETED. */
  depletedBatteryPercent: 0,
  /** 4 GiB free: STORAGE_LOW below this (about 2 h of 4 Mbit/s video). */
  storageLowBytes: 4 * GIB,
  /** 5 GiB free: STORAGE_LOW clears at or above this (hysteresis). */
  storageLowClearBytes: 5 * GIB,
  /** 64 MiB free: below this a camera cannot record (~2 min of video): cause STORAGE_FULL. */
  storageFullBytes: 64 * MIB,
  /** 1 h: BATTERY_EXHAUSTION_PREDICTED when the last 10 minutes' drain empties the battery
   *  within this. */
  exhaustionHorizonMs: 3_600_000,
  /** 10 min: the window over which the drain rate is measured; judged once half of it is seen... */
  exhaustionWindowMs: 600_000,
  /** ...or sooner for a steep drain: at least this span (60 s), exhaustionMinSamples samples and
   *  exhaustionMinDropPercent points lost (a 14 % -> 8 % fall in 2 min should not wait 5 min). */
  exhaustionMinSpanMs: 60_000,
  /** 3 battery reports at least, for the steep-drain judgement. */
  exhaustionMinSamples: 3,
  /** 5 points at least, for the steep-drain judgement (a 1-2 point reading noise never trips it). */
  exhaustionMinDropPercent: 5,
  /** true (the ICE default): a required activity that starts while an excluded one (undercover
   *  work) runs for the camera obliges it from the exclusion's end; false: it obliges nothing. */
  resumeAfterExclusion: true,
  /** 6 h: late data (store-and-forward) can revise alerts for this long after an obligation
   *  ends; older obligations are final. Bounds the detector's memory. */
  revisionHorizonMs: 6 * 3_600_000,
  /** 24 h: an activity with no END is treated as ended this long after its START. */
  maxActivityMs: 24 * 3_600_000,
  /** Triggers that oblige a camera to record: every TriggerKind but MANUAL_MARKER. */
  autoActivationTriggers: TRIGGER_KIND.values.filter((k) => k !== 'MANUAL_MARKER') as readonly TriggerKind[],
};

export type PolicySettings = { -readonly [K in keyof typeof POLICY_DEFAULTS]: (typeof POLICY_DEFAULTS)[K] };

/** Settings an activity type may override. */
export const PER_ACTIVITY_SETTINGS = ['activationGraceMs', 'restartGraceMs', 'prohibitedGraceMs', 'allowedLatenessMs'] as const;
type PerActivityKey = (typeof PER_ACTIVITY_SETTINGS)[number];

export interface ActivityRule {
  recording: RecordingRule;
  activationGraceMs: number;
  restartGraceMs: number;
  prohibitedGraceMs: number;
  allowedLatenessMs: number;
}

export interface Policy {
  name: string;
  description: string;
  settings: PolicySettings;
  activities: Record<ActivityType, ActivityRule>;
  /** For fast trigger checks. */
  autoTriggers: ReadonlySet<TriggerKind>;
}

const ms = (max: number) => z.number().int().min(0).max(max);
const DAY = 86_400_000;
const settingsSchema = z.strictObject({
  activationGraceMs: ms(DAY).optional(),
  triggerGraceMs: ms(DAY).optional(),
  restartGraceMs: ms(DAY).optional(),
  prohibitedGraceMs: ms(DAY).optional(),
  allowedLatenessMs: ms(3_600_000).optional(),
  reorderWindowMs: ms(3_600_000).optional(),
  offlineAfterMs: z.number().int().min(1000).max(DAY).optional(),
  clockSkewToleranceMs: ms(DAY).optional(),
  lowBatteryPercent: z.number().int().min(0).max(100).optional(),
  lowBatteryClearPercent: z.number().int().min(0).max(100).optional(),
  depletedBatteryPercent: z.number().int().min(0).max(100).optional(),
  storageLowBytes: z.number().int().min(0).optional(),
  storageLowClearBytes: z.number().int().min(0).optional(),
  storageFullBytes: z.number().int().min(0).optional(),
  exhaustionHorizonMs: ms(7 * DAY).optional(),
  exhaustionWindowMs: z.number().int().min(60_000).max(DAY).optional(),
  exhaustionMinSpanMs: z.number().int().min(1000).max(DAY).optional(),
  exhaustionMinSamples: z.number().int().min(2).max(1000).optional(),
  exhaustionMinDropPercent: z.number().int().min(1).max(100).optional(),
  clockStepConfirmMs: ms(DAY).optional(),
  resumeAfterExclusion: z.boolean().optional(),
  revisionHorizonMs: ms(7 * DAY).optional(),
  maxActivityMs: z.number().int().min(60_000).max(30 * DAY).optional(),
  autoActivationTriggers: z
    .array(
      z.string().refine((s) => TRIGGER_KIND.parse(s) !== undefined, {
        message: `expected a trigger kind: ${TRIGGER_KIND.values.join(', ')}`,
      }),
    )
    .optional(),
});

const activitySchema = z.strictObject({
  recording: z.enum(RECORDING_RULES as [RecordingRule, ...RecordingRule[]], {
    error: () => `expected one of ${RECORDING_RULES.join(', ')}`,
  }),
  activationGraceMs: ms(DAY).optional(),
  restartGraceMs: ms(DAY).optional(),
  prohibitedGraceMs: ms(DAY).optional(),
  allowedLatenessMs: ms(3_600_000).optional(),
  /** Free text for people reading the policy. */
  note: z.string().optional(),
});

const activityKeys = z.string().refine((s) => ACTIVITY_TYPE.parse(s) !== undefined, {
  message: `expected an activity type: ${ACTIVITY_TYPE.values.join(', ')}`,
});

export const policySchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    settings: settingsSchema.optional(),
    activities: z.record(activityKeys, activitySchema),
  })
  .superRefine((p, ctx) => {
    const listed = new Set(Object.keys(p.activities).map((k) => ACTIVITY_TYPE.parse(k)));
    const missing = ACTIVITY_TYPE.values.filter((t) => !listed.has(t));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['activities'], message: `every activity type needs a rule; missing ${missing.join(', ')}` });
    }
    const s = { ...POLICY_DEFAULTS, ...stripUndefined(p.settings ?? {}) } as PolicySettings;
    if (s.lowBatteryClearPercent < s.lowBatteryPercent) {
      ctx.addIssue({ code: 'custom', path: ['settings', 'lowBatteryClearPercent'], message: 'must be at least lowBatteryPercent' });
    }
    if (s.storageLowClearBytes < s.storageLowBytes) {
      ctx.addIssue({ code: 'custom', path: ['settings', 'storageLowClearBytes'], message: 'must be at least storageLowBytes' });
    }
  });

export type PolicyFile = z.output<typeof policySchema>;

export function buildPolicy(file: PolicyFile): Policy {
  const settings: PolicySettings = { ...POLICY_DEFAULTS, ...stripUndefined(file.settings ?? {}) } as PolicySettings;
  if (file.settings?.autoActivationTriggers !== undefined) {
    settings.autoActivationTriggers = file.settings.autoActivationTriggers.map((t) => TRIGGER_KIND.parse(t)!);
  }
  const activities = {} as Record<ActivityType, ActivityRule>;
  for (const [key, rule] of Object.entries(file.activities)) {
    const type = ACTIVITY_TYPE.parse(key)!;
    const resolved: ActivityRule = { recording: rule.recording, ...pick(settings, PER_ACTIVITY_SETTINGS) };
    for (const k of PER_ACTIVITY_SETTINGS) if (rule[k] !== undefined) resolved[k] = rule[k];
    activities[type] = resolved;
  }
  return {
    name: file.name,
    description: file.description ?? '',
    settings,
    activities,
    autoTriggers: new Set(settings.autoActivationTriggers),
  };
}

function pick(settings: PolicySettings, keys: readonly PerActivityKey[]): Pick<PolicySettings, PerActivityKey> {
  return Object.fromEntries(keys.map((k) => [k, settings[k]])) as Pick<PolicySettings, PerActivityKey>;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The default policy file shipped with the gateway (ICE directive, January 2024). */
export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../policies/ice-2024.yaml', import.meta.url));

/** Loads and validates a policy file; a bad one throws POLICY_INVALID naming the key and line. */
export function loadPolicy(path: string = DEFAULT_POLICY_PATH): Policy {
  return buildPolicy(loadYamlFile(path, policySchema, 'POLICY_INVALID'));
}

export function parsePolicy(text: string, source = 'policy'): Policy {
  return buildPolicy(parseYaml(text, source, policySchema, 'POLICY_INVALID'));
}
