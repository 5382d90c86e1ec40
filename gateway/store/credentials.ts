/**
 * Credentials. Secrets are random (32 bytes, base64url) and shown once; only a scrypt hash is
 * stored. Because the secrets are high-entropy, a moderate scrypt cost (N = 2^14) is plenty,
 * and it runs on libuv's thread pool. Successful checks are cached in memory (by a sha256 of the
 * secret) so a fleet reconnecting after an outage does not queue thousands of scrypt runs.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../errors.js';
import type { Db } from './db.js';

export const CREDENTIAL_DEFAULTS = {
  /** scrypt cost N = 16384, r = 8, p = 1 (~30 ms per check on this machine's class of CPU). */
  scryptN: 16384,
  /** Up to 100,000 verified secrets cached (one per device in a large fleet). */
  cacheSize: 100_000,
};

/**
 * cad: publishes activities; viewer: reads alerts and states; sim: drives the clock of a
 * --sim-clock gateway; dock: authenticates a serial port (--serial-auth dock), nothing on MQTT.
 */
export type AccountRole = 'cad' | 'viewer' | 'sim' | 'dock';
export type TokenRole = 'admin' | 'viewer';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function hashSecret(secret: string, salt: Buffer, N: number = CREDENTIAL_DEFAULTS.scryptN): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

interface DeviceRow {
  salt: Buffer;
  hash: Buffer;
  n: number;
  prev_salt: Buffer | null;
  prev_hash: Buffer | null;
  prev_scrypt_n: number | null;
  prev_until_ms: number | null;
}

export interface DeviceCredential {
  deviceId: string;
  createdMs: number;
  revokedMs: number | null;
  /** A rotation's grace period: the previous secret is accepted until then (may be past). */
  previousSecretUntilMs: number | null;
}

/**
 * Names of devices, accounts and tokens: 1-64 of [A-Za-z0-9_.-]. They become MQTT usernames,
 * client ids and topic levels, so no empty names, no wildcards (+ #), no '/', no spaces.
 */
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export function checkName(name: string, what: string): void {
  if (!NAME.test(name)) {
    throw new GatewayError('INVALID_FIELD', `${what} ${JSON.stringify(name)}: use 1-64 of A-Z a-z 0-9 _ . - (no spaces, '/', '+' or '#')`);
  }
}

export interface ApiToken {
  /** The first 12 hex digits of the token's sha256: names it without revealing it. */
  id: string;
  name: string;
  role: TokenRole;
  createdMs: number;
  revokedMs: number | null;
}

/** What revoked credentials exist now (the gateway ends their live sessions). */
export interface Revoked {
  devices: string[];
  accounts: string[];
  tokens: string[];
}

export interface Principal {
  kind: 'device' | 'account';
  name: string;
  role: 'device' | AccountRole;
}

export class Credentials {
  private readonly cache = new Map<string, string>();

  constructor(private readonly db: Db) {}

  /**
   * Registers (or re-keys) a device; returns its new secret, to be shown once. `scryptN` lowers
   * the hashing cost for simulated fleets of thousands (their secrets are random too).
   */
  async addDevice(deviceId: string, nowMs: number, options: { scryptN?: number; graceMs?: number | undefined } = {}): Promise<string> {
    checkName(deviceId, 'device id');
    const secret = newSecret();
    const salt = randomBytes(16);
    const N = options.scryptN ?? CREDENTIAL_DEFAULTS.scryptN;
    const hash = await hashSecret(secret, salt, N);
    // A rotation with a grace period keeps the previous secret valid until then (a revoked
    // camera's old secret never is); without one, the old secret stops working now.
    const until = options.graceMs !== undefined && options.graceMs > 0 ? nowMs + options.graceMs : null;
    this.db
      .prepare(
        `INSERT INTO devices(device_id, salt, hash, scrypt_n, created_ms, revoked_ms) VALUES (?, ?, ?, ?, ?, NULL)
         ON CONFLICT(device_id) DO UPDATE SET
           prev_salt = CASE WHEN ? IS NULL OR devices.revoked_ms IS NOT NULL THEN NULL ELSE devices.salt END,
           prev_hash = CASE WHEN ? IS NULL OR devices.revoked_ms IS NOT NULL THEN NULL ELSE devices.hash END,
           prev_scrypt_n = CASE WHEN ? IS NULL OR devices.revoked_ms IS NOT NULL THEN NULL ELSE devices.scrypt_n END,
           prev_until_ms = CASE WHEN devices.revoked_ms IS NOT NULL THEN NULL ELSE ? END,
           salt = excluded.salt, hash = excluded.hash, scrypt_n = excluded.scrypt_n, created_ms = excluded.created_ms, revoked_ms = NULL`,
      )
      .run(deviceId, salt, hash, N, nowMs, until, until, until, until);
    return secret;
  }

