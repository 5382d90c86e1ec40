import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Credentials } from '../../gateway/store/credentials.js';
import { openDb } from '../../gateway/store/db.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { tempDir } from '../helpers/gateway.js';

describe('bwc-gateway devices / accounts / token', () => {
  const dataDir = tempDir('bwc-admin-');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a device with a secret shown once, lists it, verifies it, and revokes it', async () => {
    const added = await run(GATEWAY_BIN, ['devices', 'add', 'cam-77', '--data-dir', dataDir]);
    expect(added.code, added.stderr).toBe(0);
    const [id, secret] = added.stdout.trim().split(' ');
    expect(id).toBe('cam-77');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const db = openDb(dataDir, 'normal');
    const creds = new Credentials(db);
    expect(await creds.verify('cam-77', secret!)).toEqual({ kind: 'device', name: 'cam-77', role: 'device' });
    expect(await creds.verify('cam-77', 'nope')).toBeUndefined();
    // Only a hash is stored.
    expect(JSON.stringify(db.prepare('SELECT * FROM devices').all())).not.toContain(secret!);
    db.close();
    const list = await run(GATEWAY_BIN, ['devices', 'list', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(list.stdout)).toMatchObject([{ deviceId: 'cam-77', revokedMs: null }]);
    expect((await run(GATEWAY_BIN, ['devices', 'revoke', 'cam-77', '--data-dir', dataDir])).code).toBe(0);
    const again = openDb(dataDir, 'normal');
    expect(await new Credentials(again).verify('cam-77', secret!)).toBeUndefined();
    again.close();
  });

  it('refuses a bad device id and an unknown role with exit code 2', async () => {
    const bad = await run(GATEWAY_BIN, ['devices', 'add', 'cam/1', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected 1-64 of/);
    const role = await run(GATEWAY_BIN, ['accounts', 'add', 'x', '--role', 'god', '--data-dir', dataDir]);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/expected cad, viewer or sim/);
  });

  it('creates API tokens', async () => {
    const token = await run(GATEWAY_BIN, ['token', 'wallboard', '--role', 'viewer', '--data-dir', dataDir]);
    expect(token.stdout.trim()).toMatch(/^bwc_/);
    const db = openDb(dataDir, 'normal');
    expect(new Credentials(db).verifyToken(token.stdout.trim())).toMatchObject({ name: 'wallboard', role: 'viewer', id: expect.stringMatching(/^[0-9a-f]{12}$/) });
    db.close();
  });
});
