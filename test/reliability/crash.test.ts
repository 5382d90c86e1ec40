/**
 * 2. Crash: the gateway, in its own process under QoS 1 load from 50 cameras and CAD, is killed
 * with SIGKILL at random moments, 10 times, and restarted. The cameras reconnect and send again
 * what was not acknowledged. Nothing acknowledged is lost, repeats are absorbed, the store passes
 * SQLite's integrity check after every kill, and the stored alerts equal a `replay` of the store.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { activityCodec, alertCodec } from '../../gateway/decode/codec.js';
import { openDb } from '../../gateway/store/db.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { provision } from '../../simulator/run/provision.js';
import { freePort } from '../../scripts/bench/proc.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { FAST_POLICY, tempDir } from '../helpers/gateway.js';
import { type GatewayProcess, spawnGateway } from '../helpers/gateway-process.js';
import { rng } from '../helpers/random-fleet.js';
import { percentile, report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const KILLS = 10;
const CAMERAS = 50;

async function metric(http: string, token: string, name: string): Promise<number> {
  const text = await fetch(`${http}/metrics`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.text(), () => '');
  const m = new RegExp(`^${name} (\\d+)`, 'm').exec(text);
  return m === null ? 0 : Number(m[1]);
}

describe('reliability: crash', () => {
  const dir = tempDir('bwc-crash-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses nothing acknowledged over ${KILLS} SIGKILLs, and its alerts equal a replay of its store`, async () => {
    const dataDir = join(dir, 'data');
    const ids = Array.from({ length: CAMERAS }, (_, i) => `cam-${String(i).padStart(2, '0')}`);
    const creds = await provision(dataDir, ids);
    const port = await freePort();
    const args = ['--policy', FAST_POLICY, '--mqtt-port', String(port)];
    const random = rng(20261128);
    const ledger = new Ledger();
    let gw: GatewayProcess = await spawnGateway(dataDir, args);
    const token = gw.token;
    const fleet = new LedgerFleet(gw.mqttUrl, [...creds.devices].map(([id, secret]) => ({ id, secret })), ledger, { rate: 10, window: 10 });
    const cad = mqtt.connect(gw.mqttUrl, { clientId: creds.sim!.username, username: creds.sim!.username, password: creds.sim!.password, clean: false, reconnectPeriod: 200 });
    cad.on('error', () => undefined);
    const firstAckMs: number[] = [];
    const integrity: string[] = [];
    let duplicatesAbsorbed = 0;
    let activity = 0;
    try {
      await fleet.connect();
      fleet.start();
      const cadTimer = setInterval(() => {
        const deviceIds = ids.filter(() => random() < 0.1);
        const a = { activityId: `CAD-${++activity}`, type: 'AT_LARGE_ARREST' as const, phase: 'START' as const, timeMs: Date.now(), deviceIds, source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
        cad.publish(topics.activities, Buffer.from(activityCodec.encode(a)), { qos: 1 });
      }, 200);
      for (let round = 0; round <= KILLS; round++) {
        if (round > 0) {
          const before = fleet.counts.acked;
          const started = performance.now();
          gw = await spawnGateway(dataDir, args);
          while (fleet.counts.acked === before && performance.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
          firstAckMs.push(performance.now() - started);
        }
        await new Promise((r) => setTimeout(r, 500 + random() * 1500));
        if (round < KILLS) {
          duplicatesAbsorbed += await metric(gw.httpUrl, token, 'bwc_duplicates_total');
          await gw.kill('SIGKILL');
          const db = openDb(dataDir, 'normal');
          integrity.push(db.pragma('integrity_check', { simple: true }) as string);
          db.close();
        }
      }
      clearInterval(cadTimer);
      await fleet.stop();
      await new Promise((r) => setTimeout(r, 3000)); // the last activities' deadlines pass (grace 2 s)
      duplicatesAbsorbed += await metric(gw.httpUrl, token, 'bwc_duplicates_total');
      await fleet.close();
      await cad.endAsync(true);
      await gw.kill('SIGTERM');
    } finally {
      await fleet.close();
      cad.end(true);
      await gw.kill('SIGKILL');
    }
    const v = ledger.verify(dataDir);
    expect(integrity.every((x) => x === 'ok'), integrity.join(',')).toBe(true);

    // The stored alert revisions equal a replay of the exported store.
    const exported = await run(GATEWAY_BIN, ['export', '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const capture = join(dir, 'capture.ndjson');
    writeFileSync(capture, exported.stdout);
    const replayed = await run(GATEWAY_BIN, ['replay', '--quiet', '--policy', FAST_POLICY, capture], { timeoutMs: 120_000 });
    expect(replayed.code, replayed.stderr).toBe(0);
    const fromReplay = replayed.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const db = openDb(dataDir, 'normal');
    const stored = (db.prepare('SELECT payload FROM alert_revisions ORDER BY alert_id, revision').pluck().all() as Buffer[]).map((p) => {
      const a = alertCodec.decode(p);
      if (!a.ok) throw new Error(a.message);
      return alertCodec.toJson(a.value);
    });
    db.close();
    const key = (a: Record<string, unknown>): string => `${String(a['alertId'])}#${String(a['revision'])}`;
    const storedKeys = new Map(stored.map((a) => [key(a), JSON.stringify(a)]));
    const replayKeys = new Map(fromReplay.map((a) => [key(a), JSON.stringify(a)]));
    const differing = [...new Set([...storedKeys.keys(), ...replayKeys.keys()])].filter((k) => storedKeys.get(k) !== replayKeys.get(k));
    expect(fromReplay.filter((a) => a['kind'] === 'ALERT_KIND_MISSED_ACTIVATION').length).toBeGreaterThan(10);
    expect(ledger.size).toBeGreaterThan(2000);
    report({
      test: '2. crash',
      load: `${CAMERAS} cameras × 10 msg/s QoS 1 + CAD activities`,
      faults: `${KILLS} × SIGKILL at random moments, restart`,
      inputs: `${fleet.counts.sent} messages, ${activity} activities`,
      mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored, 'alert revisions differing from replay': differing.length, 'integrity check failures': integrity.filter((x) => x !== 'ok').length },
      figures: {
        acknowledged: ledger.size,
        'repeats absorbed': duplicatesAbsorbed,
        'alert revisions': stored.length,
        'first ack after restart p50 / max': `${percentile(firstAckMs, 50).toFixed(0)} / ${Math.max(...firstAckMs).toFixed(0)} ms`,
      },
    });
  }, 240_000);
});
