/**
 * Screenshots of every dashboard page for the README: a gateway on simulated time, a simulated
 * shift (60 cameras, 90 minutes) over MQTT, then Debian's chromium visits each page.
 * Usage: npm run screenshots [-- --out DIR]  (default gateway/dashboard/screenshots)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_DEFAULTS } from '../gateway/config/gateway-config.js';
import { loadPolicy } from '../gateway/detect/policy.js';
import { silentLogger } from '../gateway/log.js';
import { createGateway } from '../gateway/app.js';
import { MqttTarget } from '../simulator/run/mqtt-target.js';
import { provision } from '../simulator/run/provision.js';
import { runSimulation } from '../simulator/run/runner.js';
import { loadScenario } from '../simulator/scenario/load.js';
import { launchBrowser } from '../test/dashboard/browser.js';
import { buildDashboard } from './build-dashboard.js';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write('usage: screenshots [--out DIR]\n');
  process.exit(0);
}
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1]! : join(import.meta.dirname, '..', 'gateway', 'dashboard', 'screenshots');
mkdirSync(out, { recursive: true });

await buildDashboard({ ifNeeded: true });
const dataDir = join(tmpdir(), `bwc-screens-${process.pid}`);
const policyPath = join(import.meta.dirname, '..', 'gateway', 'policies', 'ice-2024.yaml');
const gateway = await createGateway(
  { ...GATEWAY_DEFAULTS, host: '127.0.0.1', mqttPort: 0, wsPort: 0, httpPort: 0, dataDir, policy: policyPath, logLevel: 'silent', sync: 'normal', simClock: true },
  { log: silentLogger },
);
await gateway.start();
try {
  const base = loadScenario('shift');
  const scenario = { ...base, name: 'screenshots', durationMs: 90 * 60_000, fleet: { ...base.fleet, cameras: 60 } };
  const ids = Array.from({ length: 60 }, (_, i) => `cam-${String(i + 1).padStart(4, '0')}`);
  const credentials = await provision(dataDir, ids);
  process.stdout.write('simulating 60 cameras for 90 minutes...\n');
  await runSimulation(scenario, new MqttTarget({ url: gateway.addresses.mqtt, credentials, simClock: true }), { policy: loadPolicy(policyPath) });

  const token = gateway.adminToken ?? gateway.credentials.createToken('screenshots', 'admin', Date.now());
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = gateway.addresses.http;
  const shot = async (name: string, fullPage = false): Promise<void> => {
    await page.waitForTimeout(800); // charts and live updates settle
    await page.screenshot({ path: join(out, `${name}.png`), fullPage });
    process.stdout.write(`${join(out, `${name}.png`)}\n`);
  };
  await page.goto(`${url}/#token=${token}`);
  await page.getByTestId('device-cam-0001').waitFor();
  await shot('fleet', true);
  await page.goto(`${url}/#/overview`);
  await page.getByTestId('battery-spread').waitFor();
  await shot('overview');
  await page.goto(`${url}/#/alerts`);
  await page.locator('li.alert').first().waitFor();
  await page.getByLabel('group').selectOption('kind');
  await shot('alerts');
  // The camera with the most alerts.
  const worst = (gateway.db.prepare(`SELECT device_id FROM alerts WHERE kind = 'MISSED_ACTIVATION' GROUP BY device_id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string | undefined) ?? 'cam-0001';
  await page.goto(`${url}/#/device/${worst}`);
  await page.getByTestId('battery-chart').locator('canvas').waitFor();
  await shot('device');
  await page.goto(`${url}/#/compliance`);
  await page.getByTestId('compliance-totals').waitFor();
  await shot('compliance');
  await browser.close();
} finally {
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
}
