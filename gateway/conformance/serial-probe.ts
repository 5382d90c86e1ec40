/**
 * Drives the devices on one serial port (a camera, or the bays of a dock) for the conformance
 * check: acknowledges as the gateway would except where a checker says otherwise (withheld,
 * refused with a Nack, dropped during the outage), answers hellos, sends the scheduled commands.
 */
import { ackCodec, batchCodec, commandCodec, commandResultCodec, helloReplyCodec, nackCodec, telemetryCodec } from '../decode/codec.js';
import { encodeFrame, frameCrc } from '../frame/frame-format.js';
import { Framer } from '../frame/framer.js';
import type { Telemetry } from '../model/domain.js';
import { type SerialSpec } from '../transport/serial/serial-config.js';
import { type Binding, SerialConnection } from '../transport/serial/serial-port.js';
import { type Action, type ConformanceChecker } from './checker.js';
import { SESSION_LIMITS } from './session-limits.js';

export async function probeSerial(
  spec: SerialSpec,
  binding: Binding,
  checkers: ReadonlyMap<string, ConformanceChecker>,
  durationMs: number,
  onListening: () => void = () => undefined,
): Promise<void> {
  const connection = new SerialConnection(spec, binding);
  const framer = new Framer();
  const first = [...checkers.values()][0]!;
  const checkerOf = (deviceId: string): ConformanceChecker => checkers.get(deviceId) ?? first;
  /** Acknowledged seqs per (device, boot); the cumulative Ack never passes a withheld one. */
  const acked = new Map<string, { contig: number; ahead: Set<number> }>();
  const send = (type: Parameters<typeof encodeFrame>[0], payload: Uint8Array): void => void connection.write(encodeFrame(type, payload));

  const onTelemetry = (type: 'TELEMETRY' | 'TELEMETRY_BATCH', payload: Uint8Array): void => {
    const decoded = type === 'TELEMETRY' ? telemetryCodec.decode(payload) : batchCodec.decode(payload);
    if (!decoded.ok) return first.rejected(decoded.code, decoded.message);
    const items: Telemetry[] = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
    const toAck = new Map<string, { deviceId: string; bootId: number; seqs: number[] }>();
    for (const t of items) {
      const disposition = checkerOf(t.deviceId).message(t, Date.now());
      if (disposition === 'nack') {
        const nack = { deviceId: t.deviceId, bootId: t.bootId, seqs: [t.seq], reason: 'INVALID' as const, resend: false, detail: 'refused on purpose by the conformance check (BWC-NACK-1)', frameCrc: frameCrc(type, payload) };
        send('NACK', nackCodec.encode(nack));
      }
      if (disposition !== 'ack') continue;
      const key = `${t.deviceId}\u0000${t.bootId}`;
      const g = toAck.get(key) ?? { deviceId: t.deviceId, bootId: t.bootId, seqs: [] };
      g.seqs.push(t.seq);
      toAck.set(key, g);
    }
    for (const [key, g] of toAck) {
      const a = acked.get(key) ?? { contig: 0, ahead: new Set<number>() };
      acked.set(key, a);
      for (const s of g.seqs) if (s > a.contig) a.ahead.add(s);
      while (a.ahead.delete(a.contig + 1)) a.contig++;
      send('ACK', ackCodec.encode({ deviceId: g.deviceId, bootId: g.bootId, seq: a.contig, received: g.seqs }));
    }
  };

  connection.on('data', (chunk) => {
    for (const out of framer.push(chunk)) {
      if (!out.ok) {
        first.frameDiscarded(out.reason, out.bytes);
        continue;
      }
      first.frameOk();
      // During the outage the checkers drop telemetry (counted) and nothing else arrives either.
      if (out.type === 'TELEMETRY' || out.type === 'TELEMETRY_BATCH') onTelemetry(out.type, out.payload);
      else if (first.inOutage(Date.now())) continue;
      else if (out.type === 'COMMAND_RESULT') {
        const r = commandResultCodec.decode(out.payload);
        if (r.ok) checkerOf(r.value.deviceId).commandResult(r.value, Date.now());
        else first.rejected(r.code, r.message);
      }
    }
  });

  const act = (checker: ConformanceChecker, a: Action): void => {
    if (a.kind === 'command') return send('COMMAND', commandCodec.encode(a.command));
    send('HELLO_REPLY', helloReplyCodec.encode({ deviceId: checker.deviceId, bootId: a.bootId, status: 'ACCEPTED', reason: '', serverTimeMs: Date.now(), offlineTimeoutS: 90, settings: a.settings, ...SESSION_LIMITS.serial }));
  };
  let timer: NodeJS.Timeout | undefined;
  const opened = new Promise<boolean>((resolve) => {
    connection.once('open', () => resolve(true));
    timer = setTimeout(() => resolve(false), durationMs); // never opened: the verdict says nothing arrived
  });
  connection.start();
  const open = await opened;
  clearTimeout(timer);
  if (open) {
    onListening();
    const poll = setInterval(() => {
      for (const c of checkers.values()) for (const a of c.actions(Date.now())) act(c, a);
    }, 50);
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    clearInterval(poll);
  }
  for (const out of framer.flush()) if (!out.ok) first.frameDiscarded(out.reason, out.bytes);
  await connection.stop();
}
