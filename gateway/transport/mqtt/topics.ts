/** The MQTT topic tree (proto/README.md, "MQTT"). */
import type { Alert } from '../../model/domain.js';
import { isDeviceId } from '../../decode/validate.js';

export const TOPIC_PREFIX = 'bwc/v1/';

export const topics = {
  telemetry: (deviceId: string) => `bwc/v1/devices/${deviceId}/telemetry`,
  batch: (deviceId: string) => `bwc/v1/devices/${deviceId}/telemetry/batch`,
  activities: 'bwc/v1/activities',
  /** QA: simulated time for a --sim-clock gateway (8 bytes, big-endian Unix ms). */
  simClock: 'bwc/v1/sim/clock',
  alerts: (deviceId: string) => `bwc/v1/alerts/${deviceId}`,
  /** Alerts about an officer rather than a camera (COVERAGE_GAP). */
  officerAlerts: (officerId: string) => `bwc/v1/alerts/officers/${officerId}`,
  state: (deviceId: string) => `bwc/v1/devices/${deviceId}/state`,
  commands: (deviceId: string) => `bwc/v1/devices/${deviceId}/commands`,
  /** v1.1: device -> gateway, what became of a command (CommandResult). */
  commandResult: (deviceId: string) => `bwc/v1/devices/${deviceId}/commands/result`,
  /** v1.1: gateway -> device, the answer to a Hello (HelloReply). */
  helloReply: (deviceId: string) => `bwc/v1/devices/${deviceId}/session/hello`,
  /** v1.1: gateway -> device, a message refused (Nack). */
  nack: (deviceId: string) => `bwc/v1/devices/${deviceId}/session/nack`,
  /** Subscriptions the gateway needs from an external broker. */
  ingest: ['bwc/v1/devices/+/telemetry', 'bwc/v1/devices/+/telemetry/batch', 'bwc/v1/activities', 'bwc/v1/devices/+/commands/result'],
};

export type ParsedTopic =
  | { kind: 'telemetry'; deviceId: string }
  | { kind: 'batch'; deviceId: string }
  | { kind: 'activity' }
  | { kind: 'simClock' }
  | { kind: 'alerts'; deviceId: string }
  | { kind: 'state'; deviceId: string }
  | { kind: 'commands'; deviceId: string }
  | { kind: 'commandResult'; deviceId: string }
  | { kind: 'session'; deviceId: string }
  | { kind: 'unknown' };

const DEVICES = 'bwc/v1/devices/';
const TELEMETRY = '/telemetry';

export function parseTopic(topic: string): ParsedTopic {
  // The hot path (every camera message): bwc/v1/devices/{id}/telemetry, without splitting.
  if (topic.startsWith(DEVICES) && topic.endsWith(TELEMETRY)) {
    const id = topic.slice(DEVICES.length, topic.length - TELEMETRY.length);
    if (id.indexOf('/') === -1 && isDeviceId(id)) return { kind: 'telemetry', deviceId: id };
  }
  if (topic === topics.activities) return { kind: 'activity' };
  if (topic === topics.simClock) return { kind: 'simClock' };
  const parts = topic.split('/');
  if (parts[0] !== 'bwc' || parts[1] !== 'v1') return { kind: 'unknown' };
  const id = parts[3] ?? '';
  if (parts[2] === 'devices' && isDeviceId(id)) {
    if (parts.length === 5 && parts[4] === 'telemetry') return { kind: 'telemetry', deviceId: id };
    if (parts.length === 6 && parts[4] === 'telemetry' && parts[5] === 'batch') return { kind: 'batch', deviceId: id };
    if (parts.length === 5 && parts[4] === 'state') return { kind: 'state', deviceId: id };
    if (parts.length === 5 && parts[4] === 'commands') return { kind: 'commands', deviceId: id };
    if (parts.length === 6 && parts[4] === 'commands' && parts[5] === 'result') return { kind: 'commandResult', deviceId: id };
    if (parts.length === 6 && parts[4] === 'session') return { kind: 'session', deviceId: id };
  }
  if (parts[2] === 'alerts' && parts.length === 4 && isDeviceId(id)) return { kind: 'alerts', deviceId: id };
  return { kind: 'unknown' };
}

/** Where an alert revision is published: its camera's topic, or its officer's (COVERAGE_GAP). */
export function alertTopic(alert: Alert): string {
  return alert.deviceId !== '' ? topics.alerts(alert.deviceId) : topics.officerAlerts(alert.officerId);
}

export function isAlertTopic(topic: string): boolean {
  return topic.startsWith('bwc/v1/alerts/');
}

/** MQTT filter matching ([MQTT-4.7]): `+` one level, a trailing `#` any number (also none). */
export function topicMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return i === f.length - 1;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}
