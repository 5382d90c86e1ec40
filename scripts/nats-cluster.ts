/**
 * A local NATS cluster for scale-out (Debian's nats-server): N nodes on loopback, each with
 * JetStream, an MQTT listener and the gateway's partition mapping (nats-config.ts). Used by the
 * tests and the benchmark, and by hand:
 *
 *   npm run nats-cluster -- --nodes 3 --partitions 4 --dir ./data/nats
 *
 * Client and MQTT ports are picked by the servers (-1) and read from their logs; cluster ports,
 * which every node must know up front, are free ports picked just before.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { connect } from 'nats';
import { NATS_DEFAULTS, renderNatsConfig } from '../gateway/transport/nats/nats-config.js';
import { freePort } from './bench/proc.js';

export interface NatsNode {
  name: string;
  process: ChildProcess;
  clientUrl: string;
  mqttUrl: string;
  routeUrl: string;
  log: () => string;
}

export interface NatsCluster {
  nodes: NatsNode[];
  /** Every node's client URL, comma-separated (what --nats takes). */
  urls: string;
  mqttUrls: string[];
  stop(): Promise<void>;
}

export function natsServerAvailable(): boolean {
  return spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function startNode(name: string, dir: string, cluster: { port: number; routes: string[] } | undefined, partitions: number, timeoutMs: number): Promise<NatsNode> {
  const conf = join(dir, `${name}.conf`);
  writeFileSync(
    conf,
    renderNatsConfig({ name, storeDir: join(dir, name), clientPort: -1, mqttPort: -1, ...(cluster !== undefined ? { clusterPort: cluster.port, routes: cluster.routes } : {}), partitions }),
  );
  const child = spawn('nats-server', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nats-server ${name} did not start in ${timeoutMs} ms:\n${log.slice(-2000)}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server ${name} exited (${code}):\n${log.slice(-2000)}`));
    });
    child.stderr!.on('data', (d: Buffer) => {
      if (log.length < 1_000_000) log += d.toString();
      const client = /Listening for client connections on ([\d.]+:\d+)/.exec(log);
      const mqtt = /Listening for MQTT clients on (mqtt:\/\/[\d.]+:\d+)/.exec(log);
      const route = /Listening for route connections on ([\d.]+:\d+)/.exec(log);
      if (client && mqtt && (cluster === undefined || route) && /Server is ready/.test(log)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolvePromise({ name, process: child, clientUrl: `nats://${client[1]}`, mqttUrl: mqtt[1]!, routeUrl: route ? `nats-route://${route[1]}` : '', log: () => log });
      }
    });
  });
}

/** Starts `nodes` servers (1: a single server, no cluster) and waits until JetStream answers. */
export async function startNatsCluster(options: { nodes?: number; partitions?: number; dir?: string; timeoutMs?: number } = {}): Promise<NatsCluster> {
  const n = options.nodes ?? 3;
  const partitions = options.partitions ?? NATS_DEFAULTS.partitions;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const dir = options.dir !== undefined ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'bwc-nats-'));
  mkdirSync(dir, { recursive: true });
  const nodes: NatsNode[] = [];
  const stop = async (): Promise<void> => {
    const alive = (): NatsNode[] => nodes.filter((x) => x.process.exitCode === null && x.process.signalCode === null);
    // Polled rather than awaited on 'exit' events, which can be missed once stdio is closed.
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      for (const node of alive()) node.process.kill(signal);
      const deadline = Date.now() + 5000;
      while (alive().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    // JetStream clustering needs every node's routes up front: cluster ports are picked free first.
    const clusterPorts = n > 1 ? await Promise.all(Array.from({ length: n }, () => freePort())) : [];
    const routes = clusterPorts.map((p) => `nats-route://127.0.0.1:${p}`);
    nodes.push(...(await Promise.all(Array.from({ length: n }, (_, i) => startNode(`n${i + 1}`, dir, n > 1 ? { port: clusterPorts[i]!, routes } : undefined, partitions, timeoutMs)))));
    const urls = nodes.map((x) => x.clientUrl).join(',');
    // JetStream in a cluster answers once a meta leader is elected.
    const nc = await connect({ servers: nodes.map((x) => x.clientUrl) });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const jsm = await nc.jetstreamManager({ timeout: 2000 });
        await jsm.getAccountInfo();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`JetStream not ready on the NATS cluster: ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await nc.close();
    return { nodes, urls, mqttUrls: nodes.map((x) => x.mqttUrl), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, partitions: { type: 'string', default: String(NATS_DEFAULTS.partitions) }, dir: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write('usage: npm run nats-cluster -- [--nodes 3] [--partitions 4] [--dir ./data/nats]\n  starts a local NATS cluster (JetStream, MQTT, partition mapping) and prints its URLs; Ctrl-C stops it\n');
    process.exit(0);
  }
  if (!natsServerAvailable()) {
    process.stderr.write('nats-server not found: apt-get install nats-server\n');
    process.exit(1);
  }
  const cluster = await startNatsCluster({ nodes: Number(values.nodes), partitions: Number(values.partitions), dir: values.dir ?? './data/nats' });
  process.stdout.write(
    [
      `NATS cluster of ${cluster.nodes.length} (${values.partitions} telemetry partitions), files in ${values.dir ?? './data/nats'}`,
      `  workers:  npm start -- --nats ${cluster.urls} --nats-partitions ${values.partitions} --nats-replicas ${Math.min(3, cluster.nodes.length)} --partitions 0-1`,
      `  cameras:  ${cluster.mqttUrls.join('  ')}`,
      '',
    ].join('\n'),
  );
  const bye = (): void => void cluster.stop().then(() => process.exit(0));
  process.on('SIGINT', bye);
  process.on('SIGTERM', bye);
}
