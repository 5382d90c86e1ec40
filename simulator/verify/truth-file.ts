/**
 * The truth file (NDJSON): every obligation and what truly happened to it, and every alert a
 * correct gateway must raise. `bwc-sim verify` reads the "alert" lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GatewayError } from '../../gateway/errors.js';
import type { Evaluation, Expected } from './rules.js';

export function writeTruth(path: string, truth: Evaluation): void {
  const lines = [
    ...truth.obligations.map((o) => JSON.stringify({ truth: 'obligation', ...o })),
    ...[...truth.expected].map(([alertId, e]) => JSON.stringify({ truth: 'alert', alertId, ...e })),
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export function readTruth(path: string): Map<string, Expected> {
  const out = new Map<string, Expected>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let r: { truth?: string; alertId?: string } & Expected;
      try {
        r = JSON.parse(line) as typeof r;
      } catch {
        throw new GatewayError('CAPTURE_INVALID', `${path}:${i + 1}: not JSON`);
      }
      if (r.truth !== 'alert' && r.truth !== 'obligation') throw new GatewayError('CAPTURE_INVALID', `${path}:${i + 1}: not a truth line ("truth": "alert" or "obligation"); is this the --truth file bwc-sim run wrote?`);
      if (r.truth === 'alert') {
        if (typeof r.alertId !== 'string' || typeof r.kind !== 'string') throw new GatewayError('CAPTURE_INVALID', `${path}:${i + 1}: an alert line needs alertId and kind`);
        const { truth: _t, alertId, ...expected } = r;
        out.set(alertId, expected);
      }
    });
  return out;
}
