/**
 * Runs a scenario against a target in steps of simulated time: the world advances, the network
 * does its worst, the receiver's clock moves to the end of the step, and the step's messages are
 * delivered and acknowledged before the next step. Speed: `max` as fast as acknowledgements
 * come back, `xN` N times real time, `realtime`. Writes the capture (what was delivered, when)
 * and computes the ground truth from what truly happened.
 */
import { createWriteStream } from 'node:fs';
import type { CaptureRecord } from '../../gateway/model/capture-record.js';
import { formatCaptureRecord } from '../../gateway/decode/capture.js';
import { loadPolicy, type Policy } from '../../gateway/detect/policy.js';
import { LineWriter } from '../../gateway/cli/line-writer.js';
import type { Scenario } from '../scenario/schema.js';
import { type Evaluation, evaluateTimeline } from '../verify/rules.js';
import { type SimMessage, World } from '../world/world.js';
import { recordsOf } from './in-process.js';
import { Network } from './network.js';
import { Progress } from './progress.js';
import { deliveryTruth } from '../verify/delivery-truth.js';
import type { SimTarget } from './target.js';

/** The fleet's camera ids, as the world names them: cam-0001... */
export function fleetIds(scenario: Scenario): string[] {
  const width = Math.max(4, String(scenario.fleet.cameras).length);
  return Array.from({ length: scenario.fleet.cameras }, (_, i) => `cam-${String(i + 1).padStart(width, '0')}`);
}

/** 3 minutes of simulated time after the end, so the last deadlines pass and uploads land. */
export const RUN_TAIL_MS = 180_000;

export interface RunOptions {
  policy?: Policy;
  /** Write the capture here (NDJSON). */
  capture?: string | undefined;
  progress?: boolean;
  /** Stop after this much simulated time (tests). */
  limitMs?: number;
  /** Simulated time after the end (default RUN_TAIL_MS); shorter only when deadlines don't matter. */
  tailMs?: number;
  /** Boot and activity ids of this run (run-identity.ts); default the plain ones. */
  ids?: { bootBase: number; activityPrefix: string };
  /** Real-clock runs: the world starts when the cameras are connected (the gateway's "now"). */
  startAtWallClock?: boolean;
}

export interface RunResult {
  scenario: string;
  world: World;
  network: Network;
  truth: Evaluation;
  /** The true timeline, for the truth file. */
  finalMs: number;
  /** When the simulated world started (the scenario's start, or the wall clock on a real-clock run). */
  startMs: number;
  steps: number;
  messages: number;
  wallMs: number;
  /** Simulated time / wall time. */
  speedup: number;
}

export async function runSimulation(scenarioIn: Scenario, target: SimTarget, options: RunOptions = {}): Promise<RunResult> {
  const policy = options.policy ?? loadPolicy();
  const tailMs = options.tailMs ?? RUN_TAIL_MS;
  const progress = new Progress(process.stderr, options.progress ?? false);
  progress.note(`${scenarioIn.name}: starting ${scenarioIn.fleet.cameras} cameras (${target.name})...`);
  const startedAt = Date.now();
  await target.start(fleetIds(scenarioIn));
  // On the gateway's real clock, the world's time is the wall clock from the moment the fleet is up.
  const scenario = options.startAtWallClock ? { ...scenarioIn, startMs: Math.ceil(Date.now() / 1000) * 1000 } : scenarioIn;
  const world = new World({ ...scenario, durationMs: Math.min(scenario.durationMs, options.limitMs ?? Number.POSITIVE_INFINITY) }, policy, tailMs, options.ids);
  const network = new Network(scenario);
  const truthRecords: CaptureRecord[] = [];
  /** What reached the target, when (the capture, kept for the delivery-dependent truth). */
  const delivered: CaptureRecord[] = [];
  const capture = options.capture === undefined ? undefined : new LineWriter(createWriteStream(options.capture));
  const step = scenario.stepMs;
  const t0 = scenario.startMs;
  const end = t0 + Math.min(scenario.durationMs, options.limitMs ?? Number.POSITIVE_INFINITY);
  const final = end + tailMs;
  const factor = scenario.speed.kind === 'max' ? 0 : scenario.speed.kind === 'realtime' ? 1 : scenario.speed.factor;

  // The truth sees everything as it truly happened: true times, nothing lost or late.
  const onMessage = (m: SimMessage, i: number): void => {
    if (m.type === 'telemetry') truthRecords.push({ type: 'telemetry', receivedMs: m.t, telemetry: m.telemetry });
    else if (m.type === 'activity') truthRecords.push({ type: 'activity', receivedMs: m.t, activity: m.activity });
    else truthRecords.push({ type: 'assignment', receivedMs: m.t, assignment: m.assignment });
    network.offer(m, i);
  };

  let lastT = t0;
  const snapshot = () => ({
    simulatedMs: lastT - t0,
    durationMs: final - t0,
    messages,
    alerts: target.alerts.length,
    camerasOnline: world.cameras.filter((c) => c.state.mode !== 'OFF').length,
    wallMs: Date.now() - wallStart,
  });
  progress.note(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; running ${((final - t0) / 60_000).toFixed(0)} simulated minutes`);
  const wallStart = options.startAtWallClock ? t0 : Date.now();
  let messages = 0;
  let i = 0;
  let flushed = false;
  for (;;) {
    i++;
    const T = t0 + i * step;
    if (T > final && network.pendingSteps === 0) break;
    // Cameras keep reporting through the tail (calls and faults stop at the end).
    world.advanceTo(T, (m) => onMessage(m, i));
    if (T >= end && !flushed) {
      network.flushAll(i, T); // the run is over: outages end, flashes are uploaded
      flushed = true;
    }
    const out = network.take(i);
    await target.clock(T);
    await target.deliver(out, T);
    messages += out.length;
    const records = recordsOf(out, T);
    delivered.push({ type: 'tick', receivedMs: T }, ...records);
    if (capture !== undefined) {
      await capture.write(formatCaptureRecord({ type: 'tick', receivedMs: T }));
      for (const r of records) await capture.write(formatCaptureRecord(r));
    }
    if (factor > 0) {
      const due = wallStart + (T - t0) / factor;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    lastT = T;
    progress.update(snapshot());
  }
  const wallMs = Date.now() - wallStart;
  await target.close();
  await capture?.end();
  progress.update(snapshot(), true);
  progress.done();
  truthRecords.sort((a, b) => a.receivedMs - b.receivedMs);
  const truth = evaluateTimeline(truthRecords, policy, final);
  const sentAt = new Map<string, number>();
  for (const r of truthRecords) if (r.type === 'telemetry') sentAt.set(`${r.telemetry.deviceId}|${r.telemetry.bootId}|${r.telemetry.seq}`, r.receivedMs);
  deliveryTruth(delivered, (d, b, s) => sentAt.get(`${d}|${b}|${s}`) ?? Number.NEGATIVE_INFINITY, policy, final, truth.expected);
  return {
    scenario: scenario.name,
    world,
    network,
    truth,
    finalMs: final,
    startMs: t0,
    steps: i,
    messages,
    wallMs,
    speedup: wallMs > 0 ? (final - t0) / wallMs : Number.POSITIVE_INFINITY,
  };
}
