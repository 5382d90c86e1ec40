/**
 * Time for the shell (the detector takes time as an input and has no clock). The system clock
 * is made monotonic: receivedMs never goes backwards, so the input log is always in time order
 * even if NTP steps the wall clock back.
 */
export interface Clock {
  /** Unix ms, never decreasing. */
  now(): number;
}

export class SystemClock implements Clock {
  private last = 0;
  now(): number {
    const t = Date.now();
    if (t > this.last) this.last = t;
    return this.last;
  }
}

/** A clock moved by hand, for tests and the simulator's virtual time. */
export class ManualClock implements Clock {
  constructor(private t: number) {}
  now(): number {
    return this.t;
  }
  set(t: number): void {
    if (t > this.t) this.t = t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}
