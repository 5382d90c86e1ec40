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
  /** Never wake more often than every 20 ms. */
  minSleepMs: 20,
};

export class Ticker {
  private timer: NodeJS.Timeout | null = null;
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

  /** Call when an input may have brought a deadline forward. */
  poke(): void {
    if (this.stopped) return;
    const due = this.nextWakeMs();
    if (due <= this.clock.now() + this.options.minSleepMs) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    const now = this.clock.now();
    const due = this.nextWakeMs();
    const sleep = Math.max(this.options.minSleepMs, Math.min(this.options.maxSleepMs, due - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.nextWakeMs() <= this.clock.now()) this.tick();
      this.schedule();
    }, sleep);
  }
}
