/**
 * Abuse limits for the embedded broker, all bounded: connections per source address,
 * authentications running at once (scrypt is deliberately slow, so a flood of CONNECTs must not
 * occupy every CPU), a pause for addresses that keep failing authentication, and a publish rate
 * per camera (a token bucket kept by device id, so reconnecting does not refill it: over the
 * rate, the camera is slowed down, not dropped, since its next packet is read only when the
 * previous one is through).
 */
export const ADMISSION_DEFAULTS = {
  /** Connections from one address (15,000: a precinct behind one NAT address stays well under). */
  maxConnectionsPerIp: 15_000,
  /** Authentications (scrypt) in progress at once; more wait in a queue... */
  maxConcurrentAuth: 8,
  /** ...of at most 1,000; beyond, CONNECT is refused (server unavailable). */
  maxQueuedAuth: 1000,
  /** 20 failed authentications from one address within a minute... */
  maxAuthFailures: 20,
  /** ...refuse its next attempts without checking for 60 s. */
  authBanMs: 60_000,
  /** 100 messages/s per client on average, bursts of 1,000 (0 = no limit). A camera sends ~0.1/s. */
  publishRate: 100,
  publishBurst: 1000,
};

export type AdmissionOptions = typeof ADMISSION_DEFAULTS;

interface Bucket {
  tokens: number;
  at: number;
}

export class Admission {
  private readonly perIp = new Map<string, number>();
  private readonly failures = new Map<string, { count: number; since: number; bannedUntil: number }>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** By device id; a bucket idle long enough to be full again is pruned (see publishDelay). */
  private readonly buckets = new Map<string, Bucket>();
  readonly counts = { refusedPerIp: 0, refusedBanned: 0, refusedBusy: 0, throttled: 0 };

  constructor(
    readonly options: AdmissionOptions = ADMISSION_DEFAULTS,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new connection from `ip`: false when the address has too many. Call `closed` when it ends. */
  connected(ip: string): boolean {
    const n = this.perIp.get(ip) ?? 0;
    if (n >= this.options.maxConnectionsPerIp) {
      this.counts.refusedPerIp++;
      return false;
    }
    this.perIp.set(ip, n + 1);
    return true;
  }

  closed(ip: string): void {
    const n = (this.perIp.get(ip) ?? 1) - 1;
    if (n <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, n);
  }

  /** Is the address paused after repeated failures? */
  banned(ip: string): boolean {
    const f = this.failures.get(ip);
    if (f === undefined || f.bannedUntil <= this.now()) return false;
    this.counts.refusedBanned++;
    return true;
  }

  authFailed(ip: string): void {
    const now = this.now();
    let f = this.failures.get(ip);
    if (f === undefined || now - f.since > 60_000) {
      f = { count: 0, since: now, bannedUntil: 0 };
      this.failures.set(ip, f);
      if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!); // bounded
    }
    if (++f.count >= this.options.maxAuthFailures) f.bannedUntil = now + this.options.authBanMs;
  }

  /** Runs `check` when a slot is free; false (and `check` never runs) when the queue is full. */
  authenticate(check: (release: () => void) => void): boolean {
    if (this.running >= this.options.maxConcurrentAuth) {
      if (this.waiting.length >= this.options.maxQueuedAuth) {
        this.counts.refusedBusy++;
        return false;
      }
      this.waiting.push(() => this.authenticate(check));
      return true;
    }
    this.running++;
    let released = false;
    check(() => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    });
    return true;
  }

  /** How long (ms) this camera must wait before this publish goes through (0: now). */
  publishDelay(deviceId: string): number {
    const { publishRate, publishBurst } = this.options;
    if (publishRate <= 0) return 0;
    const now = this.now();
    let b = this.buckets.get(deviceId);
    if (b === undefined) {
      if (this.buckets.size >= MAX_BUCKETS) this.pruneBuckets(now);
      b = { tokens: publishBurst, at: now };
      this.buckets.set(deviceId, b);
    }
    b.tokens = Math.min(publishBurst, b.tokens + ((now - b.at) / 1000) * publishRate);
    b.at = now;
    b.tokens -= 1;
    if (b.tokens >= 0) return 0;
    this.counts.throttled++;
    return Math.ceil((-b.tokens / publishRate) * 1000);
  }

  get bucketCount(): number {
    return this.buckets.size;
  }

  /** Buckets that have refilled are the same as no bucket: drop them (the oldest half if none have). */
  private pruneBuckets(now: number): void {
    const refillMs = (this.options.publishBurst / this.options.publishRate) * 1000;
    for (const [id, b] of this.buckets) if (now - b.at >= refillMs) this.buckets.delete(id);
    if (this.buckets.size < MAX_BUCKETS) return;
    let n = this.buckets.size / 2;
    for (const id of this.buckets.keys()) {
      if (n-- <= 0) break;
      this.buckets.delete(id);
    }
  }
}

/** 200,000 cameras' buckets at most (a few MB). */
const MAX_BUCKETS = 200_000;
