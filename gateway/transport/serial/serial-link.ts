/**
 * The gateway's side of one serial line: bytes -> Framer -> frames -> the same ingest path as
 * MQTT (store -> detector -> alerts). An Ack frame goes back only once the frame's records are
 * durably stored; commands queued for a camera go out as Command frames when it is heard. While
 * too many frames wait for the store, reading from the port pauses (backpressure).
 */
import { ackCodec, commandCodec, commandResultCodec, dockAuthCodec, dockAuthReplyCodec, helloReplyCodec, nackCodec } from '../../decode/codec.js';
import type { Command, CommandResult, HelloReply, Nack, Telemetry } from '../../model/domain.js';
import type { Accepted } from '../../model/received.js';
import type { Clock } from '../../clock.js';
import { type Frame, encodeFrame, frameCrc } from '../../frame/frame-format.js';
import { Framer, emptyFramerStats } from '../../frame/framer.js';
import type { Logger } from '../../log.js';
import type { GatewayMetrics } from '../../metrics.js';
import type { Accept } from '../../model/received.js';
import type { TelemetryKey } from '../../model/input.js';
import type { AckTracker } from './ack-tracker.js';
import { SERIAL_DEFAULTS, type SerialSpec } from './serial-config.js';
import { type Binding, SerialConnection } from './serial-port.js';

export interface SerialLinkDeps {
  clock: Clock;
  log: Logger;
  metrics: GatewayMetrics;
  acks: AckTracker;
  /** Where frames go (the pipeline); `done` reports once they are durable, with their keys. */
  accept: Accept;
  heard(deviceId: string, link: SerialLink): void;
  session: SerialSession;
  /** Set (--serial-auth dock): a port takes telemetry only after a DockAuth this accepts. */
  verifyDock?: ((dockId: string, secret: string) => Promise<boolean>) | undefined;
}

/** The device session as a serial line sees it (control/: the command book and the replies). */
export interface SerialSession {
  /** A camera was heard on this link: commands to write to it now. */
  commandsFor(deviceId: string): Command[];
  /** A command frame was written to the port. */
  commandSent(command: Command): void;
  /** A CommandResult frame. */
  commandResult(result: CommandResult, sender: string): void;
  helloAccepted(hello: Telemetry): HelloReply;
  helloRejected(hello: Telemetry, reason: string): HelloReply;
  hellosIn(accepted: Accepted): Telemetry[];
  nack(accepted: Accepted | undefined, failed: boolean, frameCrc: number): Nack;
}

export class SerialLink {
  readonly connection: SerialConnection;
  readonly framer = new Framer();
  private pending = 0;
  private paused = false;
  private reported = emptyFramerStats();
  readonly counts = { framesOk: 0, acksSent: 0, commandsSent: 0, nacksSent: 0, helloReplies: 0, dockAuths: 0, dockRefusals: 0 };
  /** --serial-auth dock: the dock this port authenticated as, until it closes. */
  dock: string | null = null;

  constructor(
    readonly spec: SerialSpec,
    binding: Binding,
    private readonly deps: SerialLinkDeps,
  ) {
    this.connection = new SerialConnection(spec, binding);
    const port = spec.path;
    this.connection.on('open', () => {
      deps.metrics.serialOpen.set({ port }, 1);
      deps.log.info({ port, baud: spec.baudRate }, 'serial port open');
    });
    this.connection.on('close', (reason) => {
      this.framer.reset(); // a frame cut by the disconnect is garbage now
      this.dock = null; // whatever is plugged in next authenticates again
      deps.metrics.serialOpen.set({ port }, 0);
      deps.metrics.serialReconnects.inc({ port });
      deps.log.warn({ port, reason, retry: this.connection.reconnects }, 'serial port lost; retrying with backoff');
    });
    this.connection.on('data', (chunk) => this.onData(chunk));
  }

  start(): void {
    this.connection.start();
  }

  stop(): Promise<void> {
    return this.connection.stop();
  }

