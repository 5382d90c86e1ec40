/** fast-check arbitraries for valid domain messages (values that survive an encode/decode round trip). */
import fc from 'fast-check';
import {
  ACTIVATION_SOURCE,
  ACTIVITY_PHASE,
  ACTIVITY_TYPE,
  DEVICE_MODE,
  GPS_FIX,
  RECORDING_ACTION,
  TRIGGER_KIND,
} from '../../gateway/decode/enums.js';
import type { Activity, Telemetry, TelemetryBody } from '../../gateway/model/domain.js';

const noNegZero = (n: number): number => (Object.is(n, -0) ? 0 : n);
/** A float32 value in [min, max] (proto `float` fields hold 32 bits). */
const float32 = (min: number, max: number) =>
  fc.float({ min: Math.fround(min), max: Math.fround(max), noNaN: true, noDefaultInfinity: true }).map(noNegZero);
const double = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);
const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => s.length <= maxLength);

export const arbDeviceId = () => fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/);

export const arbBody = (): fc.Arbitrary<TelemetryBody> =>
  fc.oneof(
    fc.record({
      firmwareVersion: text(16),
      model: text(16),
      vendor: text(16),
      officerId: text(16),
      preEventBufferS: fc.integer({ min: 0, max: 3600 }),
    }).map((value) => ({ case: 'hello' as const, value })),
    fc.record({ mode: fc.constantFrom(...DEVICE_MODE.values), recording: fc.boolean() }).map((value) => ({
      case: 'heartbeat' as const,
      value,
    })),
    fc.record({
      action: fc.constantFrom(...RECORDING_ACTION.values),
      source: fc.constantFrom(...ACTIVATION_SOURCE.values, 'UNSPECIFIED' as const),
      recordingId: text(20),
    }).map((value) => ({ case: 'recording' as const, value })),
    fc.record({ mode: fc.constantFrom(...DEVICE_MODE.values) }).map((value) => ({ case: 'mode' as const, value })),
    fc.record({
      percent: fc.integer({ min: 0, max: 100 }),
      millivolts: fc.integer({ min: 0, max: 10_000 }),
      charging: fc.boolean(),
      temperatureC: float32(-40, 90),
    }).map((value) => ({ case: 'battery' as const, value })),
    fc.bigInt({ min: 0n, max: 2n ** 40n })
      .chain((total) =>
        fc.tuple(fc.constant(Number(total)), fc.bigInt({ min: 0n, max: total }), fc.bigInt({ min: 0n, max: total })),
      )
      .map(([totalBytes, used, pending]) => ({
        case: 'storage' as const,
        value: { totalBytes, usedBytes: Number(used), pendingUploadBytes: Number(pending) },
      })),
    fc.record({
      lat: double(-90, 90),
      lon: double(-180, 180),
      accuracyM: float32(0, 1000),
      speedMps: float32(0, 100),
      headingDeg: float32(0, 360),
      fix: fc.constantFrom(...GPS_FIX.values),
    }).map((value) => ({ case: 'gps' as const, value })),
    fc.record({ kind: fc.constantFrom(...TRIGGER_KIND.values), sourceId: text(20) }).map((value) => ({
      case: 'trigger' as const,
      value,
    })),
    fc.record({ code: fc.stringMatching(/^[A-Z_]{1,20}$/), message: text(40) }).map((value) => ({
      case: 'fault' as const,
      value,
    })),
  );

export const arbTelemetry = (): fc.Arbitrary<Telemetry> =>
  fc.record({
    deviceId: arbDeviceId(),
    bootId: fc.integer({ min: 0, max: 0xffff_ffff }),
    seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    timeMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    body: arbBody(),
  });

export const arbActivity = (): fc.Arbitrary<Activity> =>
  fc.record({
    activityId: fc.stringMatching(/^[\x21-\x7e]{1,40}$/),
    type: fc.constantFrom(...ACTIVITY_TYPE.values),
    phase: fc.constantFrom(...ACTIVITY_PHASE.values),
    timeMs: fc.integer({ min: 1, max: 4_102_444_800_000 }),
    deviceIds: fc.array(arbDeviceId(), { maxLength: 5 }),
    source: text(20),
    lat: double(-90, 90),
    lon: double(-180, 180),
    note: text(40),
    officerIds: fc.array(arbDeviceId(), { maxLength: 3 }),
    unit: text(10),
  });
