/**
 * The dashboard in a real browser (Debian's chromium via playwright-core) against a real
 * gateway with cameras reporting over MQTT: see the cameras, see a missed activation arrive
 * live without a reload, see the fleet say what is wrong (worst first, by kind), triage (what
 * to do, acknowledge as the signed-in account, assign, comment, group, bulk-acknowledge, page),
 * open a camera's page and its charts, the overview, read the compliance report and its CSV,
 * sign in from a link in an open tab, and see a clear message when the gateway goes away.
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

    // What to do is said with the alert.
    expect(await item.getByTestId('what-to-do').textContent()).toMatch(/^What to do: Contact the officer now/);

    // The fleet says what is wrong with cam-2, worst first, and sums open alerts by kind.
    await page.click('a[href="#/fleet"]');
    const firstRow = page.locator('[data-testid^="device-cam-"]').first();
    await expect.poll(async () => firstRow.getAttribute('data-testid'), { timeout: 5000 }).toBe('device-cam-2');
    expect(await firstRow.getByTestId('worst-alert').textContent()).toMatch(/^CRITICALMISSED ACTIVATION \d+ s/);
    expect(await page.getByTestId('kind-MISSED_ACTIVATION').textContent()).toBe('MISSED ACTIVATION 1');
    await page.getByTestId('kind-MISSED_ACTIVATION').click();
    await page.getByTestId('device-cam-1').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid^="device-cam-"]').count()).toBe(1);
    await page.getByTestId('kind-MISSED_ACTIVATION').click();
    await page.getByTestId('device-cam-1').waitFor();
    await page.getByLabel('severity').selectOption('CRITICAL');
    expect(await page.locator('[data-testid^="device-cam-"]').count()).toBe(1);
    await page.getByLabel('severity').selectOption('');

    // Acknowledge from the alerts page: a reason, no name to type (the signed-in account is recorded).
    await page.click('a[href="#/alerts"]');
    await item.getByRole('button', { name: 'Acknowledge…' }).click();
    await item.getByLabel('reason').selectOption('SUPERVISOR_NOTIFIED');
    await item.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await item.getByText('ACKNOWLEDGED').first().waitFor({ timeout: 5000 });
    expect(await item.textContent()).toMatch(/acknowledged by \S+ \(SUPERVISOR_NOTIFIED\)/);
    await page.getByTestId('critical-banner').waitFor({ state: 'detached' });
    // Its history: raised, then acknowledged; then assign it and comment, and see both there.
    await item.locator('.alert-main').click();
    await item.getByTestId('revisions').getByText('rev 2: ACKNOWLEDGED').waitFor();
    await item.getByLabel('assignee').fill('Ofc. Lee');
    await item.getByLabel('comment').fill('called on the radio');
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByTestId('revisions').getByText(/assigned to Ofc\. Lee; “called on the radio”/).waitFor();
    expect(await item.getByTestId('assignee').textContent()).toBe('→ Ofc. Lee');
  });

  it('groups alerts, acknowledges several at once, and pages', async () => {
    // Two more cameras miss an activation.
    const res = await fetch(`${t.gateway.addresses.http}/api/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ activityId: 'CAD-10', type: 'ACTIVITY_TYPE_EMERGENCY_RESPONSE', phase: 'ACTIVITY_PHASE_START', timeMs: String(Date.now()), deviceIds: ['cam-2', 'cam-3'], source: 'cad-test' }),
    });
    expect(res.status).toBe(202);
    await page.getByTestId('alert-ma:CAD-10:cam-3').waitFor({ timeout: 10_000 });
    await page.getByTestId('alert-ma:CAD-10:cam-2').waitFor({ timeout: 10_000 });
    await page.getByLabel('group').selectOption('activity');
    expect(await page.getByTestId('group-head').allTextContents()).toEqual(expect.arrayContaining(['EMERGENCY_RESPONSE CAD-10 2', 'AT_LARGE_ARREST CAD-9 1']));
    expect(await page.getByTestId('bulk').textContent()).toMatch(/^Select the \d+ open on this page$/);
    await page.getByLabel('select ma:CAD-10:cam-2').check();
    await page.getByLabel('select ma:CAD-10:cam-3').check();
    expect(await page.getByTestId('bulk').textContent()).toContain('2 selected');
    await page.getByLabel('bulk reason').selectOption('OFFICER_CONTACTED');
    await page.getByLabel('bulk comment').fill('both on scene');
    await page.getByRole('button', { name: 'Acknowledge 2' }).click();
    await page.getByText('2 acknowledged').waitFor({ timeout: 5000 });
    for (const id of ['ma:CAD-10:cam-2', 'ma:CAD-10:cam-3']) {
      expect(await page.getByTestId(`alert-${id}`).textContent()).toMatch(/ACKNOWLEDGED.*\(OFFICER_CONTACTED\)/);
    }
    await page.getByLabel('group').selectOption('none');
    // 50 per page: 60 more alerts (device faults) give two pages.
    const faults = Array.from({ length: 60 }, (_, i) => ({ case: 'fault' as const, value: { code: `E${i}`, message: 'bench' } }));
    for (const f of faults) await cameras[2]!.send(f);
    await page.getByTestId('pager').waitFor({ timeout: 10_000 });
    // The pager appears at the 51st alert; the rest arrive live over the next moments.
    await expect.poll(() => page.getByTestId('pager').textContent(), { timeout: 10_000 }).toMatch(/page 1 of 2 \(1–50 of 6\d\)/);
    expect(await page.locator('li.alert').count()).toBe(50);
    await page.getByRole('button', { name: 'Older →' }).click();
    expect(await page.getByTestId('pager').textContent()).toMatch(/page 2 of 2/);
  });

  it("opens a camera's page with its charts, track, timeline and telemetry", async () => {
    await page.click('a[href="#/fleet"]');
    await page.getByTestId('device-cam-2').click();
    await page.getByTestId('battery-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('storage-chart').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('gps-track').locator('path.gps-path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){4}$/);
    // The timeline shows the arrest it should have been recording for, by type and CAD id.
    expect(await page.getByTestId('recording-timeline').textContent()).toContain('AT_LARGE_ARREST CAD-9');
    expect(await page.getByTestId('telemetry').locator('tbody tr').count()).toBeGreaterThan(10);
    // Telemetry reads as words and units, not JSON with float noise.
    const table = (await page.getByTestId('telemetry').textContent()) ?? '';
    expect(table).toMatch(/battery4\d % · 3\.9 V · 30 °C/);
    expect(table).toMatch(/GPS-?\d+\.\d{5}, -?\d+\.\d{5} · ±\d+ m · 3D/);
    expect(table).not.toContain('{');
    // The clock offset in the words CLOCK_SKEW uses.
    expect(await page.getByTestId('clock-offset').textContent()).toMatch(/(in step with|behind|ahead of) gateway time/);
    expect(await page.getByTestId('device-facts').textContent()).toContain('O-2');
  });

  it("sends a command from a camera's page and shows where it stands", async () => {
    const commands = page.getByTestId('commands');
    await commands.getByText('No commands sent to this camera.').waitFor();
    await commands.getByLabel('command').selectOption('LOCATE');
    await commands.getByRole('button', { name: 'Send' }).click();
    await commands.locator('tbody tr').first().waitFor();
    const row = (await commands.locator('tbody tr').first().textContent()) ?? '';
    expect(row).toMatch(/LOCATE/);
    expect(row).toMatch(/QUEUED|DELIVERED/); // the test camera is not connected: nobody answers yet
    expect(row).toMatch(/expires in 10 min|expires in 9 min/);
    expect(t.gateway.commands.list('cam-2', 10, 0).commands[0]).toMatchObject({ issuedBy: expect.any(String), command: { action: { case: 'locate' } } });
  });

  it('shows the overview charts, serves its icon, and takes a sign-in link in an open tab', async () => {
    await page.click('a[href="#/overview"]');
    await page.getByTestId('battery-spread').waitFor();
    expect(await page.getByTestId('battery-spread').textContent()).toContain('60–69 %');
    await page.getByTestId('open-alerts-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('rate-by-day').textContent()).toMatch(/0\.0% of \d/);
    const icon = await fetch(`${t.gateway.addresses.http}/favicon.ico`, { redirect: 'follow' });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    // Signed out, then a sign-in link pasted into the same tab: signed in without a reload.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('token').waitFor();
    const viewer = t.gateway.credentials.createToken('wall-screen', 'viewer', Date.now());
    await page.evaluate((tok) => (location.hash = `#token=${tok}`), viewer);
    await page.getByTestId('fleet-count').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => localStorage.getItem('bwc-token'))).toBe(viewer);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
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
    expect(csv).toContain('type,EMERGENCY_RESPONSE,2,0,0,2,0,,0,0,0');
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
