/**
 * Each reliability test reports what it held and found: the load, the faults injected, the
 * inputs tried, and its figures. Figures named in `mustBeZero` fail the test when non-zero.
 * With BWC_RELIABILITY_OUT set (npm run reliability-report), the rows are also appended there
 * as JSON lines for the report.
 */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface ReliabilityRow {
  test: string;
  load: string;
  faults: string;
  inputs: string;
  /** Figures that must be 0 (lost, duplicates stored, false accepts, ...). */
  mustBeZero: Record<string, number>;
  /** Other figures (latencies, drain times, ...), as text. */
  figures: Record<string, string | number>;
}

/** True when the soak (long) versions are asked for: npm run soak. */
export const SOAK = process.env['BWC_SOAK'] === '1';

export function report(row: ReliabilityRow): void {
  const out = process.env['BWC_RELIABILITY_OUT'];
  if (out !== undefined && out !== '') appendFileSync(out, `${JSON.stringify(row)}\n`);
  for (const [name, value] of Object.entries(row.mustBeZero)) expect(value, `${row.test}: ${name} must be 0`).toBe(0);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Least-squares slope of y over x. */
export function slope(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
