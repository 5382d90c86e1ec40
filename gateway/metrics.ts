/**
 * Prometheus metrics (prom-client), one registry per gateway so several gateways can run in one
 * process (tests). Served at GET /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type GatewayMetrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const r = [registry];
  return {
    registry,
    messagesIn: new Counter({ name: 'bwc_messages_in_total', help: 'Messages accepted into the input log, by kind', labelNames: ['kind', 'transport'], registers: r }),
    duplicates: new Counter({ name: 'bwc_duplicates_total', help: 'Telemetry already stored with the same content (dropped, acknowledged again)', registers: r }),
    quarantined: new Counter({ name: 'bwc_quarantined_total', help: 'Bad input kept aside, by reason (DECODE_FAILED, INVALID_FIELD, IDENTITY_MISMATCH, UNKNOWN_TOPIC, SEQ_CONFLICT)', labelNames: ['reason'], registers: r }),
    commitSeconds: new Histogram({
      name: 'bwc_store_commit_seconds',
      help: 'Duration of one group commit',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers: r,
    }),
    commitWrites: new Histogram({ name: 'bwc_store_commit_writes', help: 'Writes per group commit', buckets: [1, 2, 5, 10, 50, 100, 500, 1000], registers: r }),
    storeFailures: new Counter({ name: 'bwc_store_commit_failures_total', help: 'Failed commits (nothing in them was acknowledged)', registers: r }),
    storeHealthy: new Gauge({ name: 'bwc_store_healthy', help: '1 while commits succeed, 0 after a failure until the next success', registers: r }),
    alertRevisions: new Counter({ name: 'bwc_alert_revisions_total', help: 'Alert revisions, by kind and status', labelNames: ['kind', 'status'], registers: r }),
    openAlerts: new Gauge({ name: 'bwc_open_alerts', help: 'Alerts OPEN or ACKNOWLEDGED held by the detector', registers: r }),
    devices: new Gauge({ name: 'bwc_devices', help: 'Devices known to the detector', registers: r }),
    connectedClients: new Gauge({ name: 'bwc_connected_clients', help: 'MQTT clients connected (embedded broker)', labelNames: ['role'], registers: r }),
    authDenied: new Counter({ name: 'bwc_auth_denied_total', help: 'Refused authentications and authorizations', labelNames: ['action'], registers: r }),
    publishThrottled: new Counter({ name: 'bwc_publish_throttled_total', help: 'Publishes held back by the per-client rate limit', registers: r }),
    connectionsClosed: new Counter({ name: 'bwc_connections_closed_total', help: 'Connections closed by the gateway, by reason', labelNames: ['reason'], registers: r }),
    offlineDropped: new Counter({
      name: 'bwc_offline_queue_dropped_total',
      help: 'Oldest packets dropped from a persistent MQTT session\'s offline queue at its bound (never alerts: those come from the outbox)',
      registers: r,
    }),
    offlineQueuedBytes: new Gauge({ name: 'bwc_offline_queue_bytes', help: 'Bytes queued for persistent MQTT sessions (all sessions)', registers: r }),
    outboxSeq: new Gauge({ name: 'bwc_alert_outbox_seq', help: 'The last alert outbox seq committed', registers: r }),
    outboxDelivered: new Counter({ name: 'bwc_outbox_delivered_total', help: 'Outbox alerts sent to persistent MQTT viewers (at least once)', registers: r }),
    sessionsEnded: new Counter({ name: 'bwc_sessions_ended_total', help: 'Live sessions ended because their credential was revoked', labelNames: ['kind'], registers: r }),
    sinkDropped: new Counter({ name: 'bwc_sink_dropped_total', help: 'Events dropped because a sink queue was full', labelNames: ['sink'], registers: r }),
    serialFrames: new Counter({ name: 'bwc_serial_frames_total', help: 'Valid frames received, per serial port', labelNames: ['port'], registers: r }),
    serialDiscarded: new Counter({
      name: 'bwc_serial_frames_discarded_total',
      help: 'Frames discarded, per port and reason (BAD_CRC, BAD_COBS, OVERSIZE, TOO_SHORT, UNKNOWN_VERSION, UNKNOWN_TYPE, TRUNCATED)',
      labelNames: ['port', 'reason'],
      registers: r,
    }),
    serialDiscardedBytes: new Counter({ name: 'bwc_serial_discarded_bytes_total', help: 'Bytes thrown away (garbage, corrupt frames), per port', labelNames: ['port'], registers: r }),
    serialAcks: new Counter({ name: 'bwc_serial_acks_total', help: 'Ack frames sent, per port', labelNames: ['port'], registers: r }),
    serialReconnects: new Counter({ name: 'bwc_serial_reconnects_total', help: 'Times a port was lost and retried', labelNames: ['port'], registers: r }),
    serialOpen: new Gauge({ name: 'bwc_serial_port_open', help: '1 while the port is open', labelNames: ['port'], registers: r }),
    ingestLatency: new Histogram({
      name: 'bwc_ingest_seconds',
      help: 'From receipt to durable (acknowledgeable)',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers: r,
    }),
  };
}
