/**
 * The PUBACK batch (unit test with a stand-in connection): one write per connection per flush,
 * in the order added; aedes' callbacks run after every write of the flush, and for a connection
 * whose write buffer is full only once it drains (so a client that does not read its PUBACKs is
 * not read from either: nothing grows without bound).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PubackBatch } from '../../gateway/transport/mqtt/puback-batch.js';

const ids = (b: Buffer): number[] => Array.from({ length: b.length / 4 }, (_, i) => (expect(b[i * 4]).toBe(0x40), b.readUInt16BE(i * 4 + 2)));

describe('PUBACK batch', () => {
  it('writes each connection its PUBACKs in one write, in order, then releases the PUBLISHes', async () => {
    const a = new PassThrough();
    const b = new PassThrough();
    const writes: [string, Buffer][] = [];
    a.on('data', (d: Buffer) => writes.push(['a', d]));
    b.on('data', (d: Buffer) => writes.push(['b', d]));
    const batch = new PubackBatch(60_000);
    const released: string[] = [];
    for (const [conn, id] of [[a, 7], [b, 300], [a, 2], [a, 65535], [b, 1]] as const) {
      batch.add(conn, id, () => released.push(`${conn === a ? 'a' : 'b'}${id}:${a.readableLength + b.readableLength + writes.length > 0 ? 'after' : 'before'}`));
    }
    expect(released).toEqual([]); // nothing before the flush (next tick)
    await new Promise((r) => setImmediate(r));
    expect(writes.map(([c, d]) => [c, ids(d)])).toEqual([
      ['a', [7, 2, 65535]],
      ['b', [300, 1]],
    ]);
    // Per connection, in order (the order across connections does not matter to aedes).
    expect(released).toEqual(['a7:after', 'a2:after', 'a65535:after', 'b300:after', 'b1:after']);
    expect(batch.stats).toEqual({ written: 5, dropped: 0 });
  });

  it('holds a connection back until its full write buffer drains; drops PUBACKs for a closed one', async () => {
    const slow = new PassThrough({ highWaterMark: 4 }); // full after one PUBACK
    const gone = new PassThrough();
    gone.destroy();
    const batch = new PubackBatch(60_000);
    const released: string[] = [];
    batch.add(slow, 1, () => released.push('slow1'));
    batch.add(slow, 2, () => released.push('slow2'));
    batch.add(gone, 3, () => released.push('gone3'));
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual(['gone3']); // the closed one is released (aedes finds it closed)
    expect(batch.stats).toEqual({ written: 2, dropped: 1 });
    expect(ids(slow.read() as Buffer)).toEqual([1, 2]); // reading drains it
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual(['gone3', 'slow1', 'slow2']);
  });

  it('disconnects a connection that has not drained within the timeout, and releases its PUBLISHes', async () => {
    const frozen = new PassThrough({ highWaterMark: 4 }); // never read
    const errors: string[] = [];
    frozen.on('error', (e: Error) => errors.push(e.message));
    const batch = new PubackBatch(30);
    const released: number[] = [];
    batch.add(frozen, 1, () => released.push(1));
    batch.add(frozen, 2, () => released.push(2));
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual([]);
    expect(frozen.destroyed).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(frozen.destroyed).toBe(true);
    expect(errors).toEqual(['PUBACKs not read for 30 ms']);
    expect(released).toEqual([1, 2]); // on close: aedes finds the client closed
  });

  it('releases the PUBLISHes of a held connection that closes before it drains, once', async () => {
    const held = new PassThrough({ highWaterMark: 4 });
    const batch = new PubackBatch(60_000);
    const released: number[] = [];
    batch.add(held, 1, () => released.push(1));
    await new Promise((r) => setImmediate(r));
    held.destroy();
    await new Promise((r) => setImmediate(r));
    expect(released).toEqual([1]);
    held.emit('drain');
    expect(released).toEqual([1]);
  });
});
