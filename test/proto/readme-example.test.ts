/** The byte-by-byte example in proto/README.md must be what our code produces. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'proto', 'README.md'), 'utf8');

function hexBlockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const block = /```\n([\s\S]*?)```/.exec(readme.slice(at));
  return (block?.[1] ?? '').replace(/\s+/g, '');
}

describe('proto/README.md worked example', () => {
  const message = {
    deviceId: 'cam-1',
    bootId: 1,
    seq: 1,
    timeMs: 1_732_752_000_000,
    body: { case: 'gps' as const, value: { lat: 38.5, lon: -77.25, accuracyM: 0, speedMps: 0, headingDeg: 0, fix: '3D' as const } },
  };

  it('lists the wire bytes our framer produces', () => {
    const wire = Buffer.from(encodeFrame('TELEMETRY', telemetryCodec.encode(message))).toString('hex');
    expect(hexBlockAfter('The 49 wire bytes:')).toBe(wire);
    expect(wire.length / 2).toBe(49);
  });

  it('decodes back to the message it describes', () => {
    const [frame] = new Framer().push(Buffer.from(hexBlockAfter('The 49 wire bytes:'), 'hex'));
    expect(frame?.ok).toBe(true);
    if (frame?.ok) expect(telemetryCodec.decode(frame.payload)).toEqual({ ok: true, value: message });
  });
});
