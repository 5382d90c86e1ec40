/**
 * The device side of the serial protocol (proto/README.md §3), shared by the simulator and the
 * tests: frames telemetry, keeps every unacknowledged message in a bounded store-and-forward
 * queue ("flash"), resends what is not acknowledged after a timeout (doubling while nothing is
 * acknowledged), and drops the oldest message only when the queue is full (counted). Resent
 * messages go in TelemetryBatch frames whose size halves while nothing is acknowledged (on a
 * noisy line a long frame rarely arrives intact) and grows back as acks return. One link may
 * carry several cameras (a dock).
 *
 * No timers and no clock inside: the owner calls `tick(now)` (real time or virtual time).
 */
import { ackCodec, batchCodec, commandCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import type { Command, Telemetry } from '../../gateway/model/domain.js';
import { type FrameType, encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';

export const DEVICE_LINK_DEFAULTS = {
  /** 10,000 messages of flash: about a day of telemetry at the usual cadence. */
  queueLimit: 10_000,
  /** Resend what is not acknowledged 2 s after sending... */
  ackTimeoutMs: 2_000,
  /** ...doubling up to 30 s while nothing at all is acknowledged. */
  maxAckTimeoutMs: 30_000,
  /** Up to 50 messages per TelemetryBatch frame when resending. */
  batchMax: 50,
};

export type DeviceLinkOptions = Partial<typeof DEVICE_LINK_DEFAULTS>;

interface Entry {
  telemetry: Telemetry;
  lastSentMs: number;
  /** Order of first sending, for dropping the oldest. */
  order: number;
}

export interface DeviceLinkStats {
  sent: number;
  resent: number;
  acked: number;
  /** Dropped because the queue was full (oldest first). */
  dropped: number;
  acksReceived: number;
  framesDiscarded: number;
}

export class DeviceLink {
  readonly options: typeof DEVICE_LINK_DEFAULTS;
  readonly stats: DeviceLinkStats = { sent: 0, resent: 0, acked: 0, dropped: 0, acksReceived: 0, framesDiscarded: 0 };
  /** Per "device\0boot": seq -> entry, in seq order. */
  private readonly queues = new Map<string, Map<number, Entry>>();
  private size = 0;
  private order = 0;
  private timeoutMs: number;
  private batchSize: number;
  private readonly framer = new Framer();
  /** Commands received (the gateway sent them as Command frames). */
  onCommand: (command: Command) => void = () => undefined;
  /** Called with every acknowledged message (device, boot, seq), e.g. for a test's ledger. */
  onAcked: (t: Telemetry) => void = () => undefined;

  constructor(
    private readonly write: (bytes: Uint8Array) => void,
    options: DeviceLinkOptions = {},
  ) {
    this.options = { ...DEVICE_LINK_DEFAULTS, ...options };
    this.timeoutMs = this.options.ackTimeoutMs;
    this.batchSize = this.options.batchMax;
  }

  /** Messages kept until acknowledged. */
  get pending(): number {
    return this.size;
  }

  /** Sends one message now and keeps it until it is acknowledged. */
  send(t: Telemetry, now: number, options: { transmit?: boolean } = {}): void {
    const key = `${t.deviceId}\u0000${t.bootId}`;
    let q = this.queues.get(key);
    if (q === undefined) {
      q = new Map();
      this.queues.set(key, q);
    }
    if (this.size >= this.options.queueLimit) this.dropOldest();
    q.set(t.seq, { telemetry: t, lastSentMs: now, order: this.order++ });
    this.size++;
    this.stats.sent++;
    if (options.transmit !== false) this.frame('TELEMETRY', telemetryCodec.encode(t));
  }

  /** Bytes from the gateway: Acks and Commands. */
  receive(bytes: Uint8Array): void {
    for (const out of this.framer.push(bytes)) {
      if (!out.ok) {
        this.stats.framesDiscarded++;
        continue;
      }
      if (out.type === 'ACK') {
        const ack = ackCodec.decode(out.payload);
        if (ack.ok) this.acknowledge(ack.value.deviceId, ack.value.bootId, ack.value.seq, ack.value.received);
      } else if (out.type === 'COMMAND') {
        const c = commandCodec.decode(out.payload);
        if (c.ok) this.onCommand(c.value);
      }
    }
  }

  /** Resends what has waited longer than the ack timeout. */
  tick(now: number): void {
    const due: Entry[] = [];
    for (const q of this.queues.values()) {
      for (const e of q.values()) if (now - e.lastSentMs >= this.timeoutMs) due.push(e);
    }
    if (due.length === 0) return;
    due.sort((a, b) => a.order - b.order);
    for (let i = 0; i < due.length; i += this.batchSize) {
      const chunk = due.slice(i, i + this.batchSize);
      for (const e of chunk) e.lastSentMs = now;
      if (chunk.length === 1) this.frame('TELEMETRY', telemetryCodec.encode(chunk[0]!.telemetry));
      else this.frame('TELEMETRY_BATCH', batchCodec.encode(chunk.map((e) => e.telemetry)));
      this.stats.resent += chunk.length;
    }
    // Nothing acknowledged for a whole timeout: wait longer, and send shorter frames.
    this.timeoutMs = Math.min(this.options.maxAckTimeoutMs, this.timeoutMs * 2);
    this.batchSize = Math.max(1, Math.floor(this.batchSize / 2));
  }

  private acknowledge(deviceId: string, bootId: number, seq: number, received: readonly number[]): void {
    this.stats.acksReceived++;
    const q = this.queues.get(`${deviceId}\u0000${bootId}`);
    if (q === undefined) return;
    let progress = false;
    const forget = (s: number): void => {
      const e = q.get(s);
      if (e === undefined) return;
      q.delete(s);
      this.size--;
      this.stats.acked++;
      progress = true;
      this.onAcked(e.telemetry);
    };
    for (const s of [...q.keys()]) if (s <= seq) forget(s);
    for (const s of received) forget(s);
    if (progress) {
      this.timeoutMs = this.options.ackTimeoutMs;
      this.batchSize = Math.min(this.options.batchMax, this.batchSize * 2);
    }
  }

  private dropOldest(): void {
    let oldestKey: string | undefined;
    let oldest: Entry | undefined;
    for (const [key, q] of this.queues) {
      const first = q.values().next().value;
      if (first !== undefined && (oldest === undefined || first.order < oldest.order)) {
        oldest = first;
        oldestKey = key;
      }
    }
    if (oldestKey === undefined || oldest === undefined) return;
    this.queues.get(oldestKey)!.delete(oldest.telemetry.seq);
    this.size--;
    this.stats.dropped++;
  }

  private frame(type: FrameType, payload: Uint8Array): void {
    this.write(encodeFrame(type, payload));
  }
}
