/**
 * Scale-out: a 3-node NATS cluster (MQTT listener, JetStream, R3 streams, 4 telemetry
 * partitions), two gateway workers owning two partitions each, cameras publishing plain MQTT to
 * the three nodes, and CAD activities that nobody records for (planted missed activations).
 * One worker's API lists the whole fleet. Mid-run one worker is SIGKILLed: the other takes its
 * partitions over. Every planted missed activation is flagged exactly once, no alert revision
 * reaches subscribers twice, and every acknowledged message is in one of the workers' stores
 * (ledger = stores).
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { activityCodec, alertCodec } from '../../gateway/decode/codec.js';
import { openDb } from '../../gateway/store/db.js';
import { connect } from 'nats';
import type { Alert } from '../../gateway/model/domain.js';
import { createLogger } from '../../gateway/log.js';
import { STREAMS, partitionOf } from '../../gateway/transport/nats/nats-config.js';
import { NatsWorker } from '../../gateway/transport/nats/nats-worker.js';
import { readRange } from '../../gateway/transport/nats/stream-reader.js';
import { ensureTopology } from '../../gateway/transport/nats/topology.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type NatsCluster, natsServerAvailable, startNatsCluster } from '../../scripts/nats-cluster.js';
import { FAST_POLICY, tempDir } from '../helpers/gateway.js';
import { type GatewayProcess, spawnGateway } from '../helpers/gateway-process.js';
import { report } from '../reliability/figures.js';
import { LedgerFleet } from '../reliability/fleet.js';
import { Ledger } from '../reliability/ledger.js';

const available = natsServerAvailable();
if (!available) console.warn('SKIPPED scale-out test: nats-server is not installed (apt-get install nats-server; .ci/run installs it)');

const PARTITIONS = 4;
const CAMERAS = 24;
const SAMPLE_ALERT: Alert = {
  alertId: '',
  revision: 1,
  kind: 'MISSED_ACTIVATION',
  severity: 'CRITICAL',
  status: 'OPEN',
  deviceId: '',
  officerId: '',
  activityId: 'CAD-1',
  activityType: 'AT_LARGE_ARREST',
  triggerKind: 'UNSPECIFIED',
  cause: 'NOT_RECORDING',
  resolution: '',
  obligationStartMs: 1,
  deadlineMs: 2,
  latenessMs: 0,
  uncoveredMs: 0,
  detail: 'planted',
  detectedMs: 3,
  revisedMs: 3,
  ackBy: '',
  ackReason: '',
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every acknowledged record must be in one of the stores, byte-identical, and stored once per store. */
function verifyStores(ledger: Ledger, dataDirs: string[]): { lost: number; altered: number; duplicatesStored: number; inBoth: number } {
  const seen = new Map<string, string[]>();
  let duplicatesStored = 0;
  for (const dir of dataDirs) {
    const db = openDb(dir, 'normal');
    const keys = storedKeys(db);
    const input = db.prepare(`SELECT payload FROM inputs WHERE id = ? AND kind = 'telemetry'`).pluck();
    for (const k of keys) {
      const payload = input.get(k.inputId) as Buffer | undefined;
      if (payload === undefined) continue;
      const key = `${k.deviceId}|${k.bootId}|${k.seq}`;
      seen.set(key, [...(seen.get(key) ?? []), createHash('sha256').update(payload).digest('hex')]);
    }
    const referenced = new Set(keys.map((k) => k.inputId));
    duplicatesStored += (db.prepare(`SELECT id FROM inputs WHERE kind = 'telemetry'`).pluck().all() as number[]).filter((id) => !referenced.has(id)).length;
    db.close();
  }
  let lost = 0;
  let altered = 0;
  let inBoth = 0;
  for (const [key, sha] of ledger.acked) {
    const hashes = seen.get(key);
    if (hashes === undefined) lost++;
    else if (hashes.some((h) => h !== sha)) altered++;
    else if (hashes.length > 1) inBoth++;
  }
  return { lost, altered, duplicatesStored, inBoth };
}

