/** SerialLink and SerialConnection on @serialport/binding-mock (reset between tests). */
import { MockBinding } from '@serialport/binding-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ackCodec, nackCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { cobsDecode } from '../../gateway/frame/cobs.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';
import { silentLogger } from '../../gateway/log.js';
import { createMetrics } from '../../gateway/metrics.js';
import { classify } from '../../gateway/decode/classify.js';
import type { Accept, AcceptDone, Received } from '../../gateway/model/received.js';
import { AckTracker } from '../../gateway/transport/serial/ack-tracker.js';
import { SerialLink } from '../../gateway/transport/serial/serial-link.js';
import { ManualClock } from '../../gateway/clock.js';
import { GatewayError } from '../../gateway/errors.js';
import { telemetry } from '../helpers/gateway.js';
import { NO_SESSION } from '../helpers/serial-session.js';

const PATH = '/dev/ttyMOCK0';
const hb = (seq: number) => encodeFrame('TELEMETRY', telemetryCodec.encode(telemetry('cam-m', seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));

/** The pipeline's answer for a stored frame: its dedupe keys. */
const stored = (r: Received, done: AcceptDone): void => {
  const c = classify(r);
  done(null, { outcome: 'stored', keys: c.ok ? c.input.keys : [] });
};

function makeLink(accept: Accept) {
  MockBinding.createPort(PATH, { echo: false, record: true });
  return new SerialLink({ path: PATH, baudRate: 115200 }, MockBinding, {
    clock: new ManualClock(1_000),
    log: silentLogger,
    metrics: createMetrics(),
    acks: new AckTracker(() => 0),
    accept,
    session: NO_SESSION,
    heard: () => undefined,
  });
}

async function opened(link: SerialLink): Promise<void> {
  if (link.connection.isOpen) return;
  await new Promise<void>((resolve) => link.connection.once('open', () => resolve()));
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('SerialLink (mock binding)', () => {
  let link: SerialLink | undefined;
  afterEach(async () => {
    await link?.stop();
    link = undefined;
    MockBinding.reset();
  });

  it('acknowledges a stored frame with the cumulative and the received seqs', async () => {
    link = makeLink((r, done) => setImmediate(() => stored(r, done)));
    link.start();
    await opened(link);
    const port = link.connection.stream!.port as unknown as { emitData(d: Buffer): void; recording: Buffer };
    port.emitData(Buffer.concat([Buffer.from(hb(1)), Buffer.from([0x13, 0x37, 0x00]), Buffer.from(hb(2)), Buffer.from(hb(4))]));
    await until(() => link!.counts.acksSent === 3);
    const acks = new Framer().push(port.recording).map((f) => (f.ok ? ackCodec.decode(f.payload) : undefined));
    expect(acks).toEqual([
      { ok: true, value: { deviceId: 'cam-m', bootId: 1, seq: 1, received: [1] } },
      { ok: true, value: { deviceId: 'cam-m', bootId: 1, seq: 2, received: [2] } },
      { ok: true, value: { deviceId: 'cam-m', bootId: 1, seq: 2, received: [4] } },
    ]);
    expect(link.framer.stats.discarded.BAD_COBS + link.framer.stats.discarded.TOO_SHORT).toBe(1);
  });

  it('sends no Ack when the store fails, but a Nack that says "resend later" naming the frame by its CRC', async () => {
    link = makeLink((_r, done) => setImmediate(() => done(new GatewayError('STORE_FAILED', 'disk full'))));
    link.start();
    await opened(link);
    const port = link.connection.stream!.port as unknown as { emitData(d: Buffer): void; recording: Buffer };
    const frame = Buffer.from(hb(1));
    port.emitData(frame);
    await until(() => link!.counts.nacksSent === 1);
    expect(link.counts.acksSent).toBe(0);
    const out = new Framer().push(port.recording);
    expect(out.map((f) => (f.ok ? f.type : 'bad'))).toEqual(['NACK']);
    const nack = out[0]!.ok ? nackCodec.decode(out[0]!.payload) : undefined;
    const body = Buffer.from(cobsDecode(frame.subarray(0, frame.length - 1))!);
    expect(nack).toMatchObject({ ok: true, value: { reason: 'RETRY_LATER', resend: true, frameCrc: body.readUInt32LE(body.length - 4) } });
  });

  it('pauses reading while too many frames wait for the store, and resumes', async () => {
    const waiting: (() => void)[] = [];
    link = makeLink((r, done) => waiting.push(() => stored(r, done)));
    link.start();
    await opened(link);
    const port = link.connection.stream!.port as unknown as { emitData(d: Buffer): void };
    port.emitData(Buffer.concat(Array.from({ length: 100 }, (_, i) => Buffer.from(hb(i + 1)))));
    await until(() => waiting.length >= 64);
    expect(link.connection.stream!.isPaused()).toBe(true);
    for (const w of waiting.splice(0)) w();
    expect(link.connection.stream!.isPaused()).toBe(false);
  });

  it('reopens a port that went away, with backoff', async () => {
    link = makeLink((r, done) => stored(r, done));
    link.start();
    await opened(link);
    const reopened = new Promise<void>((resolve) => link!.connection.once('open', () => resolve()));
    link.connection.stream!.destroy(); // the port vanishes
    await reopened;
    expect(link.connection.reconnects).toBe(1);
  });
});
