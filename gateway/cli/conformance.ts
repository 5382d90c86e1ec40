/**
 * `bwc-gateway conformance`: checks one device against the protocol (proto/README.md) and prints
 * a pass/fail line per rule. Exit code 0 only if every rule passes.
 */
import { autoDetect } from '@serialport/bindings-cpp';
import { type Command, Option } from 'commander';
import { CONFORMANCE_DEFAULTS, ConformanceChecker, type RuleResult } from '../conformance/checker.js';
import { probeMqtt } from '../conformance/mqtt-probe.js';
import { probeSerial } from '../conformance/serial-probe.js';
import { isDeviceId } from '../decode/validate.js';
import { describeError } from '../errors.js';
import { parseSerialSpec } from '../transport/serial/serial-config.js';
import { duration } from './options.js';

interface Options {
  serial?: string;
  mqtt?: string;
  device: string;
  secret?: string;
  duration: number;
  heartbeatMs: number;
  json: boolean;
}

export function registerConformance(program: Command): void {
  program
    .command('conformance')
    .description('check one device against the bwc.v1 protocol; a pass/fail line per rule')
    .addOption(new Option('--serial <path[:baud]>', 'listen on this serial port').conflicts('mqtt'))
    .addOption(new Option('--mqtt <url>', 'run a broker here (e.g. mqtt://0.0.0.0:1884) for the device to connect to'))
    .requiredOption('--device <id>', 'the device id to check')
    .option('--secret <secret>', 'the password the device connects with (MQTT)')
    .option('--duration <time>', 'how long to listen (restart the device during it)', duration, 90_000)
    .option('--heartbeat-ms <ms>', 'expected heartbeat interval', (v) => duration(`${v}ms`), CONFORMANCE_DEFAULTS.heartbeatMs)
    .option('--json', 'JSON output', false)
    .addHelpText('after', '\nExit codes: 0 every rule passes, 1 a rule fails, 2 usage error.\nExample: bwc-gateway conformance --serial /dev/ttyUSB0 --device cam-0001 --duration 2m')
    .action(async (opts: Options) => {
      process.exitCode = await runConformance(opts);
    });
}

async function runConformance(opts: Options): Promise<number> {
  if (!isDeviceId(opts.device)) return usage(`--device ${opts.device}: expected 1-64 of [A-Za-z0-9_.-]`);
  if ((opts.serial === undefined) === (opts.mqtt === undefined)) return usage('give exactly one of --serial PATH or --mqtt URL');
  const checker = new ConformanceChecker(opts.device, Date.now(), { ...CONFORMANCE_DEFAULTS, heartbeatMs: opts.heartbeatMs });
  try {
    if (opts.serial !== undefined) {
      const spec = parseSerialSpec(opts.serial);
      // The "listening" line goes to stderr in every mode (stdout carries the verdict): a script
      // driving the device waits for it instead of guessing how long start-up takes.
      await probeSerial(spec, autoDetect(), checker, opts.duration, () =>
        process.stderr.write(`listening to ${opts.device} on ${spec.path} for ${opts.duration / 1000} s...\n`),
      );
    } else {
      if (opts.secret === undefined) return usage('--mqtt needs --secret (the password the device uses)');
      const url = new URL(opts.mqtt!);
      await probeMqtt({ host: url.hostname, port: Number(url.port || 1883) }, { deviceId: opts.device, secret: opts.secret }, checker, opts.duration, (port) => {
        process.stderr.write(`broker for ${opts.device} on mqtt://${url.hostname}:${port}, listening for ${opts.duration / 1000} s...\n`);
      });
    }
  } catch (error) {
    process.stderr.write(`conformance: ${describeError(error)}\n`);
    return 2;
  }
  const results = checker.verdict(Date.now());
  if (opts.serial === undefined) {
    const frames = results.find((r) => r.rule === 'frames')!;
    Object.assign(frames, { pass: true, detail: 'not applicable over MQTT' });
  }
  const passed = results.every((r) => r.pass);
  if (opts.json) process.stdout.write(`${JSON.stringify({ device: opts.device, passed, rules: results })}\n`);
  else process.stdout.write(format(results, passed));
  return passed ? 0 : 1;
}

function format(results: RuleResult[], passed: boolean): string {
  const lines = results.map((r) => `${r.pass ? 'PASS' : 'FAIL'}  ${r.rule.padEnd(12)} ${r.detail}`);
  return `${lines.join('\n')}\n${passed ? 'conformant' : 'NOT conformant'}\n`;
}

function usage(message: string): number {
  process.stderr.write(`conformance: ${message}\n`);
  return 2;
}
