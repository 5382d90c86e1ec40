/**
 * The gateway's configuration: one documented defaults object; every field can be set by a
 * `serve` flag or a BWC_* environment variable (cli/serve.ts).
 */
import { DEFAULT_POLICY_PATH } from '../detect/policy.js';
import type { SyncMode } from '../store/db.js';
import { ADMISSION_DEFAULTS } from '../transport/mqtt/admission.js';
import { BROKER_DEFAULTS } from '../transport/mqtt/embedded-broker.js';
import { NATS_DEFAULTS } from '../transport/nats/nats-config.js';

export const GATEWAY_DEFAULTS = {
  /** Address MQTT (TCP and WebSocket) listens on: all interfaces, since cameras connect from the
   *  network (nothing is open without credentials). */
  host: '0.0.0.0',
  /** Address the HTTP API, dashboard and metrics listen on: this machine only, as Mosquitto 2 does
   *  for MQTT; give 0.0.0.0 (ideally with TLS) to serve a control room. */
  httpHost: '127.0.0.1',
  /** /metrics and /api/openapi.json without a token (for a scraper that cannot send one). */
  metricsPublic: false,
  /** MQTT over TCP (TLS when a certificate is given). */
  mqttPort: 1883,
  /** MQTT over WebSocket. */
  wsPort: 8083,
  /** HTTP API, metrics and dashboard. */
  httpPort: 8080,
  /** Where the SQLite store lives. */
  dataDir: './data',
  /** Recording policy YAML. */
  policy: DEFAULT_POLICY_PATH,
  /** An external broker URL (mqtt://host:port): if set, no broker is embedded. */
  broker: undefined as string | undefined,
  /** Client id of the gateway's persistent session on an external broker. */
  brokerClientId: 'bwc-gateway',
  brokerUsername: undefined as string | undefined,
  brokerPassword: undefined as string | undefined,
  /** The largest MQTT packet accepted; bigger ones close the connection (BROKER_DEFAULTS: 256 KiB). */
  maxPacketBytes: BROKER_DEFAULTS.maxPacketBytes,
  /** full: fsync every commit (survives power loss); normal: survives a process crash. */
  sync: 'full' as SyncMode,
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  logLevel: 'info',
  /** PEM certificate and key: TLS on MQTT, WebSocket and HTTP. */
  tlsCert: undefined as string | undefined,
  tlsKey: undefined as string | undefined,
  /** PEM CA: with TLS, cameras must also present a certificate from it whose CN is their device id. */
  tlsCa: undefined as string | undefined,
  /** Time a new connection has to send CONNECT; silent sockets are closed (BROKER_DEFAULTS: 10 s). */
  connectTimeoutMs: BROKER_DEFAULTS.connectTimeoutMs,
  /** Connections from one address at most (ADMISSION_DEFAULTS: 15,000). */
  maxConnectionsPerIp: ADMISSION_DEFAULTS.maxConnectionsPerIp,
  /** Messages/s per MQTT client on average (bursts of 10x); 0 = no limit (ADMISSION_DEFAULTS: 100). */
  clientRate: ADMISSION_DEFAULTS.publishRate,
  /** QA only: the gateway's clock follows bwc/v1/sim/clock (published by a `sim` account) instead
   *  of the system clock, so an accelerated simulated fleet and the gateway agree on time. */
  simClock: false,
  /** NATS worker mode: NATS server URLs (comma-separated); cameras connect to NATS's MQTT listener. */
  nats: undefined as string | undefined,
  /** NATS mode: partitions this worker owns by preference ("0-3", "0,2"); default all. */
  partitions: undefined as string | undefined,
  /** NATS mode: how many partitions the NATS subject mapping makes (must match the server config). */
  natsPartitions: NATS_DEFAULTS.partitions,
  /** NATS mode: replicas of each stream (3 on a 3-node cluster). */
  natsReplicas: NATS_DEFAULTS.replicas,
  /** NATS mode: this worker's name in partition leases (default host-pid). */
  workerId: undefined as string | undefined,
  /** NATS mode: a dead worker's partitions move after this long. */
  leaseMs: NATS_DEFAULTS.leaseMs,
  /** Serial ports: PATH[:BAUD] (115200 by default), or 'auto'. */
  serial: [] as string[],
  /** With serial 'auto': USB VID:PID pairs (hex) of the docks to open. */
  serialUsb: [] as string[],
  /** Serial: 'dock' makes each port authenticate (DockAuth, a dock account) before telemetry. */
  serialAuth: 'none' as 'none' | 'dock',
};

export type GatewayConfig = typeof GATEWAY_DEFAULTS;
