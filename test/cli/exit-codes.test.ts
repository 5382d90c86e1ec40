/**
 * The same exit codes in every command: 0 success, 1 a verdict or check failed, 2 usage or input
 * error (an unknown flag, a bad value, a missing or invalid file). A table over both tools.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_BIN, SIM_BIN, run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bwc-exit-'));
const f = (name: string): string => join(dir, name);
writeFileSync(f('truth.ndjson'), `${JSON.stringify({ truth: 'alert', alertId: 'ma:CAD-1:cam-1', kind: 'MISSED_ACTIVATION', status: 'OPEN' })}\n`);
writeFileSync(f('empty.ndjson'), '');
writeFileSync(f('bad.ndjson'), 'not json\n');

const table: [string, string, string[], number][] = [
  ['bwc-gateway --help', GATEWAY_BIN, ['--help'], 0],
  ['bwc-gateway --version', GATEWAY_BIN, ['--version'], 0],
  ['bwc-gateway an unknown command', GATEWAY_BIN, ['frobnicate'], 2],
  ['bwc-gateway serve --help', GATEWAY_BIN, ['serve', '--help'], 0],
  ['bwc-gateway serve an unknown flag', GATEWAY_BIN, ['serve', '--bogus'], 2],
  ['bwc-gateway serve a bad port', GATEWAY_BIN, ['serve', '--mqtt-port', 'abc'], 2],
  ['bwc-gateway serve a bad choice', GATEWAY_BIN, ['serve', '--sync', 'sometimes'], 2],
  ['bwc-gateway replay an empty capture', GATEWAY_BIN, ['replay', f('empty.ndjson'), '--quiet'], 0],
  ['bwc-gateway replay a missing file', GATEWAY_BIN, ['replay', f('nope.ndjson')], 2],
  ['bwc-gateway replay a bad line', GATEWAY_BIN, ['replay', f('bad.ndjson')], 2],
  ['bwc-gateway replay a missing policy', GATEWAY_BIN, ['replay', '--policy', f('nope.yaml'), f('empty.ndjson')], 2],
  ['bwc-gateway replay no capture argument', GATEWAY_BIN, ['replay'], 2],
  ['bwc-gateway conformance without --device', GATEWAY_BIN, ['conformance', '--serial', '/dev/null'], 2],
  ['bwc-gateway devices add a bad id', GATEWAY_BIN, ['devices', 'add', 'bad id!', '--data-dir', f('data')], 2],
  ['bwc-sim --help', SIM_BIN, ['--help'], 0],
  ['bwc-sim run an unknown flag', SIM_BIN, ['run', 'smoke', '--bogus'], 2],
  ['bwc-sim run a bad --speed', SIM_BIN, ['run', 'smoke', '--in-process', '--speed', 'fast'], 2],
  ['bwc-sim run an unknown scenario', SIM_BIN, ['run', f('nope.yaml'), '--in-process'], 2],
  ['bwc-sim verify a missed alert (verdict FAIL)', SIM_BIN, ['verify', '--truth', f('truth.ndjson'), '--alerts', f('empty.ndjson')], 1],
  ['bwc-sim verify a missing truth file', SIM_BIN, ['verify', '--truth', f('nope.ndjson'), '--alerts', f('empty.ndjson')], 2],
  ['bwc-sim verify an alerts file given as the truth', SIM_BIN, ['verify', '--truth', f('bad.ndjson'), '--alerts', f('empty.ndjson')], 2],
  ['bwc-sim verify a bad alerts line', SIM_BIN, ['verify', '--truth', f('truth.ndjson'), '--alerts', f('bad.ndjson')], 2],
];

describe('exit codes: 0 success, 1 verdict/check failed, 2 usage or input error', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it.each(table)('%s', async (_name, bin, args, code) => {
    const r = await run(bin, args);
    expect({ code: r.code, stderr: r.stderr.slice(0, 300) }).toMatchObject({ code });
  });
});
