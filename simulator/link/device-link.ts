/**
 * The device side of the serial protocol (proto/README.md §3), shared by the simulator and the
 * tests: frames telemetry, keeps every unacknowledged message in a bounded store-and-forward
 * queue ("flash"), resends what is not acknowledged after a timeout (doubling while nothing is
 * acknowledged), and drops the oldest message only when the queue is full (counted). Resent
 * messages go in TelemetryBatch frames whose size halves while nothing is acknowledged (on a
 * noisy line a long frame rarely arrives intact) and grows back as acks return. One link may
 * carry several cameras (a dock).
 *
 * v1.1 (proto/README.md §3, "Session"): a HelloReply is handed to `onHelloReply`; a Nack that
 * says "do not resend" drops the messages it names (by seq, or by the refused frame's CRC); an
 * UNKNOWN_DEVICE Nack holds that camera's resends until a Hello is accepted (or an hour);
 * a command id seen again is not executed again: its last result is sent again instead.
 *
 * No timers and no clock inside: the owner calls `tick(now)` (real time or virtual time).
 */
import { ackCodec, batchCodec, commandCodec, commandResultCodec, dockAuthCodec, dockAuthReplyCodec, helloReplyCodec, nackCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import type { Command, CommandResult, DockAuthReply, HelloReply, Nack, Telemetry } from '../../gateway/model/domain.js';
import { type FrameType, encodeFrame, frameCrc } from '../../gateway/frame/frame-format.js';
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
  /** Frames remembered by CRC (a Nack may name a frame only by it), and command ids seen. */
  remember: 256,
  /** An UNKNOWN_DEVICE Nack holds that camera's resends this long (or until a Hello is accepted). */
  unknownHoldMs: 3_600_000,
};

export type DeviceLinkOptions = Partial<typeof DEVICE_LINK_DEFAULTS> & {
  /** A dock on a gateway with --serial-auth dock: authenticate the port as this dock account. */
  dock?: { id: string; secret: string };
};

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
  /** v1.1: Nacks received, and messages dropped because a Nack said not to resend them. */
  nacksReceived: number;
  refused: number;
  /** v1.1: commands received again (same id): not executed again. */
  duplicateCommands: number;
}

export class DeviceLink {
  readonly options: typeof DEVICE_LINK_DEFAULTS;
  private readonly dock: { id: string; secret: string } | undefined;
  /** When DockAuth was last sent (again after a Nack NOT_AUTHENTICATED, at most once a second). */
  private dockAuthSentMs = Number.NEGATIVE_INFINITY;
  /** The last DockAuthReply. */
  onDockAuthReply: (reply: DockAuthReply) => void = () => undefined;
  readonly stats: DeviceLinkStats = { sent: 0, resent: 0, acked: 0, dropped: 0, acksReceived: 0, framesDiscarded: 0, nacksReceived: 0, refused: 0, duplicateCommands: 0 };
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
  /** v1.1: the gateway's answer to a Hello, and its refusals. */
  onHelloReply: (reply: HelloReply) => void = () => undefined;
  onNack: (nack: Nack) => void = () => undefined;
  /** CRC of each recent frame -> the messages in it. */
  private readonly sentFrames = new Map<number, { key: string; seq: number }[]>();
  /** Command id -> its last result ('' until one is sent). */
  private readonly commandsSeen = new Map<string, CommandResult | null>();
  /** Cameras whose resends wait (UNKNOWN_DEVICE), until this time. */
  private readonly held = new Map<string, number>();
  private nowMs = 0;

  constructor(
    private readonly write: (bytes: Uint8Array) => void,
    options: DeviceLinkOptions = {},
  ) {
    const { dock, ...rest } = options;
    this.options = { ...DEVICE_LINK_DEFAULTS, ...rest };
    this.dock = dock;
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
    if (options.transmit !== false) this.frame('TELEMETRY', telemetryCodec.encode(t), [{ key, seq: t.seq }]);
  }

