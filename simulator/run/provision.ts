/**
 * Credentials for a simulated fleet: either provisioned straight into a gateway's data dir
 * (`--provision DIR`: cameras, plus a `sim` account that drives a --sim-clock gateway and
 * publishes activities, and a `viewer` account that collects alerts), or read from a file of
 * "id secret" lines as `bwc-gateway devices add` prints them.
 */
import { readFileSync } from 'node:fs';
import { Credentials } from '../../gateway/store/credentials.js';
import { openDb } from '../../gateway/store/db.js';
import { GatewayError } from '../../gateway/errors.js';

export interface FleetCredentials {
  devices: Map<string, string>;
  sim: { username: string; password: string } | undefined;
  viewer: { username: string; password: string } | undefined;
}

/** scrypt cost for simulated cameras: 2^10 (a few ms each) so 10,000 can be provisioned quickly. */
export const SIMULATED_SCRYPT_N = 1024;

export async function provision(dataDir: string, deviceIds: readonly string[]): Promise<FleetCredentials> {
  const db = openDb(dataDir, 'normal');
  try {
    const c = new Credentials(db);
    const devices = new Map<string, string>();
    const now = Date.now();
    for (let i = 0; i < deviceIds.length; i += 64) {
      const chunk = deviceIds.slice(i, i + 64);
      const secrets = await Promise.all(chunk.map((id) => c.addDevice(id, now, { scryptN: SIMULATED_SCRYPT_N })));
      chunk.forEach((id, k) => devices.set(id, secrets[k]!));
    }
    const sim = { username: 'bwc-sim', password: await c.addAccount('bwc-sim', 'sim', now) };
    const viewer = { username: 'bwc-sim-viewer', password: await c.addAccount('bwc-sim-viewer', 'viewer', now) };
    return { devices, sim, viewer };
  } finally {
    db.close();
  }
}

/** "id secret" per line; lines for accounts may be "sim NAME SECRET" and "viewer NAME SECRET". */
export function readCredentials(path: string): FleetCredentials {
  const devices = new Map<string, string>();
  let sim: FleetCredentials['sim'];
  let viewer: FleetCredentials['viewer'];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const parts = line.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts[0]!.startsWith('#')) return;
    if (parts[0] === 'sim' && parts.length === 3) sim = { username: parts[1]!, password: parts[2]! };
    else if (parts[0] === 'viewer' && parts.length === 3) viewer = { username: parts[1]!, password: parts[2]! };
    else if (parts.length === 2) devices.set(parts[0]!, parts[1]!);
    else throw new GatewayError('CONFIG_INVALID', `${path}:${i + 1}: expected "DEVICE-ID SECRET" (or "sim|viewer NAME SECRET")`);
  });
  return { devices, sim, viewer };
}
