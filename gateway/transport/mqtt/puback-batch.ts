/**
 * The QoS 1 PUBACKs a group commit releases, written per connection in one write. aedes would
 * write each one on its own path (a packet object, mqtt-packet's generator, a cork and a tick,
 * a writable-stream entry and a setImmediate per message); here a connection's PUBACKs of one
 * commit are 4 bytes each in one buffer. They leave in the order they were added, which is the
 * order the store acknowledged them: the order the PUBLISH packets came [MQTT-4.6.0-2]. The
 * flush is a process.nextTick queued at the first PUBACK of a commit, so anything aedes writes
 * to the same connection afterwards (mqtt-packet uncorks on a later tick) goes after them.
 *
 * Each PUBLISH is released to aedes (`then`: it reads the connection's next packets) only once
 * every PUBACK of the flush is written, as aedes itself writes before it reads on; and, for a
 * connection whose write buffer is full (a client not reading its PUBACKs), only once it drains,
 * as aedes does: such a client is not read from meanwhile, so nothing piles up for it. One that
 * has not drained within `drainTimeoutMs` is disconnected, as aedes does with its own writes
 * (the same timeout), and one that closes meanwhile is released (aedes finds it closed).
 */
import type { Duplex } from 'node:stream';

interface Pending {
  ids: number[];
  then: ((error: null) => void)[];
}

export class PubackBatch {
  private pending = new Map<Duplex, Pending>();
  private scheduled = false;
  /** PUBACKs written, and those for connections already closed (the client resends). */
  readonly stats = { written: 0, dropped: 0 };

  constructor(private readonly drainTimeoutMs: number) {}

  /** `then(null)` runs once the PUBACK is written (aedes' callback: it reads on). */
  add(conn: Duplex, messageId: number, then: (error: null) => void): void {
    let p = this.pending.get(conn);
    if (p === undefined) this.pending.set(conn, (p = { ids: [], then: [] }));
    p.ids.push(messageId);
    p.then.push(then);
    if (!this.scheduled) {
      this.scheduled = true;
      process.nextTick(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    const ready: Pending[] = [];
    for (const [conn, p] of pending) {
      if (conn.destroyed || !conn.writable) {
        this.stats.dropped += p.ids.length;
        ready.push(p); // aedes finds the client closed
        continue;
      }
      this.stats.written += p.ids.length;
      if (conn.write(encode(p.ids))) ready.push(p);
      else this.holdUntilDrained(conn, p);
    }
    for (const p of ready) release(p);
  };

  private holdUntilDrained(conn: Duplex, p: Pending): void {
    const timer = setTimeout(() => conn.destroy(new Error(`PUBACKs not read for ${this.drainTimeoutMs} ms`)), this.drainTimeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      conn.off('drain', done);
      conn.off('close', done);
      release(p);
    };
    conn.once('drain', done);
    conn.once('close', done);
  }
}

function release(p: Pending): void {
  for (const f of p.then) f(null);
}

function encode(ids: readonly number[]): Buffer {
  const b = Buffer.allocUnsafe(ids.length * 4);
  for (let i = 0, o = 0; i < ids.length; i++, o += 4) {
    const id = ids[i]!;
    b[o] = 0x40; // PUBACK
    b[o + 1] = 2;
    b[o + 2] = id >> 8;
    b[o + 3] = id & 0xff;
  }
  return b;
}
