/**
 * Exit codes, the same in every command of bwc-gateway and bwc-sim:
 *   0  success
 *   1  a verdict or check failed (simulator verdict, conformance rule, verify mismatch), or the
 *      gateway failed while running
 *   2  usage or input error: an unknown flag, a bad value, a file that is missing or invalid,
 *      a port already in use — something the user changes before running again
 */
import type { Command } from 'commander';
import { GatewayError } from '../errors.js';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** Text for --help of every command. */
export const EXIT_HELP = 'Exit codes: 0 success, 1 a verdict or check failed, 2 usage or input error.';

const INPUT_CODES = new Set(['CONFIG_INVALID', 'POLICY_INVALID', 'SCENARIO_INVALID', 'CAPTURE_INVALID', 'NOT_FOUND']);
const INPUT_ERRNO = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EADDRINUSE']);

/** 2 when the error is the user's input (a GatewayError of an input code, or a named file or port), else 1. */
export function exitCodeOf(error: unknown): 1 | 2 {
  for (let e = error as (Error & { code?: unknown }) | undefined, depth = 0; e !== undefined && e !== null && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof GatewayError && INPUT_CODES.has(e.code)) return EXIT.USAGE;
    if (typeof e.code === 'string' && (INPUT_ERRNO.has(e.code) || e.code.startsWith('commander.'))) return EXIT.USAGE;
  }
  return EXIT.FAILED;
}

/**
 * Commander exits 1 on an unknown flag or a bad value; ours is 2. Set on the program before its
 * commands are added (they inherit it). --help and --version still exit 0.
 */
export function usageExits2(program: Command): Command {
  return program.exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.OK : EXIT.USAGE));
}
