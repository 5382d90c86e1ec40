/**
 * The simulated world: cameras (firmware model + physics), the officers wearing them, and CAD
 * dispatching them to activities, all on one agenda in true (virtual) time. Behaviours are
 * small and separate (officer compliance, sleep habits, triggers, faults), each drawing from
 * its own seeded stream. `advanceTo(t)` runs everything due and emits the messages the cameras
 * and CAD send, with their true times; where they go (in-process, MQTT, serial) and what the
 * network does to them is the runner's business.
 */
import type { Activity, ActivityType, Assignment, Telemetry, TelemetryBody } from '../../gateway/model/domain.js';
import { loadPolicy, type Policy } from '../../gateway/detect/policy.js';
import { type CameraEvent, type CameraState, batteryEmptyAt, deviceTime, input, newCamera, storageFullAt } from '../model/camera.js';
import { Random } from '../model/random.js';
import { CAMERA_DEFAULTS } from '../scenario/defaults.js';
import type { Range, Scenario } from '../scenario/schema.js';
import { Agenda } from './agenda.js';

export type SimMessage =
  | { type: 'telemetry'; t: number; telemetry: Telemetry }
  | { type: 'activity'; t: number; activity: Activity }
  | { type: 'assignment'; t: number; assignment: Assignment };

interface SimCamera {
  state: CameraState;
  random: Random;
  officer: Officer | null;
  /** Bumped to cancel pending cadence / battery / storage checks. */
  generation: number;
  next: { heartbeat: number; battery: number; storage: number; gps: number };
}

interface Officer {
  id: string;
  camera: SimCamera | null;
  /** Activities the officer is in now (recording decisions look at them). */
  busy: Set<string>;
  random: Random;
}

const between = (r: Random, x: Range): number => r.between(x.min, x.max);

export class World {
  readonly agenda = new Agenda();
  readonly cameras: SimCamera[] = [];
  readonly officers: Officer[] = [];
  readonly policy: Policy;
  /** Behaviours (calls, triggers, faults) happen until here... */
  readonly endMs: number;
  /** ...and the cameras keep reporting until here (the tail of the run). */
  readonly runUntilMs: number;
  readonly counts = { telemetry: 0, activities: 0, triggers: 0, reboots: 0 };
  private emit: (m: SimMessage) => void = () => undefined;
  private activitySeq = 0;

  constructor(
    readonly scenario: Scenario,
    policy: Policy = loadPolicy(),
    tailMs = 0,
    /** Boot ids start above bootBase; activity ids are activityPrefix + a number (run-identity.ts). */
    private readonly ids: { bootBase: number; activityPrefix: string } = { bootBase: 0, activityPrefix: 'CAD-' },
  ) {
    this.policy = policy;
    const s = scenario;
    const t0 = s.startMs;
    this.endMs = t0 + s.durationMs;
    this.runUntilMs = this.endMs + tailMs;
    const width = String(s.fleet.cameras).length;
    for (let i = 1; i <= s.fleet.cameras; i++) {
      const id = `cam-${String(i).padStart(Math.max(4, width), '0')}`;
      const random = Random.forked(s.seed, id);
      const f = s.faults;
      const state = newCamera(id, t0, {
        bootId: ids.bootBase,
        clockOffsetMs: Math.round(between(random, f.clockOffset)),
        clockDriftPpm: random.between(f.clockDriftPpm.min, f.clockDriftPpm.max),
        battery: random.between(70, 100),
        storageUsed: random.chance(f.storageFull) ? CAMERA_DEFAULTS.storageBytes - random.between(20, 200) * 1024 ** 2 : random.between(1, 20) * 1024 ** 3,
        headingDeg: random.between(0, 360),
        speedMps: random.chance(0.5) ? CAMERA_DEFAULTS.walkMps : CAMERA_DEFAULTS.driveMps,
      });
      const camera: SimCamera = { state, random, officer: null, generation: 0, next: { heartbeat: 0, battery: 0, storage: 0, gps: 0 } };
      this.cameras.push(camera);
    }
    const officerCount = s.fleet.cameras + s.fleet.officersWithoutCamera;
    for (let i = 1; i <= officerCount; i++) {
      const id = `O-${String(i).padStart(Math.max(4, width), '0')}`;
      const camera = i <= s.fleet.cameras ? this.cameras[i - 1]! : null;
      const officer: Officer = { id, camera, busy: new Set(), random: Random.forked(s.seed, id) };
      if (camera !== null) {
        camera.officer = officer;
        if (s.fleet.assignment === 'hello') camera.state.officerId = id;
      }
      this.officers.push(officer);
    }
    for (const c of this.cameras) this.startShift(c);
    this.scheduleActivities();
  }

