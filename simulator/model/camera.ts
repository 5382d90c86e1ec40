/**
 * The camera firmware model: a state and a transition function. `input(cam, event, t)` applies
 * one event at true time t and returns the telemetry bodies the firmware emits (the caller
 * numbers and timestamps them). Physics is applied lazily (`advance`) so a fleet costs what its
 * messages cost, not cameras x steps.
 *
 * Modes: OFF, READY (pre-event buffering), SLEEP, DOCKED; RECORDING is READY with recording on.
 * The Event button toggles recording; signal triggers start it unless the camera is asleep, off
 * or docked; a boot starts a new boot_id with seq from 1 and a hello.
 */
import type { ActivationSource, DeviceMode, TelemetryBody, TriggerKind } from '../../gateway/model/domain.js';
import { CAMERA_DEFAULTS } from '../scenario/defaults.js';

export interface CameraState {
  deviceId: string;
  bootId: number;
  seq: number;
  mode: DeviceMode;
  recording: boolean;
  recordings: number;
  officerId: string;
  /** Battery, percent (fractional), and whether it is failing. */
  battery: number;
  failing: boolean;
  storageUsed: number;
  storagePending: number;
  lat: number;
  lon: number;
  headingDeg: number;
  speedMps: number;
  /** True time the physics was last advanced to. */
  lastT: number;
  /** Device clock: offset (ms) and drift (ppm) from true time, from `clockEpoch`. */
  clockOffsetMs: number;
  clockDriftPpm: number;
  clockEpoch: number;
}

export type CameraEvent =
  | { kind: 'powerOn' }
  | { kind: 'powerOff' }
  | { kind: 'reboot' }
  | { kind: 'dock' }
  | { kind: 'undock' }
  | { kind: 'sleep' }
  | { kind: 'wake' }
  /** The officer presses Event: start (waking the camera if asleep) or stop. */
  | { kind: 'button'; want: 'start' | 'stop' }
  | { kind: 'signal'; trigger: TriggerKind }
  | { kind: 'fault'; code: string }
  /** A new officer takes the camera (it reports the wearer in a hello). */
  | { kind: 'wearer'; officerId: string }
  /** Cadence: the periodic reports. */
  | { kind: 'report'; what: 'heartbeat' | 'battery' | 'storage' | 'gps' };

export function newCamera(deviceId: string, t: number, options: Partial<CameraState> = {}): CameraState {
  return {
    deviceId,
    bootId: 0,
    seq: 0,
    mode: 'OFF',
    recording: false,
    recordings: 0,
    officerId: '',
    battery: 100,
    failing: false,
    storageUsed: 2 * 1024 ** 3,
    storagePending: 0,
    lat: 38.9,
    lon: -77.03,
    headingDeg: 0,
    speedMps: CAMERA_DEFAULTS.walkMps,
    lastT: t,
    clockOffsetMs: 0,
    clockDriftPpm: 0,
    clockEpoch: t,
    ...options,
  };
}

/** The camera's own clock at true time t. */
export function deviceTime(c: CameraState, t: number): number {
  return Math.round(t + c.clockOffsetMs + ((t - c.clockEpoch) * c.clockDriftPpm) / 1e6);
}

const HOUR = 3_600_000;
const AUTO: ReadonlySet<TriggerKind> = new Set<TriggerKind>(['HOLSTER_DRAW', 'LIGHTBAR', 'SIREN', 'TASER_ARMED', 'DOOR_OPEN', 'CRASH', 'SPEED', 'GUNSHOT']);

/** Battery drain in percent per ms for the current state (negative: charging). */
export function drainPerMs(c: CameraState, k = CAMERA_DEFAULTS): number {
  if (c.mode === 'DOCKED') return -100 / (k.chargeHours * HOUR);
  if (c.mode === 'OFF') return 0;
  const base = c.failing ? 100 / (k.failingHours * HOUR) : 100 / (k.bufferingHours * HOUR);
  if (c.mode === 'SLEEP') return base * k.sleepDrainFactor;
  return c.recording ? base * k.recordingDrainFactor : base;
}

/** Moves battery, storage and position forward to true time t. */
export function advance(c: CameraState, t: number, k = CAMERA_DEFAULTS): void {
  const dt = t - c.lastT;
  if (dt <= 0) return;
  c.lastT = t;
  c.battery = Math.min(100, Math.max(0, c.battery - drainPerMs(c, k) * dt));
  if (c.recording) {
    const bytes = (k.bitrateBps / 8) * (dt / 1000);
    c.storageUsed = Math.min(k.storageBytes, c.storageUsed + bytes);
    c.storagePending = Math.min(c.storageUsed, c.storagePending + bytes);
  }
  if (c.mode === 'DOCKED' && c.storagePending > 0) {
    const uploaded = Math.min(c.storagePending, (k.uploadBps / 8) * (dt / 1000));
    c.storagePending -= uploaded;
    c.storageUsed -= uploaded; // uploaded video is freed
  }
  if (c.mode === 'READY') {
    const metres = c.speedMps * (dt / 1000);
    const rad = (c.headingDeg * Math.PI) / 180;
    c.lat += (metres * Math.cos(rad)) / 111_320;
    c.lon += (metres * Math.sin(rad)) / (111_320 * Math.cos((c.lat * Math.PI) / 180));
  }
}

/** Time (true) at which the battery empties at the current drain, or Infinity. */
export function batteryEmptyAt(c: CameraState, k = CAMERA_DEFAULTS): number {
  const d = drainPerMs(c, k);
  return d > 0 ? c.lastT + c.battery / d : Number.POSITIVE_INFINITY;
}

