/**
 * The JetStream objects the workers share, created if missing (idempotent; every worker calls it
 * on start): one stream per telemetry partition, one for activities and assignments, one for
 * alerts (deduplicated by Nats-Msg-Id), the KV bucket of partition leases and the one of device
 * states.
 */
import { DiscardPolicy, type JetStreamManager, type NatsConnection, RetentionPolicy, StorageType, type StreamConfig, nanos } from 'nats';
import { NATS_DEFAULTS, STREAMS, SUBJECTS } from './nats-config.js';

export interface TopologyOptions {
  partitions: number;
  replicas: number;
  retentionMs: number;
  leaseMs: number;
  alertDedupeMs: number;
}

export const TOPOLOGY_DEFAULTS: TopologyOptions = {
  partitions: NATS_DEFAULTS.partitions,
  replicas: NATS_DEFAULTS.replicas,
  retentionMs: NATS_DEFAULTS.retentionMs,
  leaseMs: NATS_DEFAULTS.leaseMs,
  alertDedupeMs: NATS_DEFAULTS.alertDedupeMs,
};

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch {
    try {
      await jsm.streams.add(config);
    } catch (error) {
      // Another worker created it in between.
      await jsm.streams.info(config.name).catch(() => {
        throw error;
      });
    }
  }
}

export async function ensureTopology(nc: NatsConnection, o: TopologyOptions): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const common = { storage: StorageType.File, retention: RetentionPolicy.Limits, num_replicas: o.replicas, discard: DiscardPolicy.Old };
  for (let p = 0; p < o.partitions; p++) {
    await ensureStream(jsm, { ...common, name: STREAMS.partition(p), subjects: [SUBJECTS.partition(p)], max_age: nanos(o.retentionMs) });
  }
  await ensureStream(jsm, { ...common, name: STREAMS.activities, subjects: [SUBJECTS.activities, SUBJECTS.assignments], max_age: nanos(o.retentionMs) });
  await ensureStream(jsm, {
    ...common,
    name: STREAMS.alerts,
    subjects: [SUBJECTS.alertsIn],
    max_age: nanos(Math.max(o.retentionMs, o.alertDedupeMs)),
    duplicate_window: nanos(o.alertDedupeMs),
  });
  const js = nc.jetstream();
  await js.views.kv(STREAMS.leases, { ttl: o.leaseMs, history: 1, replicas: o.replicas });
  await js.views.kv(STREAMS.states, { ttl: o.retentionMs, history: 1, replicas: o.replicas });
}
