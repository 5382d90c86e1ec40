/**
 * Child processes for the benchmarks: started pinned to a core with `taskset` when there is
 * one, talking JSON lines on stdin/stdout; their RSS and CPU time read from /proc.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const ROOT = new URL('../../', import.meta.url).pathname;

let tasksetPath: string | null | undefined;
export function taskset(): string | null {
  if (tasksetPath === undefined) {
    try {
      tasksetPath = execFileSync('which', ['taskset'], { encoding: 'utf8' }).trim() || null;
    } catch {
      tasksetPath = null;
    }
  }
  return tasksetPath;
}

export interface Child {
  name: string;
  proc: ChildProcess;
  core: number | null;
  /** The next JSON line matching `test` (rejects when the child exits first). */
  next<T = Record<string, unknown>>(test: (m: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<T>;
  send(message: unknown): void;
  stop(): Promise<void>;
}

/** Starts `command args` (pinned to `core` when taskset exists) and reads JSON lines from it. */
export function startChild(name: string, command: string, args: string[], core: number | null, env: NodeJS.ProcessEnv = {}): Child {
  const ts = core === null ? null : taskset();
  const proc = ts !== null ? spawn(ts, ['-c', String(core), command, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env }, cwd: ROOT }) : spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env }, cwd: ROOT });
  const waiters: { test: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  let exited = false;
  proc.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
  });
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    for (let i = 0; i < waiters.length; i++) {
      if (waiters[i]!.test(m)) {
        waiters.splice(i, 1)[0]!.resolve(m);
        return;
      }
    }
  });
  proc.on('exit', (code) => {
    exited = true;
    for (const w of waiters.splice(0)) w.reject(new Error(`${name} exited (${code}): ${stderr.slice(-2000)}`));
  });
  return {
    name,
    proc,
    core: ts !== null ? core : null,
    next<T>(test: (m: Record<string, unknown>) => boolean, timeoutMs = 120_000): Promise<T> {
      if (exited) return Promise.reject(new Error(`${name} has exited: ${stderr.slice(-2000)}`));
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: no answer in ${timeoutMs} ms: ${stderr.slice(-2000)}`)), timeoutMs);
        waiters.push({
          test,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m as T);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
      });
    },
    send(message: unknown) {
      proc.stdin!.write(`${JSON.stringify(message)}\n`);
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(t);
    },
  };
}

/** A Node script under tsx. */
export function startNode(name: string, script: string, args: string[], core: number | null, env: NodeJS.ProcessEnv = {}): Child {
  return startChild(name, process.execPath, ['--import', 'tsx', script, ...args], core, env);
}

/** Resident memory of a process, bytes (0 when gone). */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? 0 : Number(m[1]) * 1024;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used. */
export function cpuOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return 0;
  }
}

/** The PID of the real program when `taskset` wraps it (taskset execs, so it is the same). */
export const pidOf = (c: Child): number | undefined => c.proc.pid;

/** A free loopback port (for programs that cannot listen on port 0 and report it). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const a = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof a === 'object' && a !== null ? a.port : 0;
}

/** Waits until something accepts TCP connections on the port. */
export async function waitForPort(port: number, timeoutMs: number, what: string): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
