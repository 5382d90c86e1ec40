/** Topic -> kind, a table: the fast path for camera telemetry must agree with the general one. */
import { describe, expect, it } from 'vitest';
import { parseTopic } from '../../gateway/transport/mqtt/topics.js';

describe('parseTopic', () => {
  const table: [string, ReturnType<typeof parseTopic>][] = [
    ['bwc/v1/devices/cam-1/telemetry', { kind: 'telemetry', deviceId: 'cam-1' }],
    ['bwc/v1/devices/cam-1/telemetry/batch', { kind: 'batch', deviceId: 'cam-1' }],
    ['bwc/v1/devices/cam-1/state', { kind: 'state', deviceId: 'cam-1' }],
    ['bwc/v1/devices/cam-1/commands', { kind: 'commands', deviceId: 'cam-1' }],
    ['bwc/v1/alerts/cam-1', { kind: 'alerts', deviceId: 'cam-1' }],
    ['bwc/v1/activities', { kind: 'activity' }],
    ['bwc/v1/devices//telemetry', { kind: 'unknown' }],
    ['bwc/v1/devices/a/b/telemetry', { kind: 'unknown' }],
    ['bwc/v1/devices/cam 1/telemetry', { kind: 'unknown' }],
    ['bwc/v1/devices/telemetry', { kind: 'unknown' }],
    ['bwc/v2/devices/cam-1/telemetry', { kind: 'unknown' }],
    ['xbwc/v1/devices/cam-1/telemetry', { kind: 'unknown' }],
    [`bwc/v1/devices/${'c'.repeat(65)}/telemetry`, { kind: 'unknown' }],
  ];
  it.each(table)('%s', (topic, expected) => expect(parseTopic(topic)).toEqual(expected));
});
