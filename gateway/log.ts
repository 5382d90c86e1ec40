/**
 * Structured logs (pino). Bad input is logged at most once per key (device) per interval so a
 * misbehaving camera cannot flood the log; what was suppressed is counted and reported with the
 * next line for that key.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, base: { service: 'bwc-gateway' } }, destination as pino.DestinationStream | undefined);
}

export const silentLogger: Logger = pino({ level: 'silent' });

export class RateLimitedLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();
  constructor(
    private readonly log: Logger,
    private readonly intervalMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  warn(key: string, now: number, fields: Record<string, unknown>, message: string): void {
    const entry = this.last.get(key);
    if (entry !== undefined && now - entry.at < this.intervalMs) {
      entry.suppressed++;
      return;
    }
    if (this.last.size >= this.maxKeys && entry === undefined) {
      // Bounded: forget the oldest key rather than grow without limit.
      const oldest = this.last.keys().next().value;
      if (oldest !== undefined) this.last.delete(oldest);
    }
    const suppressed = entry?.suppressed ?? 0;
    this.last.delete(key);
    this.last.set(key, { at: now, suppressed: 0 });
    this.log.warn(suppressed > 0 ? { ...fields, suppressed } : fields, message);
  }
}