  /** v1.1: what became of a command (sent again, unchanged, if the command comes again). */
  sendResult(result: CommandResult): void {
    if (this.commandsSeen.has(result.commandId)) this.commandsSeen.set(result.commandId, result);
    this.frame('COMMAND_RESULT', commandResultCodec.encode(result));
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
        if (c.ok) this.command(c.value);
      } else if (out.type === 'HELLO_REPLY') {
        const h = helloReplyCodec.decode(out.payload);
        if (!h.ok) continue;
        if (h.value.status === 'ACCEPTED') this.held.delete(h.value.deviceId);
        this.onHelloReply(h.value);
      } else if (out.type === 'NACK') {
        const n = nackCodec.decode(out.payload);
        if (n.ok) this.refuse(n.value);
      } else if (out.type === 'DOCK_AUTH_REPLY') {
        const r = dockAuthReplyCodec.decode(out.payload);
        if (r.ok) this.onDockAuthReply(r.value);
      }
    }
  }

  /** Executes an id once: a repeat gets the last result again (or nothing, if none yet). */
  private command(c: Command): void {
    if (this.commandsSeen.has(c.commandId)) {
      this.stats.duplicateCommands++;
      const last = this.commandsSeen.get(c.commandId);
      if (last) this.frame('COMMAND_RESULT', commandResultCodec.encode(last));
      return;
    }
    this.commandsSeen.set(c.commandId, null);
    if (this.commandsSeen.size > this.options.remember) this.commandsSeen.delete(this.commandsSeen.keys().next().value!);
    this.onCommand(c);
  }

  /** A Nack: drop what must not be resent; hold an unknown camera; resend later otherwise. */
  private refuse(n: Nack): void {
    this.stats.nacksReceived++;
    this.onNack(n);
    if (n.reason === 'NOT_AUTHENTICATED') return this.authenticate(this.nowMs, true);
    if (n.reason === 'UNKNOWN_DEVICE') {
      if (n.deviceId !== '') this.held.set(n.deviceId, this.nowMs + this.options.unknownHoldMs);
      return;
    }
    if (n.resend) return; // RETRY_LATER, TOO_LARGE: the timeout resends (in smaller batches)
    const named = n.seqs.length > 0 ? n.seqs.map((seq) => ({ key: `${n.deviceId}\u0000${n.bootId}`, seq })) : (this.sentFrames.get(n.frameCrc) ?? []);
    for (const { key, seq } of named) {
      const q = this.queues.get(key);
      if (q?.delete(seq)) {
        this.size--;
        this.stats.refused++;
      }
    }
  }

  /** Resends what has waited longer than the ack timeout. */
  tick(now: number): void {
    this.nowMs = now;
    this.authenticate(now, false);
    // Due: every pending message up to the newest one whose timeout passed (per camera and boot),
    // so holes are filled in seq order even when due times cross as the timeout doubles.
    const due: Entry[] = [];
    for (const q of this.queues.values()) {
      let upto = -1;
      for (const e of q.values()) if (now - e.lastSentMs >= this.timeoutMs && !this.isHeld(e.telemetry.deviceId, now)) upto = Math.max(upto, e.telemetry.seq);
      for (const e of q.values()) if (e.telemetry.seq <= upto) due.push(e);
    }
    if (due.length === 0) return;
    due.sort((a, b) => a.order - b.order);
    for (let i = 0; i < due.length; i += this.batchSize) {
      const chunk = due.slice(i, i + this.batchSize);
      for (const e of chunk) e.lastSentMs = now;
      const named = chunk.map((e) => ({ key: `${e.telemetry.deviceId}\u0000${e.telemetry.bootId}`, seq: e.telemetry.seq }));
      if (chunk.length === 1) this.frame('TELEMETRY', telemetryCodec.encode(chunk[0]!.telemetry), named);
      else this.frame('TELEMETRY_BATCH', batchCodec.encode(chunk.map((e) => e.telemetry)), named);
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

  /** --serial-auth dock: DockAuth once at the start, and again when the gateway asks (a reopened port). */
  private authenticate(now: number, asked: boolean): void {
    if (this.dock === undefined) return;
    if (asked ? now - this.dockAuthSentMs < 1000 : this.dockAuthSentMs !== Number.NEGATIVE_INFINITY) return;
    this.dockAuthSentMs = now;
    this.frame('DOCK_AUTH', dockAuthCodec.encode({ dockId: this.dock.id, secret: this.dock.secret }));
  }

  private isHeld(deviceId: string, now: number): boolean {
    const until = this.held.get(deviceId);
    if (until === undefined) return false;
    if (now < until) return true;
    this.held.delete(deviceId);
    return false;
  }

  private frame(type: FrameType, payload: Uint8Array, named?: { key: string; seq: number }[]): void {
    const wire = encodeFrame(type, payload);
    if (named !== undefined) {
      this.sentFrames.set(frameCrc(type, payload), named);
      if (this.sentFrames.size > this.options.remember) this.sentFrames.delete(this.sentFrames.keys().next().value!);
    }
    this.write(wire);
  }
}
