/**
 * The QoS 1 PUBACKs a group commit releases, written per connection in one write. aedes would
 * write each one on its own path (a packet object, mqtt-packet's generator, a cork and a tick,
 * a writable-stream entry and a setImmediate per message); here a connection's PUBACKs of one
 * commit are 4 bytes each in one buffer. They leave in the order they were added, which is the
 * order the store acknowledged them: the order the PUBLISH packets came [MQTT-4.6.0-2]. The
 * flush is a process.nextTick queued at the first PUBACK of a commit, so anything aedes writes
 * to the same connection afterwards (mqtt-packet uncorks on a later tick) goes after them.
 * Each PUBLISH is released to aedes (`then`: it reads the connection's next packets) only once
 * every PUBACK of the commit is written, as aedes itself writes before it reads on.
 */
import type { Duplex } from 'node:stream';

export class PubackBatch {
  private pending = new Map<Duplex, number[]>();
  private then: ((error: null) => void)[] = [];
  private scheduled = false;
  /** PUBACKs written, and connections gone before theirs could be (the client resends). */
  readonly stats = { written: 0, dropped: 0 };

  /** `then(null)` runs once the PUBACK is written (aedes' callback: it reads on). */
  add(conn: Duplex, messageId: number, then: (error: null) => void): void {
    this.then.push(then);
    let ids = this.pending.get(conn);
    if (ids === undefined) this.pending.set(conn, (ids = []));
    ids.push(messageId);
    if (!this.scheduled) {
      this.scheduled = true;
      process.nextTick(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    const pending = this.pending;
    const then = this.then;
    this.pending = new Map();
    this.then = [];
    for (const [conn, ids] of pending) {
      if (conn.destroyed || !conn.writable) {
        this.stats.dropped += ids.length;
        continue;
      }
      const b = Buffer.allocUnsafe(ids.length * 4);
      for (let i = 0, o = 0; i < ids.length; i++, o += 4) {
        const id = ids[i]!;
        b[o] = 0x40; // PUBACK
        b[o + 1] = 2;
        b[o + 2] = id >> 8;
        b[o + 3] = id & 0xff;
      }
      conn.write(b);
      this.stats.written += ids.length;
    }
    for (const f of then) f(null);
  };
}
