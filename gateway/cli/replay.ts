/**
 * `bwc-gateway replay --policy FILE CAPTURE.ndjson`: runs a capture through the detector and
 * prints every alert revision as one proto3-JSON Alert per line on stdout, and a summary on
 * stderr. Time advances only with receivedMs, so the same capture always gives the same bytes.
 */
import type { Command } from 'commander';
import { readCapture } from '../decode/capture-reader.js';
import { alertCodec } from '../decode/codec.js';
import type { Alert } from '../model/domain.js';
import type { DetectorStats } from '../detect/core.js';
import { Detector } from '../detect/detector.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../detect/policy.js';
import { describeError } from '../errors.js';
import { LineWriter } from './line-writer.js';
import { exitCodeOf } from './exit.js';

export interface ReplayOptions {
  policy: string;
  skipBad: boolean;
  quiet: boolean;
}

export interface ReplaySummary {
  lines: number;
  records: number;
  badLines: number;
  revisions: number;
  /** Final state of every alert: kind -> status -> count. */
  byKindStatus: Record<string, Record<string, number>>;
  elapsedMs: number;
  /** The detector's counters (duplicates, late data, out-of-order CAD...). */
  detector: DetectorStats | null;
}

/** Counters worth a line when not zero: what the data did that a person replaying it should know. */
const NOTED: readonly [keyof DetectorStats, string][] = [
  ['duplicates', 'duplicates dropped'],
  ['reordered', 'held for reordering'],
  ['gapsSkipped', 'seq gaps skipped'],
  ['late', 'applied late'],
  ['beyondHistory', 'older than the history kept (not evaluated)'],
  ['stale', 'for boots no longer kept (not evaluated)'],
  ['earlyEnds', 'CAD ENDs before their START (kept)'],
  ['earlyEndsDropped', 'early ENDs forgotten (bound)'],
  ['activityCorrections', 'CAD START corrections'],
  ['coverageGaps', 'coverage gaps'],
];

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('run a capture (NDJSON) through the detector; print alert revisions as NDJSON')
    .argument('<capture>', 'capture file (NDJSON), or - for standard input')
    .option('--policy <file>', 'policy YAML', DEFAULT_POLICY_PATH)
    .option('--skip-bad', 'count and report bad lines instead of stopping at the first', false)
    .option('--quiet', 'no summary on stderr', false)
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 2 a bad line (named on stderr) or a file that cannot be read, 1 any other error.\nExample: bwc-gateway replay --policy gateway/policies/ice-2024.yaml capture.ndjson > alerts.ndjson',
    )
    .action(async (capture: string, opts: ReplayOptions) => {
      process.exitCode = await runReplayCommand(capture, opts);
    });
}

async function runReplayCommand(capture: string, opts: ReplayOptions): Promise<number> {
  const out = new LineWriter(process.stdout);
  try {
    const summary = await replay(capture, opts, (alert) => out.write(JSON.stringify(alertCodec.toJson(alert))));
    await out.end();
    if (!opts.quiet) process.stderr.write(formatSummary(summary));
    return summary.badLines > 0 && !opts.skipBad ? 2 : 0;
  } catch (error) {
    await out.end().catch(() => undefined);
    process.stderr.write(`replay: ${describeError(error)}\n`);
    return exitCodeOf(error);
  }
}

/** Runs a capture through a fresh detector; calls `onAlert` for every revision in order. */
export async function replay(capture: string, opts: Pick<ReplayOptions, 'policy' | 'skipBad'>, onAlert: (alert: Alert) => void | Promise<void>): Promise<ReplaySummary> {
  const detector = new Detector(loadPolicy(opts.policy));
  const started = performance.now();
  const final = new Map<string, Alert>();
  const summary: ReplaySummary = { lines: 0, records: 0, badLines: 0, revisions: 0, byKindStatus: {}, elapsedMs: 0, detector: null };
  for await (const item of readCapture(capture, { skipBad: opts.skipBad })) {
    summary.lines = item.line;
    if (!item.ok) {
      summary.badLines++;
      process.stderr.write(`replay: line ${item.line}: ${item.message} (skipped)\n`);
      continue;
    }
    summary.records++;
    for (const effect of detector.step(item.record)) {
      if (effect.type !== 'alert') continue;
      summary.revisions++;
      final.set(effect.alert.alertId, effect.alert);
      await onAlert(effect.alert);
    }
  }
  for (const a of final.values()) {
    const byStatus = (summary.byKindStatus[a.kind] ??= {});
    byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  }
  summary.elapsedMs = performance.now() - started;
  summary.detector = { ...detector.stats };
  return summary;
}

export function formatSummary(s: ReplaySummary): string {
  const rate = s.elapsedMs > 0 ? Math.round((s.records / s.elapsedMs) * 1000) : 0;
  const rows = Object.entries(s.byKindStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, byStatus]) => `  ${kind.padEnd(30)} ${Object.entries(byStatus).map(([st, n]) => `${st} ${n}`).join(', ')}`);
  const noted = s.detector === null ? [] : NOTED.filter(([k]) => s.detector![k] > 0).map(([k, what]) => `${s.detector![k]} ${what}`);
  return [
    `replay: ${s.records} records from ${s.lines} lines${s.badLines > 0 ? ` (${s.badLines} bad, skipped)` : ''} in ${Math.round(s.elapsedMs)} ms (${rate} events/s)`,
    ...(noted.length > 0 ? [`replay: ${noted.join(', ')}`] : []),
    `replay: ${s.revisions} alert revisions; final state by kind:`,
    ...(rows.length > 0 ? rows : ['  (no alerts)']),
    '',
  ].join('\n');
}
