/** The benchmark's report: medians with min-max over repetitions, ratios, targets, as Markdown. */
import type { DecodeBenchResult } from './decode.js';
import type { DetectorBenchResult } from './detector.js';
import type { PipelineBenchResult } from './pipeline.js';
import type { StoreBenchResult } from './store.js';
import type { RealismResult } from './realism.js';
import type { ScaleOutResult } from './scale-out.js';
import { TARGET_LABELS, type TargetName } from './targets.js';
import type { AlertLateness, Latency, Step } from './workloads.js';

export interface WorkloadRun {
  name: TargetName;
  qos: 0 | 1;
  rep: number;
  sustainable: number;
  steps: Step[];
  latencies: Latency[];
}

export interface Report {
  date: string;
  machine: string;
  pinning: string;
  quick: boolean;
  reps: number;
  devices: number;
  decode: DecodeBenchResult | null;
  detector: DetectorBenchResult[];
  workloads: WorkloadRun[];
  rss: { name: TargetName; devices: number; bytesPerDevice: number | null; note: string }[];
  alertLateness: AlertLateness | null;
  /** Bare aedes (W3a) at the rate W4a's latency was taken at 50 % load: what the transport alone costs there. */
  floor?: { rate: number; p50Us: number | null; p99Us: number | null } | null;
  scaleOut?: ScaleOutResult | null;
  realism?: RealismResult | null;
  store?: StoreBenchResult[];
  pipeline?: PipelineBenchResult[];
}

