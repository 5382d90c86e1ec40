/**
 * The realism generator (`npm run bench -- --only REAL`): one MQTT.js connection per camera, as
 * cameras connect (client id = username = device id, persistent session, QoS 1), each sending
 * telemetry at its own pace with jitter, against the embedded gateway (W4a). It checks what the
 * capacity generator cannot: many real client stacks at once. It runs in the benchmark's own
 * process and reports that process's CPU, so it can be seen not to be the bound.
 */
import mqtt, { type MqttClient } from 'mqtt';
import * as hdr from 'hdr-histogram-js';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { startTarget } from './targets.js';

export interface RealismResult {
  cameras: number;
  ratePerCamera: number;
  seconds: number;
  sent: number;
  acked: number;
  stored: number;
  p50Ms: number;
  p99Ms: number;
  generatorCpuPercent: number;
}

export async function runRealism(cameras: number, ratePerCamera: number, seconds: number): Promise<RealismResult> {
  const target = await startTarget('W4a', cameras);
  const clients: MqttClient[] = [];
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let sent = 0;
  let acked = 0;
  try {
    for (let i = 0; i < target.devices.length; i += 100) {
      clients.push(
        ...(await Promise.all(
          target.devices.slice(i, i + 100).map((d) =>
            mqtt.connectAsync(`mqtt://127.0.0.1:${target.port}`, { clientId: d.id, username: d.id, password: d.secret, clean: false, protocolVersion: 4, reconnectPeriod: 0, keepalive: 60 }),
          ),
        )),
      );
    }
    const before = await target.delivered();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const timers = clients.map((client, i) => {
      const id = target.devices[i]!.id;
      let seq = 0;
      const send = (): void => {
        const payload = Buffer.from(telemetryCodec.encode({ deviceId: id, bootId: 1, seq: ++seq, timeMs: Date.now(), body: { case: 'heartbeat', value: { mode: 'READY', recording: false } } }));
        const at = performance.now();
        sent++;
        client.publish(`bwc/v1/devices/${id}/telemetry`, payload, { qos: 1 }, (error) => {
          if (error) return;
          acked++;
          histogram.recordValue(Math.max(1, Math.round((performance.now() - at) * 1000)));
        });
      };
      // Each camera on its own phase, with ±20 % jitter on its interval.
      const every = 1000 / ratePerCamera;
      let timer: NodeJS.Timeout;
      const next = (): void => {
        timer = setTimeout(() => {
          send();
          next();
        }, every * (0.8 + Math.random() * 0.4));
      };
      timer = setTimeout(next, Math.random() * every);
      return () => clearTimeout(timer);
    });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    for (const stop of timers) stop();
    const deadline = performance.now() + 10_000;
    while (acked < sent && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const stored = (await target.delivered()) - before;
    return {
      cameras,
      ratePerCamera,
      seconds,
      sent,
      acked,
      stored,
      p50Ms: histogram.getValueAtPercentile(50) / 1000,
      p99Ms: histogram.getValueAtPercentile(99) / 1000,
      generatorCpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / elapsed) * 100),
    };
  } finally {
    await Promise.all(clients.map((c) => c.endAsync(true).catch(() => undefined)));
    await target.stop();
  }
}
