/** A camera over MQTT for tests: real credentials, QoS 1, telemetry numbered and timed as firmware does. */
import type { MqttClient } from 'mqtt';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import type { TelemetryBody } from '../../gateway/model/domain.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { connect } from '../gateway/scenario.js';
import { telemetry } from './gateway.js';

export class MqttCamera {
  private seq = 0;

  private constructor(
    readonly id: string,
    readonly client: MqttClient,
  ) {}

  static async connect(url: string, id: string, secret: string): Promise<MqttCamera> {
    return new MqttCamera(id, await connect(url, { clientId: id, username: id, password: secret, clean: false }));
  }

  async send(body: TelemetryBody, timeMs = Date.now()): Promise<void> {
    await this.client.publishAsync(topics.telemetry(this.id), Buffer.from(telemetryCodec.encode(telemetry(this.id, ++this.seq, body, 1, timeMs))), { qos: 1 });
  }

  /** hello, then the state a technician looks at: mode, battery, storage, and a short GPS walk. */
  async boot(officerId: string, options: { battery?: number; freeGiB?: number; lat?: number } = {}): Promise<void> {
    const now = Date.now();
    await this.send({ case: 'hello', value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Acme', officerId, preEventBufferS: 30 } }, now - 60_000);
    await this.send({ case: 'heartbeat', value: { mode: 'READY', recording: false } }, now - 59_000);
    for (let i = 0; i < 5; i++) {
      const t = now - 50_000 + i * 10_000;
      await this.send({ case: 'battery', value: { percent: (options.battery ?? 80) + 4 - i, millivolts: 3900, charging: false, temperatureC: 30 } }, t);
      await this.send({ case: 'storage', value: { totalBytes: 64 * 1024 ** 3, usedBytes: (64 - (options.freeGiB ?? 40)) * 1024 ** 3 + i * 1024 ** 2 * 200, pendingUploadBytes: 0 } }, t + 1);
      await this.send({ case: 'gps', value: { lat: (options.lat ?? 38.9) + i * 0.0004, lon: -77.03 + i * 0.0003, accuracyM: 5, speedMps: 1.4, headingDeg: 45, fix: '3D' } }, t + 2);
    }
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }
}
