/**
 * One fleet-wide min-heap of wake-up times (not a timer per device): O(log n) per deadline.
 * Entries are (time, device index, kind); an entry whose device has since rescheduled is
 * skipped when popped (lazy deletion), so callers never search the heap.
 */
export class DeadlineQueue {
  private times: number[] = [];
  private ids: number[] = [];
  private kinds: number[] = [];

  get size(): number {
    return this.times.length;
  }

  /** Earliest time, or Infinity when empty. */
  peekTime(): number {
    return this.times.length === 0 ? Number.POSITIVE_INFINITY : this.times[0]!;
  }

  push(time: number, id: number, kind: number): void {
    const { times, ids, kinds } = this;
    let i = times.length;
    times.push(time);
    ids.push(id);
    kinds.push(kind);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      ids[i] = ids[parent]!;
      kinds[i] = kinds[parent]!;
      i = parent;
    }
    times[i] = time;
    ids[i] = id;
    kinds[i] = kind;
  }

  /** Removes the earliest entry and returns [time, id, kind] (reusing one array). */
  pop(out: [number, number, number]): [number, number, number] {
    const { times, ids, kinds } = this;
    out[0] = times[0]!;
    out[1] = ids[0]!;
    out[2] = kinds[0]!;
    const lastTime = times.pop()!;
    const lastId = ids.pop()!;
    const lastKind = kinds.pop()!;
    const n = times.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && times[right]! < times[left]! ? right : left;
        if (times[child]! >= lastTime) break;
        times[i] = times[child]!;
        ids[i] = ids[child]!;
        kinds[i] = kinds[child]!;
        i = child;
      }
      times[i] = lastTime;
      ids[i] = lastId;
      kinds[i] = lastKind;
    }
    return out;
  }

  /** For snapshots. */
  entries(): [number, number, number][] {
    return this.times.map((t, i) => [t, this.ids[i]!, this.kinds[i]!]);
  }
}
