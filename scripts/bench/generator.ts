/**
 * The capacity load generator (a child process of `npm run bench`): many raw MQTT connections
 * sending PUBLISH packets built by hand into buffers (CONNECT and the parser from mqtt-packet) at an offered rate, so the generator is not
 * the bottleneck (it reports its own CPU use). Each message is a distinct camera Telemetry (seq increases per device), so a
 * gateway stores every one. QoS 1 acknowledgement latency goes into an HDR histogram.
 *
 * argv[2]: a JSON file {host, port, devices: [{id, secret}], qos, concurrency}
 * stdin (JSON lines): {"cmd":"run","rate":N,"durationMs":D,"drainMs":D} | {"cmd":"quit"}
 * stdout (JSON lines): {"event":"connected",...} {"event":"ran",...}
 */
import '../../gateway/transport/mqtt/quiet-debug.js'; // mqtt-packet's debug calls allocate per packet (the generator parses every PUBACK)
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import * as hdr from 'hdr-histogram-js';
import mqttPacket from 'mqtt-packet';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { BODIES } from './bodies.js';

interface Config {
  host: string;
  port: number;
  devices: { id: string; secret: string }[];
  qos: 0 | 1;
  concurrency?: number;
}

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
const out = (m: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(m)}\n`);

interface Conn {
  id: string;
  topic: Buffer;
  socket: Socket;
  seq: number;
  nextPid: number;
  inflight: Map<number, number>;
  batch: Buffer[];
}


let histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
let acked = 0;
let connectionsLost = 0;
let next = 0;

function open(d: { id: string; secret: string }): Promise<Conn> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: config.host, port: config.port, noDelay: true });
    const conn: Conn = { id: d.id, topic: Buffer.from(`bwc/v1/devices/${d.id}/telemetry`), socket, seq: 0, nextPid: 1, inflight: new Map(), batch: [] };
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    let up = false;
    parser.on('packet', (p) => {
      if (p.cmd === 'connack') {
        if (p.returnCode !== 0) reject(new Error(`${d.id}: CONNACK ${p.returnCode}`));
        else {
          up = true;
          resolve(conn);
        }
      } else if (p.cmd === 'puback') {
        const sent = conn.inflight.get(p.messageId!);
        if (sent !== undefined) {
          conn.inflight.delete(p.messageId!);
          acked++;
          histogram.recordValue(Math.max(1, Math.round((performance.now() - sent) * 1000)));
        }
      }
    });
    socket.on('data', (b) => parser.parse(b));
    socket.on('error', (e) => (up ? undefined : reject(e)));
    socket.on('close', () => {
      if (up) connectionsLost++;
      else reject(new Error(`${d.id}: connection closed before CONNACK`));
    });
    socket.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: false, clientId: d.id, keepalive: 300, username: d.id, password: Buffer.from(d.secret) }));
  });
}

const conns: Conn[] = [];
const concurrency = config.concurrency ?? 100;
const started = performance.now();
for (let i = 0; i < config.devices.length; i += concurrency) {
  conns.push(...(await Promise.all(config.devices.slice(i, i + concurrency).map(open))));
}
out({ event: 'connected', connections: conns.length, ms: Math.round(performance.now() - started) });

/** One PUBLISH packet, built by hand (mqtt-packet's generate allocates more): header, topic, id, payload. */
function publishPacket(conn: Conn, t: number): { packet: Buffer; pid: number } {
  const seq = ++conn.seq;
  const payload = telemetryCodec.encode({ deviceId: conn.id, bootId: 1, seq, timeMs: t, body: BODIES[seq % BODIES.length]! });
  let pid = 0;
  if (config.qos === 1) {
    pid = conn.nextPid;
    conn.nextPid = conn.nextPid === 65535 ? 1 : conn.nextPid + 1;
  }
  const topic = conn.topic;
  const remaining = 2 + topic.length + (pid ? 2 : 0) + payload.length;
  const lenBytes = remaining < 128 ? 1 : remaining < 16384 ? 2 : 3;
  const b = Buffer.allocUnsafe(1 + lenBytes + remaining);
  let o = 0;
  b[o++] = 0x30 | (config.qos << 1);
  let r = remaining;
  do {
    let byte = r & 0x7f;
    r >>= 7;
    if (r > 0) byte |= 0x80;
    b[o++] = byte;
  } while (r > 0);
  b.writeUInt16BE(topic.length, o);
  o += 2;
  topic.copy(b, o);
  o += topic.length;
  if (pid) {
    b.writeUInt16BE(pid, o);
    o += 2;
  }
  b.set(payload, o);
  return { packet: b, pid };
}

async function run(rate: number, durationMs: number, drainMs: number): Promise<Record<string, unknown>> {
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  acked = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * rate));
      const touched = new Set<Conn>();
      const now = performance.now();
      const wall = Date.now();
      for (; sent < due; sent++) {
        const conn = conns[next]!;
        next = next + 1 === conns.length ? 0 : next + 1;
        const m = publishPacket(conn, wall);
        if (m.pid !== 0) conn.inflight.set(m.pid, now);
        conn.batch.push(m.packet);
        touched.add(conn);
      }
      for (const c of touched) {
        c.socket.write(c.batch.length === 1 ? c.batch[0]! : Buffer.concat(c.batch));
        c.batch = [];
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  const sendMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (config.qos === 1) {
    const until = performance.now() + drainMs;
    while (acked < sent && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  }
  return {
    event: 'ran',
    offered: rate,
    sent,
    sendMs: Math.round(sendMs),
    acked,
    ackedMs: Math.round(performance.now() - t0),
    p50Us: histogram.totalCount > 0 ? histogram.getValueAtPercentile(50) : null,
    p99Us: histogram.totalCount > 0 ? histogram.getValueAtPercentile(99) : null,
    maxUs: histogram.totalCount > 0 ? histogram.maxValue : null,
    cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / sendMs) * 100),
    connectionsLost,
  };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const cmd = JSON.parse(line) as { cmd: string; rate?: number; durationMs?: number; drainMs?: number };
  if (cmd.cmd === 'quit') {
    for (const c of conns) c.socket.destroy();
    process.exit(0);
  }
  if (cmd.cmd === 'run') void run(cmd.rate!, cmd.durationMs!, cmd.drainMs ?? 5000).then(out);
});
