/** The device side: store-and-forward queue, resends, drops, and Acks from the gateway. */
import { describe, expect, it } from 'vitest';
import { ackCodec, batchCodec, dockAuthCodec, nackCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';
import { DeviceLink } from '../../simulator/link/device-link.js';
import { telemetry } from '../helpers/gateway.js';

function setup(options = {}) {
  const written: Uint8Array[] = [];
  const link = new DeviceLink((b) => written.push(b), { ackTimeoutMs: 1000, maxAckTimeoutMs: 4000, batchMax: 4, ...options });
  const frames = () => new Framer().push(Buffer.concat(written.splice(0)));
  const send = (seq: number, now = 0) => link.send(telemetry('cam-d', seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } }, 1, seq), now);
  const ack = (seq: number, received: number[] = []) => link.receive(encodeFrame('ACK', ackCodec.encode({ deviceId: 'cam-d', bootId: 1, seq, received })));
  return { link, frames, send, ack };
}

describe('DeviceLink', () => {
  it('frames each message at once and forgets what is acknowledged (cumulative and selective)', () => {
    const { link, frames, send, ack } = setup();
    for (let s = 1; s <= 5; s++) send(s);
    expect(frames().map((f) => (f.ok ? telemetryCodec.decode(f.payload) : undefined)).map((r) => r?.ok && r.value.seq)).toEqual([1, 2, 3, 4, 5]);
    ack(2, [4]);
    expect(link.pending).toBe(2);
    expect(link.stats.acked).toBe(3);
  });

  it('resends what is not acknowledged after the timeout, in batches, backing off while nothing is acked', () => {
    const { link, frames, send } = setup();
    for (let s = 1; s <= 6; s++) send(s, 0);
    frames();
    link.tick(999);
    expect(frames()).toEqual([]);
    link.tick(1000);
    const resent = frames();
    expect(resent.map((f) => f.ok && f.type)).toEqual(['TELEMETRY_BATCH', 'TELEMETRY_BATCH']);
    const first = resent[0]!;
    expect(first.ok && batchCodec.decode(first.payload)).toMatchObject({ ok: true, value: [{ seq: 1 }, { seq: 2 }, { seq: 3 }, { seq: 4 }] });
    // Nothing acknowledged: the next resend waits 2 s, in frames half as long.
    link.tick(2999);
    expect(frames()).toEqual([]);
    link.tick(3000);
    expect(frames()).toHaveLength(3);
    expect(link.stats.resent).toBe(12);
  });

  it('drops the oldest message only when the queue is full, and counts it', () => {
    const { link, send, ack } = setup({ queueLimit: 3 });
    for (let s = 1; s <= 5; s++) send(s);
    expect(link.pending).toBe(3);
    expect(link.stats.dropped).toBe(2);
    ack(0, [3, 4, 5]);
    expect(link.pending).toBe(0);
  });

  it('ignores garbage and Acks for other boots', () => {
    const { link, send } = setup();
    send(1);
    link.receive(new Uint8Array([1, 2, 3, 0, 9, 9, 0]));
    link.receive(encodeFrame('ACK', ackCodec.encode({ deviceId: 'cam-d', bootId: 2, seq: 1, received: [] })));
    expect(link.pending).toBe(1);
    expect(link.stats.framesDiscarded).toBe(2);
  });

  it('resends in seq order: when a message is due, every older pending one goes again first', () => {
    const { link, frames, send } = setup({ batchMax: 1 });
    send(1, 0);
    send(2, 500);
    link.tick(1000); // seq 1 due and resent at 1000; nothing acknowledged: the timeout doubles to 2 s
    frames();
    link.tick(2500); // seq 2 is due (sent at 500); seq 1 (resent at 1000) is not yet, but goes first
    const seqs = frames().map((f) => (f.ok ? telemetryCodec.decode(f.payload) : undefined)).map((r) => r?.ok && r.value.seq);
    expect(seqs).toEqual([1, 2]);
  });

  it('authenticates the port as a dock at the start, and again when the gateway asks (Nack NOT_AUTHENTICATED)', () => {
    const { link, frames } = setup({ dock: { id: 'dock-1', secret: 's' } });
    link.tick(0);
    expect(frames().map((f) => f.ok && f.type)).toEqual(['DOCK_AUTH']);
    link.tick(100);
    expect(frames()).toEqual([]); // once
    const nack = () => link.receive(encodeFrame('NACK', nackCodec.encode({ deviceId: '', bootId: 0, seqs: [], reason: 'NOT_AUTHENTICATED', resend: true, detail: '', frameCrc: 1 })));
    link.tick(2000);
    nack();
    const again = frames();
    expect(again.map((f) => f.ok && f.type)).toEqual(['DOCK_AUTH']);
    expect(again[0]!.ok && dockAuthCodec.decode(again[0]!.payload)).toEqual({ ok: true, value: { dockId: 'dock-1', secret: 's' } });
    nack(); // at most once a second
    expect(frames()).toEqual([]);
  });
});
