/**
 * Scale-out over NATS: the subject layout and the nats-server configuration it needs.
 *
 * Cameras publish plain MQTT to a NATS cluster's MQTT listener; NATS turns the topic
 * `bwc/v1/devices/CAM/telemetry` into the subject `bwc.v1.devices.CAM.telemetry`, and the
 * server's subject mapping (rendered here) rewrites it to `bwc.part.P.CAM.telemetry` where
 * P = partition(N, CAM) (FNV-1a of the device id token, mod N). Each partition is one JetStream
 * stream, owned by one gateway worker at a time. `partitionOf` computes the same P, so a worker
 * knows which devices are its own.
 */
import { GatewayError } from '../../errors.js';

export const NATS_DEFAULTS = {
  /** Partitions of the telemetry (the mapping and the workers must agree). */
  partitions: 4,
  /** Replicas of each stream: 1 on one server, 3 on a 3-node cluster (survives one node). */
  replicas: 1,
  /** How long partition streams keep telemetry (a takeover rebuilds detector state from it). */
  retentionMs: 24 * 3_600_000,
  /** A partition lease lasts 6 s unless renewed (renewed every 2 s): a dead worker's partitions move after this. */
  leaseMs: 6000,
  /** Unacknowledged JetStream messages in flight per partition. */
  maxAckPending: 20_000,
  /** JetStream redelivers a message not acknowledged within 30 s. */
  ackWaitMs: 30_000,
  /** Alerts are deduplicated by content for 2 hours (a takeover replays and re-publishes). */
  alertDedupeMs: 2 * 3_600_000,
};

export const SUBJECTS = {
  /** What the mapping produces for one partition (stream subjects). */
  partition: (p: number) => `bwc.part.${p}.>`,
  activities: 'bwc.v1.activities',
  assignments: 'bwc.v1.assignments',
  /** Alerts enter their stream here (deduplicated); the new ones go out on bwc.v1.alerts.>. */
  alertsIn: 'bwc.alerts-in.>',
};

export const STREAMS = {
  partition: (p: number) => `BWC_P${p}`,
  activities: 'BWC_ACTIVITIES',
  alerts: 'BWC_ALERTS',
  leases: 'bwc_leases',
  /** Every device's latest DeviceState (key: device id), written by its owner, read by all. */
  states: 'bwc_states',
};

/** NATS's partition(): FNV-1a 32 of the token, mod n (nats-server subject_transform.go). */
export function partitionOf(deviceId: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(toSubjectToken(deviceId), 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % partitions;
}

/** MQTT topic level -> NATS token: NATS writes a '.' inside a level as '//'. */
export function toSubjectToken(level: string): string {
  return level.replaceAll('.', '//');
}

export function fromSubjectToken(token: string): string {
  return token.replaceAll('//', '.');
}

/** "0-3", "0,2,5-6" -> [0,1,2,3] ...; every partition must be < total. */
export function parsePartitions(spec: string, total: number): number[] {
  const out = new Set<number>();
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (m === null) throw new GatewayError('CONFIG_INVALID', `--partitions: "${part}" is not N or N-M`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new GatewayError('CONFIG_INVALID', `--partitions: "${part}" goes backwards`);
    for (let p = from; p <= to; p++) {
      if (p >= total) throw new GatewayError('CONFIG_INVALID', `--partitions: ${p} is not below --nats-partitions ${total}`);
      out.add(p);
    }
  }
  if (out.size === 0) throw new GatewayError('CONFIG_INVALID', '--partitions: no partition given');
  return [...out].sort((a, b) => a - b);
}

export interface NatsNodeOptions {
  /** Unique per node: MQTT and JetStream need it. */
  name: string;
  /** Where JetStream keeps its files. */
  storeDir: string;
  host?: string;
  /** Client, MQTT and route ports; -1 lets the server pick (it logs which). */
  clientPort?: number;
  mqttPort?: number;
  clusterPort?: number;
  /** Other nodes' route URLs (nats-route://host:port); none = a single server. */
  routes?: string[];
  partitions?: number;
}

/** A nats-server configuration file for one node of the gateway's NATS cluster. */
export function renderNatsConfig(o: NatsNodeOptions): string {
  const host = o.host ?? '127.0.0.1';
  const n = o.partitions ?? NATS_DEFAULTS.partitions;
  const lines = [
    `# bwc-gateway: NATS node ${o.name} (${n} telemetry partitions)`,
    `server_name: ${JSON.stringify(o.name)}`,
    `host: ${JSON.stringify(host)}`,
    `port: ${o.clientPort ?? 4222}`,
    'jetstream {',
    `  store_dir: ${JSON.stringify(o.storeDir)}`,
    '}',
    'mqtt {',
    `  host: ${JSON.stringify(host)}`,
    `  port: ${o.mqttPort ?? 1883}`,
    '}',
  ];
  if (o.routes !== undefined) {
    lines.push(
      'cluster {',
      '  name: "bwc"',
      `  host: ${JSON.stringify(host)}`,
      `  port: ${o.clusterPort ?? 6222}`,
      `  routes: [${o.routes.map((r) => JSON.stringify(r)).join(', ')}]`,
      '}',
    );
  }
  lines.push(
    '# Telemetry is partitioned by device id (FNV-1a of the token, mod N): one JetStream stream per partition.',
    'mappings {',
    `  "bwc.v1.devices.*.telemetry": "bwc.part.{{partition(${n},1)}}.{{wildcard(1)}}.telemetry"`,
    `  "bwc.v1.devices.*.telemetry.batch": "bwc.part.{{partition(${n},1)}}.{{wildcard(1)}}.batch"`,
    '}',
  );
  return `${lines.join('\n')}\n`;
}
