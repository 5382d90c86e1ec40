/**
 * The acceptance scenario, shared by the embedded-broker and external-broker tests: a camera
 * publishes telemetry, CAD publishes an arrest naming it, the camera does not record: the missed
 * activation arrives on the alerts topic and on /api/events within 500 ms of deadline + allowed
 * lateness; a late start revises it.
 */
import mqtt, { type MqttClient } from 'mqtt';
import { expect } from 'vitest';
import { activityCodec, alertCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import type { Alert } from '../../gateway/model/domain.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { MessageLog } from '../helpers/mqtt-waiter.js';
import { SseReader } from '../helpers/sse.js';
import { telemetry } from '../helpers/gateway.js';

export interface ScenarioEndpoints {
  mqttUrl: string;
  httpUrl: string;
  token: string;
  device: { clientId: string; username?: string; password?: string };
  cad: { username?: string; password?: string };
  viewer: { username?: string; password?: string };
  /** The fast test policy: 2 s grace, 500 ms lateness. */
  graceMs: number;
  latenessMs: number;
}

/** Connects, or rejects on a refusal, an error, or a close before CONNACK (MQTT.js's
 *  connectAsync does not reject on a connect timeout when reconnecting is off). */
export function connect(url: string, options: mqtt.IClientOptions): Promise<MqttClient> {
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 5000, ...options });
  return new Promise((resolve, reject) => {
    const onClose = (): void => fail(new Error(`connection to ${url} closed before CONNACK`));
    const fail = (error: Error): void => {
      client.end(true);
      reject(error);
    };
    client.once('connect', () => {
      client.off('error', fail);
      client.off('close', onClose);
      resolve(client);
    });
    client.once('error', fail);
    client.once('close', onClose);
  });
}

export async function missedActivationScenario(e: ScenarioEndpoints): Promise<{ missed: Alert; resolved: Alert }> {
  const deviceId = e.device.clientId;
  const viewer = await connect(e.mqttUrl, { clientId: 'viewer-1', ...e.viewer });
  const alerts = new MessageLog(viewer);
  await viewer.subscribeAsync(topics.alerts(deviceId), { qos: 1 });
  const sse = new SseReader(`${e.httpUrl}/api/events?device=${deviceId}`, { authorization: `Bearer ${e.token}` });
  const cam = await connect(e.mqttUrl, { ...e.device, clean: false });
  const cad = await connect(e.mqttUrl, { clientId: 'cad-east', ...e.cad });
  try {
    let seq = 0;
    const send = (body: Parameters<typeof telemetry>[2]) =>
      cam.publishAsync(topics.telemetry(deviceId), Buffer.from(telemetryCodec.encode(telemetry(deviceId, ++seq, body))), { qos: 1 });
    await send({ case: 'hello', value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Acme', officerId: 'B-7', preEventBufferS: 1 } });
    await send({ case: 'heartbeat', value: { mode: 'READY', recording: false } });

    const start = Date.now();
    await cad.publishAsync(
      topics.activities,
      Buffer.from(
        activityCodec.encode({ activityId: 'CAD-77', type: 'AT_LARGE_ARREST', phase: 'START', timeMs: start, deviceIds: [deviceId], source: 'cad-east', lat: 0, lon: 0, note: '', officerIds: [], unit: '' }),
      ),
      { qos: 1 },
    );
    const due = start + e.graceMs + e.latenessMs;
    const isMissed = (a: Alert): boolean => a.kind === 'MISSED_ACTIVATION' && a.status === 'OPEN';
    const onMqtt = await alerts.next((m) => isMissed(decode(m.payload)));
    const onSse = await sse.next((ev) => ev.event === 'alert' && JSON.parse(ev.data).status === 'ALERT_STATUS_OPEN');
    const missed = decode(onMqtt.payload);
    expect(missed).toMatchObject({ alertId: `ma:CAD-77:${deviceId}`, cause: 'NOT_STARTED', severity: 'CRITICAL', activityType: 'AT_LARGE_ARREST' });
    // Real time: no later than 500 ms after deadline + allowed lateness (and never before it).
    expect(onMqtt.receivedAt - due).toBeLessThan(500);
    expect(onSse.receivedAt - due).toBeLessThan(500);
    expect(missed.detectedMs).toBeGreaterThanOrEqual(due);

    // A late start revises it.
    await send({ case: 'recording', value: { action: 'START', source: 'BUTTON', recordingId: 'r1' } });
    const revised = await alerts.next((m) => decode(m.payload).revision === 2);
    const resolved = decode(revised.payload);
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'LATE_ACTIVATION', alertId: missed.alertId });
    expect(resolved.latenessMs).toBeGreaterThan(e.graceMs);
    await sse.next((ev) => ev.event === 'alert' && JSON.parse(ev.data).revision === 2);
    return { missed, resolved };
  } finally {
    sse.close();
    await Promise.all([cam.endAsync(), cad.endAsync(), viewer.endAsync()]);
  }
}

function decode(payload: Buffer): Alert {
  const a = alertCodec.decode(payload);
  if (!a.ok) throw new Error(a.message);
  return a.value;
}
