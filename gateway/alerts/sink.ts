/**
 * What the gateway tells the world, and the sinks that carry it. Every sink has its own
 * bounded queue and a drop counter: a slow consumer (a frozen MQTT subscriber, a stalled SSE
 * client) loses its own events and never stalls ingest or the other sinks.
 */
import type { Alert, DeviceState } from '../model/domain.js';
import { RingQueue } from './ring-queue.js';

export type GatewayEvent = { type: 'alert'; alert: Alert } | { type: 'device'; state: DeviceState };

export interface Sink {
  readonly name: string;
  /** Never blocks; drops (and counts) when the sink's queue is full. */
  offer(event: GatewayEvent): void;
  readonly dropped: number;
  close?(): Promise<void> | void;
}

export const SINK_DEFAULTS = {
  /** 10,000 events queued per sink: about a minute of alerts in a bad hour for a city. */
  capacity: 10_000,
};

/** A sink that delivers events one at a time, in order, through an async function. */
export class QueuedSink implements Sink {
  private readonly queue: RingQueue<GatewayEvent>;
  private running = false;
  private droppedCount = 0;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly deliver: (event: GatewayEvent) => Promise<void> | void,
    private readonly onDrop: (sink: string) => void = () => undefined,
    capacity: number = SINK_DEFAULTS.capacity,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.queue = new RingQueue(capacity);
  }

  get dropped(): number {
    return this.droppedCount;
  }

  get queued(): number {
    return this.queue.length;
  }

  offer(event: GatewayEvent): void {
    if (this.closed) return;
    if (!this.queue.push(event)) {
      this.droppedCount++;
      this.onDrop(this.name);
      return;
    }
    if (!this.running) void this.pump();
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      for (let event = this.queue.shift(); event !== undefined && !this.closed; event = this.queue.shift()) {
        try {
          await this.deliver(event);
        } catch (error) {
          this.onError(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  close(): void {
    this.closed = true;
    this.queue.clear();
  }
}

/** Offers every event to every sink. */
export class Fanout {
  private readonly sinks: Sink[] = [];

  add(sink: Sink): void {
    this.sinks.push(sink);
  }

  remove(sink: Sink): void {
    const i = this.sinks.indexOf(sink);
    if (i >= 0) this.sinks.splice(i, 1);
  }

  publish(event: GatewayEvent): void {
    for (const sink of this.sinks) sink.offer(event);
  }

  async close(): Promise<void> {
    for (const sink of this.sinks) await sink.close?.();
  }
}
