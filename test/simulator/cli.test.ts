/**
 * bwc-sim as a QA team uses it: run a scenario with a verdict and JUnit, replay its capture
 * through bwc-gateway, verify the replay's alerts against the truth, and see a tampered alert
 * file fail.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_BIN, SIM_BIN, run } from '../helpers/cli.js';
import { tempDir } from '../helpers/gateway.js';
import { VERIFIED_KINDS } from '../../simulator/verify/verify.js';

const dir = tempDir('bwc-sim-cli-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const f = (name: string): string => join(dir, name);

describe('bwc-sim', () => {
  it('runs a scenario in-process, writes capture, truth, alerts and JUnit, and passes the verdict', async () => {
    const r = await run(SIM_BIN, ['run', 'smoke', '--in-process', '--verify', '--quiet', '--capture', f('c.ndjson'), '--truth', f('t.ndjson'), '--alerts', f('a.ndjson'), '--junit', f('j.xml')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^smoke: 10 cameras, 1[0-9]\.\d simulated minutes/);
    expect(r.stdout).toMatch(/\| MISSED_ACTIVATION \| [1-9]\d* \| [1-9]\d* \| 0 \| 0 \| 1\.000 \| 1\.000 \|/);
    expect(r.stdout).toMatch(/PASS/);
    const xml = readFileSync(f('j.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="bwc-sim.smoke">');
    // A suite per verified kind, a case per planted alert with its id, times, seed and scenario.
    expect(xml.match(/<testsuite name="bwc-sim\.smoke\.\w+" tests="\d+" failures="0">/g)).toHaveLength(VERIFIED_KINDS.length);
    const missed = [...xml.matchAll(/<testcase classname="bwc-sim\.smoke\.MISSED_ACTIVATION" name="(ma:[^"]+)" time="(\d+\.\d{3})"><properties>(.*?)<\/properties>/g)];
    expect(missed.length).toBe(Number(/\| MISSED_ACTIVATION \| (\d+) \|/.exec(r.stdout)![1]));
    for (const [, , time, props] of missed) {
      expect(props).toContain('<property name="scenario" value="smoke"/><property name="seed" value="1"/>');
      expect(props).toMatch(/<property name="deadline" value="20\d\d-\d\d-\d\dT[\d:.]+Z"\/>/);
      expect(Number(time)).toBeGreaterThan(0);
    }
    expect(xml).not.toContain('<failure');
    expect(r.stdout).toContain('A late activation counts as a MISSED_ACTIVATION alert that was raised and then resolved LATE_ACTIVATION.');
  });

  it('verifies the gateway replaying the capture against the truth', async () => {
    const replay = await run(GATEWAY_BIN, ['replay', '--quiet', f('c.ndjson')]);
    expect(replay.code).toBe(0);
    writeFileSync(f('replayed.ndjson'), replay.stdout);
    const ok = await run(SIM_BIN, ['verify', '--truth', f('t.ndjson'), '--alerts', f('replayed.ndjson'), '--json']);
    expect(ok.code).toBe(0);
    const verdict = JSON.parse(ok.stdout) as { passed: boolean; kinds: { kind: string; expected: number; recall: number; precision: number }[] };
    expect(verdict.passed).toBe(true);
    expect(verdict.kinds.find((k) => k.kind === 'MISSED_ACTIVATION')!.expected).toBeGreaterThan(0);
  });

  it('fails (exit 1) when an expected alert is missing, naming it, and says so in JUnit', async () => {
    const lines = readFileSync(f('replayed.ndjson'), 'utf8').split('\n').filter(Boolean);
    const missed = lines.map((l) => JSON.parse(l) as { alertId: string; kind: string }).find((a) => a.kind === 'ALERT_KIND_MISSED_ACTIVATION')!;
    writeFileSync(f('tampered.ndjson'), lines.filter((l) => !l.includes(`"${missed.alertId}"`)).join('\n') + '\n');
    const r = await run(SIM_BIN, ['verify', '--truth', f('t.ndjson'), '--alerts', f('tampered.ndjson'), '--junit', f('bad.xml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(missed.alertId);
    expect(r.stdout).toMatch(/FAIL/);
    const xml = readFileSync(f('bad.xml'), 'utf8');
    expect(xml).toMatch(/<testsuite name="bwc-sim.verify.MISSED_ACTIVATION" tests="\d+" failures="1">/);
    expect(xml).toContain(`<failure message="not raised">${missed.alertId}: expected MISSED_ACTIVATION, the gateway never raised it</failure>`);
  });

  it('refuses a bad scenario naming the key and line (exit 2), and lists the shipped ones', async () => {
    writeFileSync(f('bad.yaml'), 'name: bad\nseed: 1\nduration: 10m\nfleet:\n  cameras: -3\n');
    const bad = await run(SIM_BIN, ['run', f('bad.yaml'), '--in-process']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:5: fleet\.cameras/);
    const none = await run(SIM_BIN, ['run', 'smoke']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--in-process, --mqtt URL or --serial PATH/);
    const list = await run(SIM_BIN, ['scenarios']);
    expect(list.code).toBe(0);
    for (const name of ['smoke', 'shift', 'chaos', 'large', 'rollout']) expect(list.stdout).toMatch(new RegExp(`^${name}\\s`, 'm'));
  });
});
