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

/** The data-dir option, common to every command that opens the store. */
export function dataDirOption(defaultDir: string): Option {
  return new Option('--data-dir <dir>', 'where the SQLite store lives').env('BWC_DATA_DIR').default(defaultDir);
}
