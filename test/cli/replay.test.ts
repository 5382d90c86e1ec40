import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCaptureRecord } from '../../gateway/decode/capture.js';
import { randomFleet } from '../helpers/random-fleet.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bwc-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = join(dir, 'fleet.ndjson');
const fleet = randomFleet(7, { devices: 20, durationS: 1800 });
writeFileSync(capture, `${fleet.records.map(formatCaptureRecord).join('\n')}\n{"receivedMs":${fleet.endMs + 600_000}}\n`);

describe('bwc-gateway replay', () => {
  it('prints alert revisions as proto3 JSON, byte-identical on a second run, and a summary', async () => {
    const first = await run(GATEWAY_BIN, ['replay', capture]);
    const second = await run(GATEWAY_BIN, ['replay', capture]);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ alertId: expect.any(String), kind: expect.stringMatching(/^ALERT_KIND_/) });
    expect(second.stdout).toBe(first.stdout);
    expect(first.stderr).toMatch(/replay: \d+ records from \d+ lines in \d+ ms \(\d+ events\/s\)/);
    expect(first.stderr).toMatch(/MISSED_ACTIVATION\s+.*OPEN \d+/);
  });

  it('reads standard input with -', async () => {
    const { stdout, code } = await run(GATEWAY_BIN, ['replay', '--quiet', '-'], {
      input: '{"receivedMs":1000,"activity":{"activityId":"A","type":"AT_LARGE_ARREST","phase":"START","timeMs":1000,"deviceIds":["x"]}}\n{"receivedMs":40000}\n',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ alertId: 'ma:A:x', cause: 'UNKNOWN_DEVICE', status: 'ALERT_STATUS_OPEN' });
  });

  it('stops at a bad line with exit code 2, naming the line and the problem', async () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, '{"receivedMs":1}\n{"receivedMs":2}\n{"receivedMs":3,"telemetry":{"deviceId":"cam 1"}}\n{"receivedMs":4}\n');
    const { code, stderr } = await run(GATEWAY_BIN, ['replay', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.ndjson: line 3: telemetry\.deviceId: "cam 1" is not 1-64 of/);
  });

  it('with --skip-bad counts and reports bad lines, and goes on', async () => {
    const bad = join(dir, 'bad2.ndjson');
    writeFileSync(bad, 'garbage\n{"receivedMs":1000,"activity":{"activityId":"A","type":"OTHER","phase":"START","timeMs":1000}}\n{"receivedMs":2,"colour":1}\n');
    const { code, stderr } = await run(GATEWAY_BIN, ['replay', '--skip-bad', bad]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/line 1: not JSON/);
    expect(stderr).toMatch(/line 3: unknown key "colour"/);
    expect(stderr).toMatch(/1 records from 3 lines \(2 bad, skipped\)/);
  });

  it('refuses a bad policy with its line, and a missing file, with exit code 2 (input errors)', async () => {
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'name: p\nactivities:\n  OTHER: {recording: sometimes}\n');
    const bad = await run(GATEWAY_BIN, ['replay', '--policy', policy, capture]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/policy\.yaml:3: activities\.OTHER\.recording: expected one of/);
    const missing = await run(GATEWAY_BIN, ['replay', join(dir, 'nope.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.ndjson/);
  });
});
