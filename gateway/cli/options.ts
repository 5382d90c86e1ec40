/** Shared option parsers: they reject bad values with a message that names the option. */
import { InvalidArgumentError, Option } from 'commander';

export function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`${value} is not a port number (0-65535; 0 picks a free one)`);
  return n;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${value} is not a positive integer`);
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${value} is not a whole number >= 0`);
  return n;
}

export function epochMs(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`${value} is neither Unix ms nor an ISO date`);
  return n;
}

/** "90s", "2m", "24h", "7d", "1500ms" (a bare number is seconds) -> milliseconds. */
export function duration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(value.trim());
  if (m === null) throw new InvalidArgumentError(`${value} is not a duration (e.g. 90s, 2m, 24h, 7d, 1500ms)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(m[1]) * unit);
}

/** The data-dir option, common to every command that opens the store. */
export function dataDirOption(defaultDir: string): Option {
  return new Option('--data-dir <dir>', 'where the SQLite store lives').env('BWC_DATA_DIR').default(defaultDir);
}