const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en'));
const ms = (us: number | null | undefined): string => (us === null || us === undefined ? '–' : `${(us / 1000).toFixed(us < 10_000 ? 2 : 0)} ms`);

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function spread(xs: number[]): string {
  const m = median(xs);
  if (m === null) return '–';
  if (xs.length < 2) return fmt(m);
  return `${fmt(m)} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
}

export function sustainableOf(r: Report, name: TargetName, qos: 0 | 1): number | null {
  return median(r.workloads.filter((w) => w.name === name && w.qos === qos).map((w) => w.sustainable));
}

function latencyAt(r: Report, name: TargetName, load: number, which: 'p50Us' | 'p99Us'): number | null {
  return median(r.workloads.filter((w) => w.name === name && w.qos === 1).flatMap((w) => w.latencies.filter((l) => l.load === load && l[which] !== null).map((l) => l[which]!)));
}

/** The offered rates' top: a sustainable rate equal to it is a floor, not a limit. */
export function ladderTop(r: Report): number {
  return Math.max(0, ...r.workloads.flatMap((w) => w.steps.map((s) => s.offered)));
}

/**
 * Did this workload reach its ceiling in every run (a step where it could not keep up)? A rate
 * from a ladder that never failed is a floor, and a ratio of floors means nothing.
 */
export function saturated(r: Report, name: TargetName, qos: 0 | 1): boolean {
  const runs = r.workloads.filter((w) => w.name === name && w.qos === qos);
  return runs.length > 0 && runs.every((w) => w.steps.some((step) => !step.keptUp));
}

export function ratios(r: Report): { label: string; value: number | null; target: string; met: boolean | null; why: string }[] {
  const s = (n: TargetName, q: 0 | 1): number | null => sustainableOf(r, n, q);
  const rows: { label: string; a: [TargetName, 0 | 1]; b: [TargetName, 0 | 1]; min: number | null }[] = [
    { label: 'W4a/W3a (QoS 0)', a: ['W4a', 0], b: ['W3a', 0], min: null },
    { label: 'W4a/W3a (QoS 1)', a: ['W4a', 1], b: ['W3a', 1], min: 0.5 },
    { label: 'W4a/W3b (QoS 0)', a: ['W4a', 0], b: ['W3b', 0], min: 2 },
    { label: 'W4a/W3c (QoS 0)', a: ['W4a', 0], b: ['W3c', 0], min: 1.5 },
    { label: 'W4b/W3c (QoS 0)', a: ['W4b', 0], b: ['W3c', 0], min: null },
  ];
  return rows.map((x) => {
    const target = x.min === null ? '' : `≥ ${x.min}`;
    const a = s(...x.a);
    const b = s(...x.b);
    const unsaturated = [x.a, x.b].filter(([n, q]) => !saturated(r, n, q)).map(([n]) => n);
    if (a === null || b === null || b === 0 || unsaturated.length > 0) {
      const why = a === null || b === null ? 'not run' : `${[...new Set(unsaturated)].join(' and ')} did not reach its ceiling in this run`;
      return { label: x.label, value: null, target, met: null, why: `not measured (${why})` };
    }
    const value = a / b;
    return { label: x.label, value, target, met: x.min === null ? null : value >= x.min, why: '' };
  });
}

/** The speed targets, each from this run's figures, or "not measured" with the reason. */
export function issueTargets(r: Report): { label: string; value: string; verdict: string }[] {
  const out: { label: string; value: string; verdict: string }[] = [];
  const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
  const ratio = ratios(r).find((x) => x.label === 'W4a/W3a (QoS 1)');
  if (ratio !== undefined && r.workloads.some((w) => w.name === 'W4a')) {
    out.push({ label: 'W4a/W3a ≥ 0.5 at QoS 1', value: ratio.value === null ? ratio.why : ratio.value.toFixed(2), verdict: ratio.met === null ? '' : verdict(ratio.met) });
  }
  const wal = (r.store ?? []).find((x) => x.perCommit === 1000);
  if (wal !== undefined) out.push({ label: 'WAL bytes per stored message ≤ 400 B (W5, 1,000 writes per commit)', value: `${fmt(wal.walBytesPerMessage)} B`, verdict: verdict(wal.walBytesPerMessage <= 400) });
  const w4b = sustainableOf(r, 'W4b', 1);
  if (w4b !== null) {
    const sat = saturated(r, 'W4b', 1);
    out.push({ label: 'W4b ≥ 30,000 msg/s at QoS 1', value: `${fmt(w4b)}${sat ? '' : ' (top of the ladder: at least)'}`, verdict: verdict(w4b >= 30_000) });
  }
  const p99 = latencyAt(r, 'W4a', 0.5, 'p99Us');
  if (r.workloads.some((w) => w.name === 'W4a' && w.qos === 1)) {
    const f = r.floor;
    const floor = f === null || f === undefined ? '' : ` (bare aedes at the same ${fmt(f.rate)} msg/s: p50 ${ms(f.p50Us)}, p99 ${ms(f.p99Us)})`;
    out.push({ label: 'W4a PUBACK p99 ≤ 10 ms at 50 % load', value: p99 === null ? 'not measured' : `${ms(p99)}${floor}`, verdict: p99 === null ? '' : verdict(p99 <= 10_000) });
  }
  const a = r.alertLateness;
  if (a !== null) out.push({ label: 'alert lateness p99 ≤ 100 ms at 50 % load', value: a.p99Ms === null ? 'not measured' : `${a.p99Ms} ms`, verdict: a.p99Ms === null ? '' : verdict(a.p99Ms <= 100) });
  return out;
}

export function formatReport(r: Report): string {
  const out: string[] = [];
  out.push(`Benchmarks, ${r.date}: ${r.machine}. ${r.pinning}. ${r.reps} repetition(s)${r.quick ? ', --quick' : ''}; ${r.devices} publishing connections.`, '');
  if (r.decode !== null) {
    const d = r.decode;
    out.push('W1 decode limit (one core)', '', '| corpus | mean size | protobufjs decode | our codec (decode + validate) | JSON.parse of the same |', '|---|---:|---:|---:|---:|');
    out.push(`| ${fmt(d.messages)} telemetry messages of a simulated shift | ${d.meanBytes} B | ${fmt(d.protobufjsPerSecond)}/s | ${fmt(d.codecPerSecond)}/s | ${fmt(d.jsonParsePerSecond)}/s |`, '');
  }
  if (r.detector.length > 0) {
    out.push('W2 detector only (pre-decoded events, one core)', '', '| devices | events | events/s | ns/event | state per device |', '|---:|---:|---:|---:|---:|');
    for (const d of r.detector) out.push(`| ${fmt(d.devices)} | ${fmt(d.events)} | ${fmt(d.eventsPerSecond)} | ${d.nsPerEvent} | ${fmt(d.bytesPerDevice)} B |`);
    out.push('');
  }
  if ((r.store ?? []).length > 0) {
    out.push(
      'W5 store alone (one core, synchronous=FULL): telemetry from 200 cameras through the group-commit writer, N writes per commit; WAL bytes per stored message (no checkpoint during the run)',
      '',
      '| writes per commit | messages | writes/s | WAL bytes per message |',
      '|---:|---:|---:|---:|',
    );
    for (const x of r.store!) out.push(`| ${fmt(x.perCommit)} | ${fmt(x.messages)} | ${fmt(x.writesPerSecond)} | ${fmt(x.walBytesPerMessage)} |`);
    out.push('');
  }
  if ((r.pipeline ?? []).length > 0) {
    const ps = r.pipeline!;
    out.push(
      'W6 pipeline alone (one core, no network): the generator\'s messages through decode, dedupe, store (fsync), acknowledge, detector',
      '',
      '| messages | msg/s | µs per message | GC share |',
      '|---:|---:|---:|---:|',
    );
    for (const x of ps) out.push(`| ${fmt(x.messages)} | ${fmt(x.perSecond)} | ${x.usPerMessage} | ${x.gcPercent}% |`);
    out.push('');
  }
  const names = [...new Set(r.workloads.map((w) => w.name))];
  if (names.length > 0) {
    out.push(
      'W3 transport baselines and W4 the product: sustainable throughput (the highest rate delivered or stored, per second, in a step where everything sent was delivered within a second of the end of sending), median (min–max); ingest latency = publish to PUBACK at QoS 1',
      '',
      '| workload | QoS 0 msg/s | QoS 1 msg/s | p50 / p99 at 10 % | at 50 % | at 80 % | system CPU at the top step | generator CPU |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    const top = ladderTop(r);
    const capped = (xs: number[]): string => (xs.length > 0 && xs.every((x) => x >= 0.97 * top) ? ' (top of the ladder: at least)' : '');
    for (const n of names) {
      const runs = (q: 0 | 1): number[] => r.workloads.filter((w) => w.name === n && w.qos === q).map((w) => w.sustainable);
      const kept = r.workloads.filter((w) => w.name === n).flatMap((w) => w.steps.filter((s) => s.keptUp));
      const best = kept.sort((a, b) => b.offered - a.offered)[0];
      const lat = (load: number): string => `${ms(latencyAt(r, n, load, 'p50Us'))} / ${ms(latencyAt(r, n, load, 'p99Us'))}`;
      out.push(`| ${n} ${TARGET_LABELS[n]} | ${spread(runs(0))}${capped(runs(0))} | ${spread(runs(1))}${capped(runs(1))} | ${lat(0.1)} | ${lat(0.5)} | ${lat(0.8)} | ${best ? `${best.systemCpuPercent}%` : '–'} | ${best ? `${best.generatorCpuPercent}%` : '–'} |`);
    }
    out.push('', '| ratio | value | target |', '|---|---:|---|');
    // A ratio only when both sides were saturated in this run; otherwise "not measured".
    for (const x of ratios(r)) out.push(`| ${x.label} | ${x.value === null ? x.why : x.value.toFixed(2)} | ${x.target}${x.met === null ? '' : x.met ? ' (met)' : ' (missed)'} |`);
    out.push('');
  }
  if (r.alertLateness !== null) {
    const a = r.alertLateness;
    out.push(`Alert lateness (W4a at 50 % of its QoS 1 rate; alert received − (deadline + allowed lateness)): ${a.alerts} of ${a.expected} alerts, p50 ${a.p50Ms ?? '–'} ms, p99 ${a.p99Ms ?? '–'} ms, largest ${a.maxMs ?? '–'} ms (target p99 ≤ 100 ms)`, '');
  }
  const targets = issueTargets(r);
  if (targets.length > 0) {
    out.push('Targets (this run)', '', '| target | measured | |', '|---|---:|---|');
    for (const t of targets) out.push(`| ${t.label} | ${t.value} | ${t.verdict} |`);
    out.push('');
  }
  if (r.rss.length > 0) {
    out.push('Memory per connected (idle) device: (RSS with N connected − RSS with none) / N', '', '| system | devices | bytes per device |', '|---|---:|---:|');
    for (const x of r.rss) out.push(`| ${x.name} ${TARGET_LABELS[x.name]} | ${fmt(x.devices)} | ${fmt(x.bytesPerDevice)} ${x.note} |`);
    out.push('');
  }
  const re = r.realism;
  if (re !== undefined && re !== null) {
    out.push(
      `Realism generator: ${fmt(re.cameras)} MQTT.js cameras (one connection each, QoS 1) at ${re.ratePerCamera} msg/s each with jitter, ${re.seconds} s, against W4a: ${fmt(re.sent)} sent, ${fmt(re.acked)} acknowledged, ${fmt(re.stored)} stored; PUBACK p50 ${re.p50Ms.toFixed(2)} ms, p99 ${re.p99Ms.toFixed(2)} ms; generator CPU ${re.generatorCpuPercent}%`,
      '',
    );
  }
  const so = r.scaleOut;
  if (so !== undefined && so !== null) {
    out.push(
      `Scale-out: gateway workers over a 3-node NATS cluster on this machine (4 partitions, R1 streams); ${fmt(so.messages)} messages put into the streams first (${fmt(so.loadRate)} msg/s through the mapping), then drained by the workers (store + detector + JetStream ack)`,
      '',
      '| workers | msg/s | seconds | cores |',
      '|---:|---:|---:|---|',
    );
    for (const d of so.drain) out.push(`| ${d.workers} | ${fmt(d.messagesPerSecond)} | ${d.seconds.toFixed(1)} | ${d.cores} |`);
    const one = so.drain.find((d) => d.workers === 1);
    const two = so.drain.find((d) => d.workers === 2);
    if (one && two) out.push('', `2 workers / 1 worker: ${(two.messagesPerSecond / one.messagesPerSecond).toFixed(2)}×`);
    if (so.puback !== null) {
      const p = so.puback;
      out.push(
        '',
        `What a PUBACK from NATS means (R3 stream): ${p.ackedBeforeStored} of ${p.published} PUBACKs arrived before the partition stream had the message; after ${p.burst} acknowledged messages and a SIGKILL of all three nodes right after the last PUBACK, ${p.lostAfterKillAll} were missing on restart.`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
