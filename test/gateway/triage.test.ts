/**
 * Alert triage over the HTTP API: acknowledge as the signed-in account (no name typed), bulk
 * acknowledge with one reason, assign and comment (stored, with who and when, shown with the
 * revisions), and the errors a client can act on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type TestGateway, startGateway } from '../helpers/gateway.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('alert triage', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('bulk-acknowledges as the signed-in account, assigns, comments, and shows it all in the history', async () => {
    t = await startGateway();
    const http = t.gateway.addresses.http;
    const sgt = t.gateway.credentials.createToken('sgt-rivera', 'admin', Date.now());
    const wall = t.gateway.credentials.createToken('wall-screen', 'viewer', Date.now());
    const as = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const post = (path: string, body: unknown, token = sgt) => fetch(`${http}${path}`, { method: 'POST', headers: as(token), body: JSON.stringify(body) });
    expect((await post('/api/activities', { activityId: 'CAD-T1', type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds: ['cam-t1', 'cam-t2', 'cam-t3'] })).status).toBe(202);
    const ids = ['ma:CAD-T1:cam-t1', 'ma:CAD-T1:cam-t2', 'ma:CAD-T1:cam-t3'];
    for (let i = 0; i < 100; i++) {
      const open = (await (await fetch(`${http}/api/alerts?status=OPEN`, { headers: as(sgt) })).json()) as { alerts: { alertId: string }[] };
      if (ids.every((id) => open.alerts.some((a) => a.alertId === id))) break;
      await sleep(100);
    }

    // One acknowledgement, no name given: the account's name is recorded.
    const one = (await (await post(`/api/alerts/${encodeURIComponent(ids[0]!)}/ack`, { reason: 'OFFICER_CONTACTED' })).json()) as { alert: { ackBy: string; status: string } };
    expect(one.alert).toMatchObject({ ackBy: 'sgt-rivera', status: 'ALERT_STATUS_ACKNOWLEDGED' });

    // Bulk: the other two and one unknown id, with a comment on each.
    const bulk = await post('/api/alerts/ack', { ids: [ids[1], ids[2], 'ma:nope:cam-x'], reason: 'SUPERVISOR_NOTIFIED', comment: 'radio check at 14:02' });
    expect(bulk.status).toBe(200);
    const { results } = (await bulk.json()) as { results: { alertId: string; ok: boolean; alert?: { ackBy: string; ackReason: string }; error?: { code: string } }[] };
    expect(results.map((r) => [r.alertId, r.ok])).toEqual([
      [ids[1], true],
      [ids[2], true],
      ['ma:nope:cam-x', false],
    ]);
    expect(results[0]!.alert).toMatchObject({ ackBy: 'sgt-rivera', ackReason: 'SUPERVISOR_NOTIFIED' });
    expect(results[2]!.error!.code).toBe('NOT_FOUND');

    // Assign, reassign, comment.
    expect((await post(`/api/alerts/${encodeURIComponent(ids[1]!)}/notes`, { assignee: 'ofc-lee' })).status).toBe(201);
    expect((await post(`/api/alerts/${encodeURIComponent(ids[1]!)}/notes`, { assignee: 'sgt-rivera', comment: 'taking it over' })).status).toBe(201);
    const history = (await (await fetch(`${http}/api/alerts/${encodeURIComponent(ids[1]!)}`, { headers: as(wall) })).json()) as {
      revisions: { revision: number; status: string }[];
      notes: { by: string; assignee?: string; comment: string; atMs: number }[];
    };
    expect(history.revisions.map((r) => r.status)).toEqual(['ALERT_STATUS_OPEN', 'ALERT_STATUS_ACKNOWLEDGED']);
    expect(history.notes.map(({ by, assignee, comment }) => ({ by, assignee, comment }))).toEqual([
      { by: 'sgt-rivera', assignee: undefined, comment: 'radio check at 14:02' },
      { by: 'sgt-rivera', assignee: 'ofc-lee', comment: '' },
      { by: 'sgt-rivera', assignee: 'sgt-rivera', comment: 'taking it over' },
    ]);
    const list = (await (await fetch(`${http}/api/alerts?kind=MISSED_ACTIVATION`, { headers: as(wall) })).json()) as { assignees: Record<string, string> };
    expect(list.assignees).toEqual({ [ids[1]!]: 'sgt-rivera' });

    // Errors a client can act on: a viewer may not write; an unknown alert; an empty note.
    expect((await post(`/api/alerts/${encodeURIComponent(ids[2]!)}/notes`, { comment: 'hi' }, wall)).status).toBe(403);
    expect((await post('/api/alerts/ack', { ids: [ids[2]], reason: 'OTHER' }, wall)).status).toBe(403);
    expect((await post(`/api/alerts/${encodeURIComponent('ma:nope:cam-x')}/notes`, { comment: 'hi' })).status).toBe(404);
    expect((await post(`/api/alerts/${encodeURIComponent(ids[2]!)}/notes`, {})).status).toBe(400);
    expect((await post('/api/alerts/ack', { ids: [], reason: 'OTHER' })).status).toBe(400);
  }, 30_000);
});
