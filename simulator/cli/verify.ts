/** `bwc-sim verify`: alerts (a replay's output, or collected from MQTT) against a truth file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import mqtt from 'mqtt';
import { alertCodec } from '../../gateway/decode/codec.js';
import type { Alert } from '../../gateway/model/domain.js';
import { GatewayError, describeError } from '../../gateway/errors.js';
import { parseDuration } from '../scenario/schema.js';
import { readTruth } from '../verify/truth-file.js';
import { formatVerdict, junit, verify } from '../verify/verify.js';
import { exitCodeOf } from '../../gateway/cli/exit.js';

interface VerifyOptions {
  truth: string;
  alerts?: string;
  fromMqtt?: string;
  username?: string;
  password?: string;
  for: string;
  junit?: string;
  json: boolean;
  maxRevisions?: number;
}

export function readAlerts(path: string): Alert[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new GatewayError('CAPTURE_INVALID', `${path}:${i + 1}: not JSON`);
      }
      const a = alertCodec.fromJson(json);
      if (!a.ok) throw new GatewayError('CAPTURE_INVALID', `${path}:${i + 1}: ${a.message}`);
      return a.value;
    });
}

async function collect(url: string, o: VerifyOptions): Promise<Alert[]> {
  const alerts: Alert[] = [];
  const client = await mqtt.connectAsync(url, { clean: true, reconnectPeriod: 0, ...(o.username ? { username: o.username, password: o.password ?? '' } : {}) });
  client.on('message', (_t, payload) => {
    const a = alertCodec.decode(payload);
    if (a.ok) alerts.push(a.value);
  });
  await client.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
  await new Promise((r) => setTimeout(r, parseDuration(o.for)));
  await client.endAsync();
  return alerts;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('per alert kind: true/false positives, false negatives, precision, recall, detection latency')
    .requiredOption('--truth <file>', 'the truth file of a run (bwc-sim run --truth)')
    .addOption(new Option('--alerts <file>', 'alert revisions, NDJSON (bwc-gateway replay output, or bwc-sim run --alerts)').conflicts('fromMqtt'))
    .option('--from-mqtt <url>', 'collect alerts from bwc/v1/alerts/# instead')
    .option('--username <name>', 'with --from-mqtt: a viewer account')
    .option('--password <secret>', 'with --from-mqtt')
    .option('--for <time>', 'with --from-mqtt: how long to collect', '30s')
    .option('--max-revisions <n>', 'fail when an alert has more revisions than this', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${v} is not a whole number of revisions (1 or more)`);
      return n;
    })
    .option('--junit <file>', 'write JUnit XML for CI')
    .option('--json', 'JSON output', false)
    .addHelpText('after', '\nExit codes: 0 every expected alert and nothing else, 1 a mismatch, 2 usage or input error.')
    .action(async (o: VerifyOptions) => {
      try {
        if ((o.alerts === undefined) === (o.fromMqtt === undefined)) throw new GatewayError('CONFIG_INVALID', 'give --alerts FILE or --from-mqtt URL');
        const expected = readTruth(o.truth);
        const alerts = o.alerts !== undefined ? readAlerts(o.alerts) : await collect(o.fromMqtt!, o);
        const v = verify(expected, alerts, { maxRevisionsPerAlert: o.maxRevisions ?? null });
        if (o.junit !== undefined) writeFileSync(o.junit, junit(v, 'bwc-sim.verify'));
        process.stdout.write(o.json ? `${JSON.stringify(v)}\n` : formatVerdict(v));
        process.exitCode = v.passed ? 0 : 1;
      } catch (error) {
        process.stderr.write(`bwc-sim verify: ${describeError(error)}\n`);
        process.exitCode = exitCodeOf(error);
      }
    });
}