  /** Runs the world up to true time t; `emit` receives what is sent. */
  advanceTo(t: number, emit: (m: SimMessage) => void): void {
    this.emit = emit;
    this.agenda.runUntil(Math.min(t, this.runUntilMs));
  }

  // -- cameras -------------------------------------------------------------------------------

  private send(c: SimCamera, bodies: TelemetryBody[], t: number): void {
    const s = c.state;
    for (let body of bodies) {
      if (body.case === 'gps') {
        // Fix loss and accuracy vary.
        body = c.random.chance(CAMERA_DEFAULTS.gpsLossRate)
          ? { case: 'gps', value: { ...body.value, fix: 'NONE', accuracyM: 0 } }
          : { case: 'gps', value: { ...body.value, accuracyM: Math.fround(c.random.between(3, 15)) } };
      }
      if (body.case === 'trigger') this.counts.triggers++;
      this.counts.telemetry++;
      this.emit({ type: 'telemetry', t, telemetry: { deviceId: s.deviceId, bootId: s.bootId, seq: ++s.seq, timeMs: deviceTime(s, t), body } });
    }
    this.afterChange(c, t);
  }

  /** Applies an event to a camera and sends what it says. */
  private act(c: SimCamera, e: CameraEvent, t: number): void {
    const wasRecording = c.state.recording;
    this.send(c, input(c.state, e, t), t);
    if (c.state.recording && !wasRecording) c.next.gps = Math.min(c.next.gps, t + CAMERA_DEFAULTS.gpsRecordingMs);
  }

  /** Reschedules the camera's periodic reports and its battery / storage limits. */
  private afterChange(c: SimCamera, t: number): void {
    const gen = ++c.generation;
    const n = c.next;
    const due = Math.max(t + 1, Math.min(n.heartbeat, n.battery, n.storage, n.gps));
    this.agenda.at(due, (at) => gen === c.generation && this.cadence(c, at));
    const empty = batteryEmptyAt(c.state);
    if (empty < this.runUntilMs) this.agenda.at(Math.ceil(empty) + 1, (at) => gen === c.generation && this.act(c, { kind: 'report', what: 'battery' }, at));
    const full = storageFullAt(c.state);
    if (full < this.runUntilMs) this.agenda.at(Math.ceil(full) + 1, (at) => gen === c.generation && this.act(c, { kind: 'report', what: 'storage' }, at));
  }

  private cadence(c: SimCamera, t: number): void {
    const k = CAMERA_DEFAULTS;
    const n = c.next;
    const bodies: CameraEvent[] = [];
    if (n.heartbeat <= t) {
      n.heartbeat = t + k.heartbeatMs;
      bodies.push({ kind: 'report', what: 'heartbeat' });
    }
    if (n.battery <= t) {
      n.battery = t + k.batteryMs;
      bodies.push({ kind: 'report', what: 'battery' });
    }
    if (n.storage <= t) {
      n.storage = t + k.storageMs;
      bodies.push({ kind: 'report', what: 'storage' });
    }
    if (n.gps <= t) {
      n.gps = t + (c.state.recording ? k.gpsRecordingMs : k.gpsBufferingMs);
      if (c.state.mode === 'READY') bodies.push({ kind: 'report', what: 'gps' });
    }
    const out: TelemetryBody[] = [];
    for (const e of bodies) out.push(...input(c.state, e, t));
    this.send(c, out, t);
  }

