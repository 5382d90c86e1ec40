/**
 * `bwc-gateway export --from --to > capture.ndjson`: the store's input log as a capture, which
 * `replay` reads. Exactly what the live detector saw, in the same order, including the clock
 * ticks, so a replay reproduces the live alerts (and any incident can be replayed against
 * another policy).
 */
import type { Command } from 'commander';
import { GATEWAY_DEFAULTS } from '../config/gateway-config.js';
import { formatCaptureRecord } from '../decode/capture.js';
import { describeError } from '../errors.js';
import { openDb } from '../store/db.js';
import { readInputs, recordsOf } from '../store/inputs.js';
import { LineWriter } from './line-writer.js';
import { dataDirOption, epochMs } from './options.js';
import { exitCodeOf } from './exit.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the stored input log as a capture (NDJSON) on stdout')
    .option('--from <time>', 'received at or after (Unix ms or ISO date)', epochMs)
    .option('--to <time>', 'received at or before (Unix ms or ISO date)', epochMs)
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (opts: { from?: number; to?: number; dataDir: string }) => {
      const db = openDb(opts.dataDir, 'normal');
      const out = new LineWriter(process.stdout);
      let lines = 0;
      try {
        for (const row of readInputs(db, { fromMs: opts.from, toMs: opts.to } as { fromMs?: number; toMs?: number })) {
          for (const record of recordsOf(row)) {
            await out.write(formatCaptureRecord(record));
            lines++;
          }
        }
        await out.end();
        process.stderr.write(`export: ${lines} lines\n`);
      } catch (error) {
        process.stderr.write(`export: ${describeError(error)}\n`);
        process.exitCode = exitCodeOf(error);
      } finally {
        db.close();
      }
    });
}
