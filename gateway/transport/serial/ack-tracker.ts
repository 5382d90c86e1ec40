/**
 * For serial Acks: the highest contiguous seq stored per (device, boot). Learned from the store
 * the first time a (device, boot) is seen on a port, then kept up to date in memory. Bounded:
 * at most `maxEntries` boots and `maxAhead` out-of-order seqs each; forgetting only makes an Ack
 * more conservative (the device resends, the store drops the duplicate).
 */
export const ACK_TRACKER_DEFAULTS = { maxEntries: 10_000, maxAhead: 4096 };

interface Entry {
  contig: number;
  ahead: Set<number>;
}

export class AckTracker {
  private readonly entries = new Map<string, Entry>();

  /** `contiguousFromStore(device, boot)`: highest n with 1..n all stored. */
  constructor(private readonly contiguousFromStore: (deviceId: string, bootId: number) => number) {}

  /** Marks seqs stored; returns the boot's highest contiguous seq. */
  stored(deviceId: string, bootId: number, seqs: readonly number[]): number {
    const key = `${deviceId}\u0000${bootId}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { contig: this.contiguousFromStore(deviceId, bootId), ahead: new Set() };
      if (this.entries.size >= ACK_TRACKER_DEFAULTS.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    } else this.entries.delete(key);
    this.entries.set(key, e); // most recently used last
    for (const s of seqs) if (s > e.contig) e.ahead.add(s);
    while (e.ahead.delete(e.contig + 1)) e.contig++;
    if (e.ahead.size > ACK_TRACKER_DEFAULTS.maxAhead) e.ahead.clear();
    return e.contig;
  }
}
