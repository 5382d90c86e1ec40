/**
 * Benchmark W2: the detector core alone, on pre-decoded events, at 1k, 10k and 100k devices
 * (and 1M with --million). Prints events/s, ns/event and bytes of detector state per device.
 *
 *   npm run bench:detector [-- --devices 1000,10000 --events-per-device 40 --json]
 *
 * The event mix follows a camera's cadence: heartbeats, battery and storage reports, GPS, and
 * recordings started and stopped around CAD activities and signal triggers. One core, one
 * thread; run with --expose-gc so that state size is measured after a full collection.
 */
import { parseArgs } from 'node:util';
import type { DetectorInput } from '../../gateway/detect/inputs.js';
import type { TelemetryBody } from '../../gateway/model/domain.js';
import { Detector } from '../../gateway/detect/detector.js';
import { loadPolicy } from '../../gateway/detect/policy.js';

export interface DetectorBenchResult {
  devices: number;
  events: number;
  eventsPerSecond: number;
  nsPerEvent: number;
  bytesPerDevice: number;
  alerts: number;
}

const BODIES: Record<string, TelemetryBody> = {
  hello: { case: 'hello', value: { firmwareVersion: '2.4.1', model: 'BWC-4', vendor: 'Acme', officerId: 'B-1', preEventBufferS: 30 } },
  ready: { case: 'heartbeat', value: { mode: 'READY', recording: false } },
  recordingHb: { case: 'heartbeat', value: { mode: 'READY', recording: true } },
  start: { case: 'recording', value: { action: 'START', source: 'BUTTON', recordingId: 'r' } },
  stop: { case: 'recording', value: { action: 'STOP', source: 'BUTTON', recordingId: 'r' } },
  battery: { case: 'battery', value: { percent: 80, millivolts: 3900, charging: false, temperatureC: 31 } },
  storage: { case: 'storage', value: { totalBytes: 64 * 1024 ** 3, usedBytes: 8 * 1024 ** 3, pendingUploadBytes: 0 } },
  gps: { case: 'gps', value: { lat: 38.9, lon: -77.03, accuracyM: 4, speedMps: 1.2, headingDeg: 90, fix: '3D' } },
  siren: { case: 'trigger', value: { kind: 'SIREN', sourceId: 'veh-1' } },
};

/** Rounds in which every device sends one message, 1 s of gateway time per round. */
export function makeEvents(devices: number, perDevice: number, t0 = 1_732_752_000_000): DetectorInput[] {
  const ids = Array.from({ length: devices }, (_, i) => `cam-${i.toString(36).padStart(5, '0')}`);
  const seq = new Uint32Array(devices);
  const recording = new Uint8Array(devices);
  const events: DetectorInput[] = [];
  const roundMs = 1000;
  for (let round = 0; round < perDevice; round++) {
    const now = t0 + round * roundMs;
    // About 0.4% of messages are CAD activities, as in a shift of ~2,400 messages and ~10 calls.
    for (let a = 0; a < Math.max(1, devices / 250); a++) {
      const d = (round * 7919 + a * 104_729) % devices;
      events.push({
        type: 'activity',
        receivedMs: now,
        activity: { activityId: `CAD-${round}-${a}`, type: 'AT_LARGE_ARREST', phase: 'START', timeMs: now, deviceIds: [ids[d]!], source: 'bench', lat: 0, lon: 0, note: '', officerIds: [], unit: '' },
      });
    }
    for (let d = 0; d < devices; d++) {
      const s = ++seq[d]!;
      let body: TelemetryBody;
      if (s === 1) body = BODIES['hello']!;
      else {
        // Per 1,000 messages: 8 recording starts/stops, 4 signal triggers, 400 heartbeats,
        // 200 battery, 100 storage and 288 GPS reports.
        const r = (d * 7919 + round * 104_729) % 1000;
        if (r < 8) {
          recording[d] = recording[d] ? 0 : 1;
          body = recording[d] ? BODIES['start']! : BODIES['stop']!;
        } else if (r < 12) body = BODIES['siren']!;
        else if (r < 412) body = recording[d] ? BODIES['recordingHb']! : BODIES['ready']!;
        else if (r < 612) body = BODIES['battery']!;
        else if (r < 712) body = BODIES['storage']!;
        else body = BODIES['gps']!;
      }
      events.push({ type: 'telemetry', receivedMs: now + 40 + (d % 50), telemetry: { deviceId: ids[d]!, bootId: 1, seq: s, timeMs: now + (d % 50), body } });
    }
  }
  return events;
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export function runDetectorBench(devices: number, perDevice: number): DetectorBenchResult {
  const policy = loadPolicy();
  const events = makeEvents(devices, perDevice);
  const before = heapUsed();
  const detector = new Detector(policy);
  let alerts = 0;
  // Warm-up: the first round creates every device (not timed).
  let i = 0;
  const firstRound = devices + Math.max(1, devices / 250);
  for (; i < firstRound; i++) alerts += detector.step(events[i]!).length;
  const start = process.hrtime.bigint();
  for (; i < events.length; i++) {
    const effects = detector.step(events[i]!);
    if (effects.length > 0) alerts += effects.length;
  }
  const ns = Number(process.hrtime.bigint() - start);
  const timed = events.length - firstRound;
  const after = heapUsed();
  // Keep the events and the detector alive past the measurement (V8 may collect what is no
  // longer used), so the difference is the detector's state.
  if (events.length === 0 || detector.deviceCount !== devices) throw new Error('bench setup is wrong');
  return {
    devices,
    events: timed,
    eventsPerSecond: Math.round((timed / ns) * 1e9),
    nsPerEvent: Math.round((ns / timed) * 10) / 10,
    bytesPerDevice: Math.round((after - before) / devices),
    alerts,
  };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({
    options: {
      devices: { type: 'string', default: '1000,10000,100000' },
      'events-per-device': { type: 'string', default: '30' },
      million: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const sizes = values.devices.split(',').map(Number);
  if (values.million) sizes.push(1_000_000);
  if ((globalThis as { gc?: unknown }).gc === undefined) console.error('(run with node --expose-gc for exact state sizes)');
  const results = sizes.map((n) => runDetectorBench(n, n >= 1_000_000 ? 8 : Number(values['events-per-device'])));
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else {
    console.log('| devices | events | events/s | ns/event | bytes/device |');
    console.log('|---:|---:|---:|---:|---:|');
    for (const r of results) console.log(`| ${r.devices.toLocaleString('en')} | ${r.events.toLocaleString('en')} | ${r.eventsPerSecond.toLocaleString('en')} | ${r.nsPerEvent} | ${r.bytesPerDevice.toLocaleString('en')} |`);
  }
}
