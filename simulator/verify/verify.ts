/**
 * The QA verdict: the alerts a gateway raised against the truth of what happened. Per alert
 * kind: true positives, false positives, false negatives, precision, recall, and detection
 * latency (first raised minus the deadline). A RETRACTED alert counts as no alert.
 */
import type { Alert } from '../../gateway/model/domain.js';
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

/** How often alerts were revised: every revision a viewer receives should mean something. */
export interface RevisionScore {
  alerts: number;
  mean: number;
  max: number;
  /** The alert with the most revisions ('' when none). */
  maxAlertId: string;
  /** The scenario's bound, or null; `withinBound` is false when an alert exceeded it. */
  bound: number | null;
  withinBound: boolean;
}

export interface Verdict {
  passed: boolean;
  kinds: KindScore[];
  revisions: RevisionScore;
}

export interface VerifyOptions {
  kinds?: readonly string[];
  /** Fail the verdict when an alert has more revisions than this. */
  maxRevisionsPerAlert?: number | null;
}

/** Revisions per alert: the highest revision number seen of each (every kind). */
export function revisionScore(alerts: readonly Alert[], bound: number | null = null): RevisionScore {
  const highest = new Map<string, number>();
  for (const a of alerts) highest.set(a.alertId, Math.max(highest.get(a.alertId) ?? 0, a.revision));
  let max = 0;
  let maxAlertId = '';
  let sum = 0;
  for (const [id, n] of highest) {
    sum += n;
    if (n > max) [max, maxAlertId] = [n, id];
  }
  const mean = highest.size === 0 ? 0 : Math.round((sum / highest.size) * 100) / 100;
  return { alerts: highest.size, mean, max, maxAlertId, bound, withinBound: bound === null || max <= bound };
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function verify(expected: ReadonlyMap<string, Expected>, alerts: readonly Alert[], options: VerifyOptions = {}): Verdict {
  const kinds = options.kinds ?? VERIFIED_KINDS;
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
  const revisions = revisionScore(alerts, options.maxRevisionsPerAlert ?? null);
  return { passed: scores.every((s) => s.falsePositives === 0 && s.falseNegatives === 0) && revisions.withinBound, kinds: scores, revisions };
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
    formatRevisions(v.revisions),
    v.passed ? 'verdict: PASS (every expected alert raised, nothing else)' : 'verdict: FAIL',
    '',
  ].join('\n');
}

function formatRevisions(r: RevisionScore): string {
  const bound = r.bound === null ? '' : r.withinBound ? ` (bound ${r.bound}: met)` : ` (bound ${r.bound}: EXCEEDED)`;
  return `revisions per alert: mean ${r.mean}, max ${r.max}${r.maxAlertId ? ` (${r.maxAlertId})` : ''} over ${r.alerts} alerts${bound}`;
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
  const r = v.revisions;
  if (r.bound !== null) {
    const failure = r.withinBound ? '/>' : `><failure message="${r.max} revisions of ${xml(r.maxAlertId)}">bound ${r.bound}</failure></testcase>`;
    suites.push(
      `  <testsuite name="${xml(name)}.revisions" tests="1" failures="${r.withinBound ? 0 : 1}">\n    <testcase classname="${xml(name)}.revisions" name="at most ${r.bound} revisions per alert (max ${r.max}, mean ${r.mean})"${failure}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
