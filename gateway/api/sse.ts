/**
 * Server-Sent Events for alert revisions and device states (GET /api/events). Each client has
 * its own bounded queue: a client that stops reading loses its own events (counted, and told
 * with a `dropped` event when it catches up) and never holds anything else up.
 */
import type { ServerResponse } from 'node:http';
import { alertCodec, deviceStateCodec } from '../decode/codec.js';
import { RingQueue } from '../alerts/ring-queue.js';
import type { GatewayEvent, Sink } from '../alerts/sink.js';

export const SSE_DEFAULTS = {
  /** 1,000 events queued per client while its socket is full. */
  clientQueue: 1000,
  /** 15 s between keep-alive comments (proxies close idle streams). */
  keepAliveMs: 15_000,
  /** 1,000 SSE clients at most. */
  maxClients: 1000,
};

export type EventFilter = (event: GatewayEvent) => boolean;

class SseClient {
  readonly queue = new RingQueue<string>(SSE_DEFAULTS.clientQueue);
  dropped = 0;
  private blocked = false;

  constructor(
    readonly res: ServerResponse,
    readonly filter: EventFilter,
  ) {
    res.on('drain', () => {
      this.blocked = false;
      this.flush();
    });
  }

  send(text: string): boolean {
    if (this.blocked || this.queue.length > 0) {
      if (!this.queue.push(text)) {
        this.dropped++;
        return false;
      }
      return true;
    }
    this.blocked = !this.res.write(text);
    return true;
  }

  private flush(): void {
    if (this.dropped > 0) {
      this.blocked = !this.res.write(`event: dropped\ndata: ${JSON.stringify({ dropped: this.dropped })}\n\n`);
      this.dropped = 0;
    }
    while (!this.blocked && this.queue.length > 0) this.blocked = !this.res.write(this.queue.shift()!);
  }
}

function format(event: GatewayEvent): string {
  if (event.type === 'alert') return `event: alert\nid: ${event.alert.alertId}#${event.alert.revision}\ndata: ${JSON.stringify(alertCodec.toJson(event.alert))}\n\n`;
  return `event: device\ndata: ${JSON.stringify(deviceStateCodec.toJson(event.state))}\n\n`;
}

export class SseHub implements Sink {
  readonly name = 'sse';
  private readonly clients = new Set<SseClient>();
  private droppedTotal = 0;
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly onDrop: (sink: string) => void = () => undefined) {
    this.keepAlive = setInterval(() => {
      for (const c of this.clients) c.send(': keep-alive\n\n');
    }, SSE_DEFAULTS.keepAliveMs);
    this.keepAlive.unref();
  }

  get dropped(): number {
    return this.droppedTotal;
  }

  get size(): number {
    return this.clients.size;
  }

  /** Starts an event stream on `res`; false when there are too many clients. */
  attach(res: ServerResponse, filter: EventFilter = () => true): boolean {
    if (this.clients.size >= SSE_DEFAULTS.maxClients) return false;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    const client = new SseClient(res, filter);
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    return true;
  }

  offer(event: GatewayEvent): void {
    if (this.clients.size === 0) return;
    let text: string | undefined;
    for (const c of this.clients) {
      if (!c.filter(event)) continue;
      text ??= format(event);
      if (!c.send(text)) {
        this.droppedTotal++;
        this.onDrop(this.name);
      }
    }
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}
