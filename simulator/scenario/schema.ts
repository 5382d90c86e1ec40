/**
 * Scenario files (simulator/scenarios/*.yaml): a fleet, its officers' behaviour, a CAD
 * activity schedule and faults. Validated on load; a bad key is refused with its file and line.
 * Durations are written like 30s, 10m, 8h, 1500ms.
 */
import { z } from 'zod';
import { ACTIVITY_TYPE, TRIGGER_KIND } from '../../gateway/decode/enums.js';
import type { ActivityType, TriggerKind } from '../../gateway/model/domain.js';

const DURATION = /^(-?\d+(?:\.\d+)?)(ms|s|m|h)$/;
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = DURATION.exec(value.trim());
  if (m === null) return Number.NaN;
  const n = Number(m[1]);
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h']);
}

const durationOf = (signed: boolean) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const ms = parseDuration(v);
    if (!Number.isFinite(ms) || (!signed && ms < 0)) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not a ${signed ? '' : 'positive '}duration (e.g. 30s, 10m, 8h)` });
      return z.NEVER;
    }
    return ms;
  });
const duration = durationOf(false);
const rangeOf = (d: ReturnType<typeof durationOf>) =>
  z.strictObject({ min: d, max: d }).refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
const range = rangeOf(duration);
const signedRange = rangeOf(durationOf(true));
const numRange = z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
const probability = z.number().min(0).max(1);
const rate = z.number().min(0);

const activityTypeKey = z.string().refine((s) => ACTIVITY_TYPE.parse(s) !== undefined, { message: `expected an activity type: ${ACTIVITY_TYPE.values.join(', ')}` });
const triggerKind = z.string().refine((s) => TRIGGER_KIND.parse(s) !== undefined, { message: `expected a trigger kind: ${TRIGGER_KIND.values.join(', ')}` });

export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  seed: z.number().int().min(0),
  /** Simulated start, ISO date (default: 2024-11-28T08:00:00Z). */
  start: z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO date' }).optional(),
  duration,
  /** realtime, xN (e.g. x30), or max (as fast as the gateway acknowledges). */
  speed: z.string().regex(/^(realtime|max|x\d+(\.\d+)?)$/, { message: 'expected realtime, max or xN (e.g. x30)' }).optional(),
  /** Virtual-time step: messages of one step are sent together. */
  step: duration.optional(),
  fleet: z.strictObject({
    cameras: z.number().int().min(1).max(1_000_000),
    /** Officers on shift with no camera (a phased rollout): they appear in activities as coverage gaps. */
    officersWithoutCamera: z.number().int().min(0).optional(),
    /** How the gateway learns who wears a camera: the camera's hello, or an administrator. */
    assignment: z.enum(['hello', 'admin']).optional(),
    /** Cameras start docked for this long, then are taken out (start of shift). */
    dockedAtStart: duration.optional(),
    /** Cameras are switched on at random within this much of the start. */
    bootSpread: duration.optional(),
  }),
  officers: z
    .strictObject({
      /** Probability an officer starts recording within the grace of a required activity. */
      onTime: probability.optional(),
      /** When on time: seconds after the activity's start. */
      reaction: range.optional(),
      /** When not on time: probability of starting late (else never during the activity). */
      late: probability.optional(),
      /** How late, after the grace. */
      lateBy: range.optional(),
      /** Probability the camera is asleep when the call comes (then it records only if late). */
      asleep: probability.optional(),
      /** Probability of stopping for good before the activity ends (a premature deactivation). */
      stopEarly: probability.optional(),
      /** Probability of a brief stop, restarted within a few seconds (forgiven). */
      stopBriefly: probability.optional(),
      /** Probability of recording during a First Amendment activity, for longer than allowed. */
      recordProtest: probability.optional(),
      /** Cameras put to sleep between calls, per hour, and for how long. */
      sleepPerHour: rate.optional(),
      sleepFor: range.optional(),
    })
    .optional(),
  activities: z
    .strictObject({
      /** Activities per hour for the whole fleet, by type. */
      perHour: z.record(activityTypeKey, rate),
      duration: range.optional(),
      /** Officers taking part in each. */
      officers: numRange.optional(),
      /** How CAD names participants: device ids, officer ids, or both at random. */
      nameBy: z.enum(['devices', 'officers', 'mixed']).optional(),
    })
    .optional(),
  triggers: z
    .strictObject({
      /** Signal triggers per camera per hour (outside activities), and which kinds. */
      perCameraPerHour: rate.optional(),
      kinds: z.array(triggerKind).optional(),
    })
    .optional(),
  faults: z
    .strictObject({
      /** Link outages per camera per hour, and their length: telemetry is kept and uploaded as a batch. */
      outagesPerCameraPerHour: rate.optional(),
      outage: range.optional(),
      /** Per message: sent twice; held back 1-3 steps (reordered); lost and resent 2-6 s later. */
      duplicate: probability.optional(),
      reorder: probability.optional(),
      drop: probability.optional(),
      /** Serial only: probability per byte of a flipped bit. */
      serialByteError: probability.optional(),
      /** Camera clocks: offset and drift (ppm). */
      clockOffset: signedRange.optional(),
      clockDriftPpm: numRange.optional(),
      /** Probability a camera's battery fails during the run (it drains in minutes). */
      batteryFailure: probability.optional(),
      /** Probability a camera's storage is nearly full at the start. */
      storageFull: probability.optional(),
      /** Reboots per camera per hour. */
      rebootsPerCameraPerHour: rate.optional(),
      /** Camera faults (DEVICE_FAULT) per camera per hour. */
      faultsPerCameraPerHour: rate.optional(),
    })
    .optional(),
  /** What the verdict asserts beyond precision and recall. */
  verify: z
    .strictObject({
      /** The most revisions any one alert may have (a revision must mean something). */
      maxRevisionsPerAlert: z.number().int().min(1).optional(),
    })
    .optional(),
});

export type ScenarioFile = z.output<typeof scenarioSchema>;

export interface Range {
  min: number;
  max: number;
}

/** A scenario with every default filled in. */
export interface Scenario {
  name: string;
  description: string;
  seed: number;
  startMs: number;
  durationMs: number;
  speed: { kind: 'realtime' } | { kind: 'max' } | { kind: 'factor'; factor: number };
  stepMs: number;
  fleet: { cameras: number; officersWithoutCamera: number; assignment: 'hello' | 'admin'; dockedAtStartMs: number; bootSpreadMs: number };
  officers: {
    onTime: number;
    reaction: Range;
    late: number;
    lateBy: Range;
    asleep: number;
    stopEarly: number;
    stopBriefly: number;
    recordProtest: number;
    sleepPerHour: number;
    sleepFor: Range;
  };
  activities: { perHour: Partial<Record<ActivityType, number>>; duration: Range; officers: Range; nameBy: 'devices' | 'officers' | 'mixed' };
  triggers: { perCameraPerHour: number; kinds: TriggerKind[] };
  faults: {
    outagesPerCameraPerHour: number;
    outage: Range;
    duplicate: number;
    reorder: number;
    drop: number;
    serialByteError: number;
    clockOffset: Range;
    clockDriftPpm: Range;
    batteryFailure: number;
    storageFull: number;
    rebootsPerCameraPerHour: number;
    faultsPerCameraPerHour: number;
  };
  verify: { maxRevisionsPerAlert: number | null };
}
