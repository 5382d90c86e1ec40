/** Starts real gateways on loopback, port 0, in a temporary data dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_DEFAULTS, type GatewayConfig } from '../../gateway/config/gateway-config.js';
import type { Telemetry } from '../../gateway/model/domain.js';
import { type Gateway, createGateway } from '../../gateway/app.js';
import { silentLogger } from '../../gateway/log.js';

export const FAST_POLICY = join(import.meta.dirname, '..', 'fixtures', 'policies', 'fast.yaml');

export interface TestGateway {
  gateway: Gateway;
  dataDir: string;
  token: string;
  /** Registers a camera and returns its secret. */
  addDevice(id: string): Promise<string>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export function tempDir(prefix = 'bwc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testConfig(dataDir: string, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    ...GATEWAY_DEFAULTS,
    host: '127.0.0.1',
    mqttPort: 0,
    wsPort: 0,
    httpPort: 0,
    dataDir,
    policy: FAST_POLICY,
    logLevel: 'silent',
    sync: 'normal',
    ...overrides,
  };
}

export async function startGateway(overrides: Partial<GatewayConfig> = {}, dataDir = tempDir()): Promise<TestGateway> {
  const gateway = await createGateway(testConfig(dataDir, overrides), { log: silentLogger });
  await gateway.start();
  const token = gateway.adminToken ?? gateway.credentials.createToken('test', 'admin', Date.now());
  return {
    gateway,
    dataDir,
    token,
    addDevice: (id) => gateway.credentials.addDevice(id, Date.now()),
    async close(options = {}) {
      await gateway.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A camera's telemetry, numbered by the caller. */
export function telemetry(deviceId: string, seq: number, body: Telemetry['body'], bootId = 1, timeMs = Date.now()): Telemetry {
  return { deviceId, bootId, seq, timeMs, body };
}
