/**
 * Alerts for persistent MQTT viewer sessions (clean session = 0) come from the alert outbox, so
 * a revision made while the viewer was away — or while the gateway was down — still reaches it.
 *
 * Each persistent viewer has a cursor in the store: the highest outbox seq it acknowledged
 * (PUBACK). While it is connected, a pump sends the outbox entries after its position that
 * match its subscriptions, in seq order, at most `maxInflight` unacknowledged at a time. Live
 * alert publishes are not forwarded to it (the pump sends them, in order). Delivery is at least
 * once: after a crash, entries after the stored cursor are sent again; a viewer drops a seq it
 * has already seen. A new session starts at the end of the outbox; a clean-session CONNECT with
 * the same client id forgets the cursor. Viewers with clean session = 1 get live alerts only.
 */
import type { Client } from 'aedes';
import { alertCodec } from '../../decode/codec.js';
import type { AlertOutbox } from '../../store/outbox.js';
import { alertTopic, isAlertTopic, topicMatches } from './topics.js';

export const VIEWER_DEFAULTS = {
  /** 100 outbox alerts in flight (unacknowledged) per viewer; the next go as PUBACKs come. */
  maxInflight: 100,
  /** Outbox entries read per step. */
  page: 200,
};

export interface ViewerSessionDeps {
  outbox: AlertOutbox;
  /** Stores a viewer's cursor (through the writer's group commit). */
  saveCursor(clientId: string, seq: number): void;
  nowMs(): number;
}

interface Session {
  client: Client;
  /** Highest seq acknowledged. */
  acked: number;
  /** Highest seq read from the outbox (sent, or skipped as not matching). */
  read: number;
  inflight: number;
  filters: string[];
}

export class ViewerSessions {
  private readonly sessions = new Map<Client, Session>();
  /** The pump's own alert payloads (so the gate lets them through), with their seq. */
  private readonly pumped = new WeakMap<Buffer, number>();
  readonly stats = { sent: 0, acked: 0 };

  constructor(
    private readonly deps: ViewerSessionDeps,
    private readonly options = VIEWER_DEFAULTS,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  isOutboxAlert(payload: Buffer): boolean {
    return this.pumped.has(payload);
  }

  /** A viewer account connected (authenticated). */
  connected(client: Client): void {
    if (client.id.startsWith('$')) return; // '$…' cursors are the gateway's own (outbox-publisher.ts)
    if (client.clean) {
      this.deps.outbox.forgetCursor(client.id);
      return;
    }
    const acked = this.deps.outbox.cursorOf(client.id, this.deps.nowMs());
    this.sessions.set(client, { client, acked, read: acked, inflight: 0, filters: [] });
  }

  disconnected(client: Client): void {
    this.sessions.delete(client);
  }

  /** It subscribed: alert filters are served from the outbox, from its cursor. */
  subscribed(client: Client, filters: readonly string[]): void {
    const s = this.sessions.get(client);
    if (s === undefined) return;
    for (const f of filters) if (isAlertFilter(f) && !s.filters.includes(f)) s.filters.push(f);
    this.pump(s);
  }

  unsubscribed(client: Client, filters: readonly string[]): void {
    const s = this.sessions.get(client);
    if (s !== undefined) s.filters = s.filters.filter((f) => !filters.includes(f));
  }

  /** The broker's forwarding gate: false for a live alert to a persistent viewer (the pump sends it). */
  mayForward(client: Client, topic: string, payload: Buffer): boolean {
    if (!isAlertTopic(topic) || !this.sessions.has(client)) return true;
    return this.pumped.has(payload);
  }

  /** A PUBACK from a client (aedes' 'ack' event). */
  acknowledged(client: Client, payload: Buffer | undefined): void {
    const s = this.sessions.get(client);
    const seq = payload === undefined ? undefined : this.pumped.get(payload);
    if (s === undefined || seq === undefined) return;
    s.inflight = Math.max(0, s.inflight - 1);
    this.stats.acked++;
    // Nothing in flight: everything read is through (sent and acknowledged, or not matching).
    const acked = s.inflight === 0 ? s.read : Math.max(s.acked, seq);
    if (acked > s.acked) {
      s.acked = acked;
      this.deps.saveCursor(client.id, acked);
    }
    this.pump(s);
  }

  /** New revisions are in the outbox. */
  committed(): void {
    for (const s of this.sessions.values()) this.pump(s);
  }

  private pump(s: Session): void {
    if (s.filters.length === 0) return;
    this.fill(s);
    // Nothing in flight and nothing more matched: the session is through everything read.
    if (s.inflight === 0 && s.read > s.acked) {
      s.acked = s.read;
      this.deps.saveCursor(s.client.id, s.acked);
    }
  }

  private fill(s: Session): void {
    while (s.inflight < this.options.maxInflight) {
      const page = this.deps.outbox.after(s.read, this.options.page);
      if (page.length === 0) return;
      for (const { seq, alert } of page) {
        if (s.inflight >= this.options.maxInflight) return;
        s.read = seq;
        const topic = alertTopic(alert);
        if (!s.filters.some((f) => topicMatches(f, topic))) continue;
        const payload = Buffer.from(alertCodec.encode(alert));
        this.pumped.set(payload, seq);
        s.inflight++;
        this.stats.sent++;
        s.client.publish({ cmd: 'publish', topic, payload, qos: 1, retain: false, dup: false } as never, () => undefined);
      }
    }
  }
}

function isAlertFilter(filter: string): boolean {
  return filter.startsWith('bwc/v1/alerts/') || filter === '#' || filter === 'bwc/#' || filter === 'bwc/v1/#';
}
