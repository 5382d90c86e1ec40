/** `bwc-sim run SCENARIO`: runs a fleet; `bwc-sim scenarios`: lists the shipped ones. */
import { readdirSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { alertCodec } from '../../gateway/decode/codec.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { describeError } from '../../gateway/errors.js';
import { loadScenario, SCENARIO_DIR } from '../scenario/load.js';
import { parseDuration, type Scenario } from '../scenario/schema.js';
import { InProcessTarget } from '../run/in-process.js';
import { MqttTarget } from '../run/mqtt-target.js';
import { provision, readCredentials } from '../run/provision.js';
import { RUN_TAIL_MS, fleetIds, runSimulation } from '../run/runner.js';
import { type RunIdentity, externalIdentity, plainIdentity } from '../run/run-identity.js';
import { SerialTarget } from '../run/serial-target.js';
import type { SimTarget } from '../run/target.js';
import { writeTruth } from '../verify/truth-file.js';
import { formatVerdict, junit, verify } from '../verify/verify.js';
import { exitCodeOf } from '../../gateway/cli/exit.js';

interface RunOptions {
  inProcess: boolean;
  mqtt?: string;
  serial?: string;
  provision?: string;
  credentials?: string;
  simClock: boolean;
  api?: string;
  token?: string;
  policy?: string;
  seed?: number;
  duration?: number;
  speed?: string;
  capture?: string;
  truth?: string;
  alerts?: string;
  verify: boolean;
  junit?: string;
  json: boolean;
  quiet: boolean;
}

const int = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${v} is not a non-negative integer`);
  return n;
};
const dur = (v: string): number => {
  const n = parseDuration(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${v} is not a duration (e.g. 10m, 1h)`);
  return n;
};

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run a scenario (a name from simulator/scenarios/ or a file)')
    .argument('<scenario>', 'smoke, shift, chaos, large, rollout, or a path to a YAML file')
    .addOption(new Option('--in-process', 'drive the detector core directly (fastest; no gateway)').default(false))
    .addOption(new Option('--mqtt <url>', 'a gateway (or its broker) over MQTT').conflicts(['inProcess', 'serial']))
    .addOption(new Option('--serial <path>', 'a gateway over a serial line (real time only)').conflicts(['inProcess']))
    .option('--provision <data-dir>', "with --mqtt or --serial: add the fleet's credentials to this gateway data dir first (serial frames are accepted only from registered cameras)")
    .option('--credentials <file>', 'with --mqtt: "DEVICE-ID SECRET" lines (and "sim NAME SECRET", "viewer NAME SECRET")')
    .option('--no-sim-clock', 'with --mqtt: the gateway runs on real time (then only --speed realtime is meaningful)')
    .option('--api <url>', 'the gateway HTTP API, for scenarios that assign cameras by administrator')
    .option('--token <token>', 'an admin API token for --api')
    .option('--policy <file>', 'policy YAML for --in-process and for the truth')
    .option('--seed <n>', "override the scenario's seed", int)
    .option('--duration <time>', "override the scenario's duration", dur)
    .option('--speed <speed>', 'override: realtime, xN (e.g. x30) or max')
    .option('--capture <file>', 'write what was delivered, when (capture NDJSON)')
    .option('--truth <file>', 'write the ground truth (NDJSON)')
    .option('--alerts <file>', 'write the alert revisions seen (NDJSON, as replay prints)')
    .option('--verify', 'verify the alerts against the truth; exit 1 on any mismatch', false)
    .option('--junit <file>', 'with --verify: JUnit XML for CI')
    .option('--json', 'print the summary (and verdict) as JSON', false)
    .option('--quiet', 'no progress line', false)
    .addHelpText(
      'after',
      `
Run time: after the scenario's duration, a ${RUN_TAIL_MS / 60_000}-minute tail of simulated time follows (cameras keep
reporting and uploading; no new calls or faults) so the last deadlines pass before the verdict.
At --speed realtime the tail is real time too: smoke (10m) takes ${10 + RUN_TAIL_MS / 60_000} minutes, --duration 2m takes ${2 + RUN_TAIL_MS / 60_000}.

Examples:
  bwc-sim run smoke --in-process --verify
  bwc-sim run smoke --mqtt mqtt://localhost:1883 --provision ./data --verify
  bwc-sim run smoke --mqtt mqtt://localhost:1883 --provision ./data --no-sim-clock --speed realtime --duration 2m --verify`,
    )
    .action(async (name: string, opts: RunOptions) => {
      try {
        process.exitCode = await run(name, opts);
      } catch (error) {
        process.stderr.write(`bwc-sim run: ${describeError(error)}\n`);
        process.exitCode = exitCodeOf(error);
      }
    });
}

function overrides(s: Scenario, o: RunOptions): Scenario {
  const out = { ...s };
  if (o.seed !== undefined) out.seed = o.seed;
  if (o.duration !== undefined) out.durationMs = o.duration;
  if (o.speed !== undefined) {
    if (!/^(realtime|max|x\d+(\.\d+)?)$/.test(o.speed)) throw new InvalidArgumentError(`--speed ${o.speed}: expected realtime, max or xN`);
    out.speed = o.speed === 'max' ? { kind: 'max' } : o.speed === 'realtime' ? { kind: 'realtime' } : { kind: 'factor', factor: Number(o.speed.slice(1)) };
  }
  return out;
}

