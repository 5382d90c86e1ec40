/**
 * Random fleets and event sequences for the detector's property test: cameras with boots,
 * clock offsets, recording, sleep, docking, batteries running flat, triggers and faults;
 * delivered with network delay, shuffles within and beyond the reorder window, duplicates,
 * losses and store-and-forward outages; CAD activities of every type, some ended by device.
 * Some camera clocks step (a sync, forward or back) or drift within a boot; some CAD STARTs
 * arrive after their END, or are corrected by a second START. (Those draw from a second
 * generator, so the fleets of earlier seeds, and the failures they found, stay the same.)
 */
import type { CaptureRecord } from '../../gateway/model/capture-record.js';
import { ACTIVITY_TYPE, TRIGGER_KIND } from '../../gateway/decode/enums.js';
import type { DeviceMode, TelemetryBody } from '../../gateway/model/domain.js';
import { T0 } from './capture-builder.js';

/** mulberry32: a tiny seeded PRNG, so a failing seed reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FleetOptions {
  devices?: number;
  durationS?: number;
  /** Every on-time message takes exactly this long (default: 5-150 ms at random, so the clock
   * offset estimate keeps improving slightly through the run). */
  fixedDelayMs?: number;
  /** Largest clock step generated (default 10 min). */
  maxClockStepMs?: number;
  /** Camera clocks that drift (default true; some do, at up to 5,000 ppm, so it shows in minutes). */
  drift?: boolean;
  /** A START delivered after its END at most this long after its time (default: any). */
  lateStartMaxMs?: number;
}

export interface RandomFleet {
  records: CaptureRecord[];
  /** Gateway time of the last record (a final tick comes after). */
  endMs: number;
}

