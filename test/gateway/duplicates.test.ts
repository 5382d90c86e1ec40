/**
 * A batch that mixes items already stored with new ones (a camera resending after a lost ack,
 * with more behind it): every repeated item is counted as a duplicate, only the new items are
 * stored, and an export never holds a (device, boot, seq) twice.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { batchCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { type TestGateway, startGateway, telemetry } from '../helpers/gateway.js';

describe('duplicates in batches', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('stores only the new items of a mixed batch and counts each repeated one', async () => {
    t = await startGateway();
    const secret = await t.addDevice('cam-d');
    const cam = await mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: 'cam-d', username: 'cam-d', password: secret, reconnectPeriod: 0 });
    const beat = (seq: number) => telemetry('cam-d', seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } }, 1, 1_800_000_000_000 + seq * 1000);
    const batch = (seqs: number[]) => Buffer.from(batchCodec.encode(seqs.map(beat)));
    await cam.publishAsync(topics.batch('cam-d'), batch([1, 2, 3]), { qos: 1 });
    await cam.publishAsync(topics.batch('cam-d'), batch([2, 3, 4, 5, 5]), { qos: 1 }); // 2, 3 stored; 5 twice
    await cam.publishAsync(topics.batch('cam-d'), batch([1, 2]), { qos: 1 }); // all repeated
    await cam.endAsync();
    const db = t.gateway.db;
    expect(storedKeys(db, 'cam-d').map((k) => k.seq)).toEqual([1, 2, 3, 4, 5]);
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text();
    expect(metrics).toMatch(/^bwc_duplicates_total 5$/m); // 2, 3 and the second 5; then 1, 2
    const exported = await run(GATEWAY_BIN, ['export', '--data-dir', t.dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const seqs = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { telemetry?: { deviceId: string; seq: number } })
      .filter((r) => r.telemetry?.deviceId === 'cam-d')
      .map((r) => Number(r.telemetry!.seq));
    expect(seqs.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });
});
