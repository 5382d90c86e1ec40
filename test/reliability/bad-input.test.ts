/**
 * 7. Bad input: 1,000,000 generated cases through the serial deframer and the decoders, as the
 * gateway meets them: random bytes, truncations of real messages, deep nesting, huge declared
 * lengths, unknown fields, and valid frames around corrupt ones. Nothing throws; each input is
 * either accepted as a well-formed message or rejected with its class (the quarantine reason);
 * every accepted decode is a valid message (ids, ranges, enum values checked). Max decode time
 * is reported. protobufjs is >= 8.2 for its nesting-depth guard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../gateway/errors.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';
import { classify } from '../../gateway/decode/classify.js';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { arbTelemetry } from '../helpers/arbitraries.js';
import { report, SOAK } from './figures.js';

const CASES = Number(process.env['BWC_FUZZ_CASES'] ?? (SOAK ? 5_000_000 : 1_000_000));

/** A length-delimited field nested `depth` times (field 1, wire type 2), built in linear time. */
function nested(depth: number): Uint8Array {
  const varintLength = (v: number): number => (v < 128 ? 1 : v < 16384 ? 2 : 3);
  // Inner lengths, innermost first: level i holds everything inside it.
  const inner: number[] = new Array(depth);
  let size = 0;
  for (let i = 0; i < depth; i++) {
    inner[i] = size;
    size += 1 + varintLength(size);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = depth - 1; i >= 0; i--) {
    out[o++] = 0x0a;
    let v = inner[i]!;
    do {
      out[o++] = (v & 0x7f) | (v > 0x7f ? 0x80 : 0);
      v >>>= 7;
    } while (v > 0);
  }
  return out;
}

const valid = arbTelemetry().map((t) => telemetryCodec.encode(t));

const arbInput = fc.oneof(
  { arbitrary: fc.uint8Array({ minLength: 0, maxLength: 300 }), weight: 4 },
  // a real message cut short
  { arbitrary: fc.tuple(valid, fc.nat()).map(([b, n]) => b.subarray(0, n % Math.max(1, b.length))), weight: 2 },
  // deep nesting
  { arbitrary: fc.integer({ min: 50, max: 2000 }).map(nested), weight: 1 },
  // a declared length far beyond the buffer
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1000, max: 0x7fffffff })).map(([field, len]) => {
      const out = [(field << 3) | 2];
      let v = len;
      while (v > 0x7f) {
        out.push((v & 0x7f) | 0x80);
        v = Math.floor(v / 128);
      }
      out.push(v);
      return Uint8Array.from(out);
    }), weight: 1 },
  // a real message with unknown fields appended
  { arbitrary: fc.tuple(valid, fc.integer({ min: 30, max: 500 }), fc.uint8Array({ maxLength: 20 })).map(([b, field, junk]) => Uint8Array.from([...b, (field << 3) | 2, junk.length, ...junk])), weight: 2 },
);

describe('reliability: bad input', () => {
  it(`${CASES.toLocaleString('en')} generated inputs: nothing throws, each is accepted valid or rejected with its class`, () => {
    const classes = new Map<string, number>();
    let accepted = 0;
    let invalidAccepted = 0;
    let thrown = 0;
    let unclassified = 0;
    let maxUs = 0;
    const framer = new Framer();
    let framed = 0;
    fc.assert(
      fc.property(arbInput, fc.boolean(), (bytes, asFrame) => {
        const t0 = performance.now();
        try {
          const outcomes = [];
          if (asFrame) {
            // On a serial line, between good frames, sometimes corrupted: push the raw bytes and a framed copy.
            const frame = encodeFrame('TELEMETRY', bytes);
            const noisy = Uint8Array.from(frame);
            if (noisy.length > 4 && bytes.length % 3 === 0) noisy[bytes.length % (noisy.length - 1)]! ^= 0x10;
            for (const out of framer.push(Uint8Array.from([...bytes, 0, ...noisy]))) {
              framed++;
              if (!out.ok) outcomes.push({ ok: false as const, reason: 'FRAME_INVALID' });
              else {
                const c = classify({ receivedMs: 0, transport: 'serial', topic: 'serial:fuzz', payload: out.payload, clientId: 'fuzz', deviceId: null, frameType: out.type });
                outcomes.push(c.ok ? { ok: true as const, c } : { ok: false as const, reason: c.quarantine.reason });
              }
            }
          } else {
            const c = classify({ receivedMs: 0, transport: 'mqtt', topic: 'bwc/v1/devices/cam-1/telemetry', payload: bytes, clientId: 'cam-1', deviceId: 'cam-1' });
            outcomes.push(c.ok ? { ok: true as const, c } : { ok: false as const, reason: c.quarantine.reason });
          }
          for (const o of outcomes) {
            if (o.ok) {
              accepted++;
              // Accepted means a valid message: it survives a round trip through the codec's validation.
              for (const r of o.c.input.records) if (r.type === 'telemetry' && !telemetryCodec.decode(telemetryCodec.encode(r.telemetry)).ok) invalidAccepted++;
            } else if (o.reason in ERROR_CODES) classes.set(o.reason, (classes.get(o.reason) ?? 0) + 1);
            else unclassified++;
          }
        } catch {
          thrown++;
        }
        maxUs = Math.max(maxUs, (performance.now() - t0) * 1000);
      }),
      { numRuns: CASES, seed: 20261128 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(classes.size).toBeGreaterThan(2);
    report({
      test: '7. bad input',
      load: 'in-process, one core',
      faults: 'random bytes, truncations, deep nesting (50-2000), huge declared lengths, unknown fields, corrupted frames',
      inputs: `${CASES.toLocaleString('en')} cases (${framed.toLocaleString('en')} frames deframed)`,
      mustBeZero: { 'uncaught errors': thrown, 'invalid messages accepted': invalidAccepted, 'rejections without a class': unclassified },
      figures: { accepted, rejected: [...classes].map(([k, v]) => `${k} ${v}`).join(', '), 'max time per input': `${maxUs.toFixed(0)} µs` },
    });
  }, 600_000);
});
