/**
 * `npm run bench`: every benchmark, baselines and the product in the same invocation.
 *   W1 decode limit, W2 detector only, W5 the store alone, W6 the pipeline alone, W3 transport baselines (bare aedes counting, bare aedes
 *   -> subscriber, mosquitto -> subscriber), W4 the product (embedded gateway; mosquitto ->
 *   gateway), at QoS 0 and QoS 1, alternated, repeated (medians with min-max); ingest latency
 *   at 10/50/80 % of the sustainable rate; alert lateness; memory per connected device.
 *
 *   npm run bench [-- --quick] [--json] [--reps 3] [--only W3a,W4a] [--devices 200]
 *
 * The speed targets (README, "Performance") are printed from the same run: a ratio only when
 * both sides reached their ceiling in it.
 */
import { writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runDecodeBench } from './decode.js';
import { runDetectorBench } from './detector.js';
import { runPipelineBench } from './pipeline.js';
import { runStoreBench } from './store.js';
import { taskset } from './proc.js';
import { LOAD_CORE, SUT_CORE, startTarget, TARGET_LABELS, type TargetName } from './targets.js';
import { alertLateness, type BenchOptions, latencies, type Latency, rssPerDevice, startGenerator, step, type Sustainable, sustainable } from './workloads.js';
import { formatReport, type Report, type WorkloadRun } from './report.js';
import { runRealism } from './realism.js';
import { runScaleOut } from './scale-out.js';
import { natsServerAvailable } from '../nats-cluster.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    reps: { type: 'string' },
    only: { type: 'string' },
    devices: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run bench [-- --quick] [--json] [--reps N] [--only W1,W2,W5,W6,W3a,W3b,W3c,W4a,W4b,RSS,REAL,SCALE] [--devices N]\n' +
      '  --quick     a smoke run in under a minute (1 repetition, short steps, small sizes)\n' +
      '  --json      print the results as JSON instead of Markdown\n',
  );
  process.exit(0);
}
const quick = values.quick;
const reps = Number(values.reps ?? (quick ? 1 : 3));
const only = values.only === undefined ? null : new Set(values.only.split(','));
const wanted = (k: string): boolean => only === null || only.has(k);
const t0 = Date.now();
// Results so far are saved after each step, so a failure late in a long run loses nothing.
const partial = join(tmpdir(), `bwc-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const save = (): void => writeFileSync(partial, JSON.stringify(report, null, 2));
const log = (s: string): void => void process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}\n`);

const options: BenchOptions = {
  quick,
  devices: Number(values.devices ?? (quick ? 100 : 200)),
  stepMs: quick ? 400 : 3000,
  rates: quick ? [4000] : [2500, 5000, 10_000, 15_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 100_000, 115_000, 130_000, 145_000, 160_000, 180_000, 200_000],
};

