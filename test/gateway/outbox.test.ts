/**
 * The alert outbox from a viewer's side: every revision has a rising seq; GET /api/alerts?since=
 * pages through them in order; an SSE stream resumes after Last-Event-ID (or ?since=) with every
 * revision it missed, then live ones, and names its resume point on connect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type TestGateway, startGateway } from '../helpers/gateway.js';
import { SseViewer } from '../helpers/sse-viewer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('alert outbox', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('numbers revisions, pages them with ?since=, and resumes SSE after Last-Event-ID', async () => {
    t = await startGateway();
    const http = t.gateway.addresses.http;
    const headers = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
    const activity = (id: string, devices: string[]) =>
      fetch(`${http}/api/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ activityId: id, type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds: devices }),
      });
    expect((await activity('CAD-O1', ['cam-o1', 'cam-o2'])).status).toBe(202);
    await sleep(3000); // grace 2 s: two missed activations
    const ack = await fetch(`${http}/api/alerts/${encodeURIComponent('ma:CAD-O1:cam-o1')}/ack`, { method: 'POST', headers, body: JSON.stringify({ by: 'sgt', reason: 'SUPERVISOR_NOTIFIED' }) });
    expect(ack.status).toBe(200);

    type Page = { revisions: { alertId: string; revision: number; seq: string }[]; next: number; last: number };
    const first = (await (await fetch(`${http}/api/alerts?since=0&limit=1`, { headers })).json()) as Page;
    expect(first.revisions).toHaveLength(1);
    const rest = (await (await fetch(`${http}/api/alerts?since=${first.next}&limit=100`, { headers })).json()) as Page;
    const all = [...first.revisions, ...rest.revisions];
    const seqs = all.map((r) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.map((r) => `${r.alertId}#${r.revision}`)).toEqual(expect.arrayContaining(['ma:CAD-O1:cam-o1#1', 'ma:CAD-O1:cam-o1#2', 'ma:CAD-O1:cam-o2#1']));
    expect(rest.last).toBe(seqs.at(-1));
    expect((await fetch(`${http}/api/alerts?since=0&kind=MISSED_ACTIVATION`, { headers })).status).toBe(400);

    // Resume after the first revision: the missed ones come first, in order, then live ones.
    const sse = new SseViewer(() => http, t.token);
    sse.lastEventId = String(seqs[0]);
    sse.start();
    const started = Date.now();
    while (sse.alerts.length < seqs.length - 1 && Date.now() - started < 5000) await sleep(50);
    expect(sse.alerts.map((a) => a.seq)).toEqual(seqs.slice(1));
    expect((await activity('CAD-O2', ['cam-o3'])).status).toBe(202);
    while (sse.alerts.length < seqs.length && Date.now() - started < 10_000) await sleep(50);
    expect(sse.alerts.at(-1)).toMatchObject({ alertId: 'ma:CAD-O2:cam-o3', revision: 1 });
    expect(sse.alerts.at(-1)!.seq).toBeGreaterThan(seqs.at(-1)!);
    await sse.stop();

    // A new stream with no Last-Event-ID is told where it starts (so a break before its first alert loses nothing).
    const fresh = new SseViewer(() => http, t.token);
    fresh.start();
    while (fresh.lastEventId === '' && Date.now() - started < 15_000) await sleep(50);
    expect(Number(fresh.lastEventId)).toBe(sse.alerts.at(-1)!.seq);
    await fresh.stop();
  }, 30_000);
});
