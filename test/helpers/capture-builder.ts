/**
 * A small language for writing captures by hand: times in seconds from T0, cameras with their
 * own boot, clock offset and network delay, and explicit control over seq (for gaps, reorders
 * and duplicates). Used to write the detector's fixture captures and in tests.
 */
import { formatCaptureRecord } from '../../gateway/decode/capture.js';
import { type CaptureRecord } from '../../gateway/model/capture-record.js';
import type { ActivityPhase, ActivityType, DeviceMode, TelemetryBody, TriggerKind } from '../../gateway/model/domain.js';

/** 2024-11-28T00:00:00Z. */
export const T0 = Date.UTC(2024, 10, 28);
export const at = (seconds: number): number => T0 + Math.round(seconds * 1000);

export interface CameraOptions {
  boot?: number;
  /** Device clock minus true time, ms (positive: the camera clock is ahead). */
  clockAheadMs?: number;
  /** Network delay, ms (receivedMs = true time + delay). */
  delayMs?: number;
  /** Clock drift, parts per million (positive: the camera clock runs fast), from T0. */
  driftPpm?: number;
}

export interface SendOptions {
  /** Use this seq instead of the next one (the camera's counter does not move). */
  seq?: number;
  /** Deliver at this time (seconds) instead of the event time + delay. */
  deliverAt?: number;
}

export class CaptureBuilder {
  readonly records: { record: CaptureRecord; order: number }[] = [];
  private readonly cameras: Camera[] = [];
  private order = 0;

  camera(id: string, options: CameraOptions = {}): Camera {
    const camera = new Camera(this, id, options);
    this.cameras.push(camera);
    return camera;
  }

  add(record: CaptureRecord): void {
    this.records.push({ record, order: this.order++ });
  }

  activity(
    seconds: number,
    activityId: string,
    type: ActivityType,
    phase: ActivityPhase,
    deviceIds: string[],
    deliverAt?: number,
    officerIds: string[] = [],
    unit = '',
  ): this {
    this.add({
      type: 'activity',
      receivedMs: at(deliverAt ?? seconds),
      activity: { activityId, type, phase, timeMs: at(seconds), deviceIds, source: 'cad-test', lat: 0, lon: 0, note: '', officerIds, unit },
    });
    return this;
  }

  /** An administrator's assignment, effective at `seconds`. */
  assign(seconds: number, officerId: string, deviceId: string, action: 'ASSIGN' | 'UNASSIGN' = 'ASSIGN', unit = ''): this {
    this.add({ type: 'assignment', receivedMs: at(seconds), assignment: { officerId, deviceId, action, timeMs: at(seconds), source: 'admin:test', unit } });
    return this;
  }

  tick(seconds: number): this {
    this.add({ type: 'tick', receivedMs: at(seconds) });
    return this;
  }

  ack(seconds: number, alertId: string, by: string, reason: string): this {
    this.add({ type: 'ack', receivedMs: at(seconds), ack: { alertId, by, reason } });
    return this;
  }

  /** Records in delivery order (receivedMs, then the order they were written). */
  sorted(): CaptureRecord[] {
    for (const camera of this.cameras) camera.flush();
    return [...this.records].sort((a, b) => a.record.receivedMs - b.record.receivedMs || a.order - b.order).map((r) => r.record);
  }

  ndjson(): string {
    return `${this.sorted().map(formatCaptureRecord).join('\n')}\n`;
  }
}

const QUIET_MODES: readonly DeviceMode[] = ['OFF', 'SLEEP', 'DOCKED'];

/**
 * A camera. Calls may come in any order: they are applied in time order when the capture is
 * built, so seqs follow time and heartbeats report the state the camera is in at that moment.
 */
export class Camera {
  boot: number;
  seq = 0;
  private state: { mode: DeviceMode; recording: boolean } = { mode: 'READY', recording: false };
  private queue: { s: number; n: number; run: () => void }[] = [];
  private n = 0;
  /** Clock offset now (ms ahead of true time); `clock()` steps it. */
  private aheadMs: number;