/** Time (true) at which storage fills while recording, or Infinity. */
export function storageFullAt(c: CameraState, k = CAMERA_DEFAULTS): number {
  if (!c.recording) return Number.POSITIVE_INFINITY;
  return c.lastT + ((k.storageBytes - c.storageUsed) / (k.bitrateBps / 8)) * 1000;
}

function start(c: CameraState, source: ActivationSource, out: TelemetryBody[]): void {
  if (c.recording || c.mode !== 'READY' || c.storageUsed >= CAMERA_DEFAULTS.storageBytes - 64 * 1024 ** 2) return;
  c.recording = true;
  c.recordings++;
  out.push({ case: 'recording', value: { action: 'START', source, recordingId: `${c.deviceId}-${c.bootId}-${c.recordings}` } });
}

function stop(c: CameraState, out: TelemetryBody[]): void {
  if (!c.recording) return;
  c.recording = false;
  out.push({ case: 'recording', value: { action: 'STOP', source: 'BUTTON', recordingId: `${c.deviceId}-${c.bootId}-${c.recordings}` } });
}

function setMode(c: CameraState, mode: DeviceMode, out: TelemetryBody[]): void {
  if (c.mode === mode) return;
  if (mode !== 'READY') stop(c, out);
  c.mode = mode;
  out.push({ case: 'mode', value: { mode } });
}

function boot(c: CameraState, out: TelemetryBody[]): void {
  c.bootId++;
  c.seq = 0;
  c.recording = false;
  c.mode = 'READY';
  out.push({
    case: 'hello',
    value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Simulated', officerId: c.officerId, preEventBufferS: CAMERA_DEFAULTS.preEventBufferS },
  });
  out.push({ case: 'heartbeat', value: { mode: 'READY', recording: false } });
}

/** Applies one event at true time t; returns what the firmware sends. */
export function input(c: CameraState, e: CameraEvent, t: number): TelemetryBody[] {
  advance(c, t);
  const out: TelemetryBody[] = [];
  const on = c.mode !== 'OFF';
  switch (e.kind) {
    case 'powerOn':
      if (!on && c.battery > 1) boot(c, out);
      break;
    case 'powerOff':
      if (on) setMode(c, 'OFF', out);
      break;
    case 'reboot':
      if (on) boot(c, out); // abrupt: no STOP is sent, the new boot ends the recording
      break;
    case 'dock':
      if (on) setMode(c, 'DOCKED', out);
      break;
    case 'undock':
      if (c.mode === 'DOCKED') setMode(c, 'READY', out);
      break;
    case 'sleep':
      if (c.mode === 'READY') setMode(c, 'SLEEP', out);
      break;
    case 'wake':
      if (c.mode === 'SLEEP') setMode(c, 'READY', out);
      break;
    case 'button':
      if (e.want === 'start') {
        if (c.mode === 'SLEEP') setMode(c, 'READY', out); // Event wakes a sleeping camera
        start(c, 'BUTTON', out);
      } else stop(c, out);
      break;
    case 'signal':
      // A sleeping camera still logs the signal it ignores; an off or docked one hears nothing.
      if (c.mode === 'READY' || c.mode === 'SLEEP') {
        out.push({ case: 'trigger', value: { kind: e.trigger, sourceId: `veh-${c.deviceId}` } });
        if (AUTO.has(e.trigger)) start(c, 'SIGNAL', out);
      }
      break;
    case 'fault':
      if (on) out.push({ case: 'fault', value: { code: e.code, message: `${e.code} reported by the firmware` } });
      break;
    case 'wearer':
      c.officerId = e.officerId;
      if (on) out.push({ case: 'hello', value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Simulated', officerId: e.officerId, preEventBufferS: CAMERA_DEFAULTS.preEventBufferS } });
      break;
    case 'report':
      if (!on) break;
      out.push(report(c, e.what));
      break;
  }
  // An empty battery switches the camera off; full storage stops the recording.
  if (c.mode !== 'OFF' && c.mode !== 'DOCKED' && c.battery <= 0) {
    out.push({ case: 'battery', value: { percent: 0, millivolts: 3300, charging: false, temperatureC: 30 } });
    setMode(c, 'OFF', out);
  }
  if (c.recording && c.storageUsed >= CAMERA_DEFAULTS.storageBytes) stop(c, out);
  return out;
}

function report(c: CameraState, what: 'heartbeat' | 'battery' | 'storage' | 'gps'): TelemetryBody {
  switch (what) {
    case 'heartbeat':
      return { case: 'heartbeat', value: { mode: c.mode, recording: c.recording } };
    case 'battery':
      return {
        case: 'battery',
        value: { percent: Math.max(0, Math.min(100, Math.round(c.battery))), millivolts: Math.round(3300 + 9 * c.battery), charging: c.mode === 'DOCKED', temperatureC: c.recording ? 38 : 31 },
      };
    case 'storage':
      return {
        case: 'storage',
        value: { totalBytes: CAMERA_DEFAULTS.storageBytes, usedBytes: Math.round(c.storageUsed), pendingUploadBytes: Math.round(Math.min(c.storagePending, c.storageUsed)) },
      };
    case 'gps':
      return {
        case: 'gps',
        value: {
          lat: Math.round(c.lat * 1e6) / 1e6,
          lon: Math.round(c.lon * 1e6) / 1e6,
          accuracyM: 5,
          speedMps: Math.fround(c.speedMps),
          headingDeg: Math.fround(((c.headingDeg % 360) + 360) % 360),
          fix: '3D',
        },
      };
  }
}
