/**
 * The QA verdict: the alerts a gateway raised against the truth of what happened. Per alert
 * kind: true positives, false positives, false negatives, precision, recall, and detection
 * latency (first raised minus the deadline). A RETRACTED alert counts as no alert.
 */
import type { Alert } from '../../gateway/model/domain.js';
import { xml } from '../../gateway/cli/xml.js';
import type { Expected } from './rules.js';

/**
 * Every alert kind the simulator plants, checked against the truth: obligations from the true
 * timeline (rules.ts), device health from what reached the gateway and when (delivery-truth.ts).
 */
export const VERIFIED_KINDS = [
  'MISSED_ACTIVATION',
  'PREMATURE_DEACTIVATION',
  'RECORDING_PROHIBITED',
  'COVERAGE_GAP',
  'DEVICE_OFFLINE',
  'LOW_BATTERY',
  'BATTERY_EXHAUSTION_PREDICTED',
  'STORAGE_LOW',
  'DEVICE_FAULT',
  'CLOCK_SKEW',
  'CLOCK_STEP',
] as const;

/** Kinds counted but not judged, and why. */
export const UNCHECKED_KINDS: Record<string, string> = {
  TELEMETRY_GAP: "which seqs a gateway waits for depends on its reorder buffer, not on what the cameras did (a gap later FILLED is a correct transient alert)",
};

/** One planted alert (or one the gateway raised unasked), as a JUnit test case. */
export interface VerdictCase {
  kind: string;
  alertId: string;
  result: 'raised' | 'not raised' | 'unexpected';
  /** From the truth: when the obligation started and its deadline (0 for device alerts). */
  obligationStartMs: number;
  deadlineMs: number;
  /** First revision seen: when the gateway raised it, and how long after the deadline. */
  detectedMs: number | null;
  latencyMs: number | null;
  status: string;
}

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
  /** Every expected alert and every unexpected one, for JUnit (one case each). */
  cases: VerdictCase[];
  /** Kinds not judged: how many were raised, and why they are not judged. */
  unchecked: { kind: string; raised: number; why: string }[];
  /** Revisions left out because they belong to an earlier run on the same gateway. */
  otherRuns: { revisions: number; alerts: number };
  kinds: KindScore[];
  revisions: RevisionScore;
}

