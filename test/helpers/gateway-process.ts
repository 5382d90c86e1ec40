/** A gateway in a child process (`bwc-gateway serve`), for crash tests: it can be SIGKILLed. */
import { type ChildProcess, spawn } from 'node:child_process';
import { GATEWAY_BIN, ROOT } from './cli.js';

export interface GatewayProcess {
  child: ChildProcess;
  /** '' for a NATS worker (cameras connect to NATS) or a client of an external broker. */
  mqttUrl: string;
  httpUrl: string;
  /** The admin token it printed on its first start ('' when the data dir had one). */
  token: string;
  /** ms from spawn to "listening" */
  startMs: number;
  kill(signal?: NodeJS.Signals): Promise<void>;
  stderr(): string;
}

export async function spawnGateway(dataDir: string, extraArgs: string[] = [], timeoutMs = 30_000): Promise<GatewayProcess> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [GATEWAY_BIN, 'serve', '--data-dir', dataDir, '--host', '127.0.0.1', '--mqtt-port', '0', '--ws-port', '0', '--http-port', '0', '--log-level', 'warn', ...extraArgs],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const ready = new Promise<{ mqttUrl: string; httpUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start in ${timeoutMs} ms:\n${out}\n${err}`)), timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      // An embedded broker's address; a client of an external broker or a NATS worker has none.
      const mqtt = /MQTT:\s+(mqtt:\/\/\S+)/.exec(out)?.[1] ?? (/NATS worker:|MQTT:\s+client of /.test(out) ? '' : undefined);
      const http = /HTTP API:\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (mqtt !== undefined && http !== undefined) {
        clearTimeout(timer);
        resolve({ mqttUrl: mqtt, httpUrl: http });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited (${code}) before listening:\n${out}\n${err}`));
    });
  });
  const { mqttUrl, httpUrl } = await ready;
  return {
    child,
    mqttUrl,
    httpUrl,
    token: /admin API token[^\n]*\n\s+(\S+)/.exec(out)?.[1] ?? '',
    startMs: Date.now() - started,
    stderr: () => err,
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
