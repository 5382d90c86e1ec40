/** Officers and assignments through a running gateway: the CLI, the API and the officer alert topic. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertCodec } from '../../gateway/decode/codec.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { type TestGateway, startGateway } from '../helpers/gateway.js';
import { MessageLog } from '../helpers/mqtt-waiter.js';
import { connect } from './scenario.js';

describe('officers and camera assignment', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startGateway();
  });
  afterAll(async () => t.close());

  it('assigns with the CLI, obliges the officer\'s camera, and reports an officer without one as a coverage gap', async () => {
    const env = { BWC_URL: t.gateway.addresses.http, BWC_TOKEN: t.token };
    const assigned = await run(GATEWAY_BIN, ['assign', 'B-7', 'cam-7', '--unit', 'ERO-3'], { env });
    expect(assigned.code, assigned.stderr).toBe(0);
    const listed = await run(GATEWAY_BIN, ['officers'], { env });
    expect(listed.stdout).toMatch(/^B-7\tERO-3\tcam-7\t/m);

    const viewerSecret = await t.gateway.credentials.addAccount('wall', 'viewer', Date.now());
    const viewer = await connect(t.gateway.addresses.mqtt, { clientId: 'wall', username: 'wall', password: viewerSecret });
    const log = new MessageLog(viewer);
    await viewer.subscribeAsync('bwc/v1/alerts/#', { qos: 1 });

    const headers = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
    const res = await fetch(`${t.gateway.addresses.http}/api/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ activityId: 'CAD-9', type: 'WARRANT_EXECUTION', phase: 'START', timeMs: Date.now(), officerIds: ['B-7', 'B-9'], unit: 'ERO-3' }),
    });
    expect(res.status).toBe(202);
    const gap = await log.next((m) => m.topic === 'bwc/v1/alerts/officers/B-9');
    const decoded = alertCodec.decode(gap.payload);
    expect(decoded).toMatchObject({ ok: true, value: { kind: 'COVERAGE_GAP', officerId: 'B-9', severity: 'INFO', deviceId: '' } });
    const missed = await log.next((m) => m.topic === 'bwc/v1/alerts/cam-7');
    expect(alertCodec.decode(missed.payload)).toMatchObject({ ok: true, value: { kind: 'MISSED_ACTIVATION', officerId: 'B-7', cause: 'UNKNOWN_DEVICE' } });
    await viewer.endAsync();

    const byOfficer = await (await fetch(`${t.gateway.addresses.http}/api/alerts?officer=B-9`, { headers })).json();
    expect(byOfficer.alerts).toHaveLength(1);
    const officers = await (await fetch(`${t.gateway.addresses.http}/api/officers`, { headers })).json();
    expect(officers.officers).toEqual([expect.objectContaining({ officerId: 'B-7', deviceId: 'cam-7', unit: 'ERO-3' })]);
    const unassigned = await run(GATEWAY_BIN, ['unassign', 'B-7'], { env });
    expect(unassigned.code, unassigned.stderr).toBe(0);
    const after = await (await fetch(`${t.gateway.addresses.http}/api/officers`, { headers })).json();
    expect(after.officers[0].deviceId).toBeNull();
  });

  it('needs a token for the CLI', async () => {
    const r = await run(GATEWAY_BIN, ['assign', 'B-1', 'cam-1', '--url', t.gateway.addresses.http], { env: { BWC_TOKEN: '' } });
    expect(r.code).toBe(2);
  });
});
