/**
 * Scenario defaults: what a scenario file does not say. Behaviour timings keep a margin from
 * the policy's thresholds (30 s activation grace, 15 s restart grace, 60 s prohibited grace) so
 * that every obligation's truth is unambiguous, whatever network delay and clock drift do.
 */
import type { Scenario } from './schema.js';

const s = 1000;
const min = 60 * s;

export const SCENARIO_DEFAULTS: Omit<Scenario, 'name' | 'seed' | 'durationMs' | 'fleet'> & { fleet: Omit<Scenario['fleet'], 'cameras'> } = {
  description: '',
  /** 2024-11-28T08:00:00Z: the start of a day shift. */
  startMs: Date.UTC(2024, 10, 28, 8),
  /** As fast as the gateway acknowledges. */
  speed: { kind: 'max' },
  /** 250 ms of simulated time per step. */
  stepMs: 250,
  /** Every officer has a camera, reported by its hello; cameras switched on within 20 s of the start. */
  fleet: { officersWithoutCamera: 0, assignment: 'hello', dockedAtStartMs: 0, bootSpreadMs: 20_000 },
  officers: {
    /** 80% of officers activate within the grace... */
    onTime: 0.8,
    /** ...2 to 20 s after the call starts (the grace is 30 s). */
    reaction: { min: 2 * s, max: 20 * s },
    /** Of the rest, 60% start late, 20 s to 2 min after the grace; the others never do. */
    late: 0.6,
    lateBy: { min: 20 * s, max: 2 * min },
    /** 5% of cameras are asleep when the call comes. */
    asleep: 0.05,
    /** 10% stop for good at least 60 s before the call ends. */
    stopEarly: 0.1,
    /** 10% stop for 3-8 s and restart (forgiven: the restart grace is 15 s). */
    stopBriefly: 0.1,
    /** 30% record a First Amendment activity for 1.5-5 minutes (the limit is 60 s). */
    recordProtest: 0.3,
    /** Cameras are put to sleep 0.3 times an hour between calls, for 2-15 minutes. */
    sleepPerHour: 0.3,
    sleepFor: { min: 2 * min, max: 15 * min },
  },
  activities: {
    perHour: { AT_LARGE_ARREST: 2, SEARCH_INCIDENT_TO_ARREST: 1, INVESTIGATORY_DETENTION: 1, EMERGENCY_RESPONSE: 1, FIRST_AMENDMENT_ACTIVITY: 0.5, UNDERCOVER_OPERATION: 0.3, OTHER: 1 },
    /** Calls last 3-20 minutes. */
    duration: { min: 3 * min, max: 20 * min },
    /** 1-3 officers per call. */
    officers: { min: 1, max: 3 },
    nameBy: 'mixed',
  },
  triggers: {
    /** 0.5 signal triggers per camera per hour outside calls. */
    perCameraPerHour: 0.5,
    kinds: ['HOLSTER_DRAW', 'LIGHTBAR', 'SIREN', 'TASER_ARMED', 'DOOR_OPEN', 'MANUAL_MARKER'],
  },
  faults: {
    outagesPerCameraPerHour: 0,
    outage: { min: 30 * s, max: 5 * min },
    duplicate: 0,
    reorder: 0,
    drop: 0,
    serialByteError: 0,
    clockOffset: { min: 0, max: 0 },
    clockDriftPpm: { min: 0, max: 0 },
    batteryFailure: 0,
    storageFull: 0,
    rebootsPerCameraPerHour: 0,
    faultsPerCameraPerHour: 0,
  },
  verify: {
    /** No bound unless the scenario sets one (the shipped chaos and shift scenarios: 4). */
    maxRevisionsPerAlert: null as number | null,
  },
};

/** Physics and cadence of the simulated camera firmware (documented in the README). */
export const CAMERA_DEFAULTS = {
  /** Battery: 100% lasts ~13 h while buffering (READY)... */
  bufferingHours: 13,
  /** ...recording drains 2.5x faster, sleep 4x slower; a dock charges 100% in 3 h. */
  recordingDrainFactor: 2.5,
  sleepDrainFactor: 0.25,
  chargeHours: 3,
  /** A failing battery empties in 20 minutes. */
  failingHours: 1 / 3,
  /** 64 GiB of storage; 4 Mbit/s while recording; a dock uploads at 40 Mbit/s. */
  storageBytes: 64 * 1024 ** 3,
  bitrateBps: 4_000_000,
  uploadBps: 40_000_000,
  /** Telemetry cadence (Axon Respond-like): heartbeat 30 s, battery and storage 60 s, GPS 10 s while
   *  recording and 15 min while buffering. */
  heartbeatMs: 30_000,
  batteryMs: 60_000,
  storageMs: 60_000,
  gpsRecordingMs: 10_000,
  gpsBufferingMs: 15 * 60_000,
  /** Walking 1.4 m/s, driving 12 m/s; GPS accuracy 3-15 m; 2% of fixes lost. */
  walkMps: 1.4,
  driveMps: 12,
  gpsLossRate: 0.02,
  /** 30 s of pre-event buffer. */
  preEventBufferS: 30,
  /** Store-and-forward: 50,000 messages of flash. */
  flashMessages: 50_000,
};