const report: Report = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node.js ${process.version}`,
  pinning: taskset() !== null ? `system under test on core ${SUT_CORE}; load generator and subscriber on core ${LOAD_CORE} (taskset)` : 'no taskset: processes not pinned',
  quick,
  reps,
  devices: options.devices,
  decode: null,
  detector: [],
  workloads: [],
  rss: [],
  alertLateness: null,
  floor: null,
  scaleOut: null,
  realism: null,
};

log(`results so far are saved in ${partial}`);

if (wanted('W1')) {
  log('W1 decode...');
  report.decode = runDecodeBench(quick ? 300 : 2000);
}
if (wanted('W5')) {
  report.store = [];
  for (const perCommit of [1000, 100, 10]) {
    log(`W5 store, ${perCommit} writes per commit...`);
    report.store.push(runStoreBench(quick ? 20_000 : perCommit >= 100 ? 200_000 : 20_000, perCommit));
  }
  save();
}
if (wanted('W6')) {
  report.pipeline = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    log('W6 pipeline alone...');
    report.pipeline.push(await runPipelineBench(quick ? 30_000 : 300_000));
  }
  save();
}
if (wanted('W2')) {
  for (const n of quick ? [1000] : [1000, 10_000, 100_000, 1_000_000]) {
    log(`W2 detector, ${n} devices...`);
    report.detector.push(runDetectorBench(n, n >= 1_000_000 ? 8 : quick ? 10 : 30));
  }
}

// Baselines and the product alternate, so drift on the machine hits them alike.
const order: TargetName[] = (['W3a', 'W4a', 'W3b', 'W4b', 'W3c'] as TargetName[]).filter(wanted);
for (let rep = 1; rep <= reps; rep++) {
  for (const name of order) {
    // --quick: QoS 1 everywhere (it carries the latency figures), QoS 0 for W3a and W4a only.
    for (const qos of (quick && !['W3a', 'W4a'].includes(name) ? [1] : [0, 1]) as (0 | 1)[]) {
      log(`rep ${rep}/${reps}: ${name} (${TARGET_LABELS[name]}), QoS ${qos}...`);
      const target = await startTarget(name, options.devices);
      try {
        const gen = await startGenerator(target, qos);
        const found: Sustainable = await sustainable(target, gen, options);
        let lat: Latency[] = [];
        let lateness = null;
        // Latency at 10/50/80 % of the sustainable rate (of the lowest offered one if even that was too much).
        const base = found.rate > 0 ? found.rate : options.rates[0]!;
        if (qos === 1) {
          lat = await latencies(target, gen, base, quick ? 400 : 3000);
          if (name === 'W4a' && rep === 1) {
            log('   alert lateness at 50 % load...');
            lateness = await alertLateness(target, gen, Math.round(base / 2), quick ? 3000 : 10_000, quick ? 3 : 100);
            report.alertLateness = lateness;
          }
        }
        gen.send({ cmd: 'quit' });
        await gen.stop();
        const run: WorkloadRun = { name, qos, rep, sustainable: found.rate, steps: found.steps, latencies: lat };
        report.workloads.push(run);
        save();
        log(`   sustainable ${found.rate} msg/s`);
      } finally {
        await target.stop();
      }
    }
  }
}

// The transport's own latency at the rate the gateway's 50 % figure was taken at: what no
// gateway on this broker can beat (run when both W3a and W4a ran at QoS 1).
const half = report.workloads.filter((w) => w.name === 'W4a' && w.qos === 1).map((w) => w.latencies.find((l) => l.load === 0.5)?.rate ?? 0);
if (wanted('W3a') && half.length > 0 && Math.max(...half) > 0) {
  const rate = half.sort((a, b) => a - b)[Math.floor(half.length / 2)]!;
  log(`W3a at W4a's 50 % rate (${rate} msg/s), QoS 1...`);
  const target = await startTarget('W3a', options.devices);
  try {
    const gen = await startGenerator(target, 1);
    await step(target, gen, rate, quick ? 400 : 3000); // warm up, as the ladder does before W4a's figure
    const s = await step(target, gen, rate, quick ? 400 : 3000);
    report.floor = { rate, p50Us: s.p50Us, p99Us: s.p99Us };
    gen.send({ cmd: 'quit' });
    await gen.stop();
  } finally {
    await target.stop();
  }
  save();
}

if (wanted('RSS')) {
  for (const n of quick ? [100] : [1000, 10_000]) {
    for (const name of (quick ? ['W3a', 'W4a'] : ['W3a', 'W3c', 'W4a']) as TargetName[]) {
      log(`memory per connected device: ${name}, ${n} devices...`);
      try {
        report.rss.push({ name, ...(await rssPerDevice(name, n, quick ? 1000 : 3000)) });
      } catch (error) {
        log(`   failed: ${(error as Error).message}`);
        report.rss.push({ name, devices: n, bytesPerDevice: null, note: `(failed: ${(error as Error).message.split('\n')[0]})` });
      }
      save();
    }
  }
}

if (wanted('REAL')) {
  const cameras = quick ? 50 : 2000;
  log(`realism: ${cameras} MQTT.js cameras, one connection each, against the gateway...`);
  try {
    report.realism = await runRealism(cameras, quick ? 2 : 5, quick ? 1.5 : 20);
  } catch (error) {
    log(`realism failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
  save();
}

if (wanted('SCALE')) {
  if (!natsServerAvailable()) log('scale-out skipped: nats-server is not installed (apt-get install nats-server)');
  else {
    try {
      report.scaleOut = await runScaleOut(quick, log);
    } catch (error) {
      log(`scale-out failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
    save();
  }
}

process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
