/**
 * The conformance checker (`bwc-gateway conformance`, run as a real command) passes a correct
 * camera and fails deliberately broken ones with the right rule named, over serial ptys and MQTT.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import type { Telemetry, TelemetryBody } from '../../gateway/model/domain.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { GATEWAY_BIN, runUntil } from '../helpers/cli.js';
import { tempDir } from '../helpers/gateway.js';
import { freePort } from '../helpers/mosquitto.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { ptyPair } from '../helpers/socat.js';
import { connect } from '../gateway/scenario.js';

interface Verdict {
  passed: boolean;
  rules: { rule: string; pass: boolean; detail: string }[];
}

const HEARTBEAT: TelemetryBody = { case: 'heartbeat', value: { mode: 'READY', recording: false } };
const HELLO: TelemetryBody = { case: 'hello', value: { firmwareVersion: '1', model: 'm', vendor: 'v', officerId: 'B-1', preEventBufferS: 30 } };
const failed = (v: Verdict) => v.rules.filter((r) => !r.pass).map((r) => r.rule);

describe('conformance checker', () => {
  const dir = tempDir('bwc-conf-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the checker on a pty while `device` drives the other end. */
  async function checkSerial(name: string, device: (path: string) => Promise<() => Promise<void>>): Promise<Verdict> {
    const pair = await ptyPair(dir, name);
    try {
      const checking = runUntil(GATEWAY_BIN, ['conformance', '--serial', pair.b, '--device', 'cam-c', '--duration', '6s', '--heartbeat-ms', '1000', '--json'], /^listening to /m);
      await checking.ready; // the checker has started (tsx) and opened the port
      const stop = await device(pair.a);
      const result = await checking.result;
      await stop();
      expect([0, 1]).toContain(result.code);
      return JSON.parse(result.stdout) as Verdict;
    } finally {
      await pair.stop();
    }
  }

  /** A camera built on the DeviceLink, heartbeating every 500 ms; `tweak` breaks it. */
  function camera(options: { hello?: boolean; ackTimeoutMs?: number } = {}) {
    return async (path: string) => {
      const cam = await SerialCamera.open(path, 'cam-c', { ackTimeoutMs: options.ackTimeoutMs ?? 500 });
      cam.send(options.hello === false ? HEARTBEAT : HELLO);
      const timer = setInterval(() => cam.send(HEARTBEAT), 500);
      return async () => {
        clearInterval(timer);
        await cam.close();
      };
    };
  }

  it('passes a correct camera on a serial line', async () => {
    const v = await checkSerial('good', camera());
    expect(failed(v)).toEqual([]);
    expect(v.passed).toBe(true);
  }, 30_000);

  it('fails "hello-first" for a camera that does not start with hello', async () => {
    expect(failed(await checkSerial('nohello', camera({ hello: false })))).toEqual(['hello-first']);
  }, 30_000);

  it('fails "retransmit" for a camera that never resends', async () => {
    expect(failed(await checkSerial('noretx', camera({ ackTimeoutMs: 3_600_000 })))).toEqual(['retransmit']);
  }, 30_000);

  /** Raw frames from a script: `frames(seq)` decides what goes on the wire for each message. */
  function scripted(frame: (t: Telemetry) => Uint8Array, seqs: (i: number) => number) {
    return async (path: string) => {
      const cam = await SerialCamera.open(path, 'cam-c');
      let i = 0;
      const send = (): void => {
        const seq = seqs(i);
        const t: Telemetry = { deviceId: 'cam-c', bootId: 1, seq, timeMs: Date.now(), body: seq === 1 ? HELLO : { case: 'heartbeat', value: { mode: 'READY', recording: i % 2 === 0 } } };
        (cam as unknown as { port: { write(b: Buffer): void } }).port.write(Buffer.from(frame(t)));
        i++;
      };
      send();
      const timer = setInterval(send, 300);
      return async () => {
        clearInterval(timer);
        await cam.close();
      };
    };
  }

  it('fails "frames" for a camera whose CRCs are wrong', async () => {
    const badCrc = (t: Telemetry): Uint8Array => {
      const f = encodeFrame('TELEMETRY', telemetryCodec.encode(t));
      if (t.seq % 4 === 0) f[f.length - 3]! ^= 0x40; // a flipped CRC bit every 4th frame
      return f;
    };
    const v = await checkSerial('badcrc', scripted(badCrc, (i) => i + 1));
    expect(failed(v)).toContain('frames');
    expect(v.rules.find((r) => r.rule === 'frames')!.detail).toMatch(/BAD_CRC|BAD_COBS/);
  }, 30_000);

  it('fails "sequence" for a camera whose seq goes backwards', async () => {
    const good = (t: Telemetry): Uint8Array => encodeFrame('TELEMETRY', telemetryCodec.encode(t));
    const v = await checkSerial('backwards', scripted(good, (i) => (i < 6 ? i + 1 : i - 3)));
    expect(failed(v)).toContain('sequence');
  }, 30_000);

  it('checks an MQTT camera: a correct one passes; one that gives up when not acknowledged fails "retransmit"', async () => {
    // The second camera uses a clean session and does not reconnect: it never publishes the
    // withheld message again (and, silent, misses its heartbeats too).
    for (const [clean, expected] of [
      [false, []],
      [true, ['heartbeat', 'retransmit']],
    ] as const) {
      const port = await freePort();
      const checking = runUntil(GATEWAY_BIN, ['conformance', '--mqtt', `mqtt://127.0.0.1:${port}`, '--device', 'cam-q', '--secret', 's3cret', '--duration', '6s', '--heartbeat-ms', '1000', '--json'], /^broker for /m);
      await checking.ready;
      const cam = await connect(`mqtt://127.0.0.1:${port}`, { clientId: 'cam-q', username: 'cam-q', password: 's3cret', clean, reconnectPeriod: clean ? 0 : 200 });
      cam.on('error', () => undefined);
      let seq = 0;
      const publish = (body: TelemetryBody) =>
        cam.publish(topics.telemetry('cam-q'), Buffer.from(telemetryCodec.encode({ deviceId: 'cam-q', bootId: 1, seq: ++seq, timeMs: Date.now(), body })), { qos: 1 });
      publish(HELLO);
      const timer = setInterval(() => publish(HEARTBEAT), 400);
      const result = await checking.result;
      clearInterval(timer);
      cam.end(true);
      const v = JSON.parse(result.stdout) as Verdict;
      expect(failed(v), `clean=${clean}: ${JSON.stringify(v.rules)}`).toEqual(expected);
      expect(result.code).toBe(expected.length === 0 ? 0 : 1);
    }
  }, 60_000);
});
