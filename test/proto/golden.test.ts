/**
 * Golden vectors (test/fixtures/golden/vectors.json) checked against protoc, an independent
 * protobuf implementation: our bytes decode with protoc to the hand-written text format, and
 * protoc's encoding of that text decodes with our code to the same message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODECS_BY_TYPE } from '../../gateway/decode/codec.js';
import { Framer } from '../../gateway/frame/framer.js';
import { GOLDEN_PATH, type GoldenVector, encodeVector } from '../../scripts/golden-gen.js';
import { protocDecode, protocEncode } from '../helpers/protoc.js';

const vectors = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Required<GoldenVector>[];

describe('golden vectors', () => {
  it('cover every Telemetry body kind, a batch, Activity, Alert, Ack, Command, DeviceState and Assignment', () => {
    const bodies = vectors.filter((v) => v.type === 'Telemetry').map((v) => Object.keys(v.json).at(-1));
    expect(new Set(bodies)).toEqual(
      new Set(['hello', 'heartbeat', 'recording', 'mode', 'battery', 'storage', 'gps', 'trigger', 'fault']),
    );
    expect(new Set(vectors.map((v) => v.type))).toEqual(new Set(Object.keys(CODECS_BY_TYPE)));
  });

  describe.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const bytes = Buffer.from(v.hex, 'hex');

    it('our encoder produces the golden bytes', () => {
      expect(encodeVector(v)).toEqual({ hex: v.hex, framedHex: v.framedHex });
    });

    it('protoc --decode of the golden bytes gives the text format', () => {
      expect(protocDecode(v.type, bytes)).toBe(v.textproto);
    });

    it('protoc --encode of the text format gives the golden bytes', () => {
      expect(protocEncode(v.type, v.textproto).toString('hex')).toBe(v.hex);
    });

    it('our decoder reads protoc-encoded bytes back to the same message', () => {
      const codec = CODECS_BY_TYPE[v.type];
      const decoded = codec.decode(protocEncode(v.type, v.textproto));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const json = (codec.toJson as (value: unknown) => unknown)(decoded.value);
      expect(json).toEqual(v.json);
    });
  });

  // DeviceState is only published over MQTT, so it has no frame type.
  const framed = vectors.filter((v) => v.framedHex !== null);
  it.each(framed.map((v) => [v.name, v] as const))('%s: the framed bytes deframe to the golden payload', (_name, v) => {
    const out = new Framer().push(Buffer.from(v.framedHex!, 'hex'));
    expect(out).toEqual([{ ok: true, type: v.frameType, payload: new Uint8Array(Buffer.from(v.hex, 'hex')) }]);
  });
});
