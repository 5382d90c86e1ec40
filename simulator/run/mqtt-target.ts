/**
 * A gateway over MQTT: one connection per camera (client id = username = device id, a persistent
 * session), QoS 1 everywhere, and every step's messages acknowledged before simulated time moves
 * on ("lock-step"), so nothing is lost and nothing outruns the gateway. With a --sim-clock
 * gateway, the `sim` account publishes the simulated time first; alerts are collected on
 * bwc/v1/alerts/# by a `viewer` account. Each camera subscribes to its commands and answers them
 * REJECTED (its recording is the scenario's).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { alertCodec, batchCodec, activityCodec, commandCodec, commandResultCodec, deviceStateCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import type { Alert } from '../../gateway/model/domain.js';
import { GatewayError } from '../../gateway/errors.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import type { Outgoing } from './network.js';
import type { FleetCredentials } from './provision.js';
import type { Preflight } from './run-identity.js';
import type { SimTarget } from './target.js';

/** Why a simulated camera refuses a command (it is told what to record by its scenario). */
export const SIMULATED_COMMAND_REASON = 'simulated camera: recording follows the scenario; commands are answered, not executed';

export interface MqttTargetOptions {
  url: string;
  credentials: FleetCredentials;
  /** Publish simulated time (the gateway runs with --sim-clock). */
  simClock: boolean;
  /** The gateway HTTP API and an admin token, for administrators' assignments. */
  api?: { url: string; token: string } | undefined;
  /** Connections opened at once. */
  connectConcurrency?: number;
}

async function connect(url: string, options: mqtt.IClientOptions): Promise<MqttClient> {
  const client = mqtt.connect(url, { reconnectPeriod: 1000, connectTimeout: 30_000, keepalive: 120, ...options });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', (e) => reject(new GatewayError('IO_FAILED', `${options.clientId}: cannot connect to ${url}: ${e.message}`)));
  });
  client.on('error', () => undefined); // reconnects on its own
  // Nagle's algorithm would hold small PUBLISHes back waiting for ACKs (~40 ms per round trip).
  const noDelay = (): void => (client.stream as { setNoDelay?: (v: boolean) => void }).setNoDelay?.(true);
  noDelay();
  client.on('connect', noDelay);
  return client;
}

export class MqttTarget implements SimTarget {
  readonly name = 'mqtt';
  readonly alerts: Alert[] = [];
  private readonly cameras = new Map<string, MqttClient>();
  private operator: MqttClient | null = null;
  private viewer: MqttClient | null = null;
  private lastAlertAt = 0;
  readonly counts = { published: 0, commandsRefused: 0 };

  constructor(private readonly options: MqttTargetOptions) {}

  async start(deviceIds: readonly string[]): Promise<void> {
    const o = this.options;
    const { sim, viewer } = o.credentials;
    if (sim === undefined) throw new GatewayError('CONFIG_INVALID', 'no sim account: provision the gateway (--provision DIR) or give "sim NAME SECRET" in --credentials');
    this.operator = await connect(o.url, { clientId: sim.username, username: sim.username, password: sim.password, clean: true });
    if (viewer !== undefined) {
      this.viewer = await connect(o.url, { clientId: viewer.username, username: viewer.username, password: viewer.password, clean: true });
      this.viewer.on('message', (_topic, payload) => {
        const a = alertCodec.decode(payload);
        if (a.ok) {
          this.alerts.push(a.value);
          this.lastAlertAt = Date.now();
        }
      });
      await this.viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
    }
    const concurrency = o.connectConcurrency ?? 200;
    for (let i = 0; i < deviceIds.length; i += concurrency) {
      await Promise.all(
        deviceIds.slice(i, i + concurrency).map(async (id) => {
          const secret = o.credentials.devices.get(id);
          if (secret === undefined) throw new GatewayError('CONFIG_INVALID', `no credentials for ${id}`);
          const camera = await connect(o.url, { clientId: id, username: id, password: secret, clean: false });
          this.answerCommands(camera, id);
          await camera.subscribeAsync(topics.commands(id), { qos: 1 });
          this.cameras.set(id, camera);
        }),
      );
    }
  }

