/** The camera firmware model: transitions (a table), and physics within documented bounds over a simulated day. */
import { describe, expect, it } from 'vitest';
import type { DeviceMode } from '../../gateway/model/domain.js';
import { type CameraEvent, type CameraState, advance, input, newCamera } from '../../simulator/model/camera.js';
import { CAMERA_DEFAULTS } from '../../simulator/scenario/defaults.js';

const T = 1_700_000_000_000;
const HOUR = 3_600_000;

function camera(mode: DeviceMode, recording = false, extra: Partial<CameraState> = {}): CameraState {
  return newCamera('cam-1', T, { mode, recording, bootId: mode === 'OFF' ? 0 : 3, ...extra });
}
const kinds = (bodies: ReturnType<typeof input>) =>
  bodies.map((b) => (b.case === 'recording' ? `${b.value.action}:${b.value.source}` : b.case === 'mode' ? `mode:${b.value.mode}` : b.case));

describe('camera firmware transitions', () => {
  const table: { name: string; from: [DeviceMode, boolean]; event: CameraEvent; to: [DeviceMode, boolean]; sends: string[] }[] = [
    { name: 'power on boots: hello then heartbeat', from: ['OFF', false], event: { kind: 'powerOn' }, to: ['READY', false], sends: ['hello', 'heartbeat'] },
    { name: 'Event starts recording', from: ['READY', false], event: { kind: 'button', want: 'start' }, to: ['READY', true], sends: ['START:BUTTON'] },
    { name: 'Event stops recording', from: ['READY', true], event: { kind: 'button', want: 'stop' }, to: ['READY', false], sends: ['STOP:BUTTON'] },
    { name: 'Event wakes a sleeping camera and records', from: ['SLEEP', false], event: { kind: 'button', want: 'start' }, to: ['READY', true], sends: ['mode:READY', 'START:BUTTON'] },
    { name: 'a docked camera cannot record', from: ['DOCKED', false], event: { kind: 'button', want: 'start' }, to: ['DOCKED', false], sends: [] },
    { name: 'a signal trigger starts recording', from: ['READY', false], event: { kind: 'signal', trigger: 'SIREN' }, to: ['READY', true], sends: ['trigger', 'START:SIGNAL'] },
    { name: 'a manual marker does not', from: ['READY', false], event: { kind: 'signal', trigger: 'MANUAL_MARKER' }, to: ['READY', false], sends: ['trigger'] },
    { name: 'asleep: the trigger is logged, not obeyed', from: ['SLEEP', false], event: { kind: 'signal', trigger: 'HOLSTER_DRAW' }, to: ['SLEEP', false], sends: ['trigger'] },
    { name: 'off: nothing is heard', from: ['OFF', false], event: { kind: 'signal', trigger: 'SIREN' }, to: ['OFF', false], sends: [] },
    { name: 'docked: nothing is heard', from: ['DOCKED', false], event: { kind: 'signal', trigger: 'SIREN' }, to: ['DOCKED', false], sends: [] },
    { name: 'docking stops a recording', from: ['READY', true], event: { kind: 'dock' }, to: ['DOCKED', false], sends: ['STOP:BUTTON', 'mode:DOCKED'] },
    { name: 'sleeping stops a recording', from: ['READY', true], event: { kind: 'sleep' }, to: ['SLEEP', false], sends: ['STOP:BUTTON', 'mode:SLEEP'] },
    { name: 'undocking makes it ready', from: ['DOCKED', false], event: { kind: 'undock' }, to: ['READY', false], sends: ['mode:READY'] },
    { name: 'power off', from: ['READY', true], event: { kind: 'powerOff' }, to: ['OFF', false], sends: ['STOP:BUTTON', 'mode:OFF'] },
    { name: 'a reboot is abrupt: no STOP, a new boot', from: ['READY', true], event: { kind: 'reboot' }, to: ['READY', false], sends: ['hello', 'heartbeat'] },
    { name: 'a new wearer is announced in a hello', from: ['READY', false], event: { kind: 'wearer', officerId: 'B-9' }, to: ['READY', false], sends: ['hello'] },
  ];
  it.each(table)('$name', ({ from, event, to, sends }) => {
    const c = camera(from[0], from[1]);
    const bootBefore = c.bootId;
    const out = input(c, event, T);
    expect([c.mode, c.recording]).toEqual(to);
    expect(kinds(out)).toEqual(sends);
    if (event.kind === 'reboot' || event.kind === 'powerOn') {
      expect(c.bootId).toBe(bootBefore + 1);
      expect(c.seq).toBe(0);
    }
  });

  it('full storage stops a recording', () => {
    const c = camera('READY', true, { storageUsed: CAMERA_DEFAULTS.storageBytes - 10 * 1024 ** 2 });
    const out = input(c, { kind: 'report', what: 'storage' }, T + 60_000);
    expect(c.recording).toBe(false);
    expect(kinds(out)).toContain('STOP:BUTTON');
  });

  it('an empty battery switches the camera off', () => {
    const c = camera('READY', false, { battery: 0.001 });
    const out = input(c, { kind: 'report', what: 'heartbeat' }, T + 60_000);
    expect(c.mode).toBe('OFF');
    expect(kinds(out)).toEqual(['heartbeat', 'battery', 'mode:OFF']);
  });
});

describe('physics over a simulated day', () => {
  it('a full battery lasts about 13 h buffering, recording drains 2.5x faster, a dock charges', () => {
    const buffering = camera('READY', false, { battery: 100 });
    advance(buffering, T + 12 * HOUR);
    expect(buffering.battery).toBeGreaterThan(0);
    expect(buffering.battery).toBeLessThan(15);
    advance(buffering, T + 13.5 * HOUR);
    expect(buffering.battery).toBe(0);
    const recording = camera('READY', true, { battery: 100 });
    advance(recording, T + 4 * HOUR);
    expect(recording.battery).toBeCloseTo(100 - (4 / 13) * 100 * 2.5, 5);
    const docked = camera('DOCKED', false, { battery: 10 });
    advance(docked, T + 3 * HOUR);
    expect(docked.battery).toBe(100);
  });

  it('storage fills at 4 Mbit/s while recording and is freed by upload when docked', () => {
    const c = camera('READY', true, { storageUsed: 0, storagePending: 0 });
    advance(c, T + HOUR);
    expect(c.storageUsed).toBeCloseTo((4_000_000 / 8) * 3600, -3); // 1.8 GB an hour
    expect(c.storagePending).toBeCloseTo(c.storageUsed, -3);
    c.recording = false;
    c.mode = 'DOCKED';
    advance(c, T + HOUR + 10 * 60_000);
    expect(c.storagePending).toBe(0);
  });

  it('the position moves at walking or driving speed while on duty, and not while docked', () => {
    const walker = camera('READY', false, { headingDeg: 0, speedMps: CAMERA_DEFAULTS.walkMps });
    const lat0 = walker.lat;
    advance(walker, T + 60_000);
    expect((walker.lat - lat0) * 111_320).toBeCloseTo(84, 0); // 1.4 m/s for a minute
    const docked = camera('DOCKED');
    advance(docked, T + HOUR);
    expect(docked.lat).toBe(38.9);
  });
});
