/**
 * The systems under test, each started fresh in its own processes: the system itself pinned to
 * core 0, load generators and subscribers to core 1 (when taskset exists).
 *   W3a bare aedes, publishes counted in its authorizePublish hook (the transport's ceiling)
 *   W3b bare aedes forwarding to a no-op MQTT.js subscriber
 *   W3c Debian's mosquitto (set_tcp_nodelay true) forwarding to a no-op MQTT.js subscriber
 *   W4a the gateway: embedded broker, durable store, detector, alerts
 *   W4b mosquitto -> the gateway in external-broker mode
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provision } from '../../simulator/run/provision.js';
import { type Child, freePort, startChild, startNode, waitForPort } from './proc.js';

export const SUT_CORE = 0;
export const LOAD_CORE = 1;

export type TargetName = 'W3a' | 'W3b' | 'W3c' | 'W4a' | 'W4b';

export const TARGET_LABELS: Record<TargetName, string> = {
  W3a: 'bare aedes (count in hook)',
  W3b: 'bare aedes -> MQTT.js subscriber',
  W3c: 'mosquitto -> MQTT.js subscriber',
  W4a: 'gateway (embedded broker, store, detector)',
  W4b: 'mosquitto -> gateway (external broker)',
};

export interface Target {
  name: TargetName;
  port: number;
  /** Devices to connect as (secrets provisioned when the target checks them). */
  devices: { id: string; secret: string }[];
  /** Messages delivered so far (counted, forwarded, or stored). */
  delivered(): Promise<number>;
  /** Processes whose memory counts as the system's. */
  pids(): number[];
  /** For the gateway: its HTTP API and accounts, for alert lateness. */
  gateway?: { http: string; mqttUrl: string; sim: { username: string; password: string }; viewer: { username: string; password: string } };
  stop(): Promise<void>;
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `bench-${String(i).padStart(6, '0')}`);

async function count(c: Child): Promise<number> {
  c.send('count');
  return (await c.next<{ count: number }>((m) => m.event === 'count')).count;
}

async function mosquitto(dir: string): Promise<{ child: Child; port: number }> {
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(conf, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'set_tcp_nodelay true', 'max_queued_messages 1000000', 'max_inflight_messages 0', ''].join('\n'));
  const child = startChild('mosquitto', 'mosquitto', ['-c', conf], SUT_CORE);
  await waitForPort(port, 10_000, 'mosquitto');
  return { child, port };
}

async function sink(port: number): Promise<Child> {
  const s = startNode('sink', 'scripts/bench/sink.ts', [`mqtt://127.0.0.1:${port}`], LOAD_CORE);
  await s.next((m) => m.event === 'subscribed', 20_000);
  return s;
}

async function metric(http: string, re: RegExp): Promise<number> {
  const text = await (await fetch(`${http}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = re.exec(line);
    if (m !== null) sum += Number(m[1]);
  }
  return sum;
}

const STORED = /^bwc_messages_in_total\{[^}]*kind="telemetry"[^}]*\} (\d+(?:\.\d+)?(?:e\+\d+)?)$/;

async function gateway(dir: string, deviceCount: number, extraArgs: string[], core: number): Promise<{ child: Child; mqttPort: number; http: string; creds: Awaited<ReturnType<typeof provision>> }> {
  const creds = await provision(join(dir, 'data'), ids(deviceCount));
  const [mqttPort, httpPort] = [await freePort(), await freePort()];
  const child = startChild(
    'gateway',
    process.execPath,
    [
      // BWC_BENCH_PROFILE=DIR: a CPU profile of the gateway (node --cpu-prof), written when it stops.
      // As `npm start` runs it: a 64 MB young generation (messages in flight across a commit
      // survive a 16 MB one and are copied, then promoted; measured ~10 % of throughput).
      '--max-semi-space-size=64',
      ...(process.env['BWC_BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
      ...(process.env['BWC_BENCH_PROFILE'] ? [process.env['BWC_BENCH_PROFILE_KIND'] === 'heap' ? '--heap-prof' : '--cpu-prof', `--${process.env['BWC_BENCH_PROFILE_KIND'] === 'heap' ? 'heap' : 'cpu'}-prof-dir=${process.env['BWC_BENCH_PROFILE']}`] : []),
      'scripts/bin/bwc-gateway.mjs',
      'serve',
      '--host',
      '127.0.0.1',
      '--mqtt-port',
      String(mqttPort),
      '--ws-port',
      '0',
      '--http-port',
      String(httpPort),
      '--metrics-public', // a loopback-only bench reads /metrics without a token
      '--data-dir',
      join(dir, 'data'),
      '--policy',
      'scripts/bench/bench-policy.yaml',
      '--log-level',
      'warn',
      '--client-rate',
      '0', // the generator's connections send far more than a camera
      ...extraArgs,
    ],
    core,
  );
  const http = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${http}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || child.proc.exitCode !== null) throw new Error('the gateway did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, mqttPort, http, creds };
}

export async function startTarget(name: TargetName, deviceCount: number): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), `bwc-bench-${name}-`));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  const anonymous = ids(deviceCount).map((id) => ({ id, secret: 'unused' }));
  if (name === 'W3a' || name === 'W3b') {
    const broker = startNode('aedes', 'scripts/bench/aedes-target.ts', [], SUT_CORE);
    const { port } = await broker.next<{ port: number }>((m) => m.event === 'listening');
    const s = name === 'W3b' ? await sink(port) : null;
    return {
      name,
      port,
      devices: anonymous,
      delivered: () => count(s ?? broker),
      pids: () => [broker.proc.pid!],
      async stop() {
        await s?.stop();
        await broker.stop();
        cleanup();
      },
    };
  }
  if (name === 'W3c') {
    const m = await mosquitto(dir);
    const s = await sink(m.port);
    return {
      name,
      port: m.port,
      devices: anonymous,
      delivered: () => count(s),
      pids: () => [m.child.proc.pid!],
      async stop() {
        await s.stop();
        await m.child.stop();
        cleanup();
      },
    };
  }
  if (name === 'W4a') {
    const g = await gateway(dir, deviceCount, [], SUT_CORE);
    return {
      name,
      port: g.mqttPort,
      devices: [...g.creds.devices].map(([id, secret]) => ({ id, secret })),
      delivered: () => metric(g.http, STORED),
      pids: () => [g.child.proc.pid!],
      gateway: { http: g.http, mqttUrl: `mqtt://127.0.0.1:${g.mqttPort}`, sim: g.creds.sim!, viewer: g.creds.viewer! },
      async stop() {
        await g.child.stop();
        cleanup();
      },
    };
  }
  // W4b: cameras publish to mosquitto; the gateway subscribes there (both on the system's core).
  const m = await mosquitto(dir);
  const g = await gateway(dir, deviceCount, ['--broker', `mqtt://127.0.0.1:${m.port}`], SUT_CORE);
  return {
    name,
    port: m.port,
    devices: anonymous,
    delivered: () => metric(g.http, STORED),
    pids: () => [m.child.proc.pid!, g.child.proc.pid!],
    async stop() {
      await g.child.stop();
      await m.child.stop();
      cleanup();
    },
  };
}
