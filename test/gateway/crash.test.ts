/**
 * Crash test: a child-process gateway receives a stream of QoS 1 telemetry and is killed with
 * SIGKILL at random points, several times. After each restart every message the publisher saw
 * acknowledged is in the store, byte for byte; at the end the stored alerts equal a `replay` of
 * the exported capture.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { activityCodec, alertCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { Credentials } from '../../gateway/store/credentials.js';
import { openDb } from '../../gateway/store/db.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { FAST_POLICY, tempDir, telemetry } from '../helpers/gateway.js';
import { type GatewayProcess, spawnGateway } from '../helpers/gateway-process.js';
import { rng } from '../helpers/random-fleet.js';
import { connect } from './scenario.js';

const KILLS = 5;
const DEVICES = ['cam-a', 'cam-b', 'cam-c'];

describe('crash: SIGKILL under QoS 1 load', () => {
  const dir = tempDir('bwc-crash-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged message over ${KILLS} kills, and its alerts equal a replay of its capture`, async () => {
    const dataDir = join(dir, 'data');
    const db = openDb(dataDir, 'full');
    const creds = new Credentials(db);
    const secrets = new Map<string, string>();
    for (const id of DEVICES) secrets.set(id, await creds.addDevice(id, Date.now()));
    const cadSecret = await creds.addAccount('cad', 'cad', Date.now());
    db.close();

    const random = rng(20261128);
    /** (device, boot, seq) -> sha256 of the payload the publisher saw acknowledged. */
    const ledger = new Map<string, string>();
    const seqs = new Map(DEVICES.map((d) => [d, 0]));
    const recording = new Map(DEVICES.map((d) => [d, false]));
    // Cameras switch recording on and off every 1-4 s, so some 2-s activation windows are missed.
    const nextToggle = new Map(DEVICES.map((d) => [d, Date.now() + 1000 + random() * 3000]));
    let activity = 0;
    const restarts: number[] = [];

    let gw: GatewayProcess = await spawnGateway(dataDir, ['--policy', FAST_POLICY]);
    for (let round = 0; round <= KILLS; round++) {
      const clients = new Map<string, MqttClient>();
      for (const id of DEVICES) clients.set(id, await connect(gw.mqttUrl, { clientId: id, username: id, password: secrets.get(id)! }));
      const cad = await connect(gw.mqttUrl, { clientId: 'cad', username: 'cad', password: cadSecret });
      const firstAck = Date.now();
      let acked = 0;
      const killAt = Date.now() + 400 + random() * 1200;
      let killed = false;
      const publishers = DEVICES.map(async (id) => {
        const client = clients.get(id)!;
        while (!killed) {
          const seq = seqs.get(id)! + 1;
          let body: Parameters<typeof telemetry>[2] = { case: 'heartbeat', value: { mode: 'READY', recording: recording.get(id)! } };
          if (Date.now() >= nextToggle.get(id)!) {
            nextToggle.set(id, Date.now() + 1000 + random() * 3000);
            recording.set(id, !recording.get(id));
            body = { case: 'recording', value: { action: recording.get(id) ? 'START' : 'STOP', source: 'BUTTON', recordingId: `r${seq}` } };
          }
          const payload = Buffer.from(telemetryCodec.encode(telemetry(id, seq, body)));
          seqs.set(id, seq);
          try {
            await client.publishAsync(topics.telemetry(id), payload, { qos: 1 });
          } catch {
            return; // the gateway died: this one was not acknowledged
          }
          if (acked++ === 0) restarts.push(Date.now() - firstAck);
          ledger.set(`${id}|1|${seq}`, createHash('sha256').update(payload).digest('hex'));
        }
      });
      const activities = (async () => {
        while (!killed) {
          await new Promise((r) => setTimeout(r, 150));
          const a = `CAD-${++activity}`;
          const deviceIds = DEVICES.filter(() => random() < 0.5);
          await cad
            .publishAsync(topics.activities, Buffer.from(activityCodec.encode({ activityId: a, type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds, source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' })), { qos: 1 })
            .catch(() => undefined);
        }
      })();
      await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())));
      if (round < KILLS) await gw.kill('SIGKILL');
      else await new Promise((r) => setTimeout(r, 3500)); // last round: let deadlines pass (grace 2 s)
      killed = true;
      for (const c of [...clients.values(), cad]) c.end(true);
      await Promise.all([...publishers, activities]);

      // Every acknowledged message is stored, byte for byte (checked with the gateway down).
      if (round === KILLS) await gw.kill('SIGTERM');
      const check = openDb(dataDir, 'normal');
      const stmt = check.prepare(`SELECT i.payload FROM telemetry_keys k JOIN inputs i ON i.id = k.input_id WHERE k.device_id = ? AND k.boot_id = ? AND k.seq = ?`).pluck();
      const missing: string[] = [];
      for (const [key, sha] of ledger) {
        const [id, boot, seq] = key.split('|');
        const payload = stmt.get(id, Number(boot), Number(seq)) as Buffer | undefined;
        if (payload === undefined || createHash('sha256').update(payload).digest('hex') !== sha) missing.push(key);
      }
      const integrity = check.pragma('integrity_check', { simple: true });
      check.close();
      expect(missing, `round ${round}: acknowledged but missing or altered`).toEqual([]);
      expect(integrity).toBe('ok');
      if (round < KILLS) gw = await spawnGateway(dataDir, ['--policy', FAST_POLICY]);
    }
    expect(ledger.size).toBeGreaterThan(200);

    // The stored alert revisions equal a replay of the exported capture.
    const exported = await run(GATEWAY_BIN, ['export', '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const capture = join(dir, 'capture.ndjson');
    writeFileSync(capture, exported.stdout);
    const replayed = await run(GATEWAY_BIN, ['replay', '--quiet', '--policy', FAST_POLICY, capture]);
    expect(replayed.code, replayed.stderr).toBe(0);
    const fromReplay = replayed.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const check = openDb(dataDir, 'normal');
    const stored = (check.prepare('SELECT payload FROM alert_revisions ORDER BY alert_id, revision').pluck().all() as Buffer[]).map((p) => {
      const a = alertCodec.decode(p);
      if (!a.ok) throw new Error(a.message);
      return alertCodec.toJson(a.value);
    });
    check.close();
    const key = (a: Record<string, unknown>) => `${String(a['alertId'])}#${String(a['revision'])}`;
    const sort = (xs: Record<string, unknown>[]) => [...xs].sort((x, y) => (key(x) < key(y) ? -1 : 1));
    expect(fromReplay.filter((a) => a["kind"] === "ALERT_KIND_MISSED_ACTIVATION").length).toBeGreaterThan(3);
    expect(sort(stored)).toEqual(sort(fromReplay));
    console.log(`crash test: ${ledger.size} acknowledged messages, ${KILLS} kills, first ack after restart ${restarts.slice(1).join(', ')} ms, ${stored.length} alert revisions`);
  }, 120_000);
});