  constructor(
    private readonly capture: CaptureBuilder,
    readonly id: string,
    private readonly options: CameraOptions,
  ) {
    this.boot = options.boot ?? 1;
    this.aheadMs = options.clockAheadMs ?? 0;
  }

  flush(): void {
    const queue = this.queue.sort((a, b) => a.s - b.s || a.n - b.n);
    this.queue = [];
    for (const item of queue) item.run();
  }

  private later(s: number, run: () => void): this {
    this.queue.push({ s, n: this.n++, run });
    return this;
  }

  send(seconds: number, body: TelemetryBody | (() => TelemetryBody), options: SendOptions = {}): this {
    return this.later(seconds, () => {
      const seq = options.seq ?? ++this.seq;
      const trueMs = at(seconds);
      this.capture.add({
        type: 'telemetry',
        receivedMs: options.deliverAt !== undefined ? at(options.deliverAt) : trueMs + (this.options.delayMs ?? 50),
        telemetry: {
          deviceId: this.id,
          bootId: this.boot,
          seq,
          timeMs: trueMs + this.aheadMs + Math.round(((trueMs - T0) * (this.options.driftPpm ?? 0)) / 1e6),
          body: typeof body === 'function' ? body() : body,
        },
      });
    });
  }

  /** Leaves `n` seqs unused at time `s` (lost messages). */
  lose(s: number, n = 1): this {
    return this.later(s, () => {
      this.seq += n;
    });
  }

  /** The camera clock is set at `s` (NTP, GPS, a user): from then on it is `aheadMs` ahead of true time. */
  clock(s: number, aheadMs: number): this {
    return this.later(s, () => {
      this.aheadMs = aheadMs;
    });
  }

  reboot(s: number): this {
    return this.later(s, () => {
      this.boot++;
      this.seq = 0;
      this.state = { mode: 'READY', recording: false };
    });
  }

  hello(s: number, officerId = 'B-1', preEventBufferS = 30, o?: SendOptions): this {
    return this.send(s, { case: 'hello', value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Acme', officerId, preEventBufferS } }, o);
  }
  /** A heartbeat reporting the camera's state at that moment. */
  heartbeat(s: number, o?: SendOptions): this {
    return this.send(s, () => ({ case: 'heartbeat', value: { ...this.state } }), o);
  }
  /** Heartbeats every `every` seconds from `from` to `to`. */
  alive(from: number, to: number, every = 30): this {
    for (let s = from; s <= to; s += every) this.heartbeat(s);
    return this;
  }
  start(s: number, o?: SendOptions): this {
    return this.send(s, () => {
      this.state.recording = true;
      return { case: 'recording', value: { action: 'START', source: 'BUTTON', recordingId: `r${s}` } };
    }, o);
  }
  stop(s: number, o?: SendOptions): this {
    return this.send(s, () => {
      this.state.recording = false;
      return { case: 'recording', value: { action: 'STOP', source: 'BUTTON', recordingId: '' } };
    }, o);
  }
  mode(s: number, mode: DeviceMode, o?: SendOptions): this {
    return this.send(s, () => {
      this.state.mode = mode;
      if (QUIET_MODES.includes(mode)) this.state.recording = false;
      return { case: 'mode', value: { mode } };
    }, o);
  }
  battery(s: number, percent: number, charging = false, o?: SendOptions): this {
    return this.send(s, { case: 'battery', value: { percent, millivolts: 3700, charging, temperatureC: 30 } }, o);
  }
  storage(s: number, totalBytes: number, usedBytes: number, o?: SendOptions): this {
    return this.send(s, { case: 'storage', value: { totalBytes, usedBytes, pendingUploadBytes: 0 } }, o);
  }
  trigger(s: number, kind: TriggerKind, o?: SendOptions): this {
    return this.send(s, { case: 'trigger', value: { kind, sourceId: 'sensor-1' } }, o);
  }
  fault(s: number, code: string, o?: SendOptions): this {
    return this.send(s, { case: 'fault', value: { code, message: `${code} detected` } }, o);
  }
}
