/**
 * The reference camera in C (proto/c: COBS + CRC-32C framing, nanopb encoding, the ack/resend
 * queue), built with make and run as a real process on one end of a pty: against the gateway
 * (everything it sends stored, in order, a command executed) and against the conformance suite
 * (every clause it claims passes).
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedKeys } from '../../gateway/store/seq-index.js';
import { GATEWAY_BIN, ROOT, runUntil } from '../helpers/cli.js';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { ptyPair } from '../helpers/socat.js';

interface CameraStats {
  sent: number;
  resent: number;
  acked: number;
  pending: number;
  helloReplies: number;
  commands: number;
  duplicateCommands: number;
  badFrames: number;
  heartbeatMs: number;
}

const dir = tempDir('bwc-c-');
const build = join(dir, 'build');
const camera = join(build, 'bwc-camera');

/** Runs the C camera; resolves with its counters when it exits. */
function runCamera(args: string[]): Promise<CameraStats> {
  return new Promise((resolve, reject) => {
    const child = spawn(camera, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as CameraStats) : reject(new Error(`bwc-camera exited ${code}: ${err}`))));
  });
}

beforeAll(() => {
  // A build failure fails the suite (gcc, make, protoc and nanopb come from .ci/run).
  execFileSync('make', ['-C', join(ROOT, 'proto', 'c'), `BUILD=${build}`], { stdio: 'pipe' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reference camera in C', () => {
  let t: TestGateway | undefined;

  it('talks to the gateway over a pty: hello answered, everything stored in order, a command executed', async () => {
    const pair = await ptyPair(dir, 'gw');
    try {
      t = await startGateway({ serial: [`${pair.b}:115200`] });
      await t.addDevice('cam-c');
      const running = runCamera(['--port', pair.a, '--device', 'cam-c', '--heartbeat-ms', '1000', '--seconds', '5']);
      await new Promise((r) => setTimeout(r, 1500));
      const res = await fetch(`${t.gateway.addresses.http}/api/devices/cam-c/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'REQUEST_STATUS' }),
      });
      const { command } = (await res.json()) as { command: { commandId: string } };
      const stats = await running;
      expect(stats.helloReplies).toBe(1);
      expect(stats.badFrames).toBe(0);
      expect(stats.pending).toBe(0); // every message acknowledged
      expect(stats.heartbeatMs).toBe(30_000); // the HelloReply's interval (the gateway's default) was adopted
      const seqs = storedKeys(t.gateway.db, 'cam-c').map((k) => k.seq);
      expect(seqs).toEqual(Array.from({ length: stats.sent }, (_, i) => i + 1));
      expect(t.gateway.commands.store.get(command.commandId)?.state).toBe('SUCCEEDED');
      const kinds = t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE device_id = 'cam-c'").pluck().get() as number;
      expect(kinds).toBe(stats.sent);
    } finally {
      // The gateway first: it would reopen the pty's path, whose device number the next pair may reuse.
      await t?.close();
      t = undefined;
      await pair.stop();
    }
  }, 30_000);

  it('passes the conformance suite on every clause it claims', async () => {
    const pair = await ptyPair(dir, 'conf');
    const pics = join(dir, 'c.yaml');
    writeFileSync(pics, 'devices: [cam-c]\ntransport: serial\ncontract: "1.1"\nsupports: { helloReply: true, nack: true, commands: true, commandResults: true }\n');
    try {
      const checking = runUntil(GATEWAY_BIN, ['conformance', '--serial', pair.b, '--pics', pics, '--duration', '10s', '--heartbeat-ms', '2000', '--json'], /^listening to /m);
      await checking.ready;
      const stats = await runCamera(['--port', pair.a, '--device', 'cam-c', '--heartbeat-ms', '2000', '--seconds', '10']);
      const result = await checking.result;
      const report = JSON.parse(result.stdout) as { passed: boolean; devices: { clauses: { id: string; verdict: string; detail: string }[] }[] };
      const failures = report.devices[0]!.clauses.filter((c) => c.verdict === 'FAIL');
      expect(failures, JSON.stringify(failures)).toEqual([]);
      expect(report.devices[0]!.clauses.filter((c) => c.verdict === 'PASS')).toHaveLength(15);
      expect(result.code).toBe(0);
      expect(stats.duplicateCommands).toBe(1);
    } finally {
      await pair.stop();
    }
  }, 40_000);
});