  private onData(chunk: Buffer): void {
    for (const out of this.framer.push(chunk)) {
      if (out.ok) this.onFrame(out);
    }
    this.reportFramerStats();
  }

  private reportFramerStats(): void {
    const port = this.spec.path;
    const now = this.framer.stats;
    const m = this.deps.metrics;
    if (now.framesOk > this.reported.framesOk) m.serialFrames.inc({ port }, now.framesOk - this.reported.framesOk);
    for (const [reason, n] of Object.entries(now.discarded)) {
      const before = this.reported.discarded[reason as keyof typeof now.discarded];
      if (n > before) m.serialDiscarded.inc({ port, reason }, n - before);
    }
    if (now.discardedBytes > this.reported.discardedBytes) m.serialDiscardedBytes.inc({ port }, now.discardedBytes - this.reported.discardedBytes);
    this.reported = { framesOk: now.framesOk, discarded: { ...now.discarded }, discardedBytes: now.discardedBytes };
  }

  private onFrame(frame: Frame): void {
    this.counts.framesOk++;
    if (frame.type === 'DOCK_AUTH') return this.onDockAuth(frame.payload);
    if (this.deps.verifyDock !== undefined && this.dock === null) return this.notAuthenticated(frame);
    if (frame.type === 'COMMAND_RESULT') return this.onCommandResult(frame.payload);
    const port = this.spec.path;
    const received = { receivedMs: this.deps.clock.now(), transport: 'serial' as const, topic: `serial:${port}`, payload: frame.payload, clientId: port, deviceId: null, frameType: frame.type };
    this.pending++;
    if (this.pending >= SERIAL_DEFAULTS.maxPendingFrames && !this.paused) {
      this.paused = true;
      this.connection.pause();
    }
    this.deps.accept(received, (error, accepted) => {
      this.pending--;
      if (this.paused && this.pending <= SERIAL_DEFAULTS.maxPendingFrames / 2) {
        this.paused = false;
        this.connection.resume();
      }
      // Not stored: a Nack says whether to resend (store failure) or not (kept aside).
      if (error !== null || accepted === undefined || accepted.outcome === 'quarantined') return this.refuse(frame, accepted, error !== null);
      this.acknowledge(accepted.keys);
      for (const hello of this.deps.session.hellosIn(accepted)) this.send('HELLO_REPLY', helloReplyCodec.encode(this.deps.session.helloAccepted(hello)));
      this.sendCommands(accepted.keys);
    });
  }

  /** A Nack naming the frame by its CRC; a Hello from an unregistered camera is also answered REJECTED. */
  private refuse(frame: Frame, accepted: Accepted | undefined, failed: boolean): void {
    const nack = this.deps.session.nack(accepted, failed, frameCrc(frame.type, frame.payload));
    if (this.send('NACK', nackCodec.encode(nack))) this.counts.nacksSent++;
    if (nack.reason !== 'UNKNOWN_DEVICE' || accepted === undefined) return;
    for (const hello of this.deps.session.hellosIn(accepted)) this.send('HELLO_REPLY', helloReplyCodec.encode(this.deps.session.helloRejected(hello, accepted.detail ?? 'not registered')));
  }

  /** --serial-auth dock: who is on this port. A refusal is counted and audit-logged. */
  private onDockAuth(payload: Uint8Array): void {
    const decoded = dockAuthCodec.decode(payload);
    const verify = this.deps.verifyDock;
    if (!decoded.ok || verify === undefined) {
      const reason = !decoded.ok ? decoded.message : 'this gateway does not require dock authentication (--serial-auth none)';
      this.send('DOCK_AUTH_REPLY', dockAuthReplyCodec.encode({ dockId: decoded.ok ? decoded.value.dockId : '', accepted: verify === undefined && decoded.ok, reason }));
      return;
    }
    const { dockId, secret } = decoded.value;
    void verify(dockId, secret).then((ok) => {
      if (ok) {
        this.dock = dockId;
        this.counts.dockAuths++;
        this.deps.log.info({ port: this.spec.path, dock: dockId }, 'serial port authenticated');
      } else {
        this.counts.dockRefusals++;
        this.deps.metrics.authDenied.inc({ action: 'serial' });
        this.deps.log.warn({ audit: 'dock_refused', port: this.spec.path, dock: dockId }, 'serial dock authentication refused');
      }
      this.send('DOCK_AUTH_REPLY', dockAuthReplyCodec.encode({ dockId, accepted: ok, reason: ok ? '' : 'unknown dock, wrong secret, or revoked' }));
    });
  }

