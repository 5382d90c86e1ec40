/**
 * One telemetry message in words and units, for the device page's table: "82 % · 3.95 V ·
 * 31 °C · charging" rather than {"percent":82,"millivolts":3950,...} with float noise.
 */
import { gib } from './format.js';
import { short } from './model.js';

type Body = Record<string, unknown>;
const n = (v: unknown): number => (v === undefined || v === null ? 0 : Number(v));
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const round = (x: number, digits: number): string => x.toFixed(digits).replace(/\.?0+$/, '');

export const TELEMETRY_LABELS: Record<string, string> = {
  hello: 'hello (boot)',
  heartbeat: 'heartbeat',
  battery: 'battery',
  storage: 'storage',
  gps: 'GPS',
  recording: 'recording',
  mode: 'mode',
  trigger: 'trigger',
  fault: 'fault',
};

export function describeTelemetry(kind: string, v: Body): string {
  switch (kind) {
    case 'hello':
      return [`officer ${s(v['officerId']) || '(none)'}`, [s(v['vendor']), s(v['model']), s(v['firmwareVersion'])].filter(Boolean).join(' '), `pre-event buffer ${n(v['preEventBufferS'])} s`].filter(Boolean).join(' · ');
    case 'heartbeat':
      return `${short(s(v['mode']), 'DEVICE_MODE_') || 'UNKNOWN'}, ${v['recording'] === true ? 'recording' : 'not recording'}`;
    case 'battery':
      return [`${n(v['percent'])} %`, n(v['millivolts']) > 0 ? `${round(n(v['millivolts']) / 1000, 2)} V` : '', v['temperatureC'] !== undefined ? `${round(n(v['temperatureC']), 1)} °C` : '', v['charging'] === true ? 'charging' : ''].filter(Boolean).join(' · ');
    case 'storage': {
      const total = n(v['totalBytes']);
      const used = n(v['usedBytes']);
      const pending = n(v['pendingUploadBytes']);
      return [`${gib(total - used)} free of ${gib(total)}`, pending > 0 ? `${gib(pending)} to upload` : ''].filter(Boolean).join(' · ');
    }
    case 'gps': {
      const fix = short(s(v['fix']), 'GPS_FIX_') || 'NONE';
      if (!/^(2D|3D)$/.test(fix)) return `no fix (${fix})`;
      return [`${n(v['lat']).toFixed(5)}, ${n(v['lon']).toFixed(5)}`, `±${Math.round(n(v['accuracyM']))} m`, fix, n(v['speedMps']) > 0 ? `${round(n(v['speedMps']) * 3.6, 1)} km/h` : ''].filter(Boolean).join(' · ');
    }
    case 'recording':
      return [short(s(v['action']), 'RECORDING_ACTION_'), short(s(v['source']), 'ACTIVATION_SOURCE_') && `by ${short(s(v['source']), 'ACTIVATION_SOURCE_')}`, s(v['recordingId'])].filter(Boolean).join(' · ');
    case 'mode':
      return short(s(v['mode']), 'DEVICE_MODE_') || 'UNKNOWN';
    case 'trigger':
      return [short(s(v['kind']), 'TRIGGER_KIND_'), s(v['sourceId'])].filter(Boolean).join(' · ');
    case 'fault':
      return [s(v['code']), s(v['message'])].filter(Boolean).join(': ');
    default:
      return JSON.stringify(v);
  }
}

/**
 * The clock offset as the CLOCK_SKEW alert words it: offset = gateway time − camera time, so a
 * positive offset is a camera clock behind the gateway.
 */
export function clockWords(offsetMs: number): string {
  if (Math.abs(offsetMs) < 1000) return `in step with gateway time (${offsetMs} ms)`;
  return `${round(Math.abs(offsetMs) / 1000, 1)} s ${offsetMs > 0 ? 'behind' : 'ahead of'} gateway time`;
}
