/** Runs the real command-line tools as child processes. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const GATEWAY_BIN = join(ROOT, 'scripts', 'bin', 'bwc-gateway.mjs');
export const SIM_BIN = join(ROOT, 'scripts', 'bin', 'bwc-sim.mjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Called with everything written to stderr so far, after each chunk. */
  onStderr?: (stderr: string) => void;
}

export function run(bin: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...options.env }, cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      options.onStderr?.(stderr);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${bin} ${args.join(' ')} timed out\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/**
 * Runs a command and resolves `ready` once its stderr matches `pattern` (a server saying it
 * listens): tests wait for that instead of sleeping for a guessed start-up time.
 */
export function runUntil(bin: string, args: string[], pattern: RegExp, options: RunOptions = {}): { ready: Promise<void>; result: Promise<RunResult> } {
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = run(bin, args, { ...options, onStderr: (stderr) => pattern.test(stderr) && onReady() });
  // A command that ends without ever matching must not leave the caller waiting forever.
  return { ready: Promise.race([ready, result.then((r) => Promise.reject(new Error(`${bin} ${args.join(' ')} ended (code ${r.code}) before printing ${pattern}\n${r.stderr}`)))]), result };
}
