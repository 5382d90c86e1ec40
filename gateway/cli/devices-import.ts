/**
 * `bwc-gateway devices import FILE.csv`: registers a fleet from a CSV (a `device_id` column;
 * other columns are ignored) and writes `device_id,secret` for each camera registered, to
 * --out (created with mode 0600) or stdout. Every row is checked before anything is written;
 * a bad row names its line. Cameras already registered are skipped unless --rotate (then
 * --grace keeps their old secret valid while the new one is rolled out).
 */
import { createReadStream, openSync, writeSync, closeSync } from 'node:fs';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { isDeviceId } from '../decode/validate.js';
import { GatewayError } from '../errors.js';
import type { Credentials } from '../store/credentials.js';

export const IMPORT_DEFAULTS = {
  /** scrypt runs at once (they run on libuv's thread pool, 4 threads by default). */
  concurrency: 4,
  /** Progress on stderr every this many cameras. */
  progressEvery: 500,
};

export interface ImportOptions {
  rotate: boolean;
  graceMs?: number | undefined;
  /** Where secrets go: a path (0600) or undefined for stdout. */
  out?: string | undefined;
  progress(line: string): void;
}

export interface ImportResult {
  registered: number;
  rotated: number;
  skipped: string[];
}

/** Reads and checks every row first: the ids, in file order, or an error naming the line. */
export async function readDeviceCsv(path: string): Promise<string[]> {
  const ids: string[] = [];
  const seen = new Map<string, number>();
  const parser = createReadStream(path).pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = info.lines; // the file's line, blank lines counted
    const id = record.device_id;
    if (id === undefined) throw new GatewayError('INVALID_FIELD', `${path}: no device_id column (the first line must name the columns, e.g. "device_id,model")`);
    if (!isDeviceId(id)) throw new GatewayError('INVALID_FIELD', `${path}:${line}: device_id ${JSON.stringify(id)} is not 1-64 of [A-Za-z0-9_.-]`);
    const first = seen.get(id);
    if (first !== undefined) throw new GatewayError('INVALID_FIELD', `${path}:${line}: ${id} is listed twice (first on line ${first})`);
    seen.set(id, line);
    ids.push(id);
  }
  if (ids.length === 0) throw new GatewayError('INVALID_FIELD', `${path}: no cameras listed`);
  return ids;
}

export async function importDevices(credentials: Credentials, ids: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const fd = options.out === undefined ? 1 : openOut(options.out);
  const result: ImportResult = { registered: 0, rotated: 0, skipped: [] };
  try {
    writeSync(fd, stringify([['device_id', 'secret']]));
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++]!;
        const known = credentials.isDevice(id);
        if (known && !options.rotate) result.skipped.push(id);
        else {
          const secret = await credentials.addDevice(id, Date.now(), { graceMs: known ? options.graceMs : undefined });
          writeSync(fd, stringify([[id, secret]]));
          if (known) result.rotated++;
          else result.registered++;
        }
        if (++done % IMPORT_DEFAULTS.progressEvery === 0) options.progress(`${done}/${ids.length} cameras`);
      }
    };
    await Promise.all(Array.from({ length: IMPORT_DEFAULTS.concurrency }, worker));
  } finally {
    if (fd !== 1) closeSync(fd);
  }
  return result;
}

/** A new file only: secrets are never written over an existing file. */
function openOut(path: string): number {
  try {
    return openSync(path, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new GatewayError('INVALID_FIELD', `${path} already exists: secrets are never written over a file; choose another --out`);
    throw new GatewayError('IO_FAILED', `cannot create ${path}: ${(error as Error).message}`, { cause: error });
  }
}
