/**
 * Provisioning at fleet scale: `devices import` from a CSV (secrets out once, 0600, bad rows
 * named by line), and secret rotation without downtime: during `--grace` both the old and the
 * new secret connect to the embedded broker; after it, only the new one.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { startGateway, tempDir } from '../helpers/gateway.js';

const dir = tempDir('bwc-provision-');
const f = (name: string): string => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('devices import', () => {
  it('registers every camera of a CSV and writes each secret once, to a new 0600 file', async () => {
    writeFileSync(f('fleet.csv'), 'device_id,model,unit\ncam-a1,X2,North\ncam-a2,X2,North\ncam-a3,X3,South\n');
    const r = await run(GATEWAY_BIN, ['devices', 'import', f('fleet.csv'), '--out', f('secrets.csv'), '--data-dir', f('data')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/3 registered, 0 given a new secret, 0 already registered/);
    const rows = parse(readFileSync(f('secrets.csv')), { columns: true }) as { device_id: string; secret: string }[];
    expect(rows.map((x) => x.device_id).sort()).toEqual(['cam-a1', 'cam-a2', 'cam-a3']);
    expect(statSync(f('secrets.csv')).mode & 0o777).toBe(0o600);
    const again = await run(GATEWAY_BIN, ['devices', 'import', f('fleet.csv'), '--out', f('secrets.csv'), '--data-dir', f('data')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists: secrets are never written over a file/);
    const skipped = await run(GATEWAY_BIN, ['devices', 'import', f('fleet.csv'), '--data-dir', f('data')]);
    expect(skipped.stderr).toMatch(/0 registered, 0 given a new secret, 3 already registered and skipped/);
    expect(skipped.stdout).toBe('device_id,secret\n');
  });

  it('refuses a bad row before registering anything, naming its line', async () => {
    writeFileSync(f('bad.csv'), 'device_id\ncam-b1\ncam-b2\nnot valid!\n');
    const r = await run(GATEWAY_BIN, ['devices', 'import', f('bad.csv'), '--data-dir', f('data2')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:4: device_id "not valid!"/);
    const list = await run(GATEWAY_BIN, ['devices', 'list', '--json', '--data-dir', f('data2')]);
    expect(JSON.parse(list.stdout)).toEqual([]);
    writeFileSync(f('dup.csv'), 'device_id\ncam-b1\ncam-b1\n');
    expect((await run(GATEWAY_BIN, ['devices', 'import', f('dup.csv'), '--data-dir', f('data2')])).stderr).toMatch(/dup\.csv:3: cam-b1 is listed twice \(first on line 2\)/);
  });
});

describe('secret rotation with a grace period', () => {
  it('accepts the old and the new secret during the grace period, only the new one after it', async () => {
    const t = await startGateway();
    try {
      const old = await t.addDevice('cam-r1');
      const fresh = await t.gateway.credentials.addDevice('cam-r1', Date.now(), { graceMs: 1500 });
      const connects = async (password: string): Promise<boolean> => {
        const c = await mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: 'cam-r1', username: 'cam-r1', password, reconnectPeriod: 0 }).catch(() => undefined);
        await c?.endAsync();
        return c !== undefined;
      };
      expect(await connects(fresh)).toBe(true);
      expect(await connects(old)).toBe(true);
      expect(t.gateway.credentials.listDevices().find((d) => d.deviceId === 'cam-r1')?.previousSecretUntilMs).toBeGreaterThan(Date.now());
      await new Promise((r) => setTimeout(r, 1700));
      expect(await connects(old)).toBe(false);
      expect(await connects(fresh)).toBe(true);
      // Without a grace period the old secret stops at once.
      const third = await t.gateway.credentials.addDevice('cam-r1', Date.now());
      expect(await connects(fresh)).toBe(false);
      expect(await connects(third)).toBe(true);
    } finally {
      await t.close();
    }
  });
});
