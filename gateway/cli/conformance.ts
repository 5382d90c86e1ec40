/**
 * `bwc-gateway conformance`: drives one device (or the bays of a dock) through the numbered
 * clauses of the bwc.v1 contract (conformance/clauses.ts) and prints a verdict per clause: text,
 * JSON (--json) and JUnit XML (--junit FILE). What the device claims to support comes from a
 * PICS file (--pics); without one, a v1.0 device is assumed. Exit 0 only if no clause fails.
 */
import { writeFileSync } from 'node:fs';
import { autoDetect } from '@serialport/bindings-cpp';
import { type Command, Option } from 'commander';
import { CONFORMANCE_DEFAULTS, ConformanceChecker } from '../conformance/checker.js';
import { CLAUSES } from '../conformance/clauses.js';
import { probeMqtt } from '../conformance/mqtt-probe.js';
import { type Pics, defaultPics, loadPics } from '../conformance/pics.js';
import { formatJunit, formatText, report } from '../conformance/report.js';
import { probeSerial } from '../conformance/serial-probe.js';
import { isDeviceId } from '../decode/validate.js';
import { describeError } from '../errors.js';
import { parseSerialSpec } from '../transport/serial/serial-config.js';
import { EXIT } from './exit.js';
import { duration, positiveInt } from './options.js';

interface Options {
  serial?: string;
  mqtt?: string;
  device: string[];
  pics?: string;
  secret?: string;
  duration: number;
  heartbeatMs: number;
  clockToleranceMs: number;
  json: boolean;
  junit?: string;
  listClauses: boolean;
}

export function registerConformance(program: Command): void {
  program
    .command('conformance')
    .description('drive a device through the numbered clauses of the bwc.v1 contract; a verdict per clause')
    .addOption(new Option('--serial <path[:baud]>', 'the device (or dock) is on this serial port').conflicts('mqtt'))
    .addOption(new Option('--mqtt <url>', 'run a broker here (e.g. mqtt://0.0.0.0:1884) for the device to connect to'))
    .option('--device <id>', 'a device id to check (repeat for the bays of a dock); default: the PICS file\'s devices', (v: string, all: string[]) => [...all, v], [])
    .option('--pics <file.yaml>', 'what the device claims to support (proto/README.md, "Conformance"); without it, a v1.0 device')
    .option('--secret <secret>', 'the password the device connects with (MQTT)')
    .option('--duration <time>', 'how long the check runs (restart the device at its start)', duration, 90_000)
    .option('--heartbeat-ms <ms>', 'the heartbeat interval the device uses', (v) => duration(`${v}ms`), CONFORMANCE_DEFAULTS.heartbeatMs)
    .option('--clock-tolerance-ms <ms>', "largest device clock offset from this machine's", positiveInt, CONFORMANCE_DEFAULTS.clockToleranceMs)
    .option('--json', 'JSON on stdout instead of text', false)
    .option('--junit <file>', 'also write a JUnit XML report (a test case per clause)')
    .option('--list-clauses', 'print the clauses and exit', false)
    .addHelpText(
      'after',
      [
        '',
        'The check drives the device: it answers hellos (asking for half the heartbeat interval),',
        'withholds the 2nd-4th acknowledgements, refuses the 6th message with a Nack, sends',
        'start_recording, stop_recording and the first command again (same id) at 25/35/45 % of the',
        'run, and takes the link down from 55 % to 75 % (serial: frames ignored; MQTT: the',
        'connection closed and refused). Keep this machine on NTP: the device clock is compared to it.',
        '',
        'Exit codes: 0 no clause fails, 1 a clause fails, 2 usage error.',
        'Examples:',
        '  bwc-gateway conformance --serial /dev/ttyUSB0 --pics cam.yaml --duration 3m --junit conformance.xml',
        '  bwc-gateway conformance --mqtt mqtt://0.0.0.0:1884 --device cam-0001 --secret S --duration 3m',
      ].join('\n'),
    )
    .action(async (opts: Options) => {
      process.exitCode = await runConformance(opts);
    });
}

async function runConformance(opts: Options): Promise<number> {
  if (opts.listClauses) {
    for (const c of CLAUSES) process.stdout.write(`${c.id.padEnd(12)} [${c.feature}] ${c.rule} (${c.section})\n`);
    return EXIT.OK;
  }
  if ((opts.serial === undefined) === (opts.mqtt === undefined)) return usage('give exactly one of --serial PATH or --mqtt URL');
  const transport = opts.serial !== undefined ? 'serial' : 'mqtt';
  let pics: Pics;
  try {
    pics = opts.pics !== undefined ? loadPics(opts.pics) : defaultPics(opts.device, transport);
  } catch (error) {
    return usage(describeError(error));
  }
  if (opts.device.length > 0) pics = { ...pics, devices: opts.device };
  if (pics.devices.length === 0) return usage('name the device: --device ID, or a PICS file with devices: [ID]');
  const bad = pics.devices.find((d) => !isDeviceId(d));
  if (bad !== undefined) return usage(`--device ${bad}: expected 1-64 of [A-Za-z0-9_.-]`);
  if (pics.transport !== transport) return usage(`the PICS file says transport ${pics.transport}, but --${transport} was given`);
  if (transport === 'mqtt' && pics.devices.length > 1) return usage('over MQTT one device is checked at a time');
  const options = { ...CONFORMANCE_DEFAULTS, heartbeatMs: opts.heartbeatMs, clockToleranceMs: opts.clockToleranceMs };
  const started = Date.now();
  const checkers = new Map(pics.devices.map((d) => [d, new ConformanceChecker(d, started, opts.duration, pics, options)]));
  try {
    if (opts.serial !== undefined) {
      const spec = parseSerialSpec(opts.serial);
      // The "listening" line goes to stderr in every mode (stdout carries the verdict): a script
      // driving the device waits for it instead of guessing how long start-up takes.
      await probeSerial(spec, autoDetect(), checkers, opts.duration, () =>
        process.stderr.write(`listening to ${pics.devices.join(', ')} on ${spec.path} for ${opts.duration / 1000} s...\n`),
      );
    } else {
      if (opts.secret === undefined) return usage('--mqtt needs --secret (the password the device uses)');
      const url = new URL(opts.mqtt!);
      const device = pics.devices[0]!;
      await probeMqtt({ host: url.hostname, port: Number(url.port || 1883) }, { deviceId: device, secret: opts.secret }, checkers.get(device)!, opts.duration, (port) => {
        process.stderr.write(`broker for ${device} on mqtt://${url.hostname}:${port}, checking for ${opts.duration / 1000} s...\n`);
      });
    }
  } catch (error) {
    process.stderr.write(`conformance: ${describeError(error)}\n`);
    return EXIT.USAGE;
  }
  const now = Date.now();
  const result = report(pics, opts.duration, [...checkers.values()].map((c) => ({ device: c.deviceId, clauses: c.verdict(now) })));
  process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : formatText(result));
  if (opts.junit !== undefined) writeFileSync(opts.junit, formatJunit(result));
  return result.passed ? EXIT.OK : EXIT.FAILED;
}

function usage(message: string): number {
  process.stderr.write(`conformance: ${message}\n`);
  return EXIT.USAGE;
}
