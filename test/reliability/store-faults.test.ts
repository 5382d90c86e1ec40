/**
 * 3. Store faults. A full disk (SQLite's max_page_count set to the current size, so commits fail
 * with SQLITE_FULL): no PUBACK without a commit, the gateway says so (/healthz 503, the
 * bwc_store_healthy metric, an error in the log), and it recovers by itself when space returns;
 * the cameras send again what was not acknowledged. A stalled disk (another writer holds the
 * database lock for 2 s): acknowledgements pause, nothing is lost. (Kills in the middle of
 * commits, with SQLite's integrity check after each, are in crash.test.ts.)
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provision } from '../../simulator/run/provision.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';
import { report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('reliability: store faults', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('a full disk and a stalled disk: nothing acknowledged without a commit, an alarm, recovery, nothing lost', async () => {
    t = await startGateway();
    const creds = await provision(t.dataDir, Array.from({ length: 20 }, (_, i) => `cam-${i}`));
    const ledger = new Ledger();
    const fleet = new LedgerFleet(t.gateway.addresses.mqtt, [...creds.devices].map(([id, secret]) => ({ id, secret })), ledger, { rate: 10, window: 5 });
    await fleet.connect();
    fleet.start();
    await sleep(1500);
    const http = t.gateway.addresses.http;
    const health = async (): Promise<number> => (await fetch(`${http}/healthz`)).status;
    expect(await health()).toBe(200);

    // Full: the database may not grow by a single page.
    const pages = t.gateway.db.pragma('page_count', { simple: true }) as number;
    t.gateway.db.pragma(`max_page_count = ${pages}`);
    await sleep(1000); // whatever was in flight fails or drains
    const ackedWhenFull = fleet.counts.acked;
    await sleep(2000);
    const ackedWhileFull = fleet.counts.acked - ackedWhenFull;
    const statusWhileFull = await health();
    const healthyMetric = /^bwc_store_healthy (\d)/m.exec(await (await fetch(`${http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text())?.[1];
    const failedCommits = t.gateway.writer.stats.failedCommits;

    // Space returns.
    t.gateway.db.pragma('max_page_count = 1073741823');
    const recoverStart = performance.now();
    while ((await health()) !== 200 && performance.now() - recoverStart < 20_000) await sleep(50);
    const recoveryMs = performance.now() - recoverStart;
    const ackedAfter = fleet.counts.acked;
    await sleep(1500);
    expect(fleet.counts.acked).toBeGreaterThan(ackedAfter);

    // Stalled: another process's transaction holds the write lock for 2 s.
    const other = new Database(join(t.dataDir, 'gateway.db'));
    other.exec('BEGIN IMMEDIATE');
    await sleep(2000);
    other.exec('COMMIT');
    other.close();
    await sleep(1000);

    await fleet.stop();
    await fleet.close();
    await t.close({ keepData: true });
    const v = ledger.verify(t.dataDir);
    t = undefined;
    expect(statusWhileFull).toBe(503);
    expect(healthyMetric).toBe('0');
    expect(failedCommits).toBeGreaterThan(0);
    expect(v.integrity).toBe('ok');
    report({
      test: '3. store faults',
      load: '20 cameras × 10 msg/s QoS 1',
      faults: 'disk full (SQLITE_FULL) for 3 s; database locked by another writer for 2 s',
      inputs: `${fleet.counts.sent} messages, ${failedCommits} failed commits`,
      mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored, 'acknowledged while full': ackedWhileFull },
      figures: { acknowledged: ledger.size, 'health while full': `${statusWhileFull}, bwc_store_healthy ${healthyMetric}`, 'recovery after space returns': `${recoveryMs.toFixed(0)} ms` },
    });
  }, 90_000);
});
