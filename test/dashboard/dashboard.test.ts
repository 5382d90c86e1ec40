/**
 * The dashboard in a real browser (Debian's chromium via playwright-core) against a real
 * gateway with cameras reporting over MQTT: see the cameras, see a missed activation arrive
 * live without a reload, acknowledge it, open a camera's page and its charts, read the
 * compliance report and its CSV, and see a clear message when the gateway goes away.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { startGateway, telemetry, type TestGateway } from '../helpers/gateway.js';
import { MqttCamera } from '../helpers/mqtt-camera.js';
import { launchBrowser } from './browser.js';

let t: TestGateway;
let browser: Browser;
let page: Page;
const cameras: MqttCamera[] = [];

beforeAll(async () => {
  t = await startGateway();
  for (let i = 1; i <= 3; i++) {
    const id = `cam-${i}`;
    const cam = await MqttCamera.connect(t.gateway.addresses.mqtt, id, await t.addDevice(id));
    await cam.boot(`O-${i}`, { battery: 90 - i * 25 });
    cameras.push(cam);
  }
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const c of cameras) await c.close().catch(() => undefined);
  await t?.close();
});

describe('dashboard', () => {
  it('shows the fleet, live', async () => {
    await page.goto(`${t.gateway.addresses.http}/#token=${t.token}`);
    await page.getByTestId('device-cam-3').waitFor();
    expect(await page.getByTestId('fleet-count').textContent()).toBe('3 cameras');
    const row = page.getByTestId('device-cam-1');
    expect(await row.textContent()).toContain('O-1');
    expect(await row.textContent()).toMatch(/READY/);
    // The token left the address bar.
    expect(page.url()).not.toContain('token=');
    // A camera starts recording: its row says so without a reload.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await cameras[0]!.send({ case: 'recording', value: { action: 'START', source: 'BUTTON', recordingId: 'r1' } });
    await row.getByText('● REC').waitFor({ timeout: 5000 });
    // Filters: low battery (cam-3 reported 15 %).
    await page.getByLabel('filter').selectOption('battery');
    await page.getByTestId('device-cam-1').waitFor({ state: 'detached' });
    expect(await page.getByTestId('device-cam-3').isVisible()).toBe(true);
    await page.getByLabel('filter').selectOption('all');
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  });

  it('shows a missed activation as it happens, and acknowledges it', async () => {
    await page.click('a[href="#/alerts"]');
    // CAD dispatches cam-2 to an arrest; it does not record (the test policy's grace is 2 s).
    const res = await fetch(`${t.gateway.addresses.http}/api/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ activityId: 'CAD-9', type: 'ACTIVITY_TYPE_AT_LARGE_ARREST', phase: 'ACTIVITY_PHASE_START', timeMs: String(Date.now()), deviceIds: ['cam-2'], source: 'cad-test' }),
    });
    expect(res.status).toBe(202);
    const item = page.getByTestId('alert-ma:CAD-9:cam-2');
    await item.waitFor({ timeout: 10_000 });
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('MISSED ACTIVATION');
    expect(text).toContain('CRITICAL');
    expect(text).toContain('cam-2');
    expect(text).toContain('O-2');
    expect(text).toContain('AT_LARGE_ARREST');
    expect(text).toContain('NOT_STARTED');
    expect(text).toMatch(/\d+ s since the deadline/);
    await page.getByTestId('critical-banner').waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42); // no reload

    await item.getByLabel('reason').selectOption('SUPERVISOR_NOTIFIED');
    await item.getByLabel('acknowledged by').fill('Sgt. Rivera');
    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await item.getByText('ACKNOWLEDGED').first().waitFor({ timeout: 5000 });
    expect(await item.textContent()).toContain('acknowledged by Sgt. Rivera (SUPERVISOR_NOTIFIED)');
    await page.getByTestId('critical-banner').waitFor({ state: 'detached' });
    // Its revisions: raised, then acknowledged.
    await item.locator('.alert-main').click();
    await item.getByTestId('revisions').getByText('rev 2: ACKNOWLEDGED').waitFor();
  });

  it("opens a camera's page with its charts, track, timeline and telemetry", async () => {
    await page.click('a[href="#/fleet"]');
    await page.getByTestId('device-cam-2').click();
    await page.getByTestId('battery-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('storage-chart').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('gps-track').locator('path.gps-path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){4}$/);
    // The timeline shows the arrest it should have been recording for.
    expect(await page.getByTestId('recording-timeline').textContent()).toContain('CAD-9');
    expect(await page.getByTestId('telemetry').locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('device-facts').textContent()).toContain('O-2');
  });

  it('reports compliance with a CSV download', async () => {
    await page.click('a[href="#/compliance"]');
    const totals = page.getByTestId('compliance-totals');
    await totals.waitFor();
    await expect.poll(async () => totals.textContent(), { timeout: 10_000 }).toMatch(/Missed/);
    expect(await totals.textContent()).toMatch(/0\.0%Activation rate/);
    const href = await page.getByTestId('csv-By activity type').getAttribute('href');
    const csv = await page.evaluate(async (h) => (await fetch(h!)).text(), href);
    expect(csv.split('\n')[0]).toBe('group,key,obligations,on_time,late,missed,activation_rate,median_lateness_s,uncovered_s,premature_stops,no_camera_assigned');
    expect(csv).toContain('type,AT_LARGE_ARREST,1,0,0,1,0,,0,0,0');
  });

  it('says so plainly when the gateway cannot be reached', async () => {
    await t.gateway.close();
    await page.getByTestId('unreachable').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('unreachable').textContent()).toContain('Cannot reach the gateway');
    // The last data is still on screen.
    expect(await page.getByTestId('compliance-totals').isVisible()).toBe(true);
  });
});

describe('dashboard with 10,000 cameras', () => {
  it('renders only the rows in view and scrolls to the last camera', async () => {
    const big = await startGateway();
    const b = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      // 10,000 cameras' hellos and batteries, straight into the gateway's ingest (no sockets needed here).
      const now = Date.now();
      await new Promise<void>((resolve, reject) => {
        let left = 20_000;
        const done = (e: Error | null): void => (e ? reject(e) : --left === 0 ? resolve() : undefined);
        for (let i = 0; i < 10_000; i++) {
          const id = `cam-${String(i).padStart(5, '0')}`;
          const hello = telemetry(id, 1, { case: 'hello', value: { firmwareVersion: '2', model: 'm', vendor: 'v', officerId: `O-${i}`, preEventBufferS: 30 } }, 1, now);
          const battery = telemetry(id, 2, { case: 'battery', value: { percent: i % 100, millivolts: 3800, charging: false, temperatureC: 30 } }, 1, now);
          for (const t of [hello, battery]) {
            big.gateway.pipeline.accept({ receivedMs: now, transport: 'mqtt', topic: `bwc/v1/devices/${id}/telemetry`, payload: telemetryCodec.encode(t), clientId: id, deviceId: id }, done);
          }
        }
      });
      await b.goto(`${big.gateway.addresses.http}/#token=${big.token}`);
      await b.getByTestId('device-cam-00000').waitFor({ timeout: 20_000 });
      expect(await b.getByTestId('fleet-count').textContent()).toBe('10000 cameras');
      const rendered = await b.locator('[data-testid^="device-cam-"]').count();
      expect(rendered).toBeLessThan(100); // only what is in view, plus a margin
      await b.getByTestId('fleet-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await b.getByTestId('device-cam-09999').waitFor();
      // Sorted by battery, low first: the camera at 0 % comes first.
      await b.getByLabel('sort').selectOption('battery');
      await b.getByTestId('fleet-list').evaluate((el) => (el.scrollTop = 0));
      await expect.poll(async () => b.locator('.fleet-row').first().textContent()).toContain('cam-00000');
      expect(await b.locator('.fleet-row').first().textContent()).toContain('0%');
    } finally {
      await b.close();
      await big.close();
    }
  }, 90_000);
});
