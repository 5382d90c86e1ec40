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
    // Adding it again is refused unless --rotate says a new secret is meant.
    const twice = await run(GATEWAY_BIN, ['devices', 'add', 'cam-77', '--data-dir', dataDir]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/already registered: add --rotate/);
    const check = openDb(dataDir, 'normal');
    expect(await new Credentials(check).verify('cam-77', secret!)).toMatchObject({ name: 'cam-77' });
    check.close();
    const rotated = await run(GATEWAY_BIN, ['devices', 'add', 'cam-77', '--rotate', '--data-dir', dataDir]);
    expect(rotated.code, rotated.stderr).toBe(0);
    const newSecret = rotated.stdout.trim().split(' ')[1]!;
    const after = openDb(dataDir, 'normal');
    expect(await new Credentials(after).verify('cam-77', secret!)).toBeUndefined();
    expect(await new Credentials(after).verify('cam-77', newSecret)).toMatchObject({ name: 'cam-77' });
    after.close();
    expect((await run(GATEWAY_BIN, ['devices', 'revoke', 'cam-77', '--data-dir', dataDir])).code).toBe(0);
    const again = openDb(dataDir, 'normal');
    expect(await new Credentials(again).verify('cam-77', newSecret)).toBeUndefined();
    again.close();
  });

  it('refuses a bad device id and an unknown role with exit code 2', async () => {
    const bad = await run(GATEWAY_BIN, ['devices', 'add', 'cam/1', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected 1-64 of/);
    const role = await run(GATEWAY_BIN, ['accounts', 'add', 'x', '--role', 'god', '--data-dir', dataDir]);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/expected cad, viewer, sim or dock/);
  });

  it('creates API tokens', async () => {
    const token = await run(GATEWAY_BIN, ['token', 'wallboard', '--role', 'viewer', '--data-dir', dataDir]);
    expect(token.stdout.trim()).toMatch(/^bwc_/);
    const db = openDb(dataDir, 'normal');
    const who = new Credentials(db).verifyToken(token.stdout.trim());
    expect(who).toMatchObject({ name: 'wallboard', role: 'viewer', id: expect.stringMatching(/^[0-9a-f]{12}$/) });
    db.close();
    // Listed by id, never shown again; revoked by id.
    const list = await run(GATEWAY_BIN, ['tokens', 'list', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(list.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ id: who!.id, name: 'wallboard', revokedMs: null })]));
    expect(list.stdout).not.toContain(token.stdout.trim());
    const revoked = await run(GATEWAY_BIN, ['tokens', 'revoke', who!.id, '--data-dir', dataDir]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const after = openDb(dataDir, 'normal');
    expect(new Credentials(after).verifyToken(token.stdout.trim())).toBeUndefined();
    after.close();
    expect((await run(GATEWAY_BIN, ['tokens', 'revoke', who!.id, '--data-dir', dataDir])).code).toBe(2);
  });
});
