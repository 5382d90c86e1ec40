/**
 * Truth that depends on what the gateway received and when, not on what the cameras did:
 * DEVICE_OFFLINE (nothing heard for offlineAfterMs while the camera is neither off nor docked),
 * and LOW_BATTERY / STORAGE_LOW, which are judged on recent data only (a backlog uploaded after an
 * outage is judged by its newest state, not replayed as alerts of the past).
 * It reads the delivered stream (the capture: receivedMs is when a message reached the gateway)
 * step by step, the way the runner drives a gateway: at each step the clock moves first, then
 * that step's messages arrive.
 *
 * Also BATTERY_EXHAUSTION_PREDICTED, over the battery reports judged. Not judged here, and
 * reported as "not checked" by the verdict: TELEMETRY_GAP (which seqs a gateway waits for
 * depends on its reorder buffer, not on what the cameras did).
 */
import type { Policy } from '../../gateway/detect/policy.js';
import type { CaptureRecord } from '../../gateway/model/capture-record.js';
import type { DeviceMode } from '../../gateway/model/domain.js';
import type { Expected } from './rules.js';

interface Heard {
  lastReceivedMs: number;
  battery: { percent: number; charging: boolean } | undefined;
  storage: { total: number; used: number } | undefined;
  /** A battery or storage report too old to judge came in: judge on the next recent message. */
  dirty: boolean;
  low: string;
  sto: string;
  exh: string;
  /** Battery samples (gateway time, percent) over the exhaustion window. */
  samples: [number, number][];
  /** The latest message in (boot, seq) order, and the mode it leaves the camera in. */
  boot: number;
  seq: number;
  mode: DeviceMode | undefined;
  offline: boolean;
}

/**
 * `trueMs(deviceId, boot, seq)`: when the camera truly sent a message (the world knows; the
 * gateway only estimates it from the camera's clock).
 */
export function deliveryTruth(
  delivered: readonly CaptureRecord[],
  trueMs: (deviceId: string, boot: number, seq: number) => number,
  policy: Policy,
  until: number,
  out: Map<string, Expected>,
): void {
  const s = policy.settings;
  const after = s.offlineAfterMs;
  const devices = new Map<string, Heard>();
  const check = (now: number): void => {
    for (const [id, d] of devices) {
      if (d.offline || d.lastReceivedMs + after > now || d.mode === 'OFF' || d.mode === 'DOCKED') continue;
      d.offline = true;
      out.set(`off:${id}:${d.boot}.${d.seq}`, { kind: 'DEVICE_OFFLINE', status: '*' });
    }
  };
  for (const r of delivered) {
    if (r.type === 'tick') check(r.receivedMs);
    if (r.type !== 'telemetry') continue;
    const t = r.telemetry;
    const d: Heard = devices.get(t.deviceId) ?? { lastReceivedMs: r.receivedMs, boot: t.bootId, seq: t.seq, mode: undefined, offline: false, battery: undefined, storage: undefined, dirty: false, low: '', sto: '', exh: '', samples: [] };
    devices.set(t.deviceId, d);
    d.lastReceivedMs = Math.max(d.lastReceivedMs, r.receivedMs);
    d.offline = false;
    if (t.bootId > d.boot || (t.bootId === d.boot && t.seq >= d.seq)) {
      [d.boot, d.seq] = [t.bootId, t.seq];
      const b = t.body;
      const key = `${t.bootId}.${t.seq}`;
      const recent = trueMs(t.deviceId, t.bootId, t.seq) >= r.receivedMs - after;
      if (b.case === 'heartbeat' || b.case === 'mode') d.mode = b.value.mode;
      else if (b.case === 'battery') d.battery = { percent: b.value.percent, charging: b.value.charging };
      else if (b.case === 'storage') d.storage = { total: Number(b.value.totalBytes), used: Number(b.value.usedBytes) };
      const judge = recent && (d.dirty || b.case === 'battery' || b.case === 'storage');
      if (!recent && (b.case === 'battery' || b.case === 'storage')) d.dirty = true;
      if (judge) {
        if (d.dirty || b.case === 'battery') judgeBattery(t.deviceId, d, key, r.receivedMs);
        if (d.dirty || b.case === 'storage') judgeStorage(t.deviceId, d, key);
        d.dirty = false;
      }
    }
  }
  check(until);

  function judgeBattery(id: string, d: Heard, key: string, now: number): void {
    if (d.battery === undefined) return;
    if (d.low === '') {
      if (!d.battery.charging && d.battery.percent < s.lowBatteryPercent) out.set((d.low = `bat:${id}:${key}`), { kind: 'LOW_BATTERY', status: '*' });
    } else if (d.battery.charging || d.battery.percent >= s.lowBatteryClearPercent) d.low = '';
    // BATTERY_EXHAUSTION_PREDICTED: the drain over the window (README, "Device health").
    if (d.battery.charging) {
      d.samples = [];
      d.exh = '';
      return;
    }
    const pct = d.battery.percent;
    d.samples.push([now, pct]);
    while (d.samples.length > 1 && now - d.samples[0]![0] > s.exhaustionWindowMs) d.samples.shift();
    const span = now - d.samples[0]![0];
    const drop = d.samples[0]![1] - pct;
    const steep = span >= s.exhaustionMinSpanMs && d.samples.length >= s.exhaustionMinSamples && drop >= s.exhaustionMinDropPercent;
    const msToEmpty = (span >= s.exhaustionWindowMs / 2 || steep) && drop > 0 ? (pct * span) / drop : Number.POSITIVE_INFINITY;
    if (d.exh === '') {
      if (msToEmpty <= s.exhaustionHorizonMs) out.set((d.exh = `exh:${id}:${key}`), { kind: 'BATTERY_EXHAUSTION_PREDICTED', status: '*' });
    } else if (msToEmpty > s.exhaustionHorizonMs * 1.25) d.exh = '';
  }
  function judgeStorage(id: string, d: Heard, key: string): void {
    if (d.storage === undefined || d.storage.total <= 0) return;
    const free = d.storage.total - d.storage.used;
    if (d.sto === '') {
      if (free < s.storageLowBytes) out.set((d.sto = `sto:${id}:${key}`), { kind: 'STORAGE_LOW', status: '*' });
    } else if (free >= s.storageLowClearBytes) d.sto = '';
  }
}
