/**
 * Per-device state: flat, small, and plain data (so a snapshot is JSON). A device that is only
 * sending routine telemetry holds its current state and nothing else; history, windows, reorder
 * buffers and battery samples exist only while needed.
 */
import type { DeviceMode, GpsFix, Telemetry } from '../decode/model.js';
import type { Fold, History } from './history.js';
import type { DeviceWindow } from './obligations.js';

export interface SeqGap {
  from: number;
  to: number;
  /** The TELEMETRY_GAP alert it belongs to ('' for a gap we did not alert on). */
  alertId: string;
}

export interface BootInfo {
  boot: number;
  /** Clock offset estimate: min(receivedMs - time_ms) over this boot's messages. */
  offset: number;
  /** Highest seq such that every seq up to it is processed or known missing (a gap). */
  contig: number;
  /** Seq and device time of the last message processed in order. */
  procSeq: number;
  procT: number;
  /** Highest seq seen, and the smallest and largest device times seen. */
  maxSeq: number;
  minT: number;
  maxT: number;
  /** Seq ranges skipped after the reorder window and not (yet) filled by late data. */
  gaps: SeqGap[];
  /** True once the boot's first message was processed. */
  started: boolean;
  skewAlerted: boolean;
  /** The clock-skew rule has looked at this boot at least once. */
  skewChecked: boolean;
}

export interface Pending {
  receivedMs: number;
  telemetry: Telemetry;
}

export interface DeviceRecord {
  index: number;
  id: string;
  /** Any telemetry ever processed. */
  known: boolean;
  /** Boots in ascending order; the last is the current one. */
  boots: BootInfo[];
  /** The newest boot whose bookkeeping was dropped (-1 = none): its late data is stale. */
  droppedBoot: number;
  /** Out-of-order messages of the current boot waiting for a missing seq. */
  pending: Map<number, Pending> | null;
  /** Gateway time the reorder wait ends. */
  reorderWakeMs: number;

  // Current state, for DeviceState and the health rules.
  mode: DeviceMode | null;
  recording: boolean;
  batteryPercent: number;
  charging: boolean;
  storageTotalBytes: number;
  storageUsedBytes: number;
  lat: number;
  lon: number;
  gpsFix: GpsFix | null;
  gpsAccuracyM: number;
  firmwareVersion: string;
  model: string;
  vendor: string;
  officerId: string;
  preEventBufferS: number;
  lastReceivedMs: number;
  /** Boot and seq of the latest message processed in order. */
  lastBoot: number;
  lastSeq: number;
  /** Health state changed by a message too old to judge: re-check on the next recent one. */
  healthDirty: boolean;

  // Health alerts currently open (ids), '' for none.
  offlineAlert: string;
  lowBatteryAlert: string;
  storageLowAlert: string;
  exhaustionAlert: string;
  faultAlerts: string[];
  /** (gateway time, percent) pairs while discharging, oldest first; null until needed. */
  batterySamples: number[] | null;
  offlineQueued: boolean;

  // Obligation rules.
  history: History | null;
  /** Which fields have been asserted since the last gap (history pinning). */
  pinned: number;
  /** The latest assertion of each field, in (boot, seq) order. */
  tailFold: Fold | null;
  windows: DeviceWindow[] | null;
  /** Obligation alert ids this device's evaluation owns. */
  owned: Set<string> | null;
  /** Decided obligations reported (id -> what was reported, and when it becomes final). */
  outcomes: Map<string, { sig: string; finalAt: number }> | null;
  /** Gateway time of the next evaluation (Infinity = none scheduled). */
  evalWakeMs: number;
  /** Gateway time from which a message may decide a pending check (Infinity = none). */
  pendingCheckMs: number;
  /** Gateway time of the last evaluation (-Infinity = never). */
  lastEvalMs: number;
}

export function newDevice(index: number, id: string): DeviceRecord {
  return {
    index,
    id,
    known: false,
    boots: [],
    droppedBoot: -1,
    pending: null,
    reorderWakeMs: Number.POSITIVE_INFINITY,
    mode: null,
    recording: false,
    batteryPercent: -1,
    charging: false,
    storageTotalBytes: 0,
    storageUsedBytes: 0,
    lat: 0,
    lon: 0,
    gpsFix: null,
    gpsAccuracyM: 0,
    firmwareVersion: '',
    model: '',
    vendor: '',
    officerId: '',
    preEventBufferS: 0,
    lastReceivedMs: Number.NEGATIVE_INFINITY,
    lastBoot: 0,
    lastSeq: 0,
    healthDirty: false,
    offlineAlert: '',
    lowBatteryAlert: '',
    storageLowAlert: '',
    exhaustionAlert: '',
    faultAlerts: [],
    batterySamples: null,
    offlineQueued: false,
    history: null,
    pinned: 0,
    tailFold: null,
    windows: null,
    owned: null,
    outcomes: null,
    evalWakeMs: Number.POSITIVE_INFINITY,
    pendingCheckMs: Number.POSITIVE_INFINITY,
    lastEvalMs: Number.NEGATIVE_INFINITY,
  };
}

export function currentBoot(d: DeviceRecord): BootInfo | undefined {
  return d.boots[d.boots.length - 1];
}

export function bootInfo(d: DeviceRecord, boot: number): BootInfo | undefined {
  for (let i = d.boots.length - 1; i >= 0; i--) if (d.boots[i]!.boot === boot) return d.boots[i];
  return undefined;
}

export function newBoot(boot: number, offset: number): BootInfo {
  return {
    boot,
    offset,
    contig: 0,
    procSeq: 0,
    procT: 0,
    maxSeq: 0,
    minT: Number.POSITIVE_INFINITY,
    maxT: Number.NEGATIVE_INFINITY,
    gaps: [],
    started: false,
    skewAlerted: false,
    skewChecked: false,
  };
}

/** Does the device have anything the obligation rules look at? */
export function wantsEvaluation(d: DeviceRecord): boolean {
  return d.windows !== null || (d.owned !== null && d.owned.size > 0) || (d.history?.points.some((p) => p.trigger !== null) ?? false);
}
