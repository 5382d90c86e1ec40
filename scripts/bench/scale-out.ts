/**
 * Scale-out (`npm run bench -- --only SCALE`): gateway workers over a NATS cluster on this machine.
 *
 *   drain:  K telemetry messages are put into the partition streams first (through NATS's subject
 *           mapping, as cameras' MQTT would land), then 1 worker (all 4 partitions) or 2 workers
 *           (2 partitions each) start with empty stores and consume them: messages/s from the
 *           workers' start until every partition's ack floor reaches its last message. Each
 *           worker stores, runs the detector and acks exactly as in production (`serve --nats`).
 *   puback: what an MQTT PUBACK from NATS means: PUBACKs that arrived before the partition
 *           stream (R3) had the message, and acknowledged messages missing after SIGKILL of
 *           every node right after the last PUBACK and a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { type JetStreamManager, connect } from 'nats';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { STREAMS, partitionOf } from '../../gateway/transport/nats/nats-config.js';
import { TOPOLOGY_DEFAULTS, ensureTopology } from '../../gateway/transport/nats/topology.js';
import { type NatsCluster, startNatsCluster } from '../nats-cluster.js';
import { type Child, ROOT, startChild } from './proc.js';
import { LOAD_CORE, SUT_CORE } from './targets.js';

const PARTITIONS = 4;

export interface ScaleOutResult {
  messages: number;
  /** Messages/s into the partition streams through the mapping (core NATS publish, 3 nodes). */
  loadRate: number;
  drain: { workers: number; messagesPerSecond: number; seconds: number; cores: string }[];
  /** null with --quick (not measured). */
  puback: { published: number; ackedBeforeStored: number; burst: number; lostAfterKillAll: number } | null;
}

