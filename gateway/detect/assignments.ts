/**
 * Which officer wears which camera, and since when. Fed by the cameras' hello.officer_id and by
 * administrators' assignments (Assignment inputs), both in the input log, so the history a replay
 * sees is the history of its time. An officer wears one camera at a time, a camera is worn by one
 * officer at a time: a new assignment ends the previous ones. Plain data (for snapshots).
 */
export interface Interval {
  officerId: string;
  deviceId: string;
  /** Gateway time, Unix ms. */
  from: number;
  /** null while current. */
  to: number | null;
  /** 'hello' (the camera said so) or who assigned it. */
  source: string;
  /** For a camera's hello: its boot, seq and device time, so `from` can follow a better clock estimate. */
  boot?: number;
  seq?: number;
  deviceT?: number;
}

export interface AssignmentState {
  /** Per officer: unit and assignment history, oldest first. */
  officers: Map<string, { unit: string; history: Interval[] }>;
  /** Per device: who wore it, oldest first (copies of the officers' intervals). */
  devices: Map<string, Interval[]>;
}

export function emptyAssignments(): AssignmentState {
  return { officers: new Map(), devices: new Map() };
}

function officer(state: AssignmentState, officerId: string) {
  let o = state.officers.get(officerId);
  if (o === undefined) {
    o = { unit: '', history: [] };
    state.officers.set(officerId, o);
  }
  return o;
}

function current(list: readonly Interval[] | undefined): Interval | undefined {
  const last = list?.[list.length - 1];
  return last !== undefined && last.to === null ? last : undefined;
}

/** Ends an assignment (in both lists). */
function close(state: AssignmentState, i: Interval, t: number): void {
  const to = Math.max(i.from, t);
  const a = current(state.officers.get(i.officerId)?.history);
  if (a !== undefined && a.deviceId === i.deviceId) a.to = to;
  const b = current(state.devices.get(i.deviceId));
  if (b !== undefined && b.officerId === i.officerId) b.to = to;
}

/** Returns true when something changed. */
export function assign(
  state: AssignmentState,
  officerId: string,
  deviceId: string,
  t: number,
  source: string,
  unit = '',
  clock?: { boot: number; seq: number; deviceT: number },
): boolean {
  const o = officer(state, officerId);
  if (unit !== '') o.unit = unit;
  const mine = current(o.history);
  if (mine !== undefined && mine.deviceId === deviceId) {
    // Already wearing it: an earlier report (late data) only moves the start back.
    if (t >= mine.from) return false;
    const d = current(state.devices.get(deviceId));
    if (d !== undefined && d.officerId === officerId && d.from === mine.from) d.from = t;
    mine.from = t;
    return true;
  }
  if (mine !== undefined) close(state, mine, t);
  const theirs = current(state.devices.get(deviceId));
  if (theirs !== undefined) close(state, theirs, t);
  o.history.push({ officerId, deviceId, from: t, to: null, source, ...clock });
  let d = state.devices.get(deviceId);
  if (d === undefined) {
    d = [];
    state.devices.set(deviceId, d);
  }
  d.push({ officerId, deviceId, from: t, to: null, source, ...clock });
  return true;
}

/**
 * A camera's clock estimate changed (its backlog arrived first, then live data; or a clock step
 * was found): assignments its hellos made move with it. Returns the officers whose assignment moved.
 */
export function retime(state: AssignmentState, deviceId: string, boot: number, offsetOf: (seq: number) => number): string[] {
  const moved: string[] = [];
  const list = state.devices.get(deviceId) ?? [];
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (x.boot !== boot || x.deviceT === undefined || x.seq === undefined) continue;
    const from = x.deviceT + offsetOf(x.seq);
    if (from === x.from || (x.to !== null && from >= x.to)) continue;
    const previous = list[i - 1];
    if (previous !== undefined && previous.to === x.from) previous.to = Math.max(previous.from, from);
    const mine = state.officers.get(x.officerId)?.history.find((h) => h.deviceId === deviceId && h.from === x.from && h.boot === boot);
    if (mine !== undefined) mine.from = from;
    x.from = from;
    moved.push(x.officerId);
  }
  return moved;
}

/** Ends the officer's assignment (to `deviceId`, or to any camera when it is ''). */
export function unassign(state: AssignmentState, officerId: string, deviceId: string, t: number): boolean {
  const mine = current(state.officers.get(officerId)?.history);
  if (mine === undefined || (deviceId !== '' && mine.deviceId !== deviceId)) return false;
  close(state, mine, t);
  return true;
}

function at(list: readonly Interval[] | undefined, t: number): Interval | undefined {
  if (list === undefined) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i]!;
    if (x.from <= t && (x.to === null || t < x.to)) return x;
  }
  return undefined;
}

export function deviceOf(state: AssignmentState, officerId: string, t: number): string | undefined {
  return at(state.officers.get(officerId)?.history, t)?.deviceId;
}

export function officerOf(state: AssignmentState, deviceId: string, t: number): string | undefined {
  return at(state.devices.get(deviceId), t)?.officerId;
}

/** Forgets assignments that ended before `before` (bounded memory; the input log keeps them). */
export function trimAssignments(state: AssignmentState, before: number): void {
  for (const o of state.officers.values()) o.history = o.history.filter((i) => i.to === null || i.to >= before);
  for (const [id, list] of state.devices) {
    const kept = list.filter((i) => i.to === null || i.to >= before);
    if (kept.length === 0) state.devices.delete(id);
    else state.devices.set(id, kept);
  }
}
