/**
 * The packet guard's stream rewrite: whatever the chunking, aedes reads every packet under the
 * limit byte for byte, in order, and an oversize PUBLISH (up to the refusal ceiling) as an empty
 * PUBLISH on $bwc/too-large/{size}/{topic} with the same QoS and packet id. Property test.
 */
import fc from 'fast-check';
import mqttPacket from 'mqtt-packet';
import { describe, expect, it } from 'vitest';
import { MqttPacketScanner, TOO_LARGE_PREFIX } from '../../gateway/transport/mqtt/packet-guard.js';

const LIMIT = 1024;
const gen = (p: object): Buffer => mqttPacket.generate(p as mqttPacket.Packet);
const publish = (id: number, bytes: number, qos: 0 | 1) => gen({ cmd: 'publish', topic: `bwc/v1/devices/cam-${id}/telemetry`, payload: Buffer.alloc(bytes, id), qos, messageId: qos ? id : undefined, retain: false, dup: false });

describe('MqttPacketScanner', () => {
  it('passes small packets through and replaces an oversize PUBLISH, however the stream is cut', () => {
    const packet = fc.oneof(
      fc.record({ kind: fc.constant('small' as const), id: fc.integer({ min: 1, max: 999 }), bytes: fc.integer({ min: 0, max: 900 }), qos: fc.constantFrom(0 as const, 1 as const) }),
      fc.record({ kind: fc.constant('big' as const), id: fc.integer({ min: 1, max: 999 }), bytes: fc.integer({ min: LIMIT, max: 3 * LIMIT }), qos: fc.constantFrom(0 as const, 1 as const) }),
      fc.record({ kind: fc.constant('ping' as const) }),
    );
    fc.assert(
      fc.property(fc.array(packet, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }), (packets, cuts) => {
        const wire: Buffer[] = [];
        const expected: Buffer[] = [];
        for (const p of packets) {
          if (p.kind === 'ping') {
            const b = gen({ cmd: 'pingreq' });
            wire.push(b);
            expected.push(b);
            continue;
          }
          const b = publish(p.id, p.bytes, p.qos);
          wire.push(b);
          if (b.length <= LIMIT) expected.push(b);
          else expected.push(gen({ cmd: 'publish', topic: `${TOO_LARGE_PREFIX}${b.length}/bwc/v1/devices/cam-${p.id}/telemetry`, payload: Buffer.alloc(0), qos: p.qos, messageId: p.qos ? p.id : undefined, retain: false, dup: false }));
        }
        const stream = Buffer.concat(wire);
        const scanner = new MqttPacketScanner(LIMIT, 4 * LIMIT);
        const out: Uint8Array[] = [];
        let at = 0;
        let c = 0;
        while (at < stream.length) {
          const n = Math.min(cuts[c++ % cuts.length]!, stream.length - at);
          expect(scanner.scan(stream.subarray(at, at + n))).toBe(0);
          out.push(...scanner.out);
          at += n;
        }
        expect(Buffer.concat(out).equals(Buffer.concat(expected))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('still closes on a PUBLISH over the refusal ceiling, and on any other oversize packet', () => {
    const scanner = new MqttPacketScanner(LIMIT, 4 * LIMIT);
    expect(scanner.scan(publish(1, 5 * LIMIT, 1))).toBeGreaterThan(4 * LIMIT);
    const sub = gen({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'x'.repeat(2 * LIMIT), qos: 1 }] });
    expect(new MqttPacketScanner(LIMIT, 4 * LIMIT).scan(sub)).toBe(sub.length);
  });
});
