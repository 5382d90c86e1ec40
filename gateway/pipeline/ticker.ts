/**
 * One timer for the whole fleet: it sleeps until the detector's next deadline (from its
 * deadline queue) and then stores a tick, which moves the detector's clock. Deadlines therefore
 * fire in real time without a timer per device, and the ticks are in the input log, so a replay
 * fires them at the same moments.
 */
import type { Clock } from '../clock.js';

export const TICKER_DEFAULTS = {
  /** Never sleep more than 1 s: a deadline added by a new input is picked up within a second. */
  maxSleepMs: 1000,
  /**
   * After a tick, wait 20 ms before looking again: the tick is applied only once it is stored,
   * so until then the same deadline still looks due. A deadline in the future is slept to
   * exactly (a floor here made every deadline due within 20 ms up to 20 ms late).
   */
  minSleepMs: 20,
};

export class Ticker {
  private timer: NodeJS.Timeout | null = null;
  /** When the timer is set to wake (clock ms). */
  private wakeAt = Number.POSITIVE_INFINITY;
  private stopped = true;

  constructor(
    private readonly clock: Clock,
    private readonly nextWakeMs: () => number,
    private readonly tick: () => void,
    private readonly options = TICKER_DEFAULTS,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Call when inputs were applied: one may have brought a deadline forward. */
  poke(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    const due = this.nextWakeMs();
    // Already due: a tick is on its way or the timer fires within minSleepMs; never push it back.
    if ((due <= now ? now + this.options.minSleepMs : due) < this.wakeAt) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.wakeAt = Number.POSITIVE_INFINITY;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    const now = this.clock.now();
    const due = this.nextWakeMs();
    const sleep = due <= now ? this.options.minSleepMs : Math.min(this.options.maxSleepMs, due - now);
    this.wakeAt = now + sleep;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wakeAt = Number.POSITIVE_INFINITY;
      if (this.nextWakeMs() <= this.clock.now()) this.tick();
      this.schedule();
    }, sleep);
  }
}
