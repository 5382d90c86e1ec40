import { describe, expect, it } from 'vitest';
import { formatCaptureRecord, parseCaptureLine } from '../../gateway/decode/capture.js';

describe('capture format', () => {
  it('reads telemetry, activity and clock-only lines', () => {
    const t = parseCaptureLine(
      '{"receivedMs":1732752000100,"telemetry":{"deviceId":"cam-1","bootId":1,"seq":"1","timeMs":"1732752000000","heartbeat":{"mode":"DEVICE_MODE_READY"}}}',
    );
    expect(t).toMatchObject({ ok: true, value: { type: 'telemetry', receivedMs: 1732752000100, telemetry: { deviceId: 'cam-1' } } });
    const a = parseCaptureLine(
      '{"receivedMs":1,"activity":{"activityId":"A1","type":"AT_LARGE_ARREST","phase":1,"timeMs":5,"deviceIds":["cam-1"]}}',
    );
    expect(a).toMatchObject({ ok: true, value: { type: 'activity', activity: { type: 'AT_LARGE_ARREST', phase: 'START' } } });
    expect(parseCaptureLine('{"receivedMs":42}')).toEqual({ ok: true, value: { type: 'tick', receivedMs: 42 } });
  });

  it('round-trips a record through its line', () => {
    const line =
      '{"receivedMs":10,"telemetry":{"deviceId":"cam-1","bootId":1,"seq":"3","timeMs":"9","battery":{"percent":50,"charging":true}}}';
    const parsed = parseCaptureLine(line);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(formatCaptureRecord(parsed.value)).toBe(line);
  });

  const bad: [string, RegExp][] = [
    ['not json', /^not JSON/],
    ['[1,2]', /must be a JSON object/],
    ['{"telemetry":{}}', /^receivedMs: undefined/],
    ['{"receivedMs":-5}', /^receivedMs: -5/],
    ['{"receivedMs":1,"alert":{}}', /unknown key "alert"/],
    ['{"receivedMs":1,"telemetry":{},"activity":{}}', /found telemetry and activity/],
    ['{"receivedMs":1,"telemetry":{"deviceId":"cam-1","seq":1,"heartbeat":{"mode":"FLYING"}}}', /^telemetry\.heartbeat\.mode: FLYING is not a known value/],
    ['{"receivedMs":1,"activity":{"activityId":"A","type":"OTHER","phase":"START"}}', /^activity\.timeMs: 0 is below 1/],
  ];
  it.each(bad)('rejects %s with a clear message', (line, message) => {
    const result = parseCaptureLine(line);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
