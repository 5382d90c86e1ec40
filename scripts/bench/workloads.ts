/**
 * What the benchmark measures on a target: the sustainable throughput (the highest offered
 * rate at which everything offered is delivered, or stored, within a second of the offer
 * ending, with memory not growing), ingest latency (publish -> PUBACK, QoS 1) at 10, 50 and
 * 80 % of it, alert lateness on the gateway, and memory per connected device.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { type Child, cpuOf, rssOf, startNode } from './proc.js';
import { LOAD_CORE, startTarget, type Target, type TargetName } from './targets.js';

export interface BenchOptions {
  quick: boolean;
  /** Devices (connections) sending in the throughput runs. */
  devices: number;
  stepMs: number;
  rates: number[];
}

export interface Step {
  offered: number;
  sent: number;
  delivered: number;
  /** Delivered within the offer's time plus a second. */
  keptUp: boolean;
  /** delivered / time until the last one was delivered. */
  achieved: number;
  p50Us: number | null;
  p99Us: number | null;
  generatorCpuPercent: number;
  systemCpuPercent: number;
  rssBefore: number;
  rssAfter: number;
}

interface Ran {
  sent: number;
  sendMs: number;
  acked: number;
  p50Us: number | null;
  p99Us: number | null;
  cpuPercent: number;
}

