/**
 * --serial-auth dock over a real pty: a port takes nothing until a dock account authenticates it
 * (DockAuth); a wrong secret is refused and audit-counted; the reference link authenticates
 * again after the port is reopened (socat restarted: the dock unplugged and back).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedKeys } from '../../gateway/store/seq-index.js';
import type { DockAuthReply } from '../../gateway/model/domain.js';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { type PtyPair, ptyPair } from '../helpers/socat.js';

const BEAT = { case: 'heartbeat', value: { mode: 'READY', recording: false } } as const;

describe('serial ports authenticated by a dock account', () => {
  const dir = tempDir('bwc-dock-');
  let pair: PtyPair;
  let t: TestGateway;
  let dockSecret: string;

  beforeAll(async () => {
    pair = await ptyPair(dir, 'dock');
    t = await startGateway({ serial: [`${pair.b}:115200`], serialAuth: 'dock' });
    await t.addDevice('cam-d1');
    dockSecret = await t.gateway.credentials.addAccount('dock-07', 'dock', Date.now());
  });
  afterAll(async () => {
    await t?.close();
    await pair?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const link = () => t.gateway.serial.links.get(pair.b)!;

  it('takes nothing from a port that has not authenticated: Nack NOT_AUTHENTICATED, resend later', async () => {
    const cam = await SerialCamera.open(pair.a, 'cam-d1', { ackTimeoutMs: 300 });
    try {
      cam.send(BEAT);
      await cam.until(() => cam.nacks.length > 0, 5000, 'a Nack');
      expect(cam.nacks[0]).toMatchObject({ reason: 'NOT_AUTHENTICATED', resend: true });
      expect(storedKeys(t.gateway.db, 'cam-d1')).toEqual([]);
      expect(cam.link.pending).toBe(1); // kept: it will go once the port is authenticated
    } finally {
      await cam.close();
    }
  });

  it('refuses a wrong secret (counted in bwc_auth_denied_total{action="serial"})', async () => {
    const replies: DockAuthReply[] = [];
    const cam = await SerialCamera.open(pair.a, 'cam-d1', { dock: { id: 'dock-07', secret: 'wrong' } });
    cam.link.onDockAuthReply = (r) => replies.push(r);
    try {
      await cam.until(() => replies.length > 0, 5000, 'a DockAuthReply');
      expect(replies[0]).toMatchObject({ dockId: 'dock-07', accepted: false });
      expect(link().dock).toBeNull();
      const denied = (await t.gateway.metrics.authDenied.get()).values.find((v) => v.labels.action === 'serial');
      expect(denied?.value).toBeGreaterThan(0);
    } finally {
      await cam.close();
    }
  });

  it('takes telemetry once a dock account authenticates the port, and forgets it when the port is reopened', async () => {
    const replies: DockAuthReply[] = [];
    let cam = await SerialCamera.open(pair.a, 'cam-d1', { dock: { id: 'dock-07', secret: dockSecret }, ackTimeoutMs: 300 });
    cam.link.onDockAuthReply = (r) => replies.push(r);
    cam.send({ case: 'hello', value: { firmwareVersion: '1', model: 'm', vendor: 'v', officerId: '', preEventBufferS: 0 } });
    cam.send(BEAT);
    await cam.until(() => cam.link.pending === 0, 8000, 'both acknowledged');
    expect(replies[0]).toMatchObject({ dockId: 'dock-07', accepted: true });
    expect(link().dock).toBe('dock-07');
    expect(storedKeys(t.gateway.db, 'cam-d1').map((k) => k.seq)).toEqual([1, 2]);
    await cam.close();

    // Unplugged and back: the gateway forgets the dock; the link authenticates again when asked.
    await pair.stop();
    await pair.start();
    const deadline = Date.now() + 10_000;
    while (link().dock !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(link().dock).toBeNull();
    cam = await SerialCamera.open(pair.a, 'cam-d1', { dock: { id: 'dock-07', secret: dockSecret }, ackTimeoutMs: 300 });
    try {
      cam.send({ case: 'hello', value: { firmwareVersion: '1', model: 'm', vendor: 'v', officerId: '', preEventBufferS: 0 } }, 2); // it rebooted
      await cam.until(() => cam.link.pending === 0, 8000, 'acknowledged after the reopen');
      expect(link().dock).toBe('dock-07');
      expect(storedKeys(t.gateway.db, 'cam-d1').filter((k) => k.bootId === 2).map((k) => k.seq)).toEqual([1]);
    } finally {
      await cam.close();
    }
  });
});
