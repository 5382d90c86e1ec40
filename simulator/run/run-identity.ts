/**
 * What makes one simulator run its own against a gateway that may already hold data: fresh boot
 * ids (every camera's boots start above anything the gateway has seen), activity ids tagged with
 * the run when earlier data exists, and on simulated time a start after the gateway's clock.
 * Alerts of earlier runs are then told apart by id (`owns`) and left out of the verdict.
 *
 * In-process runs (a fresh detector every time) keep the plain ids: boot 1, CAD-00001.
 */
import type { Scenario } from '../scenario/schema.js';

/** What the gateway already holds, read before the run (retained device states, or the store). */
export interface Preflight {
  /** Devices the gateway reports on at all, and how many of them are in this fleet. */
  devices: number;
  fleetDevices: number;
  /** Highest boot id seen from any of this fleet's cameras (0: none). */
  maxBootId: number;
  /** The gateway's latest clock reading (its newest device state), Unix ms; 0 when unknown. */
  gatewayNowMs: number;
  /** Open or acknowledged alerts on this fleet's cameras. */
  openAlerts: number;
}

export interface RunIdentity {
  /** Boot ids of this run are > bootBase. */
  bootBase: number;
  /** Activity ids are `${activityPrefix}00001`... */
  activityPrefix: string;
  /** The scenario's start, moved past the gateway's clock when it runs on simulated time. */
  startMs: number;
  preflight: Preflight | undefined;
  /** True for alert ids this run can raise (not an earlier run's). */
  owns(alertId: string): boolean;
  /** What was found and done, for the output ('' when the gateway held nothing). */
  note: string;
}

const DAY = 86_400_000;
/** Seconds since 2023-11-14: increases between any two runs, fits a uint32 until 2159. */
const timeBase = (nowMs: number): number => Math.floor(nowMs / 1000) - 1_700_000_000;

export function plainIdentity(startMs: number): RunIdentity {
  return { bootBase: 0, activityPrefix: 'CAD-', startMs, preflight: undefined, owns: () => true, note: '' };
}

/**
 * An external run (MQTT or serial). `simClock`: the gateway follows the simulator's clock, so the
 * run must start after the gateway's clock (moved by whole days, keeping the time of day).
 */
export function externalIdentity(scenario: Scenario, preflight: Preflight | undefined, simClock: boolean, nowMs = Date.now()): RunIdentity {
  const held = preflight !== undefined && preflight.devices > 0;
  const bootBase = Math.max(timeBase(nowMs), preflight?.maxBootId ?? 0);
  const tag = timeBase(nowMs).toString(36).toUpperCase();
  const activityPrefix = held ? `CAD-${tag}-` : 'CAD-';
  let startMs = scenario.startMs;
  if (simClock && preflight !== undefined && preflight.gatewayNowMs >= startMs) startMs += Math.ceil((preflight.gatewayNowMs + 60_000 - startMs) / DAY) * DAY;
  const owns = (alertId: string): boolean => ownedBy(alertId, bootBase, activityPrefix);
  let note = '';
  if (held) {
    const p = preflight;
    note =
      `the gateway already holds data: ${p.devices} device(s), ${p.fleetDevices} of them in this fleet (boot ids up to ${p.maxBootId}, ${p.openAlerts} open alert(s))` +
      (p.gatewayNowMs > 0 ? `, its clock at ${new Date(p.gatewayNowMs).toISOString()}` : '') +
      `. This run uses boot ids above ${bootBase} and activity ids ${activityPrefix}00001...` +
      (startMs !== scenario.startMs ? `, starts at ${new Date(startMs).toISOString()} (after the gateway's clock)` : '') +
      `, and leaves alerts of earlier runs out of the verdict.`;
  }
  return { bootBase, activityPrefix, startMs, preflight, owns, note };
}

/**
 * Whether an alert id (gateway/detect/alert-ids.ts) belongs to a run: activity alerts by the
 * activity's prefix, device alerts by their boot id.
 */
export function ownedBy(alertId: string, bootBase: number, activityPrefix: string): boolean {
  const parts = alertId.split(':');
  const [kind] = parts;
  if ((kind === 'ma' && parts[1] !== 'trg') || kind === 'pd' || kind === 'rp' || kind === 'cg') return decodeURIComponent(parts[1] ?? '').startsWith(activityPrefix);
  // A device alert: `{boot}.{seq}` as the last part, or `{boot}` as the third (flt, skw, gap).
  const last = parts[parts.length - 1] ?? '';
  const boot = /^\d+\.\d+$/.test(last) ? Number(last.split('.')[0]) : Number(parts[kind === 'ma' ? 3 : 2]);
  return Number.isFinite(boot) ? boot > bootBase : true;
}