  /** Before a DockAuth is accepted nothing is taken: a Nack says to authenticate, then resend. */
  private notAuthenticated(frame: Frame): void {
    this.counts.dockRefusals++;
    this.deps.metrics.authDenied.inc({ action: 'serial' });
    const nack = { deviceId: '', bootId: 0, seqs: [], reason: 'NOT_AUTHENTICATED' as const, resend: true, detail: 'this port needs DockAuth first (--serial-auth dock)', frameCrc: frameCrc(frame.type, frame.payload) };
    if (this.send('NACK', nackCodec.encode(nack))) this.counts.nacksSent++;
  }

  private onCommandResult(payload: Uint8Array): void {
    const decoded = commandResultCodec.decode(payload);
    const crc = frameCrc('COMMAND_RESULT', payload);
    if (!decoded.ok) {
      this.send('NACK', nackCodec.encode({ deviceId: '', bootId: 0, seqs: [], reason: 'INVALID', resend: false, detail: decoded.message, frameCrc: crc }));
      return;
    }
    try {
      this.deps.session.commandResult(decoded.value, decoded.value.deviceId);
    } catch {
      this.send('NACK', nackCodec.encode(this.deps.session.nack({ outcome: 'quarantined', keys: [], deviceId: decoded.value.deviceId }, true, crc)));
    }
  }

  private send(type: Parameters<typeof encodeFrame>[0], payload: Uint8Array): boolean {
    const ok = this.connection.write(encodeFrame(type, payload));
    if (ok && type === 'HELLO_REPLY') this.counts.helloReplies++;
    return ok;
  }

  /** One Ack per (device, boot) in the frame: cumulative seq plus the seqs of this frame. */
  private acknowledge(keys: readonly TelemetryKey[]): void {
    const byBoot = new Map<string, { deviceId: string; bootId: number; seqs: number[] }>();
    for (const k of keys) {
      const id = `${k.deviceId}\u0000${k.bootId}`;
      const g = byBoot.get(id) ?? { deviceId: k.deviceId, bootId: k.bootId, seqs: [] };
      g.seqs.push(k.seq);
      byBoot.set(id, g);
    }
    for (const g of byBoot.values()) {
      const seq = this.deps.acks.stored(g.deviceId, g.bootId, g.seqs);
      const frame = encodeFrame('ACK', ackCodec.encode({ deviceId: g.deviceId, bootId: g.bootId, seq, received: g.seqs }));
      if (this.connection.write(frame)) {
        this.counts.acksSent++;
        this.deps.metrics.serialAcks.inc({ port: this.spec.path });
      }
    }
  }

  private sendCommands(keys: readonly TelemetryKey[]): void {
    const devices = new Set(keys.map((k) => k.deviceId));
    for (const deviceId of devices) {
      this.deps.heard(deviceId, this);
      for (const command of this.deps.session.commandsFor(deviceId)) this.sendCommand(command);
    }
  }

  sendCommand(command: Command): boolean {
    if (this.deps.verifyDock !== undefined && this.dock === null) return false; // waits: nobody authenticated here
    const ok = this.connection.write(encodeFrame('COMMAND', commandCodec.encode(command)));
    if (ok) {
      this.counts.commandsSent++;
      this.deps.session.commandSent(command);
    }
    return ok;
  }
}
