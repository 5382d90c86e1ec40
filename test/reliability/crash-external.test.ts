/**
 * 2b. Crash in external-broker mode: cameras publish to Debian's mosquitto (their PUBACK is the
 * broker's); the gateway consumes its persistent session there and is killed with SIGKILL at
 * random moments, 5 times, and restarted. Whatever mosquitto acknowledged to a camera reaches
 * the store exactly once, byte-identical: the gateway PUBACKs to mosquitto only after its commit,
 * so the broker redelivers what a killed gateway had not stored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storedKeys } from '../../gateway/store/seq-index.js';
import { openDb } from '../../gateway/store/db.js';
import { tempDir } from '../helpers/gateway.js';
import { type GatewayProcess, spawnGateway } from '../helpers/gateway-process.js';
import { type Mosquitto, startMosquitto } from '../helpers/mosquitto.js';
import { rng } from '../helpers/random-fleet.js';
import { report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const KILLS = 5;
const CAMERAS = 30;

describe('reliability: crash, external broker', () => {
  const dir = tempDir('bwc-crash-ext-');
  let mosquitto: Mosquitto | undefined;
  afterAll(async () => {
    await mosquitto?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`loses nothing mosquitto acknowledged over ${KILLS} SIGKILLs of the gateway`, async () => {
    mosquitto = await startMosquitto(dir, 'max_inflight_messages 0');
    const dataDir = join(dir, 'data');
    const args = ['--broker', mosquitto.url, '--broker-client-id', 'bwc-gateway-crash'];
    const random = rng(20261206);
    const ledger = new Ledger();
    const ids = Array.from({ length: CAMERAS }, (_, i) => ({ id: `cam-x${String(i).padStart(2, '0')}`, secret: 'unused' }));
    let gw: GatewayProcess = await spawnGateway(dataDir, args);
    const fleet = new LedgerFleet(mosquitto.url, ids, ledger, { rate: 10, window: 10 });
    let stored = 0;
    try {
      await fleet.connect();
      fleet.start();
      for (let round = 0; round <= KILLS; round++) {
        if (round > 0) gw = await spawnGateway(dataDir, args);
        await new Promise((r) => setTimeout(r, 500 + random() * 1500));
        if (round < KILLS) await gw.kill('SIGKILL'); // the cameras keep publishing to mosquitto meanwhile
      }
      await fleet.stop();
      // The last gateway drains what mosquitto kept for its session.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const db = openDb(dataDir, 'normal');
        stored = storedKeys(db).length;
        db.close();
        if (stored >= ledger.size || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await gw.kill('SIGTERM');
    } finally {
      await fleet.close();
      await gw.kill('SIGKILL');
    }
    const v = ledger.verify(dataDir);
    expect(ledger.size).toBeGreaterThan(1000);
    expect({ lost: v.lost, altered: v.altered, duplicatesStored: v.duplicatesStored, integrity: v.integrity }).toEqual({ lost: 0, altered: 0, duplicatesStored: 0, integrity: 'ok' });
    report({
      test: '2b. crash, external broker',
      load: `${CAMERAS} cameras × 10 msg/s QoS 1 to mosquitto`,
      faults: `${KILLS} × SIGKILL of the gateway at random moments, restart`,
      inputs: `${fleet.counts.sent} messages`,
      mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored },
      figures: { 'acknowledged by mosquitto': ledger.size, stored },
    });
  }, 120_000);
});
