/**
 * Benchmark W6, the pipeline alone on one core, no network: pre-received QoS 1 telemetry from
 * 200 cameras (the capacity generator's messages: heartbeat, battery, storage, GPS, device time
 * = now, in order per camera) through Pipeline.accept -> decode ->
 * dedupe -> store (group commit, fsync) -> acknowledge -> detector. What the gateway adds per
 * message on top of its broker: W3a's cost per message plus this one is W4a's ceiling.
 *
 *   node --expose-gc --import tsx scripts/bench/pipeline.ts [messages]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { DeviceStatePublisher } from '../../gateway/alerts/device-states.js';
import { Fanout } from '../../gateway/alerts/sink.js';
import { SystemClock } from '../../gateway/clock.js';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { silentLogger } from '../../gateway/log.js';
import { createMetrics } from '../../gateway/metrics.js';
import type { Received } from '../../gateway/model/received.js';
import { Pipeline } from '../../gateway/pipeline/pipeline.js';
import { openDb } from '../../gateway/store/db.js';
import { StoreWriter } from '../../gateway/store/writer.js';
import { BODIES } from './bodies.js';

export interface PipelineBenchResult {
  messages: number;
  perSecond: number;
  usPerMessage: number;
  gcPercent: number;
}

export async function runPipelineBench(messages: number, cameras = 200): Promise<PipelineBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bwc-bench-pipeline-'));
  const db = openDb(dir, 'full');
  const clock = new SystemClock();
  const metrics = createMetrics();
  const writer = new StoreWriter(db);
  const policy = loadPolicy(join(import.meta.dirname, 'bench-policy.yaml'));
  let pipeline: Pipeline | undefined;
  const states = new DeviceStatePublisher(new Fanout(), (id) => pipeline!.detector.deviceState(id), () => pipeline!.detector.deviceIds());
  pipeline = new Pipeline({ db, writer, policy, clock, metrics, log: silentLogger, states });
  const seqs = new Array<number>(cameras).fill(0);
  const now = Date.now();
  const received: Received[] = [];
  for (let i = 0; i < messages; i++) {
    const cam = i % cameras;
    const deviceId = `bench-${String(cam).padStart(6, '0')}`;
    const seq = ++seqs[cam]!;
    const t = { deviceId, bootId: 1, seq, timeMs: now, body: BODIES[seq % BODIES.length]! };
    received.push({ receivedMs: now, transport: 'mqtt', topic: `bwc/v1/devices/${deviceId}/telemetry`, payload: telemetryCodec.encode(t), clientId: deviceId, deviceId });
  }
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  let acked = 0;
  const started = performance.now();
  // Offered as a broker would: a few hundred per event-loop turn.
  await new Promise<void>((resolve) => {
    let next = 0;
    const done = (error: unknown): void => {
      if (error !== null) throw error as Error;
      if (++acked === messages) resolve();
    };
    const feed = (): void => {
      const end = Math.min(messages, next + 500);
      for (; next < end; next++) pipeline!.accept(received[next]!, done);
      if (next < messages) setImmediate(feed);
    };
    feed();
  });
  const seconds = (performance.now() - started) / 1000;
  gc.disconnect();
  writer.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { messages, perSecond: Math.round(messages / seconds), usPerMessage: Math.round((seconds * 1e6 * 100) / messages) / 100, gcPercent: Math.round((gcMs / (seconds * 1000)) * 100) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 300_000);
  for (let i = 0; i < 3; i++) console.log(JSON.stringify(await runPipelineBench(n)));
}
