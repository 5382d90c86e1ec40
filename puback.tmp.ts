import mqtt from 'mqtt';
import { connect } from 'nats';
import { startNatsCluster } from './scripts/nats-cluster.js';
import { ensureTopology } from './gateway/transport/nats/topology.js';
import { STREAMS, partitionOf } from './gateway/transport/nats/nats-config.js';
const dir = '/tmp/pb-' + Date.now();
let c = await startNatsCluster({ nodes: 3, dir });
const nc = await connect({ servers: c.urls.split(',') });
await ensureTopology(nc, { partitions: 4, replicas: 3, retentionMs: 3600000, leaseMs: 2000, alertDedupeMs: 60000 });
const jsm = await nc.jetstreamManager();
const dev = 'cam-1'; const p = partitionOf(dev, 4);
const cam = await mqtt.connectAsync(c.mqttUrls[0]!, { clientId: 'cam-1', clean: false, protocolVersion: 4 });
let before = 0; const N = 300;
for (let i = 0; i < N; i++) {
  await cam.publishAsync(`bwc/v1/devices/${dev}/telemetry`, Buffer.from('m' + i), { qos: 1 });
  const n = (await jsm.streams.info(STREAMS.partition(p))).state.messages;
  if (n < i + 1) before++;
}
console.log('acked before the stream had it:', before, 'of', N);
// Burst without waiting, then SIGKILL every node right after the last PUBACK.
let acked = 0; const M = 2000;
await Promise.all(Array.from({ length: M }, (_, i) => cam.publishAsync(`bwc/v1/devices/${dev}/telemetry`, Buffer.from('b' + i), { qos: 1 }).then(() => acked++)));
for (const node of c.nodes) node.process.kill('SIGKILL');
cam.end(true); nc.close().catch(() => {});
await new Promise((r) => setTimeout(r, 1000));
c = await startNatsCluster({ nodes: 3, dir });
const nc2 = await connect({ servers: c.urls.split(',') });
const jsm2 = await nc2.jetstreamManager();
for (let i = 0; i < 40; i++) { try { const n = (await jsm2.streams.info(STREAMS.partition(p))).state.messages; console.log('after restart stream has', n, 'acked', N + acked); break; } catch (e) { await new Promise((r) => setTimeout(r, 500)); } }
await nc2.close(); await c.stop();
