/**
 * Detector snapshots: the whole state as JSON, so a restarted gateway loads the latest snapshot
 * and replays only the inputs after it. Maps and Sets become arrays; non-finite numbers (the
 * "never" deadlines) get a marker JSON can carry; activity rules are re-read from the current
 * policy on restore.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Alert } from '../model/domain.js';
import type { ActivityRecord } from './activities.js';
import type { AlertRecord } from './alert-book.js';
import type { AssignmentState } from './assignments.js';
import type { DetectorStats } from './core.js';
import type { DeviceRecord, Pending } from './device.js';
import type { Policy } from './policy.js';

export const SNAPSHOT_VERSION = 2;

export interface DetectorState {
  nowMs: number;
  nextSweep: number;
  stats: DetectorStats;
  devices: DeviceRecord[];
  activities: ActivityRecord[];
  queue: [number, number, number][];
  alerts: AlertRecord[];
  assignments: AssignmentState;
}

interface Encoded {
  version: number;
  policy: string;
  state: unknown;
}

const MARK = '\u0000num:';

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return MARK + String(value);
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value instanceof Set) return { $set: [...value] };
  if (_key === 'rule') return undefined; // re-read from the policy
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(MARK)) return Number(value.slice(MARK.length));
  if (value !== null && typeof value === 'object') {
    const o = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (o.$map !== undefined) return new Map(o.$map);
    if (o.$set !== undefined) return new Set(o.$set);
  }
  return value;
}

export function encodeSnapshot(policy: Policy, state: DetectorState): Buffer {
  const encoded: Encoded = { version: SNAPSHOT_VERSION, policy: policy.name, state };
  return gzipSync(JSON.stringify(encoded, replacer));
}

export function decodeSnapshot(policy: Policy, data: Buffer): DetectorState {
  const encoded = JSON.parse(gunzipSync(data).toString('utf8'), reviver) as Encoded;
  if (encoded.version !== SNAPSHOT_VERSION) throw new Error(`snapshot version ${encoded.version}, expected ${SNAPSHOT_VERSION}`);
  const state = encoded.state as DetectorState;
  for (const a of state.activities) a.rule = policy.activities[a.type];
  for (const d of state.devices) {
    for (const w of d.windows ?? []) w.rule = policy.activities[w.type];
    d.pending = (d.pending as unknown as Map<number, Pending> | null) ?? null;
  }
  return state;
}

export type { Alert };
