/** Listens to one device on a serial port for the conformance check, acknowledging as the gateway would (except where the checker withholds). */
import { ackCodec, batchCodec, telemetryCodec } from '../decode/codec.js';
import { encodeFrame } from '../frame/frame-format.js';
import { Framer } from '../frame/framer.js';
import type { Telemetry } from '../model/domain.js';
import { type SerialSpec } from '../transport/serial/serial-config.js';
import { type Binding, SerialConnection } from '../transport/serial/serial-port.js';
import type { ConformanceChecker } from './checker.js';

export async function probeSerial(
  spec: SerialSpec,
  binding: Binding,
  checker: ConformanceChecker,
  durationMs: number,
  onListening: () => void = () => undefined,
): Promise<void> {
  const connection = new SerialConnection(spec, binding);
  const framer = new Framer();
  /** Acknowledged seqs per boot; the cumulative Ack never passes a withheld one. */
  const acked = new Map<number, { contig: number; ahead: Set<number> }>();
  connection.on('data', (chunk) => {
    for (const out of framer.push(chunk)) {
      if (!out.ok) {
        checker.frameDiscarded(out.reason, out.bytes);
        continue;
      }
      checker.frameOk();
      if (out.type !== 'TELEMETRY' && out.type !== 'TELEMETRY_BATCH') continue;
      const decoded = out.type === 'TELEMETRY' ? telemetryCodec.decode(out.payload) : batchCodec.decode(out.payload);
      if (!decoded.ok) {
        checker.rejected(decoded.code, decoded.message);
        continue;
      }
      const items: Telemetry[] = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
      const byBoot = new Map<number, number[]>();
      for (const t of items) {
        if (!checker.message(t, Date.now())) continue; // withheld on purpose
        const list = byBoot.get(t.bootId) ?? [];
        list.push(t.seq);
        byBoot.set(t.bootId, list);
      }
      for (const [bootId, seqs] of byBoot) {
        const a = acked.get(bootId) ?? { contig: 0, ahead: new Set<number>() };
        acked.set(bootId, a);
        for (const s of seqs) if (s > a.contig) a.ahead.add(s);
        while (a.ahead.delete(a.contig + 1)) a.contig++;
        connection.write(encodeFrame('ACK', ackCodec.encode({ deviceId: checker.deviceId, bootId, seq: a.contig, received: seqs })));
      }
    }
  });
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
    await new Promise((resolve) => setTimeout(resolve, durationMs));
  }
  for (const out of framer.flush()) if (!out.ok) checker.frameDiscarded(out.reason, out.bytes);
  await connection.stop();
}
