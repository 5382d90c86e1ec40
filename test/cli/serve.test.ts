/**
 * `bwc-gateway serve` start-up failures: a port already in use names the flag that moves it and
 * exits 2, and it does not use up the one-time admin token (the next start prints it).
 */
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/gateway.js';
import { GATEWAY_BIN, run } from '../helpers/cli.js';
import { spawnGateway } from '../helpers/gateway-process.js';

describe('bwc-gateway serve start-up', () => {
  const dir = tempDir('bwc-serve-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a port in use: exit 2, the flag to change, and the admin token is still printed on the next start', async () => {
    const dataDir = join(dir, 'data');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const common = ['serve', '--data-dir', dataDir, '--host', '127.0.0.1', '--http-host', '127.0.0.1', '--ws-port', '0', '--log-level', 'warn'];
      const http = await run(GATEWAY_BIN, [...common, '--mqtt-port', '0', '--http-port', String(port)]);
      expect(http.code).toBe(2);
      expect(http.stderr).toContain(`cannot listen for HTTP on 127.0.0.1:${port}: it is already in use`);
      expect(http.stderr).toContain('--http-port');
      expect(http.stdout).not.toContain('admin API token');

      const mqtt = await run(GATEWAY_BIN, [...common, '--mqtt-port', String(port), '--http-port', '0']);
      expect(mqtt.code).toBe(2);
      expect(mqtt.stderr).toContain('--mqtt-port');
    } finally {
      busy.close();
    }
    const gw = await spawnGateway(dataDir);
    try {
      expect(gw.token).toMatch(/^bwc_/);
    } finally {
      await gw.kill('SIGTERM');
    }
  }, 60_000);
});
