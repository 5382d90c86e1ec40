/**
 * Publishes alert revisions to the MQTT broker from the outbox, in seq order, with a cursor kept
 * in the store: the broker is sent every revision once it is acknowledged (QoS 1 PUBACK from an
 * external broker; handed to the embedded one), and after a crash the publisher resumes after the
 * last one it saw through — so an external broker's persistent sessions (Mosquitto's, say) get
 * revisions committed just before a crash, or while the broker was unreachable.
 */
import type { Alert } from '../model/domain.js';
import type { AlertOutbox } from '../store/outbox.js';

export const OUTBOX_PUBLISHER_DEFAULTS = {
  /** The cursor's name in viewer_cursors ('$' cannot start an MQTT client id we accept). */
  cursorName: '$gateway-mqtt',
  /** Entries read per step. */
  page: 200,
  /** 1 s before trying again after a failed publish. */
  retryMs: 1000,
};

export interface OutboxPublisherDeps {
  outbox: AlertOutbox;
  publish(alert: Alert): Promise<void>;
  saveCursor(name: string, seq: number): void;
  nowMs(): number;
  onError(error: unknown): void;
}

export class OutboxPublisher {
  private cursor = -1;
  private running = false;
  private again = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  readonly stats = { published: 0, failures: 0 };

  constructor(
    private readonly deps: OutboxPublisherDeps,
    private readonly options = OUTBOX_PUBLISHER_DEFAULTS,
  ) {}

  /** How far the broker has been sent. */
  get position(): number {
    return this.cursor;
  }

  /** New revisions are committed (or the broker is up): publish what is after the cursor. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry !== null) clearTimeout(this.retry);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      if (this.cursor < 0) this.cursor = this.deps.outbox.cursorOf(this.options.cursorName, this.deps.nowMs());
      do {
        this.again = false;
        for (let page = this.deps.outbox.after(this.cursor, this.options.page); page.length > 0 && !this.stopped; page = this.deps.outbox.after(this.cursor, this.options.page)) {
          for (const { seq, alert } of page) {
            await this.deps.publish(alert);
            this.cursor = seq;
            this.stats.published++;
          }
          this.deps.saveCursor(this.options.cursorName, this.cursor);
        }
      } while (this.again && !this.stopped);
    } catch (error) {
      this.stats.failures++;
      this.deps.onError(error);
      if (this.cursor >= 0) this.deps.saveCursor(this.options.cursorName, this.cursor);
      if (!this.stopped) {
        this.retry = setTimeout(() => this.wake(), this.options.retryMs);
        this.retry.unref();
      }
    } finally {
      this.running = false;
    }
  }
}