async function preload(cluster: NatsCluster, messages: number, devices: number): Promise<number> {
  const nc = await connect({ servers: cluster.urls.split(',') });
  await ensureTopology(nc, { ...TOPOLOGY_DEFAULTS, partitions: PARTITIONS, replicas: 1 });
  const jsm = await nc.jetstreamManager();
  const started = performance.now();
  const seqs = new Array<number>(devices).fill(0);
  for (let i = 0; i < messages; i++) {
    const d = i % devices;
    const id = `cam-${String(d).padStart(6, '0')}`;
    const payload = telemetryCodec.encode({ deviceId: id, bootId: 1, seq: ++seqs[d]!, timeMs: Date.now(), body: { case: 'heartbeat', value: { mode: 'READY', recording: false } } });
    nc.publish(`bwc.v1.devices.${id}.telemetry`, payload);
    if (i % 5000 === 4999) await nc.flush();
  }
  await nc.flush();
  for (;;) {
    let n = 0;
    for (let p = 0; p < PARTITIONS; p++) n += (await jsm.streams.info(STREAMS.partition(p))).state.messages;
    if (n >= messages) break;
    if (performance.now() - started > 300_000) throw new Error(`only ${n} of ${messages} messages reached the streams`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const rate = messages / ((performance.now() - started) / 1000);
  await nc.close();
  return rate;
}

/** Messages acknowledged by the workers so far, and whether that is all of them. */
async function progress(jsm: JetStreamManager): Promise<{ acked: number; done: boolean }> {
  let acked = 0;
  let done = true;
  for (let p = 0; p < PARTITIONS; p++) {
    const last = (await jsm.streams.info(STREAMS.partition(p))).state.last_seq;
    const floor = await jsm.consumers.info(STREAMS.partition(p), `bwc-p${p}`).then((c) => c.ack_floor.stream_seq, () => 0);
    acked += floor;
    if (floor < last) done = false;
  }
  return { acked, done };
}

/** Forgets what the previous run's workers consumed and leased, so the next run starts from the beginning. */
async function resetConsumers(cluster: NatsCluster): Promise<void> {
  const nc = await connect({ servers: cluster.urls.split(',') });
  const jsm = await nc.jetstreamManager();
  for (let p = 0; p < PARTITIONS; p++) await jsm.consumers.delete(STREAMS.partition(p), `bwc-p${p}`).catch(() => undefined);
  await jsm.streams.purge(`KV_${STREAMS.leases}`).catch(() => undefined);
  await nc.close();
}

function startWorker(cluster: NatsCluster, dataDir: string, id: string, partitions: string, core: number | null): Child {
  return startChild(
    `worker ${id}`,
    process.execPath,
    [join(ROOT, 'scripts/bin/bwc-gateway.mjs'), 'serve', '--nats', cluster.urls, '--nats-partitions', String(PARTITIONS), '--partitions', partitions, '--worker-id', id, '--data-dir', dataDir, '--http-port', '0', '--host', '127.0.0.1', '--log-level', 'warn'],
    core,
  );
}

async function drain(cluster: NatsCluster, workers: 1 | 2, messages: number, root: string): Promise<ScaleOutResult['drain'][number]> {
  await resetConsumers(cluster);
  const specs = workers === 1 ? [{ id: 'w1', partitions: '0-3', core: SUT_CORE }] : [{ id: 'w1', partitions: '0-1', core: SUT_CORE }, { id: 'w2', partitions: '2-3', core: LOAD_CORE }];
  const nc = await connect({ servers: cluster.urls.split(',') });
  const jsm = await nc.jetstreamManager();
  const launched = performance.now();
  const children = specs.map((s) => startWorker(cluster, join(root, `${workers}-${s.id}`), s.id, s.partitions, s.core));
  try {
    // Timed from the first acknowledgement (process start-up is not throughput).
    let first: { at: number; acked: number } | null = null;
    for (;;) {
      const p = await progress(jsm);
      if (first === null && p.acked > 0) first = { at: performance.now(), acked: p.acked };
      if (p.done) break;
      if (performance.now() - launched > 600_000) throw new Error('workers did not drain the streams in 10 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - (first?.at ?? launched)) / 1000;
    return { workers, messagesPerSecond: (messages - (first?.acked ?? 0)) / seconds, seconds, cores: specs.map((s) => `${s.id} on core ${s.core ?? 'any'}`).join(', ') };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await nc.close();
  }
}

async function puback(root: string, published: number, burst: number): Promise<ScaleOutResult['puback']> {
  const dir = join(root, 'puback');
  let cluster = await startNatsCluster({ nodes: 3, partitions: PARTITIONS, dir });
  try {
    const nc = await connect({ servers: cluster.urls.split(',') });
    await ensureTopology(nc, { ...TOPOLOGY_DEFAULTS, partitions: PARTITIONS, replicas: 3 });
    const jsm = await nc.jetstreamManager();
    const id = 'cam-puback';
    const stream = STREAMS.partition(partitionOf(id, PARTITIONS));
    const cam = await mqtt.connectAsync(cluster.mqttUrls[0]!, { clientId: id, clean: false, protocolVersion: 4 });
    let ackedBeforeStored = 0;
    for (let i = 0; i < published; i++) {
      await cam.publishAsync(`bwc/v1/devices/${id}/telemetry`, Buffer.from(`m${i}`), { qos: 1 });
      if ((await jsm.streams.info(stream)).state.messages < i + 1) ackedBeforeStored++;
    }
    let acked = 0;
    await Promise.all(Array.from({ length: burst }, (_, i) => cam.publishAsync(`bwc/v1/devices/${id}/telemetry`, Buffer.from(`b${i}`), { qos: 1 }).then(() => void acked++)));
    for (const node of cluster.nodes) node.process.kill('SIGKILL');
    cam.end(true);
    await nc.close().catch(() => undefined);
    await cluster.stop();
    cluster = await startNatsCluster({ nodes: 3, partitions: PARTITIONS, dir });
    const nc2 = await connect({ servers: cluster.urls.split(',') });
    const jsm2 = await nc2.jetstreamManager();
    let stored = -1;
    for (let i = 0; i < 60 && stored < 0; i++) {
      stored = await jsm2.streams.info(stream).then((s) => s.state.messages, () => -1);
      if (stored < 0) await new Promise((r) => setTimeout(r, 500));
    }
    await nc2.close();
    return { published, ackedBeforeStored, burst: acked, lostAfterKillAll: Math.max(0, published + acked - stored) };
  } finally {
    await cluster.stop();
  }
}

export async function runScaleOut(quick: boolean, log: (s: string) => void): Promise<ScaleOutResult> {
  const messages = quick ? 5000 : 200_000;
  const root = mkdtempSync(join(tmpdir(), 'bwc-scale-'));
  const cluster = await startNatsCluster({ nodes: 3, partitions: PARTITIONS, dir: join(root, 'nats') });
  try {
    log(`scale-out: loading ${messages} messages into ${PARTITIONS} partition streams...`);
    const loadRate = await preload(cluster, messages, quick ? 100 : 10_000);
    const result: ScaleOutResult = { messages, loadRate, drain: [], puback: null };
    for (const workers of [1, 2] as const) {
      log(`scale-out: ${workers} worker(s) draining...`);
      result.drain.push(await drain(cluster, workers, messages, root));
    }
    // --quick leaves the PUBACK measurement out (it starts a second cluster, twice).
    if (!quick) {
      log('scale-out: what a PUBACK from NATS means...');
      result.puback = await puback(root, 300, 2000);
    }
    return result;
  } finally {
    await cluster.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
