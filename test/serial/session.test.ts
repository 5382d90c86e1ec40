/**
 * The v1.1 device session over a real pty (socat): a Hello is answered (accepted for a
 * registered camera, rejected for an unknown one), a refused frame gets a Nack that says whether
 * to resend, and a command goes QUEUED -> DELIVERED -> ACKNOWLEDGED -> SUCCEEDED as the camera
 * reports it, visible at GET /api/devices/:id/commands.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { type PtyPair, ptyPair } from '../helpers/socat.js';
import { storedKeys } from '../../gateway/store/seq-index.js';

describe('device session on a serial line', () => {
  const dir = tempDir('bwc-session-');
  let pair: PtyPair;
  let t: TestGateway;
  let cam: SerialCamera;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${t.gateway.addresses.http}${path}`, { ...init, headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' } });

  beforeAll(async () => {
    pair = await ptyPair(dir, 'dock');
    t = await startGateway({ serial: [`${pair.b}:115200`] });
    await t.addDevice('cam-v11');
    cam = await SerialCamera.open(pair.a, 'cam-v11');
  });
  afterAll(async () => {
    await cam?.close();
    await t?.close();
    await pair?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a Hello with ACCEPTED, the gateway time, the offline timeout, settings and limits', async () => {
    const before = Date.now();
    cam.send({ case: 'hello', value: { firmwareVersion: '2.0', model: 'M', vendor: 'V', officerId: 'B-7', preEventBufferS: 45 } });
    await cam.until(() => cam.helloReplies.length === 1, 5000, 'a HelloReply');
    const reply = cam.helloReplies[0]!;
    expect(reply).toMatchObject({
      deviceId: 'cam-v11',
      bootId: 1,
      status: 'ACCEPTED',
      offlineTimeoutS: 30, // the test policy's offlineAfterMs
      settings: { heartbeatIntervalS: 30, preEventBufferS: 45, sleepAfterIdleS: 0 },
      maxBatchItems: 10_000,
      maxMessageBytes: 65_529,
    });
    expect(reply.serverTimeMs).toBeGreaterThanOrEqual(before);
    expect(reply.serverTimeMs).toBeLessThanOrEqual(Date.now());
  });

  it('refuses an invalid frame with a Nack (do not resend) naming it by CRC; the camera drops it', async () => {
    await cam.until(() => cam.link.pending === 0, 5000, 'the hello acknowledged');
    cam.send({ case: 'battery', value: { percent: 140, millivolts: 3900, charging: false, temperatureC: 30 } });
    await cam.until(() => cam.nacks.length === 1, 5000, 'a Nack');
    expect(cam.nacks[0]).toMatchObject({ reason: 'INVALID', resend: false });
    expect(cam.nacks[0]!.detail).toMatch(/percent/);
    expect(cam.nacks[0]!.frameCrc).not.toBe(0);
    expect(cam.link.stats.refused).toBe(1);
    expect(cam.link.pending).toBe(0); // dropped, not resent forever
    const rows = t.gateway.db.prepare("SELECT count(*) FROM quarantine WHERE reason = 'INVALID_FIELD'").pluck().get();
    await new Promise((r) => setTimeout(r, 2500)); // longer than the camera's ack timeout
    expect(t.gateway.db.prepare("SELECT count(*) FROM quarantine WHERE reason = 'INVALID_FIELD'").pluck().get()).toBe(rows);
  });

  it('tracks a command from QUEUED to SUCCEEDED as the camera reports it', async () => {
    const posted = await api('/api/devices/cam-v11/commands', { method: 'POST', body: JSON.stringify({ action: 'LOCATE', durationS: 5, ttlS: 60 }) });
    expect(posted.status).toBe(202);
    const { command } = (await posted.json()) as { command: { commandId: string; state: string; expiresMs: number; issuedMs: number; action: string; issuedBy: string } };
    expect(command).toMatchObject({ action: 'LOCATE', issuedBy: 'admin' });
    expect(command.expiresMs - command.issuedMs).toBe(60_000);
    await cam.until(() => cam.commands.length === 1, 5000, 'the command');
    expect(cam.commands[0]).toMatchObject({ commandId: command.commandId, action: { case: 'locate', value: { durationS: 5 } } });
    const state = async () => ((await (await api(`/api/commands/${command.commandId}`)).json()) as { command: { state: string; reason: string } }).command;
    expect((await state()).state).toBe('DELIVERED');
    cam.link.sendResult({ commandId: command.commandId, deviceId: 'cam-v11', status: 'ACCEPTED', reason: '', timeMs: Date.now() });
    await cam.until(() => t.gateway.commands.store.get(command.commandId)?.state === 'ACKNOWLEDGED', 5000, 'ACKNOWLEDGED');
    cam.link.sendResult({ commandId: command.commandId, deviceId: 'cam-v11', status: 'SUCCEEDED', reason: '', timeMs: Date.now() });
    await cam.until(() => t.gateway.commands.store.get(command.commandId)?.state === 'SUCCEEDED', 5000, 'SUCCEEDED');
    const list = (await (await api('/api/devices/cam-v11/commands')).json()) as { total: number; commands: { commandId: string; state: string; deliveredMs: number; acknowledgedMs: number; doneMs: number }[] };
    expect(list.total).toBe(1);
    expect(list.commands[0]).toMatchObject({ commandId: command.commandId, state: 'SUCCEEDED' });
    expect(list.commands[0]!.deliveredMs).toBeLessThanOrEqual(list.commands[0]!.acknowledgedMs);
    expect(list.commands[0]!.acknowledgedMs).toBeLessThanOrEqual(list.commands[0]!.doneMs);
  });

  it('answers 404 for a camera it does not know, 400 for SET_SETTINGS without settings', async () => {
    const unknown = await api('/api/devices/cam-nobody/commands', { method: 'POST', body: JSON.stringify({ action: 'PING' }) });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await api('/api/devices/cam-nobody/commands')).status).toBe(404);
    const bad = await api('/api/devices/cam-v11/commands', { method: 'POST', body: JSON.stringify({ action: 'SET_SETTINGS' }) });
    expect(bad.status).toBe(400);
  });

  it('SET_SETTINGS changes what the next HelloReply carries', async () => {
    const posted = await api('/api/devices/cam-v11/commands', { method: 'POST', body: JSON.stringify({ action: 'SET_SETTINGS', settings: { heartbeatIntervalS: 10 } }) });
    expect(posted.status).toBe(202);
    await cam.until(() => cam.commands.length === 2, 5000, 'the command');
    expect(cam.commands[1]!.action).toEqual({ case: 'setSettings', value: { settings: { heartbeatIntervalS: 10, preEventBufferS: 0, sleepAfterIdleS: 0 } } });
    cam.send({ case: 'hello', value: { firmwareVersion: '2.0', model: 'M', vendor: 'V', officerId: 'B-7', preEventBufferS: 45 } }, 2);
    await cam.until(() => cam.helloReplies.length === 2, 5000, 'a second HelloReply');
    expect(cam.helloReplies[1]!.settings).toEqual({ heartbeatIntervalS: 10, preEventBufferS: 45, sleepAfterIdleS: 0 });
  });

  it('rejects a Hello from an unregistered camera (Nack UNKNOWN_DEVICE + HelloReply REJECTED) and holds its resends', async () => {
    const nacks = cam.nacks.length;
    cam.send({ case: 'hello', value: { firmwareVersion: '2.0', model: 'M', vendor: 'V', officerId: '', preEventBufferS: 0 } }, 1, 'cam-stranger');
    await cam.until(() => cam.helloReplies.some((h) => h.deviceId === 'cam-stranger'), 5000, 'a rejection');
    expect(cam.helloReplies.find((h) => h.deviceId === 'cam-stranger')).toMatchObject({ status: 'REJECTED' });
    expect(cam.nacks[nacks]).toMatchObject({ deviceId: 'cam-stranger', reason: 'UNKNOWN_DEVICE', resend: false });
    const rows = () => t.gateway.db.prepare("SELECT count(*) FROM quarantine WHERE reason = 'UNKNOWN_DEVICE'").pluck().get() as number;
    const n = rows();
    await new Promise((r) => setTimeout(r, 2500));
    expect(rows()).toBe(n); // held: not resent every ack timeout
    expect(storedKeys(t.gateway.db, 'cam-stranger')).toEqual([]);
  });
});