  /**
   * What the gateway already holds, from the retained device states (bwc/v1/devices/+/state) a
   * viewer sees right after subscribing; undefined without a viewer account.
   */
  async preflight(deviceIds: readonly string[], quietMs = 400): Promise<Preflight | undefined> {
    const viewer = this.options.credentials.viewer;
    if (viewer === undefined) return undefined;
    const client = await connect(this.options.url, { clientId: `${viewer.username}-preflight`, username: viewer.username, password: viewer.password, clean: true, reconnectPeriod: 0 });
    const fleet = new Set(deviceIds);
    const out: Preflight = { devices: 0, fleetDevices: 0, maxBootId: 0, gatewayNowMs: 0, openAlerts: 0 };
    let last = Date.now();
    client.on('message', (_topic, payload) => {
      last = Date.now();
      const d = deviceStateCodec.decode(payload);
      if (!d.ok) return;
      const s = d.value;
      out.devices++;
      out.gatewayNowMs = Math.max(out.gatewayNowMs, Number(s.updatedMs), Number(s.lastSeenMs));
      if (!fleet.has(s.deviceId)) return;
      out.fleetDevices++;
      out.maxBootId = Math.max(out.maxBootId, s.bootId);
      out.openAlerts += s.openAlerts;
    });
    try {
      await client.subscribeAsync('bwc/v1/devices/+/state', { qos: 1 });
      last = Date.now();
      while (Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await client.endAsync(true).catch(() => undefined);
    }
    return out;
  }

  async clock(T: number): Promise<void> {
    if (!this.options.simClock) return;
    const payload = Buffer.alloc(8);
    payload.writeBigInt64BE(BigInt(T));
    await this.operator!.publishAsync(topics.simClock, payload, { qos: 1 });
  }

  async deliver(out: readonly Outgoing[], _T: number): Promise<void> {
    const pending: Promise<unknown>[] = [];
    for (const o of out) {
      this.counts.published++;
      if (o.type === 'telemetry') {
        const id = o.telemetry.deviceId;
        pending.push(this.camera(id).publishAsync(topics.telemetry(id), Buffer.from(telemetryCodec.encode(o.telemetry)), { qos: 1 }));
      } else if (o.type === 'batch') {
        pending.push(this.camera(o.deviceId).publishAsync(topics.batch(o.deviceId), Buffer.from(batchCodec.encode(o.items)), { qos: 1 }));
      } else if (o.type === 'activity') {
        pending.push(this.operator!.publishAsync(topics.activities, Buffer.from(activityCodec.encode(o.activity)), { qos: 1 }));
      } else {
        const api = this.options.api;
        if (api === undefined) throw new GatewayError('CONFIG_INVALID', 'this scenario assigns cameras by administrator: give --api URL and --token');
        pending.push(
          fetch(`${api.url}/api/assignments`, {
            method: 'POST',
            headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ officerId: o.assignment.officerId, deviceId: o.assignment.deviceId, action: o.assignment.action, by: 'sim' }),
          }),
        );
      }
    }
    await Promise.all(pending);
  }

  /**
   * A simulated camera's recording follows its scenario, not commands: it answers every command
   * REJECTED with that reason (contract v1.1, §2c), so a QA run sees the command lifecycle end
   * to end without the world being changed behind the truth's back.
   */
  private answerCommands(camera: MqttClient, id: string): void {
    camera.on('message', (topic, payload) => {
      if (topic !== topics.commands(id)) return;
      const c = commandCodec.decode(payload);
      if (!c.ok) return;
      this.counts.commandsRefused++;
      const result = { commandId: c.value.commandId, deviceId: id, status: 'REJECTED' as const, reason: SIMULATED_COMMAND_REASON, timeMs: Date.now() };
      camera.publish(topics.commandResult(id), Buffer.from(commandResultCodec.encode(result)), { qos: 1 });
    });
  }

  private camera(id: string): MqttClient {
    const c = this.cameras.get(id);
    if (c === undefined) throw new GatewayError('CONFIG_INVALID', `camera ${id} is not connected`);
    return c;
  }

  async close(): Promise<void> {
    // Alerts published by the gateway may still be on their way.
    const quietSince = (): number => Date.now() - this.lastAlertAt;
    for (let i = 0; i < 50 && (this.lastAlertAt === 0 ? i < 10 : quietSince() < 500); i++) await new Promise((r) => setTimeout(r, 100));
    const all = [...this.cameras.values(), ...(this.operator ? [this.operator] : []), ...(this.viewer ? [this.viewer] : [])];
    await Promise.all(all.map((c) => c.endAsync(true).catch(() => undefined)));
    this.cameras.clear();
  }
}
