/**
 * 11. Interoperability: broker behaviour the MQTT 3.1.1 specification (OASIS, 2014) requires,
 * checked against the embedded broker with two independent clients, MQTT.js and Debian's
 * mosquitto_pub / mosquitto_sub, each with a timeout. Each case names the clause it checks.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import mqtt from 'mqtt';
import mqttPacket from 'mqtt-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { startGateway, tempDir, telemetry, type TestGateway } from '../helpers/gateway.js';
import { report } from './figures.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
function mosquitto(cmd: 'mosquitto_pub' | 'mosquitto_sub', args: string[], timeoutMs = 15_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const results: { clause: string; what: string; client: string; ok: boolean }[] = [];
const known: { clause: string; note: string }[] = [];

describe('reliability: MQTT 3.1.1 interoperability', () => {
  let t: TestGateway;
  let host = '';
  let port = 0;
  const secrets = new Map<string, string>();
  let viewerPassword = '';
  const dir = tempDir('bwc-interop-');
  beforeAll(async () => {
    t = await startGateway();
    const u = new URL(t.gateway.addresses.mqtt);
    host = u.hostname;
    port = Number(u.port);
    for (const id of ['cam-1', 'cam-2', 'cam-3']) secrets.set(id, await t.addDevice(id));
    viewerPassword = await t.gateway.credentials.addAccount('viewer-1', 'viewer', Date.now());
  });
  afterAll(async () => {
    await t.close();
    const failed = results.filter((r) => !r.ok).length;
    report({
      test: '11. MQTT 3.1.1 interoperability',
      load: 'the embedded broker',
      faults: 'none: conformance',
      inputs: `${results.length} checks with MQTT.js and mosquitto_pub/sub`,
      mustBeZero: { 'checks failed': failed },
      figures: { 'clauses checked': [...new Set(results.map((r) => r.clause))].join(', '), 'known deviations (aedes)': known.map((k) => `${k.clause}: ${k.note}`).join('; ') },
    });
  });
  const check = (clause: string, what: string, client: string, ok: boolean): void => {
    results.push({ clause, what, client, ok });
    expect(ok, `${clause} ${what} (${client})`).toBe(true);
  };
  const cam = (id: string, extra: mqtt.IClientOptions = {}) => mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: id, username: id, password: secrets.get(id)!, reconnectPeriod: 0, connectTimeout: 5000, ...extra });
  const hb = (id: string, seq: number) => Buffer.from(telemetryCodec.encode(telemetry(id, seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
  const stored = (id: string): number => storedKeys(t.gateway.db, id).length;

  it('MQTT-3.2.2-1/2: CONNACK session present follows clean session and stored state', async () => {
    const connack = (clean: boolean, subscribe: boolean): Promise<boolean> =>
      new Promise((resolve, reject) => {
        const c = mqtt.connect(t.gateway.addresses.mqtt, { clientId: 'cam-1', username: 'cam-1', password: secrets.get('cam-1')!, reconnectPeriod: 0, clean });
        c.once('connect', (p) => {
          const done = (): void => void c.end(false, () => resolve(p.sessionPresent));
          if (subscribe) c.subscribe(topics.commands('cam-1'), { qos: 1 }, done);
          else done();
        });
        c.once('error', reject);
      });
    const clean = await connack(true, false);
    const fresh = await connack(false, true);
    const resumed = await connack(false, false);
    check('MQTT-3.2.2-1', 'clean session: session present 0', 'MQTT.js', clean === false);
    check('MQTT-3.2.2-2', 'first clean=false session: session present 0', 'MQTT.js', fresh === false);
    check('MQTT-3.2.2-2', 'resumed clean=false session (with a subscription): session present 1', 'MQTT.js', resumed === true);
    // Known deviation of aedes: a stored session with no subscriptions is not reported as present.
    const empty = await connack(true, false).then(() => connack(false, false)).then(() => connack(false, false));
    known.push({ clause: 'MQTT-3.2.2-2', note: `a resumed session with no subscriptions: session present ${empty ? 1 : 0} (aedes keeps no empty sessions)` });
  });

  it('MQTT-4.3.2-2/4.4.0-1: QoS 1 PUBACK once stored; a persistent subscriber gets what it missed', async () => {
    // MQTT.js camera: PUBACK means stored.
    const a = await cam('cam-2');
    await a.publishAsync(topics.telemetry('cam-2'), hb('cam-2', 1), { qos: 1 });
    check('MQTT-4.3.2-2', 'PUBACK for a QoS 1 PUBLISH (stored before it)', 'MQTT.js', stored('cam-2') === 1);
    await a.endAsync();
    // mosquitto_pub camera, QoS 1, payload from a file.
    const file = join(dir, 'hb.bin');
    writeFileSync(file, hb('cam-2', 2));
    const pub = await mosquitto('mosquitto_pub', ['-h', host, '-p', String(port), '-i', 'cam-2', '-u', 'cam-2', '-P', secrets.get('cam-2')!, '-q', '1', '-t', topics.telemetry('cam-2'), '-f', file]);
    check('MQTT-4.3.2-2', 'PUBACK for a QoS 1 PUBLISH (stored before it)', 'mosquitto_pub', pub.code === 0 && stored('cam-2') === 2);

    // A persistent viewer subscribes, leaves; an alert is raised while it is away; it comes back.
    const first = await mosquitto('mosquitto_sub', ['-h', host, '-p', String(port), '-i', 'viewer-1', '-u', 'viewer-1', '-P', viewerPassword, '-c', '-q', '1', '-t', 'bwc/v1/alerts/#', '-W', '1']);
    void first; // exits on its timeout: it only established the session
    await t.gateway.pipeline.acceptActivity({ activityId: 'CAD-I', type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds: ['cam-2'], source: 'test', lat: 0, lon: 0, note: '', officerIds: [], unit: '' }, 'api');
    await sleep(3500); // the test policy's grace is 2 s: a missed activation is published meanwhile
    const back = await mosquitto('mosquitto_sub', ['-h', host, '-p', String(port), '-i', 'viewer-1', '-u', 'viewer-1', '-P', viewerPassword, '-c', '-q', '1', '-t', 'bwc/v1/alerts/#', '-C', '1', '-W', '5', '-v']);
    check('MQTT-4.4.0-1', 'QoS 1 message published while a clean=false subscriber was away is delivered on reconnect', 'mosquitto_sub', back.code === 0 && back.stdout.startsWith('bwc/v1/alerts/cam-2 '));
  });

  it('MQTT-3.3.1-6/8: a new subscription gets the retained device state, marked retained', async () => {
    const v = await mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: 'viewer-1b', username: 'viewer-1', password: viewerPassword, reconnectPeriod: 0 });
    const got = new Promise<{ topic: string; retain: boolean }>((resolve) => v.once('message', (topic, _p, packet) => resolve({ topic, retain: packet.retain })));
    await v.subscribeAsync(topics.state('cam-2'), { qos: 1 });
    const m = await Promise.race([got, sleep(3000).then(() => null)]);
    await v.endAsync();
    check('MQTT-3.3.1-8', 'retained message sent on subscribe with RETAIN=1', 'MQTT.js', m !== null && m.topic === topics.state('cam-2') && m.retain);
    const sub = await mosquitto('mosquitto_sub', ['-h', host, '-p', String(port), '-i', 'viewer-1c', '-u', 'viewer-1', '-P', viewerPassword, '-t', topics.state('cam-2'), '-C', '1', '-W', '5', '-v', '--retained-only']);
    check('MQTT-3.3.1-6', 'retained message delivered to a new subscriber', 'mosquitto_sub', sub.code === 0 && sub.stdout.startsWith(`${topics.state('cam-2')} `));
  });

  it('MQTT-3.1.2-8/10: the will is published on a lost connection, not after DISCONNECT', async () => {
    const will = (seq: number) => ({ topic: topics.telemetry('cam-3'), payload: Buffer.from(telemetryCodec.encode(telemetry('cam-3', seq, { case: 'fault', value: { code: 'LINK_LOST', message: 'will' } }))), qos: 1 as const, retain: false });
    const polite = await cam('cam-3', { will: will(10) });
    await polite.endAsync(); // DISCONNECT: the will is discarded
    await sleep(300);
    check('MQTT-3.1.2-10', 'will discarded after DISCONNECT', 'MQTT.js', stored('cam-3') === 0);
    const rude = await cam('cam-3', { will: will(11) });
    (rude.stream as unknown as { destroy(): void }).destroy(); // connection lost without DISCONNECT
    await sleep(500);
    check('MQTT-3.1.2-8', 'will published (and stored) when the connection is lost', 'MQTT.js', stored('cam-3') === 1);
    rude.end(true);
  });

  it('MQTT-3.3.5-1: overlapping subscriptions deliver the message at the highest QoS', async () => {
    // Re-checked in both subscription orders: aedes (moscajs/aedes#1074, open) delivers once, at
    // the QoS of whichever matching subscription it finds first, so a tester who subscribed in
    // the other order saw QoS 1. Recorded as found; this fails when aedes is fixed (then make it a check).
    const observed: string[] = [];
    for (const [i, order] of [
      { 'bwc/v1/alerts/#': { qos: 0 as const }, 'bwc/v1/alerts/cam-1': { qos: 1 as const } },
      { 'bwc/v1/alerts/cam-1': { qos: 1 as const }, 'bwc/v1/alerts/#': { qos: 0 as const } },
    ].entries()) {
      const v = await mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: `viewer-1d${i}`, username: 'viewer-1', password: viewerPassword, reconnectPeriod: 0 });
      await v.subscribeAsync(order);
      const qos: number[] = [];
      v.on('message', (topic, _p, packet) => {
        if (topic === 'bwc/v1/alerts/cam-1') qos.push(packet.qos);
      });
      await t.gateway.pipeline.acceptActivity({ activityId: `CAD-O${i}`, type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds: ['cam-1'], source: 'test', lat: 0, lon: 0, note: '', officerIds: [], unit: '' }, 'api');
      await sleep(3500);
      await v.endAsync();
      expect(qos.length).toBeGreaterThanOrEqual(1);
      observed.push(`${Object.keys(order).join(' then ')}: QoS ${qos.join(', ')}`);
    }
    known.push({ clause: 'MQTT-3.3.5-1', note: `overlapping QoS 0 and QoS 1 subscriptions: delivered once, at the QoS of the subscription aedes matches first, not the highest (${observed.join('; ')}; aedes#1074)` });
    expect(observed.some((o) => /QoS 0$/.test(o))).toBe(true);
  });

  it('refuses malformed packets as MQTT 3.1.1 says (found by fuzzing): closes the connection, acknowledges nothing', async () => {
    const connect = (): Buffer =>
      mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'cam-2', keepalive: 30, username: 'cam-2', password: Buffer.from(secrets.get('cam-2')!) });
    const publish = (topic: string, messageId: number): Buffer =>
      mqttPacket.generate({ cmd: 'publish', topic, payload: Buffer.from('x'), qos: 1, messageId, retain: false, dup: false });
    /** What the server sent back (packet types, CONNACK codes) and whether it closed the connection. */
    const probe = async (packets: Buffer[]): Promise<{ got: string[]; closed: boolean }> => {
      const s = tcpConnect(port, host);
      s.on('error', () => undefined);
      const got: string[] = [];
      let closed = false;
      const parser = mqttPacket.parser({ protocolVersion: 4 });
      parser.on('packet', (p) => got.push(p.cmd === 'connack' ? `connack:${(p as { returnCode: number }).returnCode}` : p.cmd));
      s.on('data', (d) => parser.parse(d));
      s.on('close', () => (closed = true));
      await new Promise<void>((r) => s.once('connect', () => r()));
      for (const p of packets) {
        s.write(p);
        await sleep(100);
      }
      await sleep(700);
      s.destroy();
      return { got, closed };
    };
    const level3 = connect();
    level3[8] = 3; // the protocol level byte after "MQTT"
    const r1 = await probe([level3]);
    check('MQTT-3.1.2-2', 'protocol level 3 with name "MQTT": CONNACK 1, then closed', 'raw socket', r1.closed && r1.got.join() === 'connack:1');
    const level5 = connect();
    level5[8] = 6;
    const r2 = await probe([level5]);
    check('MQTT-3.1.2-2', 'protocol level 6 with name "MQTT": CONNACK 1, then closed', 'raw socket', r2.closed && r2.got.join() === 'connack:1');
    const will = mqttPacket.generate({
      cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'cam-2', keepalive: 30, username: 'cam-2', password: Buffer.from(secrets.get('cam-2')!),
      will: { topic: topics.telemetry('cam-2'), payload: Buffer.from('x'), qos: 1, retain: false },
    });
    will[9] = will[9]! | 0x18; // Will QoS bits = 3
    const r3 = await probe([will]);
    check('MQTT-3.1.2-14', 'Will QoS 3: closed, no CONNACK', 'raw socket', r3.closed && r3.got.length === 0);
    const r4 = await probe([connect(), Buffer.from([0xa2, 0x02, 0x00, 0x05])]);
    check('MQTT-3.10.3-2', 'UNSUBSCRIBE with no topic filter: closed, no UNSUBACK', 'raw socket', r4.closed && !r4.got.includes('unsuback'));
    const r5 = await probe([connect(), publish(`${topics.telemetry('cam-2')}\u0000x`, 7)]);
    check('MQTT-1.5.3-2', 'topic name with U+0000: closed, no PUBACK', 'raw socket', r5.closed && !r5.got.includes('puback'));
    const badUtf8 = publish(`${topics.telemetry('cam-2')}X`, 7);
    badUtf8[badUtf8.indexOf(Buffer.from('telemetryX')) + 9] = 0xff;
    const r6 = await probe([connect(), badUtf8]);
    check('MQTT-1.5.3-1', 'topic name that is not UTF-8: closed, no PUBACK', 'raw socket', r6.closed && !r6.got.includes('puback'));
    const zero = publish(topics.telemetry('cam-2'), 1);
    const at = zero.indexOf(Buffer.from('telemetry')) + 9;
    zero[at] = 0;
    zero[at + 1] = 0;
    const r7 = await probe([connect(), zero]);
    check('MQTT-2.3.1-1', 'QoS 1 PUBLISH with packet identifier 0: closed, no PUBACK', 'raw socket', r7.closed && !r7.got.includes('puback'));
  });

  it('MQTT-3.1.4-2: a second connection with the same client id takes over the session', async () => {
    const a = await cam('cam-1');
    const closed = new Promise<boolean>((resolve) => a.once('close', () => resolve(true)));
    const b = await cam('cam-1');
    const tookOver = await Promise.race([closed, sleep(3000).then(() => false)]);
    a.end(true);
    await b.endAsync();
    check('MQTT-3.1.4-2', 'the existing client is disconnected', 'MQTT.js', tookOver);
    const pub = await mosquitto('mosquitto_pub', ['-h', host, '-p', String(port), '-i', 'cam-1', '-u', 'cam-1', '-P', 'wrong', '-q', '1', '-t', topics.telemetry('cam-1'), '-m', 'x']);
    check('MQTT-3.2.2-5', 'a refused CONNECT gets a non-zero return code and no session', 'mosquitto_pub', pub.code !== 0 && /not authori[sz]ed|refused/i.test(pub.stderr));
  });

  it('MQTT-3.1.2-24: a client silent for 1.5 x its keep alive is disconnected', async () => {
    const s = tcpConnect(port, host);
    s.on('error', () => undefined);
    s.on('data', (d) => process.env['BWC_DEBUG'] && console.error('keepalive data', d));
    await new Promise<void>((r) => s.once('connect', () => r()));
    s.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'cam-1', keepalive: 1, username: 'cam-1', password: Buffer.from(secrets.get('cam-1')!) }));
    const started = performance.now();
    const closedAfter = await new Promise<number>((resolve) => {
      s.once('close', () => resolve(performance.now() - started));
      setTimeout(() => resolve(-1), 5000);
    });
    s.destroy();
    check('MQTT-3.1.2-24', `disconnected after ${closedAfter.toFixed(0)} ms (keep alive 1 s)`, 'raw socket', closedAfter > 900 && closedAfter < 2500);
  });

  it('MQTT-4.7.2-1: a client may not publish to $SYS topics (refused, nothing stored)', async () => {
    const sub = await mosquitto('mosquitto_pub', ['-h', host, '-p', String(port), '-i', 'cam-1', '-u', 'cam-1', '-P', secrets.get('cam-1')!, '-q', '1', '-t', '$SYS/x', '-m', 'x'], 5000);
    check('MQTT-4.7.2-1', 'publishing to $SYS refused', 'mosquitto_pub', sub.code !== 0 || (t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE topic LIKE '$SYS%'").pluck().get() as number) === 0);
    void activityCodec;
  });
});