describe.skipIf(!available)('scale-out over a NATS cluster', () => {
  const dir = tempDir('bwc-nats-');
  let cluster: NatsCluster | undefined;
  afterAll(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('maps each device to partition(N, id) as partitionOf computes it, and sends an alert revision once however often it is published', async () => {
    cluster = await startNatsCluster({ nodes: 3, partitions: PARTITIONS, dir: join(dir, 'nats-1') });
    const log = createLogger('silent');
    const worker = new NatsWorker(
      { servers: cluster.urls.split(','), partitions: [0, 1, 2, 3], total: PARTITIONS, workerId: 'w', replicas: 3, retentionMs: 60_000, leaseMs: 2000, maxAckPending: 100, ackWaitMs: 5000, alertDedupeMs: 60_000 },
      { log, accept: (_r, done) => done(null), decode: () => [], rebuild: () => 0, foreignAlert: () => undefined, foreignState: () => undefined },
    );
    const camera = await mqtt.connectAsync(cluster.mqttUrls[0]!, { clientId: 'mapper', clean: true, protocolVersion: 4 });
    const viewer = await mqtt.connectAsync(cluster.mqttUrls[2]!, { clientId: 'viewer-1', clean: true, protocolVersion: 4 });
    const seen: string[] = [];
    viewer.on('message', (topic) => seen.push(topic));
    try {
      const nc = await connect({ servers: cluster.urls.split(',') });
      const jsm = await nc.jetstreamManager();
      await ensureTopology(nc, { partitions: PARTITIONS, replicas: 3, retentionMs: 60_000, leaseMs: 2000, alertDedupeMs: 60_000 });
      const devices = Array.from({ length: 40 }, (_, i) => `unit-${i * 7919}_x`);
      for (const d of devices) await camera.publishAsync(topics.telemetry(d), Buffer.from(d), { qos: 1 });
      const wrong: string[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        const info = await jsm.streams.info(STREAMS.partition(p));
        const expected = devices.filter((d) => partitionOf(d, PARTITIONS) === p);
        expect(info.state.messages).toBe(expected.length);
        for await (const m of readRange(nc.jetstream(), STREAMS.partition(p), 1, info.state.last_seq)) {
          if (partitionOf(m.string(), PARTITIONS) !== p) wrong.push(`${m.string()} in ${p}`);
        }
      }
      expect(wrong).toEqual([]);
      await nc.close();

      await viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
      await worker.start();
      const alert = alertCodec.encode({ ...SAMPLE_ALERT, alertId: 'ma:CAD-1:cam-1', deviceId: 'cam-1' });
      for (let i = 0; i < 3; i++) await worker.publish(topics.alerts('cam-1'), alert, { retain: false });
      await worker.publish(topics.alerts('cam-1'), alertCodec.encode({ ...SAMPLE_ALERT, alertId: 'ma:CAD-1:cam-1', deviceId: 'cam-1', revision: 2 }), { retain: false });
      await sleep(500);
      expect(seen).toEqual([topics.alerts('cam-1'), topics.alerts('cam-1')]);
    } finally {
      await worker.close();
      await camera.endAsync(true);
      await viewer.endAsync(true);
      await cluster.stop();
    }
  }, 60_000);

  it('two workers share the partitions; one dies and the other takes over: every missed activation once, nothing lost', async () => {
    cluster = await startNatsCluster({ nodes: 3, partitions: PARTITIONS, dir: join(dir, 'nats') });
    const workerArgs = (id: string, partitions: string): string[] =>
      ['--nats', cluster!.urls, '--nats-partitions', String(PARTITIONS), '--nats-replicas', '3', '--partitions', partitions, '--worker-id', id, '--lease-ms', '2000', '--policy', FAST_POLICY];
    const dirA = join(dir, 'worker-a');
    const dirB = join(dir, 'worker-b');
    let a: GatewayProcess | undefined;
    let b: GatewayProcess | undefined;
    const ids = Array.from({ length: CAMERAS }, (_, i) => `cam-${String(i).padStart(3, '0')}`);
    // Cameras spread over the three nodes; NATS needs no credentials here (auth is NATS's job).
    const ledger = new Ledger();
    const fleets = cluster.mqttUrls.map((url, n) => new LedgerFleet(url, ids.filter((_, i) => i % 3 === n).map((id) => ({ id, secret: 'x' })), ledger, { rate: 5, window: 10 }));
    const viewer = await mqtt.connectAsync(cluster.mqttUrls[1]!, { clientId: 'viewer', clean: true, protocolVersion: 4 });
    const cad = await mqtt.connectAsync(cluster.mqttUrls[2]!, { clientId: 'cad', clean: true, protocolVersion: 4 });
    const received: { alertId: string; revision: number; kind: string; deviceId: string }[] = [];
    viewer.on('message', (_t, payload) => {
      const d = alertCodec.decode(payload);
      if (d.ok) received.push({ alertId: d.value.alertId, revision: d.value.revision, kind: d.value.kind, deviceId: d.value.deviceId });
    });
    await viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
    const planted: string[] = [];
    let activities = 0;
    const plant = async (deviceIds: string[]): Promise<void> => {
      const activity = { activityId: `CAD-${++activities}`, type: 'AT_LARGE_ARREST' as const, phase: 'START' as const, timeMs: Date.now(), deviceIds, source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
      await cad.publishAsync(topics.activities, Buffer.from(activityCodec.encode(activity)), { qos: 1 });
      for (const d of deviceIds) planted.push(`ma:${activity.activityId}:${d}`);
    };
    const ofB = ids.filter((d) => partitionOf(d, PARTITIONS) >= 2);
    const ofA = ids.filter((d) => partitionOf(d, PARTITIONS) < 2);
    let takeoverMs = 0;
    let fleetTotal = 0;
    try {
      [a, b] = await Promise.all([spawnGateway(dirA, workerArgs('worker-a', '0-1')), spawnGateway(dirB, workerArgs('worker-b', '2-3'))]);
      for (const f of fleets) await f.connect();
      for (const f of fleets) f.start();
      await sleep(1000);
      // One API: worker A lists every camera, B's too, from the shared state bucket.
      const fleetSeen = async (): Promise<number> => {
        const r = (await fetch(`${a!.httpUrl}/api/devices`, { headers: { authorization: `Bearer ${a!.token}` } }).then((x) => x.json())) as { total: number };
        return r.total;
      };
      for (let i = 0; i < 50 && (await fleetSeen()) < CAMERAS; i++) await sleep(100);
      fleetTotal = await fleetSeen();
      await plant([ofA[0]!, ofB[0]!, ofB[1]!]);
      await sleep(1500);
      await plant([ofA[1]!, ofB[2]!]);
      await sleep(300);
      // Worker B dies before that activity's deadline (grace 2 s): A must flag B's camera.
      await b.kill('SIGKILL');
      const killedAt = performance.now();
      await plant([ofB[3]!, ofA[2]!]);
      // A owns all four partitions once B's leases lapse.
      for (;;) {
        const status = (await fetch(`${a.httpUrl}/api/status`, { headers: { authorization: `Bearer ${a.token}` } }).then((r) => r.json())) as { nats?: { owned: number[] } };
        if (status.nats?.owned.length === PARTITIONS) break;
        if (performance.now() - killedAt > 30_000) throw new Error(`worker A did not take over: ${JSON.stringify(status)}`);
        await sleep(100);
      }
      takeoverMs = performance.now() - killedAt;
      await plant([ofB[4]!, ofA[3]!]);
      await sleep(1500);
      for (const f of fleets) await f.stop();
      await sleep(4000); // the last deadlines pass (grace 2 s + lateness)
    } finally {
      for (const f of fleets) await f.close();
      await viewer.endAsync(true);
      await cad.endAsync(true);
      await a?.kill('SIGTERM');
      await b?.kill('SIGKILL');
    }
    const missed = received.filter((x) => x.kind === 'MISSED_ACTIVATION' && x.revision === 1).map((x) => x.alertId);
    const revisions = received.map((x) => `${x.alertId}#${x.revision}`);
    const duplicateRevisions = revisions.length - new Set(revisions).size;
    const unplanted = [...new Set(missed)].filter((id) => !planted.includes(id));
    const notFlagged = planted.filter((id) => !missed.includes(id));
    const v = verifyStores(ledger, [dirA, dirB]);
    expect(ledger.size).toBeGreaterThan(500);
    expect({ notFlagged, unplanted, duplicateRevisions }).toEqual({ notFlagged: [], unplanted: [], duplicateRevisions: 0 });
    expect(missed.length).toBe(planted.length);
    expect(fleetTotal, 'devices listed by worker A while B owned half of them').toBe(CAMERAS);
    report({
      test: '12. scale-out (NATS)',
      load: `${CAMERAS} cameras × 5 msg/s QoS 1 over 3 NATS nodes, 2 workers, ${PARTITIONS} partitions (R3)`,
      faults: 'SIGKILL of one worker; the other takes its partitions over',
      inputs: `${ledger.size} acknowledged messages, ${activities} activities`,
      mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored, 'missed activations not flagged': notFlagged.length, 'alerts not planted': unplanted.length, 'alert revisions delivered twice': duplicateRevisions },
      figures: { 'planted missed activations': planted.length, 'takeover after kill': `${(takeoverMs / 1000).toFixed(1)} s`, 'records in both stores (acked by B, stored again by A)': v.inBoth },
    });
  }, 180_000);
});