export async function startGenerator(target: Target, qos: 0 | 1, devices = target.devices): Promise<Child> {
  // The configuration goes through a file: 10,000 devices' credentials exceed one argument's limit (128 KiB).
  const dir = mkdtempSync(join(tmpdir(), 'bwc-gen-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ host: '127.0.0.1', port: target.port, devices, qos, concurrency: 50 }));
  const g = startNode('generator', 'scripts/bench/generator.ts', [join(dir, 'config.json')], LOAD_CORE);
  try {
    await g.next((m) => m.event === 'connected', 300_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return g;
}

const rssAll = (t: Target): number => t.pids().reduce((s, p) => s + rssOf(p), 0);
const cpuAll = (t: Target): number => t.pids().reduce((s, p) => s + cpuOf(p), 0);

/** Waits until the system has delivered its backlog (its count stops moving), up to 30 s. */
async function drain(target: Target): Promise<void> {
  let last = await target.delivered();
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await target.delivered();
    if (now === last) return;
    last = now;
  }
}

export async function step(target: Target, gen: Child, rate: number, durationMs: number): Promise<Step> {
  await drain(target);
  const before = await target.delivered();
  const rssBefore = rssAll(target);
  const cpuBefore = cpuAll(target);
  const t0 = performance.now();
  gen.send({ cmd: 'run', rate, durationMs, drainMs: 3000 });
  const ran = await gen.next<Ran>((m) => m.event === 'ran', durationMs + 60_000);
  // Wait for the system to deliver what was sent (up to 3 s after the offer ended).
  let delivered = (await target.delivered()) - before;
  let doneAt = performance.now();
  const limit = t0 + ran.sendMs + 3000;
  while (delivered < ran.sent && performance.now() < limit) {
    await new Promise((r) => setTimeout(r, 50));
    delivered = (await target.delivered()) - before;
    doneAt = performance.now();
  }
  const elapsed = doneAt - t0;
  return {
    offered: rate,
    sent: ran.sent,
    delivered,
    keptUp: delivered >= ran.sent && elapsed <= ran.sendMs + 1000,
    achieved: Math.round((delivered / elapsed) * 1000),
    p50Us: ran.p50Us,
    p99Us: ran.p99Us,
    generatorCpuPercent: ran.cpuPercent,
    systemCpuPercent: Math.round(((cpuAll(target) - cpuBefore) / (elapsed / 1000)) * 100),
    rssBefore,
    rssAfter: rssAll(target),
  };
}

export interface Sustainable {
  rate: number;
  steps: Step[];
}

/** Up the ladder until the system falls behind, then two bisections between the last good and first bad rate. */
export async function sustainable(target: Target, gen: Child, o: BenchOptions): Promise<Sustainable> {
  const steps: Step[] = [];
  let good = 0;
  let bad = 0;
  for (const rate of o.rates) {
    const s = await step(target, gen, rate, o.stepMs);
    steps.push(s);
    if (!s.keptUp) {
      bad = rate;
      break;
    }
    good = rate;
    await settle();
  }
  for (let i = 0; i < (o.quick ? 1 : 2) && bad > 0; i++) {
    await settle();
    const mid = Math.round((good + bad) / 2 / 100) * 100;
    if (mid <= good || mid >= bad) break;
    const s = await step(target, gen, mid, o.stepMs);
    steps.push(s);
    if (s.keptUp) good = mid;
    else bad = mid;
  }
  return { rate: achievedRate(steps), steps };
}

/**
 * The sustainable rate: the highest rate actually delivered (messages stored or forwarded per
 * second over the step) in a step that kept up. Not the offered rate: a system that pushes back
 * on TCP slows the generator down, so it may keep up with less than was offered.
 */
export function achievedRate(steps: readonly Step[]): number {
  return Math.round(Math.max(0, ...steps.filter((s) => s.keptUp).map((s) => s.achieved)) / 100) * 100;
}

/** Lets queues drain between steps. */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 500));

export interface Latency {
  load: number;
  rate: number;
  p50Us: number | null;
  p99Us: number | null;
}

export async function latencies(target: Target, gen: Child, rate: number, stepMs: number): Promise<Latency[]> {
  const out: Latency[] = [];
  for (const load of [0.1, 0.5, 0.8]) {
    const r = Math.max(100, Math.round(rate * load));
    const s = await step(target, gen, r, stepMs);
    out.push({ load, rate: r, p50Us: s.p50Us, p99Us: s.p99Us });
    await settle();
  }
  return out;
}

/**
 * Alert lateness on the gateway under load: activities name cameras that are not recording;
 * each MISSED_ACTIVATION is due at its deadline plus the allowed lateness; lateness is when it
 * reached a subscriber minus that.
 */
export interface AlertLateness {
  alerts: number;
  expected: number;
  /** Nearest-rank percentiles of the alerts received: with fewer than 100, p99 is the largest. */
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs?: number | null;
}

export async function alertLateness(target: Target, gen: Child, rate: number, stepMs: number, count: number): Promise<AlertLateness> {
  const g = target.gateway!;
  const viewer = await mqtt.connectAsync(g.mqttUrl, { clientId: g.viewer.username, username: g.viewer.username, password: g.viewer.password, clean: true });
  const cad = await mqtt.connectAsync(g.mqttUrl, { clientId: g.sim.username, username: g.sim.username, password: g.sim.password, clean: true });
  const { activityCodec, alertCodec } = await import('../../gateway/decode/codec.js');
  const lateness: number[] = [];
  const ALLOWED_LATENESS_MS = 500; // bench-policy.yaml
  viewer.on('message', (_t, payload) => {
    const a = alertCodec.decode(payload);
    if (a.ok && a.value.kind === 'MISSED_ACTIVATION' && a.value.revision === 1 && a.value.activityId.startsWith('BENCH-')) {
      lateness.push(Date.now() - (a.value.deadlineMs + ALLOWED_LATENESS_MS));
    }
  });
  await viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
  const running = step(target, gen, rate, stepMs);
  const spacing = stepMs / 2 / count;
  const published: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const device = target.devices[(i * 37) % target.devices.length]!.id;
    const activity = { activityId: `BENCH-${Date.now()}-${i}`, type: 'AT_LARGE_ARREST' as const, phase: 'START' as const, timeMs: Date.now(), deviceIds: [device], source: 'bench', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
    // Not awaited one by one: under load each PUBACK takes tens of ms and would stretch the
    // activities past the end of the step.
    published.push(cad.publishAsync('bwc/v1/activities', Buffer.from(activityCodec.encode(activity)), { qos: 1 }));
    await new Promise((r) => setTimeout(r, spacing));
  }
  await Promise.all(published);
  await running;
  const until = Date.now() + 5000;
  while (lateness.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  await viewer.endAsync();
  await cad.endAsync();
  const sorted = lateness.sort((a, b) => a - b);
  const pct = (p: number): number | null => (sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);
  return { alerts: sorted.length, expected: count, p50Ms: pct(50), p99Ms: pct(99), maxMs: pct(100) };
}

/** RSS of the system per connected (idle) device: (RSS with N connected - RSS with none) / N. */
export async function rssPerDevice(name: TargetName, n: number, settleMs = 3000): Promise<{ devices: number; bytesPerDevice: number | null; note: string }> {
  const target = await startTarget(name, n);
  try {
    await new Promise((r) => setTimeout(r, settleMs / 3));
    const before = rssAll(target);
    const gen = await startGenerator(target, 1);
    await new Promise((r) => setTimeout(r, settleMs));
    const after = rssAll(target);
    gen.send({ cmd: 'quit' });
    await gen.stop();
    return { devices: n, bytesPerDevice: Math.round((after - before) / n), note: '' };
  } finally {
    await target.stop();
  }
}
