/**
 * Which way MQTT reaches the gateway, as a union the composition root switches on. The flat
 * GatewayConfig (one field per `serve` flag) is checked and narrowed here once.
 */
import { hostname } from 'node:os';
import { GatewayError } from '../errors.js';
import { NATS_DEFAULTS, parsePartitions } from '../transport/nats/nats-config.js';
import type { NatsWorkerOptions } from '../transport/nats/nats-worker.js';
import type { GatewayConfig } from './gateway-config.js';

export type BrokerMode =
  /** aedes inside the gateway: cameras connect here, authenticated against the store. */
  | { mode: 'embedded' }
  /** A client of an existing broker (Mosquitto, EMQX...): device authentication is the broker's. */
  | { mode: 'external'; url: string; clientId: string; username: string | undefined; password: string | undefined }
  /** A worker over a NATS cluster: JetStream is the log, partitions are leased. */
  | { mode: 'nats'; nats: NatsWorkerOptions };

export function brokerMode(config: GatewayConfig): BrokerMode {
  if (config.nats !== undefined && config.broker !== undefined) throw new GatewayError('CONFIG_INVALID', '--nats and --broker exclude each other');
  if (config.nats !== undefined) {
    const total = config.natsPartitions;
    return {
      mode: 'nats',
      nats: {
        retentionMs: NATS_DEFAULTS.retentionMs,
        maxAckPending: NATS_DEFAULTS.maxAckPending,
        ackWaitMs: NATS_DEFAULTS.ackWaitMs,
        alertDedupeMs: NATS_DEFAULTS.alertDedupeMs,
        servers: config.nats.split(',').map((u) => u.trim()).filter(Boolean),
        partitions: config.partitions === undefined ? Array.from({ length: total }, (_, i) => i) : parsePartitions(config.partitions, total),
        total,
        workerId: config.workerId ?? `${hostname()}-${process.pid}`,
        replicas: config.natsReplicas,
        leaseMs: config.leaseMs,
      },
    };
  }
  if (config.broker !== undefined) {
    return { mode: 'external', url: config.broker, clientId: config.brokerClientId, username: config.brokerUsername, password: config.brokerPassword };
  }
  return { mode: 'embedded' };
}
