/**
 * Server-Sent Events for alert revisions and device states (GET /api/events).
 *
 * Alerts come from the outbox: each `alert` event's `id:` is its outbox seq, and a client that
 * reconnects with `Last-Event-ID` (or `?since=SEQ`) is first sent every revision after it, then
 * the live ones. A client that stops reading never loses an alert: when its queue fills it falls
 * back to reading the outbox once its socket drains. Device states are last-value: a slow
 * client loses its own (counted, and told with a `dropped` event), never anyone else's.
 */
import type { ServerResponse } from 'node:http';
import { alertCodec, deviceStateCodec } from '../decode/codec.js';
import type { Alert } from '../model/domain.js';
import { RingQueue } from '../alerts/ring-queue.js';
import type { GatewayEvent, Sink } from '../alerts/sink.js';
import type { AlertOutbox } from '../store/outbox.js';

export const SSE_DEFAULTS = {
  /** 1,000 events queued per client while its socket is full. */
  clientQueue: 1000,
  /** 15 s between keep-alive comments (proxies close idle streams). */
  keepAliveMs: 15_000,
  /** 1,000 SSE clients at most. */
  maxClients: 1000,
  /** 20 streams per API token: a dashboard in a few tabs, not the whole server. */
  maxPerToken: 20,
  /** 50 streams per remote address (a NAT'd control room has several viewers). */
  maxPerAddress: 50,
  /** Outbox entries read per step while a client catches up. */
  catchUpPage: 200,
};

export type EventFilter = (event: GatewayEvent) => boolean;

export interface AttachOptions {
  filter?: EventFilter;
  /** Resume after this outbox seq (Last-Event-ID or ?since=); undefined: live only. */
  since?: number | undefined;
  /** Who and where from, for the per-token and per-address caps. */
  token?: string;
  address?: string;
}

export type AttachResult = { ok: true } | { ok: false; why: string };

function alertText(alert: Alert): string {
  return `event: alert\nid: ${alert.seq ?? 0}\ndata: ${JSON.stringify(alertCodec.toJson(alert))}\n\n`;
}

class SseClient {
  readonly queue = new RingQueue<string>(SSE_DEFAULTS.clientQueue);
  dropped = 0;
  private blocked = false;
  /** Reading the outbox instead of taking live alerts (resuming, or fell behind). */
  private catchingUp: boolean;

  constructor(
    readonly res: ServerResponse,
    readonly filter: EventFilter,
    private readonly outbox: AlertOutbox,
    /** The last outbox seq queued or written to this client (or skipped by its filter). */
    private lastSeq: number,
    readonly token: string,
    readonly address: string,
  ) {
    this.catchingUp = lastSeq < outbox.lastSeq();
    res.on('drain', () => {
      this.blocked = false;
      this.flush();
    });
    this.catchUp();
  }

  /** Writes now, or queues; false when the queue is full. */
  send(text: string): boolean {
    if (this.blocked || this.queue.length > 0) return this.queue.push(text);
    this.blocked = !this.res.write(text);
    return true;
  }

  offerAlert(alert: Alert): void {
    const seq = alert.seq ?? 0;
    if (this.catchingUp || seq <= this.lastSeq) return; // the outbox will provide it
    if (this.filter({ type: 'alert', alert }) && !this.send(alertText(alert))) {
      this.catchingUp = true; // not queued: read it from the outbox once the socket drains
      return;
    }
    this.lastSeq = seq;
  }

  /** A device state; false when dropped. */
  offerState(text: string): boolean {
    if (this.send(text)) return true;
    this.dropped++;
    return false;
  }

  private flush(): void {
    if (this.dropped > 0) {
      this.blocked = !this.res.write(`event: dropped\ndata: ${JSON.stringify({ dropped: this.dropped })}\n\n`);
      this.dropped = 0;
    }
    while (!this.blocked && this.queue.length > 0) this.blocked = !this.res.write(this.queue.shift()!);
    this.catchUp();
  }

  /** Pages through the outbox while the socket takes it; live again once at its end. */
  private catchUp(): void {
    while (this.catchingUp && !this.blocked && this.queue.length === 0) {
      const page = this.outbox.after(this.lastSeq, SSE_DEFAULTS.catchUpPage);
      if (page.length === 0) {
        this.catchingUp = false;
        return;
      }
      for (const { seq, alert } of page) {
        if (this.filter({ type: 'alert', alert })) this.send(alertText(alert));
        this.lastSeq = seq;
      }
    }
  }
}

function stateText(event: GatewayEvent & { type: 'device' }): string {
  return `event: device\ndata: ${JSON.stringify(deviceStateCodec.toJson(event.state))}\n\n`;
}

export class SseHub implements Sink {
  readonly name = 'sse';
  private readonly clients = new Set<SseClient>();
  private droppedTotal = 0;
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly outbox: AlertOutbox,
    private readonly onDrop: (sink: string) => void = () => undefined,
  ) {
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

  private count(pick: (c: SseClient) => boolean): number {
    let n = 0;
    for (const c of this.clients) if (pick(c)) n++;
    return n;
  }

  /** Why a new stream would be refused, or undefined when it may open. */
  refusal(token: string, address: string): string | undefined {
    if (this.clients.size >= SSE_DEFAULTS.maxClients) return `too many event streams (${SSE_DEFAULTS.maxClients})`;
    if (token !== '' && this.count((c) => c.token === token) >= SSE_DEFAULTS.maxPerToken) {
      return `this token already has ${SSE_DEFAULTS.maxPerToken} event streams open`;
    }
    if (address !== '' && this.count((c) => c.address === address) >= SSE_DEFAULTS.maxPerAddress) {
      return `${address} already has ${SSE_DEFAULTS.maxPerAddress} event streams open`;
    }
    return undefined;
  }

  /** Starts an event stream on `res` (after a refusal check). */
  attach(res: ServerResponse, options: AttachOptions = {}): AttachResult {
    const token = options.token ?? '';
    const address = options.address ?? '';
    const why = this.refusal(token, address);
    if (why !== undefined) return { ok: false, why };
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const since = options.since === undefined ? this.outbox.lastSeq() : Math.min(options.since, this.outbox.lastSeq());
    // An `id:` with no data sets the browser's Last-Event-ID at once, so even a stream that
    // breaks before its first alert resumes from here rather than from whatever is live then.
    res.write(`: connected\nid: ${since}\n\n`);
    const client = new SseClient(res, options.filter ?? (() => true), this.outbox, since, token, address);
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    return { ok: true };
  }

  /** Ends the streams opened with this token (the token was revoked). */
  endToken(token: string): number {
    let n = 0;
    for (const c of this.clients) {
      if (c.token !== token) continue;
      c.res.end();
      this.clients.delete(c);
      n++;
    }
    return n;
  }

  offer(event: GatewayEvent): void {
    if (this.clients.size === 0) return;
    if (event.type === 'alert') {
      for (const c of this.clients) c.offerAlert(event.alert);
      return;
    }
    let text: string | undefined;
    for (const c of this.clients) {
      if (!c.filter(event)) continue;
      text ??= stateText(event);
      if (!c.offerState(text)) {
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
