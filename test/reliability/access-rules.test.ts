/**
 * 14. Access rules: an account taking a camera's client id, a revoked camera, account and token
 * keeping their live sessions, one token taking every event stream, a camera reconnecting to
 * reset its rate limit, names with MQTT wildcards, spreadsheet formulas in CSV exports, and
 * metrics without a token. Each attempt that gets through is a false accept.
 */
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { safeCell } from '../../gateway/store/compliance.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { SSE_DEFAULTS } from '../../gateway/api/sse.js';
import { type TestGateway, startGateway, telemetry } from '../helpers/gateway.js';
import { report } from './figures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RATE = 50;

describe('reliability: access rules', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('lets no account, revoked credential, token or name past its rule', async () => {
    t = await startGateway({ clientRate: RATE });
    const { gateway } = t;
    const url = gateway.addresses.mqtt;
    const http = gateway.addresses.http;
    const falseAccepts: Record<string, number> = {};
    const count = (rule: string, accepted: boolean): void => {
      falseAccepts[rule] = (falseAccepts[rule] ?? 0) + (accepted ? 1 : 0);
    };
    const camSecret = await t.addDevice('cam-a');
    const viewerSecret = await gateway.credentials.addAccount('wall', 'viewer', Date.now());
    const connect = (opts: mqtt.IClientOptions) => mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 5000, ...opts }).catch(() => null);

    // 4. A viewer using the camera's client id is refused; the camera stays connected.
    const cam = await connect({ clientId: 'cam-a', username: 'cam-a', password: camSecret, clean: false });
    expect(cam).not.toBeNull();
    const thief = await connect({ clientId: 'cam-a', username: 'wall', password: viewerSecret, clean: false });
    count('account using a camera client id', thief !== null);
    thief?.end(true);
    await sleep(200);
    count('camera kicked by that attempt', !cam!.connected);

    // 5. Revoking the camera (as `devices revoke` does, in the store) ends its session.
    const closed = new Promise<boolean>((resolve) => {
      cam!.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 3000);
    });
    gateway.credentials.revokeDevice('cam-a', Date.now());
    count('revoked camera still connected after 3 s', !(await closed));
    cam!.end(true);
    const viewer = await connect({ clientId: 'wall-1', username: 'wall', password: viewerSecret });
    const viewerClosed = new Promise<boolean>((resolve) => {
      viewer!.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 3000);
    });
    gateway.credentials.revokeAccount('wall', Date.now());
    count('revoked account still connected after 3 s', !(await viewerClosed));
    viewer!.end(true);

    // 6. A token revoked through the API: its event stream ends, and it is refused.
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const created = (await (await fetch(`${http}/api/tokens`, { method: 'POST', headers: { ...auth(t.token), 'content-type': 'application/json' }, body: '{"name":"kiosk"}' })).json()) as {
      token: string;
      id: string;
    };
    const listed = (await (await fetch(`${http}/api/tokens`, { headers: auth(t.token) })).json()) as { tokens: { id: string; name: string }[] };
    expect(listed.tokens.map((x) => x.name)).toContain('kiosk');
    expect(JSON.stringify(listed)).not.toContain(created.token);
    const stream = await fetch(`${http}/api/events`, { headers: auth(created.token) });
    expect(stream.status).toBe(200);
    const ended = stream.body!.getReader();
    const streamEnded = (async () => {
      const started = Date.now();
      while (Date.now() - started < 3000) if ((await ended.read()).done) return true;
      return false;
    })();
    expect((await fetch(`${http}/api/tokens/${created.id}`, { method: 'DELETE', headers: auth(t.token) })).status).toBe(200);
    count('revoked token stream still open', !(await Promise.race([streamEnded, sleep(3000).then(() => false)])));
    count('revoked token accepted', (await fetch(`${http}/api/alerts`, { headers: auth(created.token) })).status === 200);

    // 7. One token cannot take every event stream: the admin still gets one.
    const one = gateway.credentials.createToken('greedy', 'viewer', Date.now());
    const controllers: AbortController[] = [];
    let opened = 0;
    for (let i = 0; i < SSE_DEFAULTS.maxPerToken + 5; i++) {
      const c = new AbortController();
      controllers.push(c);
      const r = await fetch(`${http}/api/events`, { headers: auth(one), signal: c.signal });
      if (r.status === 200) opened++;
    }
    count('streams over the per-token cap', Math.max(0, opened - SSE_DEFAULTS.maxPerToken) > 0);
    const adminStream = new AbortController();
    count('admin locked out', (await fetch(`${http}/api/events`, { headers: auth(t.token), signal: adminStream.signal })).status !== 200);
    for (const c of [...controllers, adminStream]) c.abort();

    // 8. Reconnecting does not refill the rate limit: RATE/s, bursts of 10x.
    const cam2Secret = await t.addDevice('cam-b');
    let acked = 0;
    let seq = 0;
    const started = performance.now();
    while (performance.now() - started < 3000) {
      const c = await connect({ clientId: 'cam-b', username: 'cam-b', password: cam2Secret, clean: true });
      if (c === null) continue;
      const burst: Promise<unknown>[] = [];
      for (let i = 0; i < 100; i++) {
        const payload = Buffer.from(telemetryCodec.encode(telemetry('cam-b', ++seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
        burst.push(c.publishAsync(topics.telemetry('cam-b'), payload, { qos: 1 }).then(() => acked++, () => undefined));
      }
      await Promise.race([Promise.all(burst), sleep(300)]);
      c.end(true);
    }
    const seconds = (performance.now() - started) / 1000;
    const allowed = RATE * 10 + RATE * seconds;
    count('messages over the rate limit across reconnects', acked > allowed * 1.05);

    // 9. Names: no empty ones, no wildcards or '/'; CSV cells that a spreadsheet would run.
    for (const bad of ['', 'a/b', 'cam+', 'cam#', 'two words']) {
      count('bad device name', await gateway.credentials.addDevice(bad, Date.now()).then(() => true, () => false));
      count('bad account name', await gateway.credentials.addAccount(bad, 'viewer', Date.now()).then(() => true, () => false));
    }
    for (const formula of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)']) count('CSV formula cell', safeCell(formula) === formula);

    // 10. Metrics and the API description need a token by default.
    count('metrics without a token', (await fetch(`${http}/metrics`)).status === 200);
    count('OpenAPI without a token', (await fetch(`${http}/api/openapi.json`)).status === 200);

    report({
      test: '14. access rules',
      load: 'one gateway, cameras, a viewer account, API tokens',
      faults: 'client-id takeover by an account, revocations while connected, token revoked mid-stream, one token opening 25 streams, reconnect-to-reset-the-rate, bad names, CSV formulas, anonymous metrics',
      inputs: `${seq} rate-limited messages over ${seconds.toFixed(1)} s (allowed ${allowed.toFixed(0)}, acknowledged ${acked})`,
      mustBeZero: Object.fromEntries(Object.entries(falseAccepts).map(([k, v]) => [`false accepts: ${k}`, v])),
      figures: { 'streams per token': `${opened} opened of ${SSE_DEFAULTS.maxPerToken + 5} asked (cap ${SSE_DEFAULTS.maxPerToken})` },
    });
  }, 60_000);
});