  private startShift(c: SimCamera): void {
    const s = this.scenario;
    const r = c.random;
    const t0 = s.startMs + Math.round(r.between(0, s.fleet.bootSpreadMs));
    const k = CAMERA_DEFAULTS;
    c.next = {
      heartbeat: t0 + r.between(1000, k.heartbeatMs),
      battery: t0 + r.between(1000, k.batteryMs),
      storage: t0 + r.between(1000, k.storageMs),
      gps: t0 + r.between(1000, 60_000),
    };
    this.agenda.at(t0, (t) => {
      if (s.fleet.assignment === 'admin' && c.officer !== null) {
        this.emit({ type: 'assignment', t, assignment: { officerId: c.officer.id, deviceId: c.state.deviceId, action: 'ASSIGN', timeMs: t, source: 'admin:sim', unit: '' } });
      }
      this.act(c, { kind: 'powerOn' }, t);
      if (s.fleet.dockedAtStartMs > 0) {
        this.act(c, { kind: 'dock' }, t);
        this.agenda.at(t + s.fleet.dockedAtStartMs, (u) => this.act(c, { kind: 'undock' }, u));
      }
    });
    const f = s.faults;
    if (r.chance(f.batteryFailure)) this.agenda.at(s.startMs + r.between(0, s.durationMs), (t) => {
      c.state.failing = true;
      this.act(c, { kind: 'report', what: 'battery' }, t);
    });
    this.poisson(r, f.rebootsPerCameraPerHour, (t) => {
      this.counts.reboots++;
      this.act(c, { kind: 'reboot' }, t);
    });
    this.poisson(r, f.faultsPerCameraPerHour, (t) => this.act(c, { kind: 'fault', code: r.pick(['SD_WRITE_ERROR', 'OVERTEMP', 'SENSOR_FAULT']) }, t));
    this.poisson(r, s.triggers.perCameraPerHour, (t) => this.signal(c, t));
    this.poisson(r, s.officers.sleepPerHour, (t) => {
      if (c.officer !== null && c.officer.busy.size > 0) return; // not during a call
      this.act(c, { kind: 'sleep' }, t);
      this.agenda.at(t + between(r, s.officers.sleepFor), (u) => this.act(c, { kind: 'wake' }, u));
    });
  }

  /** Calls `fn` at the times of a Poisson process over the run. */
  private poisson(r: Random, perHour: number, fn: (t: number) => void): void {
    const next = (from: number): void => {
      const t = from + r.exponentialMs(perHour);
      if (t < this.endMs) {
        this.agenda.at(Math.round(t), (at) => {
          fn(at);
          next(at);
        });
      }
    };
    next(this.scenario.startMs);
  }

  /** A signal trigger: the camera starts recording itself (if it can); the officer stops it later. */
  private signal(c: SimCamera, t: number): void {
    const kind = c.random.pick(this.scenario.triggers.kinds);
    const before = c.state.recording;
    this.act(c, { kind: 'signal', trigger: kind }, t);
    if (!before && c.state.recording && c.officer !== null && c.officer.busy.size === 0) {
      this.agenda.at(t + c.random.between(20_000, 120_000), (u) => {
        if (c.officer!.busy.size === 0) this.act(c, { kind: 'button', want: 'stop' }, u);
      });
    }
  }

  // -- CAD and officers -------------------------------------------------------------------------

  private scheduleActivities(): void {
    const s = this.scenario;
    for (const [type, perHour] of Object.entries(s.activities.perHour) as [ActivityType, number][]) {
      const r = Random.forked(s.seed, `cad:${type}`);
      this.poisson(r, perHour, (t) => this.dispatch(type, r, t));
    }
  }

