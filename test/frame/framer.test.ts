import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { cobsEncode } from '../../gateway/frame/cobs.js';
import { crc32c } from '../../gateway/frame/crc32c.js';
import { type FrameType, FRAME_TYPES, encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer, type FramerOutput } from '../../gateway/frame/framer.js';
import { GOLDEN_PATH, type GoldenVector } from '../../scripts/golden-gen.js';
import { arbTelemetry } from '../helpers/arbitraries.js';

const golden = (JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Required<GoldenVector>[]).filter(
  (v) => v.framedHex !== null,
);
const wire = golden.map((v) => new Uint8Array(Buffer.from(v.framedHex!, 'hex')));
const payloads = golden.map((v) => ({ ok: true, type: v.frameType, payload: new Uint8Array(Buffer.from(v.hex, 'hex')) }));

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function feed(framer: Framer, bytes: Uint8Array, chunkSize: number | number[]): FramerOutput[] {
  const out: FramerOutput[] = [];
  let pos = 0;
  let i = 0;
  while (pos < bytes.length) {
    const size = typeof chunkSize === 'number' ? chunkSize : (chunkSize[i++ % chunkSize.length] ?? 1);
    out.push(...framer.push(bytes.subarray(pos, pos + size)));
    pos += size;
  }
  return out;
}

const frames = (out: FramerOutput[]) => out.filter((o) => o.ok);
const discards = (out: FramerOutput[]) => out.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.reason));

describe('Framer', () => {
  it.each([1, 2, 3, 7, 64, 4096])('deframes every golden frame fed in %i-byte chunks', (size) => {
    const framer = new Framer();
    const out = feed(framer, concat(wire), size);
    expect(out).toEqual(payloads);
    expect(framer.stats.framesOk).toBe(payloads.length);
    expect(framer.pending).toBe(0);
  });

  it('resynchronises after garbage between frames and counts it', () => {
    const garbage = new Uint8Array([0x55, 0xaa, 0x13, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00]);
    const framer = new Framer();
    const out = feed(framer, concat(wire.flatMap((w) => [garbage, w])), 2);
    expect(frames(out)).toEqual(payloads);
    expect(discards(out).length).toBe(2 * wire.length);
    expect(framer.stats.discardedBytes).toBe(7 * wire.length);
  });

  it('catches every single bit flip with the CRC (or COBS), never returning a wrong frame', () => {
    const original = wire[0]!;
    for (let byte = 0; byte < original.length - 1; byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = original.slice();
        flipped[byte]! ^= 1 << bit;
        const out = new Framer().push(concat([flipped, new Uint8Array([0])]));
        expect(frames(out), `byte ${byte} bit ${bit}`).toEqual([]);
      }
    }
  });

  it('reports a flipped payload bit as BAD_CRC', () => {
    const flipped = wire[0]!.slice();
    flipped[10]! ^= 0x04;
    expect(discards(new Framer().push(flipped))).toEqual(['BAD_CRC']);
  });

  it('discards a truncated frame and keeps the next one', () => {
    const truncated = wire[0]!.subarray(0, 20);
    const framer = new Framer();
    // Truncated, then a delimiter (the sender restarted), then a whole frame.
    const out = framer.push(concat([truncated, new Uint8Array([0]), wire[1]!]));
    expect(discards(out)).toHaveLength(1);
    expect(frames(out)).toEqual([payloads[1]]);
  });

  it('reports a frame cut by the end of the stream as TRUNCATED on flush', () => {
    const framer = new Framer();
    expect(framer.push(wire[0]!.subarray(0, 20))).toEqual([]);
    expect(framer.flush()).toEqual([{ ok: false, reason: 'TRUNCATED', bytes: 20 }]);
  });

  it('drops an oversize frame without buffering it whole, then carries on', () => {
    const framer = new Framer({ maxFrameBytes: 100 });
    const big = encodeFrame('TELEMETRY', new Uint8Array(5000).fill(7));
    const out = feed(framer, concat([big, wire[0]!]), 333);
    expect(discards(out)).toEqual(['OVERSIZE']);
    expect(frames(out)).toEqual([payloads[0]]);
    expect(framer.stats.discarded.OVERSIZE).toBe(1);
    expect(framer.stats.discardedBytes).toBe(big.length - 1);
  });

  it('drops a frame whose decoded body is just over the limit', () => {
    const framer = new Framer({ maxFrameBytes: 100 });
    const out = framer.push(encodeFrame('TELEMETRY', new Uint8Array(95)));
    expect(discards(out)).toEqual(['OVERSIZE']);
    expect(frames(framer.push(encodeFrame('TELEMETRY', new Uint8Array(94))))).toHaveLength(1);
  });

  it('treats a 0x00-only stream as idle fill', () => {
    const framer = new Framer();
    expect(feed(framer, new Uint8Array(10_000), 3)).toEqual([]);
    expect(framer.stats.discardedBytes).toBe(0);
    expect(framer.flush()).toEqual([]);
  });

  it('discards unknown versions, unknown types and too-short bodies by name', () => {
    // Bodies with a correct CRC, so the reported reason is the precise one.
    expect(discards(new Framer().push(rawFrame(0x02, 0x01, new Uint8Array([1, 2, 3]))))).toEqual(['UNKNOWN_VERSION']);
    expect(discards(new Framer().push(rawFrame(0x01, 0x7f, new Uint8Array([1, 2, 3]))))).toEqual(['UNKNOWN_TYPE']);
    expect(discards(new Framer().push(new Uint8Array([0x02, 0x01, 0x00])))).toEqual(['TOO_SHORT']);
  });

  it('refuses a nonsensical maxFrameBytes at construction, naming the option', () => {
    expect(() => new Framer({ maxFrameBytes: 2 })).toThrow(/maxFrameBytes/);
  });

  it('property: encode -> frame -> split anywhere -> deframe -> decode is the identity', () => {
    fc.assert(
      fc.property(
        fc.array(arbTelemetry(), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 }),
        (messages, chunks) => {
          const bytes = concat(messages.map((m) => encodeFrame('TELEMETRY', telemetryCodec.encode(m))));
          const out = feed(new Framer(), bytes, chunks);
          expect(out.every((o) => o.ok)).toBe(true);
          const decoded = out.map((o) => (o.ok ? telemetryCodec.decode(o.payload) : undefined));
          expect(decoded).toEqual(messages.map((m) => ({ ok: true, value: m })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: random bytes never throw and never yield more frames than delimiters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 1, max: 50 }), (bytes, chunk) => {
        const framer = new Framer({ maxFrameBytes: 512 });
        const out = [...feed(framer, bytes, chunk), ...framer.flush()];
        const delimiters = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
        expect(out.length).toBeLessThanOrEqual(delimiters + 1);
        for (const o of out) if (o.ok) expect(Object.keys(FRAME_TYPES)).toContain(o.type as FrameType);
      }),
      { numRuns: 500 },
    );
  });
});

/** A frame with any version and type byte, and a correct CRC. */
function rawFrame(version: number, type: number, payload: Uint8Array): Uint8Array {
  const body = new Uint8Array(payload.length + 6);
  body[0] = version;
  body[1] = type;
  body.set(payload, 2);
  new DataView(body.buffer).setUint32(body.length - 4, crc32c(body.subarray(0, body.length - 4)), true);
  return concat([cobsEncode(body), new Uint8Array([0])]);
}
