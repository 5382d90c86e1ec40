/**
 * 15. Offline queue bound: a viewer with a persistent session (clean session = 0) subscribes to
 * every device state and goes away while a fleet keeps reporting. Its queue in the broker stays
 * within the documented bound (OFFLINE_QUEUE_DEFAULTS: packets and bytes), the oldest states are
 * dropped and counted, the gateway's memory stays flat, and when the viewer returns it gets at
 * most the bound — then live states again. Soak (npm run soak): 30 minutes offline.
 */
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { OFFLINE_QUEUE_DEFAULTS } from '../../gateway/transport/mqtt/offline-queue.js';
import { type TestGateway, startGateway } from '../helpers/gateway.js';
import { SOAK, report, slope } from './figures.js';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { telemetry } from '../helpers/gateway.js';

const CAMERAS = 100;
const OFFLINE_MS = SOAK ? 30 * 60_000 : 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reliability: offline queue bound', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it(`holds a persistent viewer's queue within its bound over ${OFFLINE_MS / 1000} s offline`, async () => {
    t = await startGateway();
    const { gateway } = t;
    const ids = Array.from({ length: CAMERAS }, (_, i) => `cam-${String(i).padStart(3, '0')}`);
    const devices = await Promise.all(ids.map(async (id) => ({ id, secret: await gateway.credentials.addDevice(id, Date.now(), { scryptN: 1024 }) })));
    const viewerSecret = await gateway.credentials.addAccount('wall', 'viewer', Date.now());
    const url = gateway.addresses.mqtt;
    const opts = { clientId: 'wall-states', username: 'wall', password: viewerSecret, clean: false, reconnectPeriod: 0 };
    const first = await mqtt.connectAsync(url, opts);
    await first.subscribeAsync('bwc/v1/devices/+/state', { qos: 1 });
    await first.endAsync();

    const metric = async (name: string): Promise<number> => {
      const text = await (await fetch(`${gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t!.token}` } })).text();
      return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    };
    // Each camera reports a changing battery level, so its device state changes (and is sent) every 250 ms.
    const cams = await Promise.all(devices.map((d) => mqtt.connectAsync(url, { clientId: d.id, username: d.id, password: d.secret, reconnectPeriod: 0 })));
    let seq = 0;
    let sent = 0;
    const reporting = setInterval(() => {
      seq++;
      for (const [i, cam] of cams.entries()) {
        const t = telemetry(ids[i]!, seq, { case: 'battery', value: { percent: 100 - (seq % 90), millivolts: 3800, charging: false, temperatureC: 30 } });
        cam.publish(topics.telemetry(ids[i]!), Buffer.from(telemetryCodec.encode(t)), { qos: 1 });
        sent++;
      }
    }, 300);
    const rss: [number, number][] = [];
    let maxQueued = 0;
    const started = Date.now();
    while (Date.now() - started < OFFLINE_MS) {
      await sleep(Math.min(1000, OFFLINE_MS / 10));
      global.gc?.();
      rss.push([(Date.now() - started) / 60_000, process.memoryUsage().rss / 1024 / 1024]);
      maxQueued = Math.max(maxQueued, await metric('bwc_offline_queue_bytes'));
    }
    clearInterval(reporting);
    await sleep(1000); // the last changes' states go out (into the queue) before the viewer returns
    const dropped = await metric('bwc_offline_queue_dropped_total');

    // The viewer returns: at most the bound arrives from the queue (retained states may add one per device).
    let received = 0;
    const back = mqtt.connect(url, { ...opts, reconnectPeriod: 0 });
    back.on('message', () => received++);
    await new Promise<void>((resolve) => back.once('connect', () => resolve()));
    await sleep(2000);
    const fromQueue = received;
    back.end(true);
    await Promise.all(cams.map((c) => c.endAsync()));

    expect(dropped).toBeGreaterThan(0); // the bound was reached...
    const overBound = Math.max(0, fromQueue - OFFLINE_QUEUE_DEFAULTS.maxPackets);
    const rssSlope = slope(rss.slice(Math.floor(rss.length / 3)));
    report({
      test: '15. offline queue bound',
      load: `${CAMERAS} cameras × 3 msg/s (battery changing: a new device state every 250 ms each); a persistent viewer of every device state, offline`,
      faults: `viewer offline ${OFFLINE_MS / 60_000 >= 1 ? `${OFFLINE_MS / 60_000} min` : `${OFFLINE_MS / 1000} s`}`,
      inputs: `${sent} battery reports`,
      mustBeZero: {
        'packets delivered over the bound on return': overBound,
        'bytes queued over the bound': Math.max(0, maxQueued - OFFLINE_QUEUE_DEFAULTS.maxBytes),
      },
      figures: {
        bound: `${OFFLINE_QUEUE_DEFAULTS.maxPackets} packets / ${OFFLINE_QUEUE_DEFAULTS.maxBytes / 1024} KiB`,
        'oldest dropped (counted)': dropped,
        'largest queue': `${(maxQueued / 1024).toFixed(0)} KiB`,
        'delivered on return': fromQueue,
        'RSS first / last / slope': `${rss[0]![1].toFixed(0)} / ${rss.at(-1)![1].toFixed(0)} MiB / ${rssSlope.toFixed(2)} MiB/min`,
      },
    });
  }, OFFLINE_MS + 120_000);
});
