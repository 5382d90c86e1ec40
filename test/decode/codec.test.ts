import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityCodec, batchCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { pb } from '../../gateway/decode/proto.js';
import { arbActivity, arbTelemetry } from '../helpers/arbitraries.js';

const base = { deviceId: 'cam-1', bootId: 1, seq: 1, timeMs: 1_732_752_000_000 };
const encodeRaw = (props: object): Uint8Array => pb.Telemetry.encode(props as never).finish();

describe('telemetry validation', () => {
  // Each row: wire-level properties that protobuf accepts but our contract does not.
  const rejected: { name: string; props: object; message: RegExp }[] = [
    { name: 'missing body', props: { ...base }, message: /^body: is missing/ },
    { name: 'empty device id', props: { ...base, deviceId: '', heartbeat: { mode: 2 } }, message: /^deviceId: is required/ },
    { name: 'device id with a slash', props: { ...base, deviceId: 'a/b', heartbeat: { mode: 2 } }, message: /^deviceId: "a\/b" is not/ },
    { name: 'device id too long', props: { ...base, deviceId: 'x'.repeat(65), heartbeat: { mode: 2 } }, message: /^deviceId/ },
    { name: 'seq 0', props: { ...base, seq: 0, heartbeat: { mode: 2 } }, message: /^seq: 0 is below 1/ },
    { name: 'unspecified mode', props: { ...base, heartbeat: { recording: true } }, message: /^heartbeat\.mode: is missing/ },
    { name: 'unknown mode', props: { ...base, heartbeat: { mode: 42 } }, message: /^heartbeat\.mode: 42 is not a known value/ },
    { name: 'battery over 100%', props: { ...base, battery: { percent: 140 } }, message: /^battery\.percent: 140 is above 100/ },
    { name: 'storage used > total', props: { ...base, storage: { totalBytes: 10, usedBytes: 11 } }, message: /^storage\.usedBytes: 11 is above 10/ },
    { name: 'latitude 91', props: { ...base, gps: { lat: 91, fix: 3 } }, message: /^gps\.lat: 91 is above 90/ },
    { name: 'NaN longitude', props: { ...base, gps: { lon: Number.NaN, fix: 3 } }, message: /^gps\.lon: NaN is not a finite number/ },
    { name: 'gps without fix', props: { ...base, gps: { lat: 1, lon: 1 } }, message: /^gps\.fix: is missing/ },
    { name: 'trigger without kind', props: { ...base, trigger: { sourceId: 'x' } }, message: /^trigger\.kind/ },
    { name: 'fault without code', props: { ...base, fault: { message: 'x' } }, message: /^fault\.code: is required/ },
    { name: 'recording without action', props: { ...base, recording: { recordingId: 'r' } }, message: /^recording\.action/ },
    { name: 'seq above 2^53', props: { ...base, seq: 2 ** 60, heartbeat: { mode: 2 } }, message: /^seq: .* is above/ },
  ];
  it.each(rejected)('rejects $name with a message naming the field', ({ props, message }) => {
    const result = telemetryCodec.decode(encodeRaw(props));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('INVALID_FIELD');
    expect(result.message).toMatch(message);
  });

  it('rejects undecodable bytes as DECODE_FAILED', () => {
    const result = telemetryCodec.decode(new Uint8Array([0x0a, 0x50, 0x41]));
    expect(result).toMatchObject({ ok: false, code: 'DECODE_FAILED' });
  });

  it('rejects invalid UTF-8 in a string field', () => {
    const result = telemetryCodec.decode(new Uint8Array([0x0a, 0x02, 0xc3, 0x28]));
    expect(result).toMatchObject({ ok: false, code: 'DECODE_FAILED' });
  });

  it('names the batch item that failed', () => {
    const good = { ...base, heartbeat: { mode: 2 } };
    const bytes = pb.TelemetryBatch.encode({ items: [good, { ...good, seq: 0 }] } as never).finish();
    expect(batchCodec.decode(bytes)).toMatchObject({ ok: false, message: 'items[1].seq: 0 is below 1' });
  });

  it('ignores unknown fields (forward compatibility)', () => {
    const known = encodeRaw({ ...base, heartbeat: { mode: 2 } });
    const withUnknown = new Uint8Array([...known, 0xf8, 0x06, 0x01]); // field 111, varint 1
    expect(telemetryCodec.decode(withUnknown)).toEqual(telemetryCodec.decode(known));
  });
});

describe('round trips', () => {
  it('property: telemetry survives binary encode/decode', () => {
    fc.assert(
      fc.property(arbTelemetry(), (t) => {
        expect(telemetryCodec.decode(telemetryCodec.encode(t))).toEqual({ ok: true, value: t });
      }),
    );
  });

  it('property: telemetry survives proto3 JSON', () => {
    fc.assert(
      fc.property(arbTelemetry(), (t) => {
        const json = JSON.parse(JSON.stringify(telemetryCodec.toJson(t))) as unknown;
        expect(telemetryCodec.fromJson(json)).toEqual({ ok: true, value: t });
      }),
    );
  });

  it('property: activity survives binary and JSON', () => {
    fc.assert(
      fc.property(arbActivity(), (a) => {
        expect(activityCodec.decode(activityCodec.encode(a))).toEqual({ ok: true, value: a });
        expect(activityCodec.fromJson(JSON.parse(JSON.stringify(activityCodec.toJson(a))))).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('accepts enum numbers and 64-bit integers as numbers in JSON', () => {
    const result = telemetryCodec.fromJson({ deviceId: 'cam-1', bootId: 2, seq: 5, timeMs: 1_732_752_000_000, heartbeat: { mode: 3 } });
    expect(result).toMatchObject({ ok: true, value: { seq: 5, body: { case: 'heartbeat', value: { mode: 'SLEEP', recording: false } } } });
  });

  it('accepts short enum names and original proto field names, rejects unknown fields', () => {
    const result = telemetryCodec.fromJson({ device_id: 'cam-1', boot_id: 2, seq: '5', time_ms: 9, gps: { fix: '2D', lat: 1, lon: 2 } });
    expect(result).toMatchObject({ ok: true, value: { deviceId: 'cam-1', body: { case: 'gps', value: { fix: '2D' } } } });
    expect(telemetryCodec.fromJson({ ...base, heartbeat: { mode: 2, colour: 'red' } })).toMatchObject({
      ok: false,
      code: 'INVALID_FIELD',
      message: expect.stringMatching(/^heartbeat\.colour: unknown field; Heartbeat has mode, recording/),
    });
  });

  it('rejects JSON with the wrong shape without throwing', () => {
    expect(telemetryCodec.fromJson([])).toMatchObject({ ok: false, code: 'DECODE_FAILED' });
    expect(telemetryCodec.fromJson({ ...base, battery: 5 })).toMatchObject({ ok: false, message: 'battery: must be a JSON object' });
    expect(telemetryCodec.fromJson({ ...base, deviceId: 7, heartbeat: { mode: 2 } })).toMatchObject({ ok: false, message: 'deviceId: 7 is not a string' });
    expect(telemetryCodec.fromJson({ ...base, seq: 'abc', heartbeat: { mode: 2 } })).toMatchObject({ ok: false, code: 'INVALID_FIELD' });
  });

  it('property: random bytes never throw from any decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        for (const codec of [telemetryCodec, batchCodec, activityCodec]) {
          const result = codec.decode(bytes);
          expect(typeof result.ok).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
