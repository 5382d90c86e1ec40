/**
 * Pseudo-terminal pairs as real serial ports: `socat -d -d pty,raw,echo=0,link=A
 * pty,raw,echo=0,link=B` (Debian's socat; .ci/run installs it). Killing socat makes both ports
 * disappear, as unplugging a dock does; restarting it brings them back under the same names.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PtyPair {
  a: string;
  b: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function ptyPair(dir: string, name: string): Promise<PtyPair> {
  const a = join(dir, `${name}-a`);
  const b = join(dir, `${name}-b`);
  let child: ChildProcess | null = null;
  const pair: PtyPair = {
    a,
    b,
    async start() {
      const c = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      child = c;
      let err = '';
      c.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      const failed = new Promise<never>((_, reject) => {
        c.once('error', (e) => reject(new Error(`cannot start socat (install Debian's socat; .ci/run does): ${e.message}`)));
        c.once('exit', (code) => reject(new Error(`socat exited (${code}): ${err}`)));
      });
      failed.catch(() => undefined);
      const deadline = Date.now() + 5000;
      while (!/starting data transfer loop/.test(err)) {
        if (Date.now() > deadline) throw new Error(`socat did not start: ${err}`);
        await Promise.race([new Promise((r) => setTimeout(r, 20)), failed]);
      }
      if (!existsSync(a) || !existsSync(b)) throw new Error('socat links missing');
    },
    stop() {
      const c = child;
      child = null;
      if (c === null || c.exitCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        c.once('exit', () => resolve());
        c.kill('SIGKILL');
      });
    },
  };
  await pair.start();
  return pair;
}