export function randomFleet(seed: number, options: FleetOptions = {}): RandomFleet {
  const r = rng(seed);
  const r2 = rng(seed ^ 0x5bd1e995);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const between = (lo: number, hi: number): number => lo + r() * (hi - lo);
  const duration = (options.durationS ?? Math.round(between(200, 600))) * 1000;
  const deviceCount = options.devices ?? 1 + Math.floor(r() * 3);
  const out: { record: CaptureRecord; order: number }[] = [];
  let order = 0;
  const push = (record: CaptureRecord): void => {
    out.push({ record, order: order++ });
  };
  const ids = Array.from({ length: deviceCount }, (_, i) => `cam-${i + 1}`);

  for (const deviceId of ids) {
    const rebootAt = r() < 0.3 ? between(0.3, 0.8) * duration : Number.POSITIVE_INFINITY;
    const outage = r() < 0.35 ? { from: between(0, duration * 0.8), len: between(20_000, 150_000) } : null;
    let boot = 1 + Math.floor(r() * 5);
    let seq = 0;
    let clockAhead = pick([0, 0, 0, 300, -800, 2500, -15_000, 20_000]);
    // A clock step within the first boot (an NTP sync, a user), and a drift, for some cameras.
    const stepAt = r2() < 0.25 ? r2() * duration : Number.POSITIVE_INFINITY;
    const stepBy = Math.sign(0.5 - r2()) * Math.min(options.maxClockStepMs ?? 600_000, [600_000, 30_000, 45_000, 10_000][Math.floor(r2() * 4)]!);
    const drifts = r2() < 0.2 && options.drift !== false;
    const driftPpm = drifts ? [500, -500, 5000, -5000][Math.floor(r2() * 4)]! : 0;
    let stepped = false;
    const state: { mode: DeviceMode; recording: boolean } = { mode: 'READY', recording: false };
    let t = Math.floor(between(0, 5_000));
    let nextHeartbeat = t + 30_000;
    let rebooted = false;
    const emit = (body: TelemetryBody): void => {
      seq++;
      const lossy = r();
      if (lossy < 0.02) return; // lost for good
      let received = t + (options.fixedDelayMs ?? Math.floor(between(5, 150)));
      const roll = r();
      if (roll < 0.1) received += Math.floor(between(0, 1500)); // shuffled within the reorder window
      else if (roll < 0.15) received += Math.floor(between(3000, 120_000)); // late: after the window
      if (outage !== null && t >= outage.from && t < outage.from + outage.len) {
        received = Math.max(received, Math.floor(outage.from + outage.len + between(0, 500)));
      }
      if (!stepped && !rebooted && t >= stepAt) {
        stepped = true;
        clockAhead += stepBy;
      }
      const telemetry = { deviceId, bootId: boot, seq, timeMs: T0 + t + clockAhead + Math.round((t * driftPpm) / 1e6), body };
      push({ type: 'telemetry', receivedMs: T0 + received, telemetry });
      if (r() < 0.05) push({ type: 'telemetry', receivedMs: T0 + received + Math.floor(between(0, 5000)), telemetry });
    };
    emit({ case: 'hello', value: { firmwareVersion: '1', model: 'm', vendor: 'v', officerId: '', preEventBufferS: pick([0, 30, 60]) } });
    while (t < duration) {
      t += Math.floor(between(1_000, 25_000));
      if (t >= duration) break;
      if (!rebooted && t >= rebootAt) {
        rebooted = true;
        boot++;
        seq = 0;
        clockAhead = pick([0, 400, -3000]);
        state.mode = 'READY';
        state.recording = false;
        emit({ case: 'hello', value: { firmwareVersion: '1', model: 'm', vendor: 'v', officerId: '', preEventBufferS: 30 } });
        continue;
      }
      if (t >= nextHeartbeat) {
        nextHeartbeat = t + 30_000;
        emit({ case: 'heartbeat', value: { ...state } });
        continue;
      }
      const action = r();
      if (action < 0.25) {
        const canRecord = state.mode === 'READY';
        const start = !state.recording && canRecord;
        if (start || state.recording) {
          state.recording = start;
          emit({ case: 'recording', value: { action: start ? 'START' : 'STOP', source: 'BUTTON', recordingId: `r${seq}` } });
        }
      } else if (action < 0.35) {
        state.mode = pick<DeviceMode>(['READY', 'READY', 'SLEEP', 'OFF', 'DOCKED']);
        if (state.mode !== 'READY') state.recording = false;
        emit({ case: 'mode', value: { mode: state.mode } });
      } else if (action < 0.5) {
        emit({ case: 'trigger', value: { kind: pick(TRIGGER_KIND.values), sourceId: 's' } });
      } else if (action < 0.6) {
        emit({ case: 'battery', value: { percent: r() < 0.15 ? 0 : Math.floor(between(1, 100)), millivolts: 3700, charging: r() < 0.2, temperatureC: 30 } });
      } else if (action < 0.67) {
        const total = 64 * 1024 ** 3;
        emit({ case: 'storage', value: { totalBytes: total, usedBytes: r() < 0.2 ? total - 1024 : Math.floor(total / 2), pendingUploadBytes: 0 } });
      } else if (action < 0.7) {
        emit({ case: 'fault', value: { code: pick(['SD_WRITE_ERROR', 'OVERTEMP']), message: 'x' } });
      } else {
        emit({ case: 'heartbeat', value: { ...state } });
      }
    }
  }

  const activityCount = Math.floor(r() * 5);
  for (let i = 0; i < activityCount; i++) {
    const activityId = `ACT-${i + 1}`;
    const type = pick(ACTIVITY_TYPE.values);
    const start = Math.floor(between(0, duration - 20_000));
    const devices = ids.filter(() => r() < 0.6);
    if (r() < 0.1) devices.push('cam-ghost');
    const cad = (): number => Math.floor(between(0, 2000));
    const base = { activityId, type, source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
    const startRecord: CaptureRecord = { type: 'activity', receivedMs: T0 + start + cad(), activity: { ...base, phase: 'START', timeMs: T0 + start, deviceIds: devices } };
    push(startRecord);
    const ends: CaptureRecord[] = [];
    if (r() < 0.75) {
      const end = start + Math.floor(between(10_000, 240_000));
      if (r() < 0.25 && devices.length > 1) {
        ends.push({ type: 'activity', receivedMs: T0 + end + cad(), activity: { ...base, phase: 'END', timeMs: T0 + end, deviceIds: devices.slice(0, 1) } });
        push(ends[0]!);
      }
      const end2 = end + Math.floor(between(0, 60_000));
      ends.push({ type: 'activity', receivedMs: T0 + end2 + cad(), activity: { ...base, phase: 'END', timeMs: T0 + end2, deviceIds: [] } });
      push(ends.at(-1)!);
    }
    // CAD out of order: the START delivered after an END; or corrected by a second START.
    if (ends.length > 0 && r2() < 0.2) {
      const received = ends[0]!.receivedMs + Math.floor(r2() * 3000);
      if (received - (T0 + start) <= (options.lateStartMaxMs ?? Number.POSITIVE_INFINITY)) startRecord.receivedMs = received;
    }
    if (r2() < 0.15) {
      const moved = Math.max(0, start + Math.floor((r2() - 0.5) * 120_000));
      const type2 = r2() < 0.3 ? ACTIVITY_TYPE.values[Math.floor(r2() * ACTIVITY_TYPE.values.length)]! : type;
      push({ type: 'activity', receivedMs: startRecord.receivedMs + 1000 + Math.floor(r2() * 30_000), activity: { ...base, type: type2, phase: 'START', timeMs: T0 + moved, deviceIds: devices } });
    }
  }

  const records = out.sort((a, b) => a.record.receivedMs - b.record.receivedMs || a.order - b.order).map((x) => x.record);
  return { records, endMs: records.at(-1)?.receivedMs ?? T0 };
}
