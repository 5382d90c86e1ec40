/** What happens next in the simulated world: a min-heap of (time, order) -> action. */
export class Agenda {
  private readonly heap: { t: number; n: number; run: (t: number) => void }[] = [];
  private n = 0;

  get size(): number {
    return this.heap.length;
  }

  at(t: number, run: (t: number) => void): void {
    const h = this.heap;
    const item = { t, n: this.n++, run };
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(h[p]!, item)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = item;
  }

  peek(): number {
    return this.heap[0]?.t ?? Number.POSITIVE_INFINITY;
  }

  /** Runs everything due at or before t, in time order (ties in the order scheduled). */
  runUntil(t: number): void {
    while (this.heap.length > 0 && this.heap[0]!.t <= t) {
      const item = this.pop();
      item.run(item.t);
    }
  }

  private less(a: { t: number; n: number }, b: { t: number; n: number }): boolean {
    return a.t < b.t || (a.t === b.t && a.n < b.n);
  }

  private pop(): { t: number; n: number; run: (t: number) => void } {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && this.less(h[r]!, h[l]!) ? r : l;
        if (this.less(last, h[c]!)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