async function run(name: string, o: RunOptions): Promise<number> {
  const loaded = overrides(loadScenario(name), o);
  const policy = loadPolicy(o.policy);
  const deviceIds = fleetIds(loaded);
  let target: SimTarget;
  let ids: RunIdentity = plainIdentity(loaded.startMs);
  if (o.mqtt !== undefined) {
    if (!o.simClock && loaded.speed.kind !== 'realtime') {
      throw new InvalidArgumentError('--no-sim-clock runs on the gateway\'s real clock: use --speed realtime (or start the gateway with --sim-clock)');
    }
    const credentials = o.credentials !== undefined ? readCredentials(o.credentials) : o.provision !== undefined ? await provision(o.provision, deviceIds) : undefined;
    if (credentials === undefined) throw new InvalidArgumentError('--mqtt needs --provision DATA_DIR or --credentials FILE');
    const mqttTarget = new MqttTarget({ url: o.mqtt, credentials, simClock: o.simClock, api: o.api !== undefined && o.token !== undefined ? { url: o.api, token: o.token } : undefined });
    ids = externalIdentity(loaded, await mqttTarget.preflight(deviceIds), o.simClock);
    target = mqttTarget;
  } else if (o.serial !== undefined) {
    if (loaded.speed.kind !== 'realtime') throw new InvalidArgumentError('--serial runs at real time: use --speed realtime');
    // Serial frames are accepted only from registered cameras: --provision registers the fleet.
    if (o.provision !== undefined) await provision(o.provision, deviceIds);
    target = new SerialTarget(o.serial, loaded.faults.serialByteError, loaded.seed);
    ids = externalIdentity(loaded, undefined, false);
  } else if (o.inProcess) target = new InProcessTarget(policy);
  else throw new InvalidArgumentError('say where the fleet goes: --in-process, --mqtt URL or --serial PATH');
  const scenario = { ...loaded, startMs: ids.startMs };
  if (ids.note !== '') process.stderr.write(`bwc-sim: note: ${ids.note}\n`);

  const realClock = target.name !== 'in-process' && !(o.mqtt !== undefined && o.simClock);
  const result = await runSimulation(scenario, target, { policy, capture: o.capture, progress: !o.quiet && !o.json, ids, startAtWallClock: realClock });
  if (o.truth !== undefined) writeTruth(o.truth, result.truth);
  if (o.alerts !== undefined) writeFileSync(o.alerts, target.alerts.map((a) => JSON.stringify(alertCodec.toJson(a))).join('\n') + (target.alerts.length ? '\n' : ''));
  const outcomes: Record<string, number> = {};
  for (const ob of result.truth.obligations) outcomes[ob.outcome] = (outcomes[ob.outcome] ?? 0) + 1;
  const summary = {
    scenario: scenario.name,
    target: target.name,
    seed: scenario.seed,
    cameras: scenario.fleet.cameras,
    simulatedMs: result.finalMs - result.startMs,
    wallMs: result.wallMs,
    speedup: Math.round(result.speedup * 10) / 10,
    messagesDelivered: result.messages,
    world: result.world.counts,
    network: result.network.counts,
    obligations: outcomes,
    alertRevisions: target.alerts.length,
    run: { bootBase: ids.bootBase, activityPrefix: ids.activityPrefix, startMs: result.startMs, gatewayHeld: ids.preflight, note: ids.note },
  };
  const verdict = o.verify ? verify(result.truth.expected, target.alerts, { maxRevisionsPerAlert: scenario.verify.maxRevisionsPerAlert, owns: ids.owns }) : undefined;
  if (verdict !== undefined && o.junit !== undefined) writeFileSync(o.junit, junit(verdict, `bwc-sim.${scenario.name}`, { scenario: scenario.name, seed: scenario.seed }));
  if (o.json) process.stdout.write(`${JSON.stringify({ ...summary, verdict })}\n`);
  else {
    process.stdout.write(
      `${scenario.name}: ${summary.cameras} cameras, ${(summary.simulatedMs / 60_000).toFixed(1)} simulated minutes in ${(result.wallMs / 1000).toFixed(1)} s (${summary.speedup}x), ${result.messages} deliveries, ${summary.alertRevisions} alert revisions\n` +
        `obligations: ${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}\n`,
    );
    if (verdict !== undefined) process.stdout.write(formatVerdict(verdict));
  }
  return verdict !== undefined && !verdict.passed ? 1 : 0;
}

export function registerScenarios(program: Command): void {
  program
    .command('scenarios')
    .description('list the shipped scenarios')
    .action(() => {
      for (const f of readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
        const s = loadScenario(f.replace(/\.yaml$/, ''));
        process.stdout.write(`${s.name.padEnd(10)} ${s.description}\n`);
      }
    });
}
