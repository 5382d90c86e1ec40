/**
 * The QA verdict: the alerts a gateway raised against the truth of what happened. Per alert
 * kind: true positives, false positives, false negatives, precision, recall, and detection
 * latency (first raised minus the deadline). A RETRACTED alert counts as no alert.
 */
import type { Alert } from '../../gateway/decode/model.js';
import type { Expected } from './rules.js';

export const VERIFIED_KINDS = ['MISSED_ACTIVATION', 'PREMATURE_DEACTIVATION', 'RECORDING_PROHIBITED', 'COVERAGE_GAP'] as const;

export interface KindScore {
  kind: string;
  expected: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  /** Up to 20 ids each, for the report. */
  falsePositiveIds: string[];
  falseNegativeIds: string[];
}

export interface Verdict {
  passed: boolean;
  kinds: KindScore[];
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function verify(expected: ReadonlyMap<string, Expected>, alerts: readonly Alert[], kinds: readonly string[] = VERIFIED_KINDS): Verdict {
  const first = new Map<string, Alert>();
  const last = new Map<string, Alert>();
  for (const a of alerts) {
    if (!first.has(a.alertId) || a.revision < first.get(a.alertId)!.revision) first.set(a.alertId, a);
    if (!last.has(a.alertId) || a.revision > last.get(a.alertId)!.revision) last.set(a.alertId, a);
  }
  const scores = kinds.map((kind): KindScore => {
    const want = new Set([...expected].filter(([, e]) => e.kind === kind).map(([id]) => id));
    const got = new Set([...last.values()].filter((a) => a.kind === kind && a.status !== 'RETRACTED').map((a) => a.alertId));
    const tp = [...got].filter((id) => want.has(id));
    const fp = [...got].filter((id) => !want.has(id));
    const fn = [...want].filter((id) => !got.has(id));
    const latencies = tp
      .map((id) => {
        const a = first.get(id)!;
        return a.detectedMs - (a.deadlineMs || a.obligationStartMs);
      })
      .sort((x, y) => x - y);
    return {
      kind,
      expected: want.size,
      truePositives: tp.length,
      falsePositives: fp.length,
      falseNegatives: fn.length,
      precision: got.size === 0 ? 1 : tp.length / got.size,
      recall: want.size === 0 ? 1 : tp.length / want.size,
      latencyP50Ms: percentile(latencies, 50),
      latencyP99Ms: percentile(latencies, 99),
      falsePositiveIds: fp.slice(0, 20),
      falseNegativeIds: fn.slice(0, 20),
    };
  });
  return { passed: scores.every((s) => s.falsePositives === 0 && s.falseNegatives === 0), kinds: scores };
}

export function formatVerdict(v: Verdict): string {
  const rows = v.kinds.map((k) => {
    const lat = k.latencyP50Ms === null ? '-' : `${(k.latencyP50Ms / 1000).toFixed(2)} s / ${((k.latencyP99Ms ?? 0) / 1000).toFixed(2)} s`;
    return `| ${k.kind} | ${k.expected} | ${k.truePositives} | ${k.falsePositives} | ${k.falseNegatives} | ${k.precision.toFixed(3)} | ${k.recall.toFixed(3)} | ${lat} |`;
  });
  const details = v.kinds.flatMap((k) => [
    ...k.falsePositiveIds.map((id) => `  false positive ${k.kind}: ${id}`),
    ...k.falseNegativeIds.map((id) => `  false negative ${k.kind}: ${id}`),
  ]);
  return [
    '| kind | expected | TP | FP | FN | precision | recall | latency p50 / p99 after the deadline |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...details,
    v.passed ? 'verdict: PASS (every expected alert raised, nothing else)' : 'verdict: FAIL',
    '',
  ].join('\n');
}

const xml = (s: string): string => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** JUnit XML for CI: one test suite per alert kind, a failure per false positive or negative. */
export function junit(v: Verdict, name: string): string {
  const suites = v.kinds.map((k) => {
    const cases = [
      `<testcase classname="${xml(name)}.${k.kind}" name="expected alerts raised (${k.truePositives}/${k.expected})"${k.falseNegatives > 0 ? `><failure message="${k.falseNegatives} not raised">${xml(k.falseNegativeIds.join('\n'))}</failure></testcase>` : '/>'}`,
      `<testcase classname="${xml(name)}.${k.kind}" name="no unexpected alerts"${k.falsePositives > 0 ? `><failure message="${k.falsePositives} unexpected">${xml(k.falsePositiveIds.join('\n'))}</failure></testcase>` : '/>'}`,
    ];
    const failures = (k.falseNegatives > 0 ? 1 : 0) + (k.falsePositives > 0 ? 1 : 0);
    return `  <testsuite name="${xml(name)}.${k.kind}" tests="2" failures="${failures}">\n    ${cases.join('\n    ')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
