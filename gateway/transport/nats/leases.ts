/**
 * Partition leases in a JetStream KV bucket whose entries expire (ttl). A worker holds partition
 * P while it keeps rewriting key `p<P>` (compare-and-set on the revision it last wrote); a worker
 * that dies stops renewing, the key expires, and another worker's `create` succeeds: that worker
 * now owns P. A renewal that fails means the lease was lost: the worker gives P up at once.
 */
import type { KV } from 'nats';

export class Leases {
  private readonly held = new Map<number, number>(); // partition -> revision
  private timer: NodeJS.Timeout | null = null;
  private readonly startedMs = Date.now();
  private running = true;

  constructor(
    private readonly kv: KV,
    private readonly workerId: string,
    /** Partitions this worker owns by preference; */
    private readonly preferred: readonly number[],
    /** ...and all of them, taken over only when their lease has lapsed (after a startup grace). */
    private readonly all: readonly number[],
    private readonly leaseMs: number,
    /** Called after a round that acquired or lost partitions. */
    private readonly changed: () => void,
    private readonly onLost: (partition: number, reason: string) => void = () => undefined,
  ) {}

  owned(): number[] {
    return [...this.held.keys()].sort((a, b) => a - b);
  }

  start(): void {
    const loop = (): void => {
      this.round()
        .then((changed) => changed && this.changed(), () => undefined)
        .finally(() => {
          if (this.running) this.timer = setTimeout(loop, Math.max(200, Math.floor(this.leaseMs / 3)));
        });
    };
    loop();
  }

  /** One round: renew what is held, then try to acquire what is free; true if ownership changed. */
  async round(): Promise<boolean> {
    let changed = false;
    for (const [p, revision] of [...this.held]) {
      try {
        this.held.set(p, await this.kv.update(`p${p}`, this.workerId, revision));
      } catch (error) {
        this.held.delete(p);
        this.onLost(p, (error as Error).message);
        changed = true;
      }
    }
    // Others' preferred partitions are taken only once they had time to claim them.
    const graceOver = Date.now() - this.startedMs > 2 * this.leaseMs;
    for (const p of graceOver ? this.all : this.preferred) {
      if (this.held.has(p) || !this.running) continue;
      try {
        this.held.set(p, await this.kv.create(`p${p}`, this.workerId));
        changed = true;
      } catch {
        // held by another worker
      }
    }
    return changed;
  }

  /** Stops renewing; `release` deletes the keys so others take over at once (clean shutdown). */
  async stop(release: boolean): Promise<void> {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    if (release) for (const p of this.held.keys()) await this.kv.delete(`p${p}`).catch(() => undefined);
    this.held.clear();
  }
}
