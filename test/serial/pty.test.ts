/**
 * Serial ingest over real pseudo-terminals (socat): the gateway on one end, a camera on the
 * other. Telemetry and activities produce the expected alerts; Acks and commands flow back.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { type PtyPair, ptyPair } from '../helpers/socat.js';
import { SseReader } from '../helpers/sse.js';

describe('serial ingest over a pty pair', () => {
  const dir = tempDir('bwc-pty-');
  let pair: PtyPair;
  let t: TestGateway;
  let cam: SerialCamera;

  beforeAll(async () => {
    pair = await ptyPair(dir, 'dock');
    t = await startGateway({ serial: [`${pair.b}:115200`] });
    await t.addDevice('cam-s1'); // serial frames are accepted only from registered cameras
    cam = await SerialCamera.open(pair.a, 'cam-s1');
  });
  afterAll(async () => {
    await cam?.close();
    await t?.close();
    await pair?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores telemetry, acknowledges it after storing, raises and revises a missed activation', async () => {
    const headers = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
    const sse = new SseReader(`${t.gateway.addresses.http}/api/events?device=cam-s1`, headers);
    cam.send({ case: 'hello', value: { firmwareVersion: '1.0', model: 'Dock-cam', vendor: 'Acme', officerId: 'B-11', preEventBufferS: 0 } });
    cam.send({ case: 'heartbeat', value: { mode: 'READY', recording: false } });
    await cam.until(() => cam.link.pending === 0 && cam.link.stats.acked === 2, 10_000, 'acks');
    expect(storedKeys(t.gateway.db, 'cam-s1').length).toBe(2);
    expect(t.gateway.db.prepare("SELECT DISTINCT transport FROM inputs").pluck().all()).toEqual(['serial']);

    const start = Date.now();
    await fetch(`${t.gateway.addresses.http}/api/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ activityId: 'CAD-S1', type: 'SEARCH_SEIZURE_ORDER', phase: 'START', timeMs: start, deviceIds: ['cam-s1'] }),
    });
    const missed = await sse.next((e) => e.event === 'alert' && JSON.parse(e.data).status === 'ALERT_STATUS_OPEN');
    expect(JSON.parse(missed.data)).toMatchObject({ alertId: 'ma:CAD-S1:cam-s1', cause: 'NOT_STARTED', officerId: 'B-11' });
    expect(missed.receivedAt - (start + 2500)).toBeLessThan(500);
    cam.send({ case: 'recording', value: { action: 'START', source: 'BUTTON', recordingId: 'r' } });
    const resolved = await sse.next((e) => e.event === 'alert' && JSON.parse(e.data).revision === 2);
    expect(JSON.parse(resolved.data)).toMatchObject({ status: 'ALERT_STATUS_RESOLVED', resolution: 'LATE_ACTIVATION' });
    sse.close();
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text();
    expect(metrics).toMatch(new RegExp(`bwc_serial_acks_total\\{port="${pair.b}"\\} 3`));
    expect(metrics).toMatch(new RegExp(`bwc_serial_frames_total\\{port="${pair.b}"\\} 3`));
  });

  it('sends a command to the camera as a Command frame', async () => {
    const res = await fetch(`${t.gateway.addresses.http}/api/devices/cam-s1/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'STOP_RECORDING', reason: 'supervisor' }),
    });
    expect(res.status).toBe(202);
    await cam.until(() => cam.commands.length > 0, 5000, 'a command');
    expect(cam.commands[0]).toMatchObject({ deviceId: 'cam-s1', action: { case: 'stopRecording', value: { reason: 'supervisor' } } });
  });

  it('refuses frames from a camera that is not registered (or revoked), keeping them aside with its id', async () => {
    t.gateway.credentials.revokeDevice('cam-s1', Date.now());
    const before = storedKeys(t.gateway.db, 'cam-s1').length;
    cam.send({ case: 'heartbeat', value: { mode: 'READY', recording: false } });
    const row = () =>
      t.gateway.db.prepare("SELECT device_id, reason FROM quarantine WHERE reason = 'UNKNOWN_DEVICE' ORDER BY id DESC LIMIT 1").get() as { device_id: string; reason: string } | undefined;
    await cam.until(() => row() !== undefined, 5000, 'a quarantine row');
    expect(row()).toEqual({ device_id: 'cam-s1', reason: 'UNKNOWN_DEVICE' });
    expect(storedKeys(t.gateway.db, 'cam-s1').length).toBe(before);
    expect(cam.link.pending).toBeGreaterThan(0); // not acknowledged: it waits
  });
});
