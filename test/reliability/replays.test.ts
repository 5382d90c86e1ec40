/**
 * 10. Replays: the same (device, boot, seq) again is stored once; the same key with different
 * content is kept aside (quarantined as SEQ_CONFLICT), counted and logged; a camera that restarts
 * its seq without a new boot id is caught the same way, message by message.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { startGateway, telemetry, type TestGateway } from '../helpers/gateway.js';
import { connect } from '../gateway/scenario.js';
import { report } from './figures.js';

describe('reliability: replays', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('stores a repeat once, keeps a different payload under a used key aside, and catches a seq reset', async () => {
    t = await startGateway();
    const secret = await t.addDevice('cam-r');
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-r', username: 'cam-r', password: secret });
    const send = (seq: number, percent: number, timeMs = 1_732_752_000_000 + seq * 1000) =>
      cam.publishAsync(topics.telemetry('cam-r'), Buffer.from(telemetryCodec.encode(telemetry('cam-r', seq, { case: 'battery', value: { percent, millivolts: 3900, charging: false, temperatureC: 30 } }, 1, timeMs))), { qos: 1 });
    for (let seq = 1; seq <= 10; seq++) await send(seq, 90 - seq);
    // Exact repeats (a camera resending what was not acknowledged): 10.
    for (let seq = 1; seq <= 10; seq++) await send(seq, 90 - seq);
    // The same keys with other content (a replay attack, or firmware reusing a seq): 3.
    for (const seq of [4, 5, 6]) await send(seq, 10, Date.now());
    // A reboot that forgot to take a new boot id: seq restarts at 1 with new content: 5.
    for (let seq = 1; seq <= 5; seq++) await send(seq, 50, Date.now() + seq);
    await cam.endAsync();
    const db = t.gateway.db;
    const keys = storedKeys(db, 'cam-r').length;
    const inputs = db.prepare("SELECT count(*) FROM inputs WHERE device_id = 'cam-r'").pluck().get() as number;
    const conflicts = db.prepare("SELECT count(*) FROM quarantine WHERE reason = 'SEQ_CONFLICT' AND device_id = 'cam-r'").pluck().get() as number;
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text();
    const dupMetric = Number(/^bwc_duplicates_total (\d+)/m.exec(metrics)?.[1] ?? -1);
    const conflictMetric = Number(/^bwc_quarantined_total\{reason="SEQ_CONFLICT"\} (\d+)/m.exec(metrics)?.[1] ?? -1);
    expect(keys).toBe(10);
    report({
      test: '10. replays',
      load: 'one camera',
      faults: '10 exact repeats; 3 known keys with new content; a seq reset without a new boot id (5 messages)',
      inputs: '28 messages',
      mustBeZero: { 'repeats stored twice': inputs - keys, 'conflicts not kept aside': 8 - conflicts, 'conflicts not counted': 8 - conflictMetric },
      figures: { 'repeats absorbed (bwc_duplicates_total)': dupMetric, 'kept aside as SEQ_CONFLICT': conflicts },
    });
  }, 30_000);
});
