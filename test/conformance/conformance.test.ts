/**
 * The conformance suite (`bwc-gateway conformance`, run as a real command) drives real cameras
 * over pty pairs and MQTT: a conforming v1.1 camera passes every clause it claims in its PICS;
 * each broken camera fails the clause that names what it broke. Checks run several at once
 * (each on its own pty or port) to keep the suite short.
 */
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { GATEWAY_BIN, run, runUntil } from '../helpers/cli.js';
import { type CameraFaults, mqttCamera, serialCameras } from '../helpers/conforming-camera.js';
import { tempDir } from '../helpers/gateway.js';
import { freePort } from '../helpers/mosquitto.js';
import { ptyPair } from '../helpers/socat.js';
import { SerialCamera } from '../helpers/serial-camera.js';

interface Report {
  passed: boolean;
  devices: { device: string; clauses: { id: string; verdict: 'PASS' | 'FAIL' | 'N/A'; detail: string }[] }[];
}

const HEARTBEAT_MS = 2000;
const DURATION = '10s';
const dir = tempDir('bwc-conf-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FULL = { helloReply: true, nack: true, commands: true, commandResults: true };
function pics(name: string, devices: string[], transport: 'serial' | 'mqtt', supports: Record<string, boolean> = FULL): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, `devices: [${devices.join(', ')}]\ntransport: ${transport}\ncontract: "1.1"\nsupports:\n${Object.entries(supports).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
  return path;
}
const failed = (r: Report, device = r.devices[0]!.device) => r.devices.find((d) => d.device === device)!.clauses.filter((c) => c.verdict === 'FAIL').map((c) => c.id);
const verdict = (r: Report, id: string) => r.devices[0]!.clauses.find((c) => c.id === id)!;

/** Runs the checker on a pty while `device` drives the other end. */
async function checkSerial(name: string, args: string[], device: (path: string) => Promise<() => Promise<void>>): Promise<Report> {
  const pair = await ptyPair(dir, name);
  try {
    const checking = runUntil(GATEWAY_BIN, ['conformance', '--serial', pair.b, '--duration', DURATION, '--heartbeat-ms', String(HEARTBEAT_MS), '--json', ...args], /^listening to /m);
    await checking.ready; // the checker has started and opened the port: the device "boots" now
    const stop = await device(pair.a);
    const result = await checking.result;
    await stop();
    expect([0, 1], result.stderr).toContain(result.code);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.code).toBe(report.passed ? 0 : 1);
    return report;
  } finally {
    await pair.stop();
  }
}

const serialCheck = (name: string, faults: CameraFaults, supports = FULL) =>
  checkSerial(name, ['--pics', pics(name, ['cam-c'], 'serial', supports)], (path) => serialCameras(path, ['cam-c'], HEARTBEAT_MS, faults));

describe('conformance suite over serial', () => {
  it('passes a conforming v1.1 camera on every clause it claims, and a two-bay dock; JUnit has a case per clause', async () => {
    const junit = join(dir, 'good.xml');
    const [good, dock] = await Promise.all([
      checkSerial('good', ['--pics', pics('good', ['cam-c'], 'serial'), '--junit', junit], (path) => serialCameras(path, ['cam-c'], HEARTBEAT_MS)),
      checkSerial('dock', ['--pics', pics('dock', ['bay-1', 'bay-2'], 'serial', { ...FULL, multiBay: true })], (path) => serialCameras(path, ['bay-1', 'bay-2'], HEARTBEAT_MS)),
    ]);
    expect(failed(good), JSON.stringify(good)).toEqual([]);
    expect(good.devices[0]!.clauses.filter((c) => c.verdict === 'N/A').map((c) => c.id)).toEqual(['BWC-MQTT-1', 'BWC-MQTT-2', 'BWC-DOCK-1']);
    expect(good.passed).toBe(true);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)?.length).toBe(18);
    expect(xml).toContain('name="BWC-CMD-3 a command id seen twice is executed once');
    expect(dock.devices.map((d) => d.device)).toEqual(['bay-1', 'bay-2']);
    for (const d of dock.devices) expect(failed(dock, d.device), JSON.stringify(d)).toEqual([]);
    expect(dock.devices[1]!.clauses.find((c) => c.id === 'BWC-DOCK-1')!.verdict).toBe('PASS');
  }, 60_000);

  it('fails the clause each broken camera breaks', async () => {
    const [noHello, ignoresReply, ignoresNacks, ignoresCommands, fastClock, noResend] = await Promise.all([
      serialCheck('nohello', { noHello: true }),
      serialCheck('noreply', { ignoreHelloReply: true }),
      serialCheck('nonack', { ignoreNacks: true }),
      serialCheck('nocmd', { ignoreCommands: true }),
      serialCheck('fast', { clockAheadMs: 30_000 }),
      serialCheck('noresend', { noResend: true }),
    ]);
    expect(failed(noHello)).toContain('BWC-HELLO-1');
    expect(failed(ignoresReply)).toEqual(['BWC-HELLO-2']);
    expect(verdict(ignoresReply, 'BWC-HELLO-2').detail).toMatch(/asked for a heartbeat every 1 s; saw a 2\.\d s gap/);
    expect(failed(ignoresNacks)).toEqual(['BWC-NACK-1']);
    expect(failed(ignoresCommands)).toEqual(['BWC-CMD-1', 'BWC-CMD-2', 'BWC-CMD-3']);
    expect(failed(fastClock)).toEqual(['BWC-TIME-1']);
    expect(verdict(fastClock, 'BWC-TIME-1').detail).toMatch(/30\.\d s ahead of the checker's/);
    expect(failed(noResend)).toEqual(expect.arrayContaining(['BWC-ACK-1', 'BWC-ACK-2', 'BWC-SEQ-1']));
  }, 90_000);

  it('fails BWC-FRAME-1 for wrong CRCs; a v1.0 camera without a PICS is judged on the core clauses only', async () => {
    const badCrc = await checkSerial('badcrc', ['--device', 'cam-c'], async (path) => {
      const cam = await SerialCamera.open(path, 'cam-c');
      let seq = 0;
      const send = (): void => {
        const t = { deviceId: 'cam-c', bootId: 1, seq: ++seq, timeMs: Date.now(), body: { case: 'heartbeat', value: { mode: 'READY', recording: false } } } as const;
        const f = encodeFrame('TELEMETRY', telemetryCodec.encode(t));
        if (seq % 4 === 0) f[f.length - 3]! ^= 0x40; // a flipped CRC bit every 4th frame
        (cam as unknown as { port: { write(b: Buffer): void } }).port.write(Buffer.from(f));
      };
      const timer = setInterval(send, 300);
      return async () => {
        clearInterval(timer);
        await cam.close();
      };
    });
    expect(failed(badCrc)).toContain('BWC-FRAME-1');
    expect(verdict(badCrc, 'BWC-FRAME-1').detail).toMatch(/BAD_CRC|BAD_COBS/);
    // No PICS: HelloReply, Nack and results are not claimed; commands are (v1.0 had them).
    expect(['BWC-HELLO-2', 'BWC-NACK-1', 'BWC-CMD-2', 'BWC-CMD-3'].map((id) => verdict(badCrc, id).verdict)).toEqual(['N/A', 'N/A', 'N/A', 'N/A']);
    expect(verdict(badCrc, 'BWC-CMD-1').verdict).toBe('FAIL');
  }, 60_000);
});

describe('conformance suite over MQTT', () => {
  async function checkMqtt(name: string, faults: CameraFaults): Promise<Report> {
    const port = await freePort();
    const checking = runUntil(
      GATEWAY_BIN,
      ['conformance', '--mqtt', `mqtt://127.0.0.1:${port}`, '--pics', pics(name, ['cam-q'], 'mqtt'), '--secret', 's3cret', '--duration', DURATION, '--heartbeat-ms', String(HEARTBEAT_MS), '--json'],
      /^broker for /m,
    );
    await checking.ready;
    const stop = await mqttCamera(`mqtt://127.0.0.1:${port}`, 'cam-q', 's3cret', HEARTBEAT_MS, faults);
    const result = await checking.result;
    await stop();
    return JSON.parse(result.stdout) as Report;
  }

  it('passes a conforming camera; fails a sloppy one (clean session, no command subscription, clock 30 s fast)', async () => {
    const [good, sloppy] = await Promise.all([checkMqtt('mqtt-good', {}), checkMqtt('mqtt-sloppy', { sloppySession: true, clockAheadMs: 30_000 })]);
    expect(failed(good), JSON.stringify(good)).toEqual([]);
    expect(good.passed).toBe(true);
    expect(failed(sloppy)).toEqual(expect.arrayContaining(['BWC-MQTT-1', 'BWC-MQTT-2', 'BWC-TIME-1', 'BWC-CMD-1']));
    expect(sloppy.passed).toBe(false);
  }, 60_000);
});

describe('conformance command line', () => {
  it('lists its clauses, and refuses a bad PICS file naming the field', async () => {
    const list = await run(GATEWAY_BIN, ['conformance', '--list-clauses']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(18);
    writeFileSync(join(dir, 'bad.yaml'), 'devices: [cam-1]\ntransport: usb\n');
    const bad = await run(GATEWAY_BIN, ['conformance', '--serial', '/dev/null', '--pics', join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/transport/);
  });
});