export interface VerifyOptions {
  kinds?: readonly string[];
  /** Fail the verdict when an alert has more revisions than this. */
  maxRevisionsPerAlert?: number | null;
  /** Alerts this run can raise; others (an earlier run's, on the same gateway) are left out and counted. */
  owns?: (alertId: string) => boolean;
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

export function verify(expected: ReadonlyMap<string, Expected>, received: readonly Alert[], options: VerifyOptions = {}): Verdict {
  const kinds = options.kinds ?? VERIFIED_KINDS;
  const owns = options.owns ?? (() => true);
  const alerts: Alert[] = [];
  const others = new Set<string>();
  for (const a of received) {
    if (owns(a.alertId)) alerts.push(a);
    else others.add(a.alertId);
  }
  const otherRuns = { revisions: received.length - alerts.length, alerts: others.size };
  const first = new Map<string, Alert>();
  const last = new Map<string, Alert>();
  for (const a of alerts) {
    if (!first.has(a.alertId) || a.revision < first.get(a.alertId)!.revision) first.set(a.alertId, a);
    if (!last.has(a.alertId) || a.revision > last.get(a.alertId)!.revision) last.set(a.alertId, a);
  }
  const cases: VerdictCase[] = [];
  /** Detection latency: first raised minus the deadline; device alerts have none (null). */
  const latencyOf = (a: Alert): number | null => (a.deadlineMs || a.obligationStartMs) > 0 ? a.detectedMs - (a.deadlineMs || a.obligationStartMs) : null;
  const scores = kinds.map((kind): KindScore => {
    const want = new Set([...expected].filter(([, e]) => e.kind === kind).map(([id]) => id));
    const got = new Set([...last.values()].filter((a) => a.kind === kind && a.status !== 'RETRACTED').map((a) => a.alertId));
    const tp = [...got].filter((id) => want.has(id));
    const fp = [...got].filter((id) => !want.has(id));
    const fn = [...want].filter((id) => !got.has(id));
    for (const id of [...want].sort()) {
      const e = expected.get(id)!;
      const a = got.has(id) ? first.get(id)! : undefined;
      cases.push({
        kind,
        alertId: id,
        result: a === undefined ? 'not raised' : 'raised',
        obligationStartMs: e.obligationStartMs ?? 0,
        deadlineMs: e.deadlineMs ?? 0,
        detectedMs: a?.detectedMs ?? null,
        latencyMs: a === undefined ? null : latencyOf(a),
        status: a === undefined ? '' : last.get(id)!.status,
      });
    }
    for (const id of fp.sort()) {
      const a = first.get(id)!;
      cases.push({ kind, alertId: id, result: 'unexpected', obligationStartMs: a.obligationStartMs, deadlineMs: a.deadlineMs, detectedMs: a.detectedMs, latencyMs: null, status: last.get(id)!.status });
    }
    const latencies = tp
      .map((id) => latencyOf(first.get(id)!))
      .filter((x): x is number => x !== null)
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
  const unchecked = Object.entries(UNCHECKED_KINDS)
    .filter(([kind]) => !kinds.includes(kind))
    .map(([kind, why]) => ({ kind, raised: [...last.values()].filter((a) => a.kind === kind).length, why }));
  return { passed: scores.every((s) => s.falsePositives === 0 && s.falseNegatives === 0) && revisions.withinBound, cases, unchecked, otherRuns, kinds: scores, revisions };
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
    ...v.unchecked.map((u) => `not checked: ${u.kind} (${u.raised} raised): ${u.why}`),
    'A late activation counts as a MISSED_ACTIVATION alert that was raised and then resolved LATE_ACTIVATION.',
    formatRevisions(v.revisions),
    ...(v.otherRuns.revisions > 0 ? [`left out: ${v.otherRuns.revisions} revision(s) of ${v.otherRuns.alerts} alert(s) from earlier runs on this gateway`] : []),
    v.passed ? 'verdict: PASS (every expected alert raised, nothing else)' : 'verdict: FAIL',
    '',
  ].join('\n');
}

function formatRevisions(r: RevisionScore): string {
  const bound = r.bound === null ? '' : r.withinBound ? ` (bound ${r.bound}: met)` : ` (bound ${r.bound}: EXCEEDED)`;
  return `revisions per alert: mean ${r.mean}, max ${r.max}${r.maxAlertId ? ` (${r.maxAlertId})` : ''} over ${r.alerts} alerts${bound}`;
}


/** What a JUnit report says about the run (properties of every case). */
export interface JunitMeta {
  scenario?: string;
  seed?: number;
}

/**
 * JUnit XML for CI: one test suite per alert kind, one test case per planted alert (its id,
 * times, seed and scenario as properties; `time` is how long after the deadline it was raised)
 * and one failing case per alert raised that nothing planted.
 */
export function junit(v: Verdict, name: string, meta: JunitMeta = {}): string {
  const iso = (ms: number | null): string => (ms === null || ms <= 0 ? '' : new Date(ms).toISOString());
  const prop = (k: string, val: string | number | undefined): string => (val === undefined || val === '' ? '' : `<property name="${k}" value="${xml(String(val))}"/>`);
  const suites = v.kinds.map((k) => {
    const cases = v.cases
      .filter((c) => c.kind === k.kind)
      .map((c) => {
        const props = [prop('alertId', c.alertId), prop('scenario', meta.scenario), prop('seed', meta.seed), prop('obligationStart', iso(c.obligationStartMs)), prop('deadline', iso(c.deadlineMs)), prop('raised', iso(c.detectedMs)), prop('status', c.status)].join('');
        const failure =
          c.result === 'not raised'
            ? `<failure message="not raised">${xml(c.alertId)}: expected ${k.kind}, the gateway never raised it</failure>`
            : c.result === 'unexpected'
              ? `<failure message="unexpected">${xml(c.alertId)}: raised, but nothing in the run called for it</failure>`
              : '';
        const time = c.latencyMs === null ? 0 : Math.max(0, c.latencyMs) / 1000;
        return `<testcase classname="${xml(name)}.${k.kind}" name="${xml(c.result === 'unexpected' ? `unexpected ${c.alertId}` : c.alertId)}" time="${time.toFixed(3)}"><properties>${props}</properties>${failure}</testcase>`;
      });
    if (cases.length === 0) cases.push(`<testcase classname="${xml(name)}.${k.kind}" name="none expected, none raised" time="0"/>`);
    const failures = k.falseNegatives + k.falsePositives;
    return `  <testsuite name="${xml(name)}.${k.kind}" tests="${cases.length}" failures="${failures}">\n    ${cases.join('\n    ')}\n  </testsuite>`;
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