  listDevices(): DeviceCredential[] {
    return (
      this.db.prepare('SELECT device_id, created_ms, revoked_ms, prev_until_ms FROM devices ORDER BY device_id').all() as {
        device_id: string;
        created_ms: number;
        revoked_ms: number | null;
        prev_until_ms: number | null;
      }[]
    ).map((r) => ({ deviceId: r.device_id, createdMs: r.created_ms, revokedMs: r.revoked_ms, previousSecretUntilMs: r.prev_until_ms }));
  }

  revokeDevice(deviceId: string, nowMs: number): boolean {
    return this.db.prepare('UPDATE devices SET revoked_ms = ? WHERE device_id = ? AND revoked_ms IS NULL').run(nowMs, deviceId).changes > 0;
  }

  async addAccount(name: string, role: AccountRole, nowMs: number): Promise<string> {
    checkName(name, 'account name');
    if (this.isDevice(name)) throw new GatewayError('INVALID_FIELD', `account name ${name}: a device has that id`);
    const secret = newSecret();
    const salt = randomBytes(16);
    const hash = await hashSecret(secret, salt);
    this.db
      .prepare(
        `INSERT INTO accounts(name, role, salt, hash, created_ms, revoked_ms) VALUES (?, ?, ?, ?, ?, NULL)
         ON CONFLICT(name) DO UPDATE SET role = excluded.role, salt = excluded.salt, hash = excluded.hash, created_ms = excluded.created_ms, revoked_ms = NULL`,
      )
      .run(name, role, salt, hash, nowMs);
    return secret;
  }

  listAccounts(): { name: string; role: AccountRole; createdMs: number; revokedMs: number | null }[] {
    return (this.db.prepare('SELECT name, role, created_ms, revoked_ms FROM accounts ORDER BY name').all() as {
      name: string;
      role: AccountRole;
      created_ms: number;
      revoked_ms: number | null;
    }[]).map((r) => ({ name: r.name, role: r.role, createdMs: r.created_ms, revokedMs: r.revoked_ms }));
  }

  revokeAccount(name: string, nowMs: number): boolean {
    return this.db.prepare('UPDATE accounts SET revoked_ms = ? WHERE name = ? AND revoked_ms IS NULL').run(nowMs, name).changes > 0;
  }

  /** Checks an MQTT username and password: a device, or a service account. */
  async verify(username: string, secret: string): Promise<Principal | undefined> {
    const device = this.db
      .prepare('SELECT salt, hash, scrypt_n AS n, prev_salt, prev_hash, prev_scrypt_n, prev_until_ms FROM devices WHERE device_id = ? AND revoked_ms IS NULL')
      .get(username) as DeviceRow | undefined;
    if (device !== undefined) {
      if (await this.check(`device:${username}`, secret, device)) return { kind: 'device', name: username, role: 'device' };
      // During a rotation's grace period the previous secret still works.
      const previous = device.prev_until_ms !== null && device.prev_until_ms > Date.now() && device.prev_salt !== null && device.prev_hash !== null;
      if (previous && (await this.check(`device:${username}`, secret, { salt: device.prev_salt!, hash: device.prev_hash!, n: device.prev_scrypt_n ?? CREDENTIAL_DEFAULTS.scryptN }))) {
        return { kind: 'device', name: username, role: 'device' };
      }
      return undefined;
    }
    const account = this.db.prepare('SELECT role, salt, hash FROM accounts WHERE name = ? AND revoked_ms IS NULL').get(username) as
      | { role: AccountRole; salt: Buffer; hash: Buffer }
      | undefined;
    if (account !== undefined && (await this.check(`account:${username}`, secret, account))) {
      return { kind: 'account', name: username, role: account.role };
    }
    return undefined;
  }

