/**
 * 13. Alert delivery across kills: the gateway, in its own process, with cameras and CAD making
 * missed activations every few hundred ms, is SIGKILLed at random moments and restarted while
 * two viewers stay on and reconnect: an MQTT viewer with a persistent session (clean session =
 * 0) subscribed to bwc/v1/alerts/#, and an SSE client that reconnects with Last-Event-ID as a
 * browser does. Every revision in the store must reach each viewer at least once, and for each
 * alert the first receipts must come in revision order. Revisions that fall due while the
 * gateway is down (deadlines passing during the restart) are made on restart and must arrive too.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { activityCodec, alertCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { provision } from '../../simulator/run/provision.js';
import { freePort } from '../../scripts/bench/proc.js';
import { FAST_POLICY, tempDir } from '../helpers/gateway.js';
import { type GatewayProcess, spawnGateway } from '../helpers/gateway-process.js';
import { rng } from '../helpers/random-fleet.js';
import { SseViewer } from '../helpers/sse-viewer.js';
import { SOAK, report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const KILLS = SOAK ? 20 : 8;
const CAMERAS = 20;

interface Received {
  seq: number;
  alertId: string;
  revision: number;
}

/** Stored revisions not received, and alerts whose first receipts went back in revision. */
function check(stored: readonly Received[], received: readonly Received[]): { missing: number; outOfOrder: number; duplicates: number } {
  const got = new Set(received.map((r) => `${r.alertId}#${r.revision}`));
  const missing = stored.filter((s) => !got.has(`${s.alertId}#${s.revision}`)).length;
  const seen = new Set<string>();
  const highest = new Map<string, number>();
  let outOfOrder = 0;
  let duplicates = 0;
  for (const r of received) {
    const key = `${r.alertId}#${r.revision}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    if (r.revision < (highest.get(r.alertId) ?? 0)) outOfOrder++;
    highest.set(r.alertId, Math.max(r.revision, highest.get(r.alertId) ?? 0));
  }
  return { missing, outOfOrder, duplicates };
}

describe('reliability: alert delivery across kills', () => {
  const dir = tempDir('bwc-delivery-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`every stored revision reaches an MQTT and an SSE viewer over ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(dir, 'data');
    const ids = Array.from({ length: CAMERAS }, (_, i) => `cam-${String(i).padStart(2, '0')}`);
    const creds = await provision(dataDir, ids);
    const [mqttPort, httpPort] = [await freePort(), await freePort()];
    const args = ['--policy', FAST_POLICY, '--mqtt-port', String(mqttPort), '--http-port', String(httpPort)];
    const random = rng(20261205);
    let gw: GatewayProcess = await spawnGateway(dataDir, args);
    const token = gw.token;
    expect(token).not.toBe('');
    const fleet = new LedgerFleet(gw.mqttUrl, [...creds.devices].map(([id, secret]) => ({ id, secret })), new Ledger(), { rate: 2, window: 5 });
    const cad = mqtt.connect(gw.mqttUrl, { clientId: 'cad-1', username: creds.sim!.username, password: creds.sim!.password, clean: false, reconnectPeriod: 200 });
    cad.on('error', () => undefined);

    const mqttReceived: Received[] = [];
    const viewer = mqtt.connect(gw.mqttUrl, {
      clientId: 'wallboard-1',
      username: creds.viewer!.username,
      password: creds.viewer!.password,
      clean: false,
      reconnectPeriod: 200,
    });
    viewer.on('error', () => undefined);
    viewer.on('message', (_topic, payload) => {
      const a = alertCodec.decode(payload);
      if (a.ok) mqttReceived.push({ seq: a.value.seq ?? 0, alertId: a.value.alertId, revision: a.value.revision });
    });
    await new Promise<void>((resolve) => viewer.once('connect', () => resolve()));
    await viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });
    const sse = new SseViewer(() => gw.httpUrl, token);
    sse.start();

    let activity = 0;
    const stored = (): Received[] => {
      const db = new Database(join(dataDir, 'gateway.db'), { readonly: true });
      try {
        return db.prepare('SELECT seq, alert_id AS alertId, revision FROM alert_outbox ORDER BY seq').all() as Received[];
      } finally {
        db.close();
      }
    };
    let restartsWithNewRevisions = 0;
    try {
      await fleet.connect();
      fleet.start();
      const cadTimer = setInterval(() => {
        const deviceIds = ids.filter(() => random() < 0.15);
        if (deviceIds.length === 0) return;
        const a = { activityId: `CAD-${++activity}`, type: 'AT_LARGE_ARREST' as const, phase: 'START' as const, timeMs: Date.now(), deviceIds, source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
        cad.publish(topics.activities, Buffer.from(activityCodec.encode(a)), { qos: 1 });
      }, 300);
      for (let round = 0; round <= KILLS; round++) {
        if (round > 0) {
          const before = stored().length;
          // Down long enough for some deadlines (2 s grace) to pass while nobody is watching.
          await new Promise((r) => setTimeout(r, 500 + random() * 1500));
          gw = await spawnGateway(dataDir, args);
          await new Promise((r) => setTimeout(r, 300));
          if (stored().length > before) restartsWithNewRevisions++;
        }
        await new Promise((r) => setTimeout(r, 1000 + random() * 1500));
        if (round < KILLS) await gw.kill('SIGKILL');
      }
      clearInterval(cadTimer);
      await new Promise((r) => setTimeout(r, 3000)); // the last deadlines pass
      // Both viewers catch up (at most 20 s).
      const all = stored();
      const started = Date.now();
      while (Date.now() - started < 20_000 && (check(all, mqttReceived).missing > 0 || check(all, sse.alerts).missing > 0)) {
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await sse.stop();
      viewer.end(true);
      cad.end(true);
      await fleet.close();
      await gw.kill('SIGTERM');
    }
    const all = stored();
    const m = check(all, mqttReceived);
    const s = check(all, sse.alerts);
    expect(all.length).toBeGreaterThan(30);
    report({
      test: '13. alert delivery across kills',
      load: `${CAMERAS} cameras, CAD activities every 300 ms (missed activations, 2 s grace); an MQTT viewer (clean session 0) and an SSE viewer (Last-Event-ID)`,
      faults: `${KILLS} × SIGKILL at random moments, down 0.5–2 s (deadlines pass while down)`,
      inputs: `${activity} activities, ${all.length} alert revisions stored`,
      mustBeZero: {
        'revisions missing at the MQTT viewer': m.missing,
        'revisions missing at the SSE viewer': s.missing,
        'out of order (MQTT)': m.outOfOrder,
        'out of order (SSE)': s.outOfOrder,
      },
      figures: {
        'restarts that made revisions on start': restartsWithNewRevisions,
        'MQTT receipts / repeats': `${mqttReceived.length} / ${m.duplicates}`,
        'SSE receipts / repeats / connects': `${sse.alerts.length} / ${s.duplicates} / ${sse.connects}`,
      },
    });
  }, 240_000);
});
