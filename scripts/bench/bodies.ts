/** What the capacity generator's cameras send, in turn (W3, W4 and W6 alike). */
import type { TelemetryBody } from '../../gateway/model/domain.js';

export const BODIES: TelemetryBody[] = [
  { case: 'heartbeat', value: { mode: 'READY', recording: false } },
  { case: 'battery', value: { percent: 80, millivolts: 3900, charging: false, temperatureC: 31 } },
  { case: 'heartbeat', value: { mode: 'READY', recording: false } },
  { case: 'storage', value: { totalBytes: 64 * 1024 ** 3, usedBytes: 8 * 1024 ** 3, pendingUploadBytes: 0 } },
  { case: 'gps', value: { lat: 38.9, lon: -77.03, accuracyM: 4, speedMps: 1.2, headingDeg: 90, fix: '3D' } },
];
