/**
 * `npm run bench -- --quick` completes and reports every figure (not how fast: speed targets
 * are checked by reading the benchmark, not by tests).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatReport, type Report } from '../../scripts/bench/report.js';
import { natsServerAvailable } from '../../scripts/nats-cluster.js';
import { ROOT } from '../helpers/cli.js';

describe('benchmarks', () => {
  it('--quick runs every workload and reports every figure', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/index.ts', '--quick', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    const r = JSON.parse(run.stdout) as Report;
    expect(r.decode!.protobufjsPerSecond).toBeGreaterThan(0);
    expect(r.decode!.codecPerSecond).toBeGreaterThan(0);
    expect(r.decode!.jsonParsePerSecond).toBeGreaterThan(0);
    expect(r.detector.length).toBeGreaterThan(0);
    for (const d of r.detector) expect(d.eventsPerSecond * d.bytesPerDevice).toBeGreaterThan(0);
    expect(r.store!.map((x) => x.perCommit)).toEqual([1000, 100, 10]);
    for (const x of r.store!) expect(x.writesPerSecond * x.walBytesPerMessage).toBeGreaterThan(0);
    expect(r.pipeline!.length).toBe(1);
    expect(r.pipeline![0]!.perSecond).toBeGreaterThan(0);
    for (const name of ['W3a', 'W3b', 'W3c', 'W4a', 'W4b']) {
      const runs = r.workloads.filter((w) => w.name === name && w.qos === 1);
      expect(runs.length, name).toBe(1);
      expect(runs[0]!.steps.length, name).toBeGreaterThan(0);
      expect(runs[0]!.latencies.map((l) => l.load), name).toEqual([0.1, 0.5, 0.8]);
      for (const l of runs[0]!.latencies) expect(l.p99Us, `${name} at ${l.load}`).toBeGreaterThan(0);
    }
    for (const name of ['W3a', 'W4a']) expect(r.workloads.some((w) => w.name === name && w.qos === 0), name).toBe(true);
    expect(r.alertLateness!.expected).toBe(3);
    expect(r.alertLateness!.alerts).toBe(3);
    // Bare aedes at the rate of W4a's 50 % latency figure (the transport's own floor there).
    expect(r.floor!.rate).toBe(r.workloads.find((w) => w.name === 'W4a' && w.qos === 1)!.latencies[1]!.rate);
    expect(r.floor!.p99Us).toBeGreaterThan(0);
    expect(r.rss.map((x) => x.name).sort()).toEqual(['W3a', 'W4a']);
    for (const x of r.rss) expect(x.bytesPerDevice).not.toBeNull();
    expect(r.realism!.acked).toBe(r.realism!.sent);
    expect(r.realism!.stored).toBeGreaterThanOrEqual(r.realism!.sent);
    // Scale-out needs nats-server (.ci/run installs it; without it the bench says it skipped).
    if (natsServerAvailable()) {
      expect(r.scaleOut!.drain.map((d) => d.workers)).toEqual([1, 2]);
      for (const d of r.scaleOut!.drain) expect(d.messagesPerSecond).toBeGreaterThan(0);
    }
    // The Markdown report carries every section and the ratios.
    const md = formatReport(r);
    for (const s of ['W1 decode limit', 'W2 detector only', 'W5 store alone', 'W6 pipeline alone', 'Targets (this run)', 'WAL bytes per stored message', 'W3 transport baselines', 'W4a/W3a (QoS 0)', 'W4a/W3b (QoS 0)', 'W4a/W3c (QoS 0)', 'W4b/W3c (QoS 0)', 'Alert lateness', 'Memory per connected', 'Realism generator', ...(natsServerAvailable() ? ['2 workers / 1 worker'] : [])]) {
      expect(md).toContain(s);
    }
    // --quick's single short step rarely saturates both sides: then the ratio must say so.
    const ratio = md.split('\n').find((l) => l.startsWith('| W4a/W3a (QoS 1)'))!;
    expect(ratio).toMatch(/\| (\d+\.\d\d|not measured \(.+\)) \|/);
  }, 300_000);
});