  /** A serial dock's id and secret (DockAuth): an active account with role dock. */
  async verifyDock(dockId: string, secret: string): Promise<boolean> {
    const principal = await this.verify(dockId, secret).catch(() => undefined);
    return principal?.kind === 'account' && principal.role === 'dock';
  }

  /** Is this a registered device that is not revoked? (Serial frames are accepted only from those.) */
  isActiveDevice(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM devices WHERE device_id = ? AND revoked_ms IS NULL').get(id) !== undefined;
  }

  /** Is this a registered device id (revoked or not)? Only that device may use it as a client id. */
  isDevice(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM devices WHERE device_id = ?').get(id) !== undefined;
  }

  /** Creates an HTTP API token (bearer); returns it, to be shown once. */
  createToken(name: string, role: TokenRole, nowMs: number): string {
    checkName(name, 'token name');
    const token = `bwc_${newSecret()}`;
    this.db.prepare('INSERT INTO api_tokens(hash, name, role, created_ms) VALUES (?, ?, ?, ?)').run(sha256(token), name, role, nowMs);
    return token;
  }

  hasTokens(): boolean {
    return (this.db.prepare('SELECT count(*) FROM api_tokens WHERE revoked_ms IS NULL').pluck().get() as number) > 0;
  }

  /** Tokens are 256-bit random: a plain sha256 lookup is safe and fast. */
  verifyToken(token: string): { id: string; name: string; role: TokenRole } | undefined {
    const hash = sha256(token);
    const row = this.db.prepare('SELECT name, role FROM api_tokens WHERE hash = ? AND revoked_ms IS NULL').get(hash) as
      | { name: string; role: TokenRole }
      | undefined;
    return row === undefined ? undefined : { id: hash.slice(0, 12), ...row };
  }

  listTokens(): ApiToken[] {
    return (
      this.db.prepare('SELECT hash, name, role, created_ms, revoked_ms FROM api_tokens ORDER BY created_ms, name').all() as {
        hash: string;
        name: string;
        role: TokenRole;
        created_ms: number;
        revoked_ms: number | null;
      }[]
    ).map((r) => ({ id: r.hash.slice(0, 12), name: r.name, role: r.role, createdMs: r.created_ms, revokedMs: r.revoked_ms }));
  }

  /** Revokes the active tokens whose id is `idOrName`, or that carry that name; returns their ids. */
  revokeTokens(idOrName: string, nowMs: number): string[] {
    const rows = this.db
      .prepare(`SELECT hash FROM api_tokens WHERE revoked_ms IS NULL AND (substr(hash, 1, 12) = ? OR name = ?)`)
      .pluck()
      .all(idOrName.toLowerCase(), idOrName) as string[];
    const revoke = this.db.prepare('UPDATE api_tokens SET revoked_ms = ? WHERE hash = ?');
    for (const hash of rows) revoke.run(nowMs, hash);
    return rows.map((h) => h.slice(0, 12));
  }

  revoked(): Revoked {
    const list = (sql: string): string[] => this.db.prepare(sql).pluck().all() as string[];
    return {
      devices: list('SELECT device_id FROM devices WHERE revoked_ms IS NOT NULL'),
      accounts: list('SELECT name FROM accounts WHERE revoked_ms IS NOT NULL'),
      tokens: list('SELECT substr(hash, 1, 12) FROM api_tokens WHERE revoked_ms IS NOT NULL'),
    };
  }

  private async check(name: string, secret: string, stored: { salt: Buffer; hash: Buffer; n?: number }): Promise<boolean> {
    // Keyed by the stored hash too: a re-keyed credential (possibly by another process) misses.
    const key = `${name}:${stored.hash.toString('hex')}`;
    const fingerprint = sha256(secret);
    if (this.cache.get(key) === fingerprint) return true;
    let actual: Buffer;
    try {
      actual = await hashSecret(secret, stored.salt, stored.n);
    } catch (error) {
      throw new GatewayError('NOT_AUTHORIZED', `cannot check the secret: ${(error as Error).message}`, { cause: error });
    }
    const ok = actual.length === stored.hash.length && timingSafeEqual(actual, stored.hash);
    if (ok) {
      if (this.cache.size >= CREDENTIAL_DEFAULTS.cacheSize) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, fingerprint);
    }
    return ok;
  }
}
