/**
 * Test cameras that keep a ledger: MQTT.js clients with persistent sessions (clean: false), QoS 1,
 * a bounded window of messages in flight each, reconnecting on their own; a message enters the
 * ledger when its PUBACK arrives (after a reconnect, MQTT.js sends unacknowledged ones again).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import type { TelemetryBody } from '../../gateway/model/domain.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import type { Ledger } from './ledger.js';

export interface FleetOptions {
  /** Messages per second per camera. */
  rate: number;
  /** Unacknowledged messages a camera keeps in flight at most. */
  window?: number;
  /** How a camera connects (default: straight to the URL given). */
  url?: string;
}

interface Cam {
  id: string;
  client: MqttClient;
  seq: number;
  inflight: number;
  nextAt: number;
}

const BODIES: TelemetryBody[] = [
  { case: 'heartbeat', value: { mode: 'READY', recording: false } },
  { case: 'battery', value: { percent: 77, millivolts: 3850, charging: false, temperatureC: 30 } },
  { case: 'storage', value: { totalBytes: 64 * 1024 ** 3, usedBytes: 20 * 1024 ** 3, pendingUploadBytes: 0 } },
  { case: 'gps', value: { lat: 38.9, lon: -77.03, accuracyM: 5, speedMps: 1.4, headingDeg: 10, fix: '3D' } },
];

export class LedgerFleet {
  private cams: Cam[] = [];
  private timer: NodeJS.Timeout | null = null;
  readonly latenciesMs: number[] = [];
  readonly counts = { sent: 0, acked: 0 };
  private sending = false;

  constructor(
    private readonly url: string,
    private readonly devices: readonly { id: string; secret: string }[],
    private readonly ledger: Ledger,
    private readonly options: FleetOptions,
  ) {}

  async connect(): Promise<void> {
    for (let i = 0; i < this.devices.length; i += 50) {
      await Promise.all(
        this.devices.slice(i, i + 50).map(async (d) => {
          const client = mqtt.connect(this.options.url ?? this.url, { clientId: d.id, username: d.id, password: d.secret, clean: false, reconnectPeriod: 200, connectTimeout: 5000, keepalive: 30 });
          client.on('error', () => undefined);
          await new Promise<void>((resolve, reject) => {
            client.once('connect', () => resolve());
            client.once('error', reject);
          });
          this.cams.push({ id: d.id, client, seq: 0, inflight: 0, nextAt: performance.now() + Math.random() * (1000 / this.options.rate) });
        }),
      );
    }
  }

  /** Starts sending at the configured rate. */
  start(): void {
    this.sending = true;
    const window = this.options.window ?? 20;
    const every = 1000 / this.options.rate;
    this.timer = setInterval(() => {
      const now = performance.now();
      for (const c of this.cams) {
        while (this.sending && c.nextAt <= now && c.inflight < window) {
          c.nextAt += every;
          this.send(c);
        }
        if (c.nextAt < now - 5000) c.nextAt = now; // do not burst after a long outage
      }
    }, 20);
  }

  private send(c: Cam): void {
    const seq = ++c.seq;
    const payload = Buffer.from(telemetryCodec.encode({ deviceId: c.id, bootId: 1, seq, timeMs: Date.now(), body: BODIES[seq % BODIES.length]! }));
    const sentAt = performance.now();
    c.inflight++;
    this.counts.sent++;
    c.client.publish(topics.telemetry(c.id), payload, { qos: 1 }, (error) => {
      c.inflight--;
      if (error) return; // not acknowledged (the client was ended): may be lost, is not in the ledger
      this.counts.acked++;
      this.latenciesMs.push(performance.now() - sentAt);
      this.ledger.record(c.id, 1, seq, payload);
    });
  }

  /** Stops sending new messages and waits (up to `timeoutMs`) for those in flight to be acknowledged. */
  async stop(timeoutMs = 30_000): Promise<number> {
    this.sending = false;
    if (this.timer !== null) clearInterval(this.timer);
    const started = performance.now();
    while (this.cams.some((c) => c.inflight > 0) && performance.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 50));
    return performance.now() - started;
  }

  async close(): Promise<void> {
    await this.stop(0);
    await Promise.all(this.cams.map((c) => c.client.endAsync(true).catch(() => undefined)));
    this.cams = [];
  }

  get inflight(): number {
    return this.cams.reduce((s, c) => s + c.inflight, 0);
  }
}