  private dispatch(type: ActivityType, r: Random, t: number): void {
    const s = this.scenario;
    const id = `${this.ids.activityPrefix}${String(++this.activitySeq).padStart(5, '0')}`;
    const duration = Math.round(between(r, s.activities.duration));
    const count = Math.min(this.officers.length, Math.round(r.between(s.activities.officers.min, s.activities.officers.max)));
    const chosen = new Set<Officer>();
    while (chosen.size < count) chosen.add(r.pick(this.officers));
    const team = [...chosen];
    const byOfficer = s.activities.nameBy === 'officers' || (s.activities.nameBy === 'mixed' && r.chance(0.5));
    const deviceIds = byOfficer ? [] : team.flatMap((o) => (o.camera ? [o.camera.state.deviceId] : []));
    const officerIds = byOfficer ? team.map((o) => o.id) : [];
    const base = { activityId: id, type, source: 'cad-sim', lat: 38.9, lon: -77.03, note: '', unit: '' };
    this.counts.activities++;
    this.emit({ type: 'activity', t, activity: { ...base, phase: 'START', timeMs: t, deviceIds, officerIds } });
    const named = byOfficer ? team : team.filter((o) => o.camera !== null);
    for (const o of named) {
      o.busy.add(id);
      if (o.camera !== null) this.behave(o, o.camera, type, t, t + duration);
    }
    this.agenda.at(t + duration, (end) => {
      this.emit({ type: 'activity', t: end, activity: { ...base, phase: 'END', timeMs: end, deviceIds: [], officerIds: [] } });
      for (const o of named) {
        o.busy.delete(id);
        // Officers stop recording shortly after the call, unless another one goes on.
        if (o.camera !== null) this.agenda.at(end + o.random.between(5_000, 60_000), (u) => o.busy.size === 0 && this.act(o.camera!, { kind: 'button', want: 'stop' }, u));
      }
    });
  }

  /** Officer compliance: when (if ever) this officer records during this activity. */
  private behave(o: Officer, c: SimCamera, type: ActivityType, start: number, end: number): void {
    const b = this.scenario.officers;
    const r = o.random;
    const rule = this.policy.activities[type];
    const press = (at: number, want: 'start' | 'stop'): void => {
      if (at < end) this.agenda.at(Math.round(at), (u) => this.act(c, { kind: 'button', want }, u));
    };
    if (rule.recording === 'excluded') return;
    if (rule.recording === 'prohibited_solely') {
      if (r.chance(b.recordProtest)) {
        const from = start + r.between(10_000, 60_000);
        press(from, 'start');
        press(from + r.between(90_000, 300_000), 'stop');
      }
      return;
    }
    if (rule.recording === 'optional') {
      if (r.chance(0.5)) press(start + r.between(5_000, 60_000), 'start');
      return;
    }
    const grace = rule.activationGraceMs;
    // Some cameras are asleep when the call comes: their officers are never on time.
    const asleep = r.chance(b.asleep) && c.state.mode === 'READY' && !c.state.recording;
    if (asleep) this.act(c, { kind: 'sleep' }, start);
    let recordingFrom: number | null = null;
    if (!asleep && r.chance(b.onTime)) recordingFrom = start + between(r, b.reaction);
    else if (r.chance(b.late)) recordingFrom = start + grace + between(r, b.lateBy);
    if (recordingFrom === null || recordingFrom >= end - 5_000) return;
    press(recordingFrom, 'start');
    // Keep clear of the restart grace and the end of the call, so truth is unambiguous.
    const restart = rule.restartGraceMs;
    const room = end - recordingFrom - 2 * restart - 60_000;
    if (room <= 0) return;
    if (r.chance(b.stopEarly)) press(recordingFrom + restart + r.between(0, room), 'stop');
    else if (r.chance(b.stopBriefly)) {
      const at = recordingFrom + restart + r.between(0, room);
      press(at, 'stop');
      press(at + r.between(3_000, 8_000), 'start');
    }
  }
}
