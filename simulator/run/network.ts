/**
 * What the network and the cameras' links do to messages on their way: link outages (the camera
 * keeps telemetry in its bounded flash and uploads it as TelemetryBatch when the link is back),
 * duplicates, reordering, and losses (a lost QoS 1 message is resent by the camera a few seconds
 * later). Works in steps of simulated time; each camera has its own seeded stream.
 */
import type { Activity, Assignment, Telemetry } from '../../gateway/model/domain.js';
import { Random } from '../model/random.js';
import { CAMERA_DEFAULTS } from '../scenario/defaults.js';
import type { Scenario } from '../scenario/schema.js';
import type { SimMessage } from '../world/world.js';

export type Outgoing =
  | { type: 'telemetry'; telemetry: Telemetry }
  | { type: 'batch'; deviceId: string; items: Telemetry[] }
  | { type: 'activity'; activity: Activity }
  | { type: 'assignment'; assignment: Assignment };

/** Items per TelemetryBatch when a camera uploads its flash. */
const BATCH_ITEMS = 500;

interface Link {
  random: Random;
  outages: { from: number; to: number }[];
  flash: Telemetry[];
  down: boolean;
}

export class Network {
  private readonly links = new Map<string, Link>();
  /** step index -> what is delivered then. */
  private readonly later = new Map<number, Outgoing[]>();
  /** step index -> cameras whose outage ends then (their flash is uploaded). */
  private readonly reconnects = new Map<number, string[]>();
  readonly counts = { delivered: 0, duplicated: 0, reordered: 0, resent: 0, batched: 0, lostInFlash: 0, outages: 0 };

  constructor(private readonly scenario: Scenario) {}

  private link(deviceId: string): Link {
    let l = this.links.get(deviceId);
    if (l === undefined) {
      const random = Random.forked(this.scenario.seed, `net:${deviceId}`);
      const f = this.scenario.faults;
      const outages: { from: number; to: number }[] = [];
      let t = this.scenario.startMs;
      for (;;) {
        t += random.exponentialMs(f.outagesPerCameraPerHour);
        if (!(t < this.scenario.startMs + this.scenario.durationMs)) break;
        const to = t + random.between(f.outage.min, f.outage.max);
        outages.push({ from: t, to });
        const step = Math.ceil((to - this.scenario.startMs) / this.scenario.stepMs);
        this.reconnects.set(step, [...(this.reconnects.get(step) ?? []), deviceId]);
        t = to;
      }
      this.counts.outages += outages.length;
      l = { random, outages, flash: [], down: false };
      this.links.set(deviceId, l);
    }
    return l;
  }

  private at(step: number, o: Outgoing): void {
    const list = this.later.get(step) ?? [];
    list.push(o);
    this.later.set(step, list);
  }

  /** A message sent at true time m.t, during step `step`. */
  offer(m: SimMessage, step: number): void {
    if (m.type === 'activity') return this.at(step, { type: 'activity', activity: m.activity });
    if (m.type === 'assignment') return this.at(step, { type: 'assignment', assignment: m.assignment });
    const l = this.link(m.telemetry.deviceId);
    if (l.outages.some((o) => o.from <= m.t && m.t < o.to)) {
      l.down = true;
      if (l.flash.length >= CAMERA_DEFAULTS.flashMessages) {
        l.flash.shift();
        this.counts.lostInFlash++;
      }
      l.flash.push(m.telemetry);
      return;
    }
    if (l.down) this.upload(l, m.telemetry.deviceId, step); // the link is back: the flash goes first
    const f = this.scenario.faults;
    const stepMs = this.scenario.stepMs;
    const o: Outgoing = { type: 'telemetry', telemetry: m.telemetry };
    if (l.random.chance(f.drop)) {
      this.counts.resent++;
      this.at(step + Math.ceil(l.random.between(2000, 6000) / stepMs), o);
      return;
    }
    if (l.random.chance(f.reorder)) {
      this.counts.reordered++;
      this.at(step + l.random.int(1, 3), o);
      return;
    }
    this.at(step, o);
    if (l.random.chance(f.duplicate)) {
      this.counts.duplicated++;
      this.at(step + l.random.int(1, 4), o);
    }
  }

  private upload(l: Link, deviceId: string, step: number): void {
    l.down = false;
    for (let i = 0; i < l.flash.length; i += BATCH_ITEMS) {
      this.counts.batched++;
      this.at(step, { type: 'batch', deviceId, items: l.flash.slice(i, i + BATCH_ITEMS) });
    }
    l.flash = [];
  }

  /** Ends every outage at true time T (the end of the run): flashes are uploaded at this step. */
  flushAll(step: number, T: number): void {
    for (const [deviceId, l] of this.links) {
      l.outages = l.outages.filter((o) => o.from < T).map((o) => ({ from: o.from, to: Math.min(o.to, T) }));
      if (l.flash.length > 0) this.upload(l, deviceId, step);
      else l.down = false;
    }
  }

  /** What arrives during this step. */
  take(step: number): Outgoing[] {
    for (const deviceId of this.reconnects.get(step) ?? []) {
      const l = this.links.get(deviceId)!;
      if (l.flash.length > 0) this.upload(l, deviceId, step);
      else l.down = false;
    }
    this.reconnects.delete(step);
    const list = this.later.get(step) ?? [];
    this.later.delete(step);
    this.counts.delivered += list.length;
    return list;
  }

  get pendingSteps(): number {
    return this.later.size;
  }
}
