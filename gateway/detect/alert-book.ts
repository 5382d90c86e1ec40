/**
 * Every alert the detector holds, at its latest revision. Changes go through `put`, which
 * emits a new revision only when something a person would see changed; acknowledgements are
 * revisions too. Alerts that can no longer change are evicted (they stay in the store).
 */
import type { Alert, AlertKind, AlertSeverity, AlertStatus, ActivityType, TriggerKind } from '../model/domain.js';

/** What the detector wants an alert to say; the book adds revision, times and acks. */
export interface AlertContent {
  alertId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /** OPEN, RESOLVED or RETRACTED (ACKNOWLEDGED is the book's, layered over OPEN). */
  status: Exclude<AlertStatus, 'ACKNOWLEDGED'>;
  deviceId: string;
  activityId: string;
  activityType: ActivityType | 'UNSPECIFIED';
  triggerKind: TriggerKind | 'UNSPECIFIED';
  cause: string;
  resolution: string;
  obligationStartMs: number;
  deadlineMs: number;
  latenessMs: number;
  uncoveredMs: number;
  detail: string;
  officerId: string;
}

export interface AlertRecord {
  alert: Alert;
  /** Gateway time after which it can no longer change (Infinity while its condition holds). */
  finalAt: number;
}

/**
 * A revision must mean something. A new one is published when one of these changes...
 */
const COMPARED: readonly (keyof AlertContent)[] = ['status', 'severity', 'cause', 'resolution', 'activityId', 'activityType', 'triggerKind', 'officerId'];
/** ...or one of these figures moves by REVISION_TOLERANCE_MS or more... */
const FIGURES: readonly ('obligationStartMs' | 'deadlineMs' | 'latenessMs' | 'uncoveredMs')[] = ['obligationStartMs', 'deadlineMs', 'latenessMs', 'uncoveredMs'];
/**
 * 1 s: a clock estimate that improves by a few ms (network jitter, a drifting camera clock)
 * does not re-publish an alert; the figures a person reads are whole seconds anyway.
 */
export const REVISION_TOLERANCE_MS = 1000;
/** ...or, for alerts whose text carries their figure (the rest derive it from the figures), the detail. */
const FIGURES_IN_DETAIL = new Set<AlertKind>(['CLOCK_SKEW', 'CLOCK_STEP', 'DEVICE_OFFLINE', 'LOW_BATTERY', 'STORAGE_LOW', 'BATTERY_EXHAUSTION_PREDICTED', 'DEVICE_FAULT', 'TELEMETRY_GAP', 'COVERAGE_GAP']);

/** Would a person see a difference? */
export function revisionNeeded(prev: AlertContent, next: AlertContent): boolean {
  for (const k of COMPARED) if (prev[k] !== next[k]) return true;
  for (const k of FIGURES) if (Math.abs(prev[k] - next[k]) >= REVISION_TOLERANCE_MS) return true;
  return FIGURES_IN_DETAIL.has(next.kind) && prev.detail !== next.detail;
}

const isOpen = (s: AlertStatus): boolean => s === 'OPEN' || s === 'ACKNOWLEDGED';

export class AlertBook {
  private readonly byId = new Map<string, AlertRecord>();
  private readonly openByDevice = new Map<string, number>();
  readonly counts = { revisions: 0, created: 0, evicted: 0 };

  constructor(private readonly emit: (alert: Alert) => void) {}

  get size(): number {
    return this.byId.size;
  }

  get(alertId: string): AlertRecord | undefined {
    return this.byId.get(alertId);
  }

  openCount(deviceId: string): number {
    return this.openByDevice.get(deviceId) ?? 0;
  }

  /** Open or acknowledged alerts held, over every device. */
  openTotal(): number {
    let n = 0;
    for (const v of this.openByDevice.values()) n += v;
    return n;
  }

  /** Creates or revises an alert; returns true when a revision was emitted. */
  put(content: AlertContent, now: number, finalAt: number): boolean {
    const record = this.byId.get(content.alertId);
    if (record === undefined) {
      if (content.status === 'RETRACTED') return false;
      const alert: Alert = {
        ...content,
        revision: 1,
        detectedMs: now,
        revisedMs: now,
        ackBy: '',
        ackReason: '',
      };
      this.byId.set(content.alertId, { alert, finalAt });
      this.counts.created++;
      this.publish(undefined, alert);
      return true;
    }
    record.finalAt = finalAt;
    const prev = record.alert;
    const status: AlertStatus = content.status === 'OPEN' && prev.ackBy !== '' ? 'ACKNOWLEDGED' : content.status;
    if (!revisionNeeded(prev as AlertContent, { ...content, status: status as AlertContent['status'] })) return false;
    const alert: Alert = { ...prev, ...content, status, revision: prev.revision + 1, revisedMs: now };
    record.alert = alert;
    this.publish(prev, alert);
    return true;
  }

  /** Marks an alert RETRACTED (late data showed it was never true). */
  retract(alertId: string, now: number, resolution: string, finalAt: number): void {
    const record = this.byId.get(alertId);
    if (record === undefined || record.alert.status === 'RETRACTED') return;
    this.put({ ...record.alert, status: 'RETRACTED', resolution } as AlertContent, now, finalAt);
  }

  /** Marks an open alert RESOLVED. */
  resolve(alertId: string, now: number, resolution: string, finalAt: number, detail?: string): void {
    const record = this.byId.get(alertId);
    if (record === undefined || !isOpen(record.alert.status)) return;
    const content = { ...record.alert, status: 'RESOLVED', resolution } as AlertContent;
    if (detail !== undefined) content.detail = detail;
    this.put(content, now, finalAt);
  }

  /** An acknowledgement by a person; false when the alert is not held here. */
  ack(alertId: string, by: string, reason: string, now: number): boolean {
    const record = this.byId.get(alertId);
    if (record === undefined) return false;
    const prev = record.alert;
    if (prev.ackBy === by && prev.ackReason === reason) return true;
    const alert: Alert = {
      ...prev,
      status: prev.status === 'OPEN' ? 'ACKNOWLEDGED' : prev.status,
      ackBy: by,
      ackReason: reason,
      revision: prev.revision + 1,
      revisedMs: now,
    };
    record.alert = alert;
    this.publish(prev, alert);
    return true;
  }

  /** Drops alerts that can no longer change; returns them. */
  evict(now: number): Alert[] {
    const out: Alert[] = [];
    for (const [id, record] of this.byId) {
      if (record.finalAt <= now) {
        if (isOpen(record.alert.status)) this.adjustOpen(record.alert.deviceId, -1);
        this.byId.delete(id);
        out.push(record.alert);
      }
    }
    this.counts.evicted += out.length;
    return out;
  }

  /** Forgets one alert without a revision (its obligation is final). */
  drop(alertId: string): void {
    const record = this.byId.get(alertId);
    if (record === undefined) return;
    if (isOpen(record.alert.status)) this.adjustOpen(record.alert.deviceId, -1);
    this.byId.delete(alertId);
    this.counts.evicted++;
  }

  values(): IterableIterator<AlertRecord> {
    return this.byId.values();
  }

  /** Restores a record from a snapshot (no revision emitted). */
  restore(record: AlertRecord): void {
    this.byId.set(record.alert.alertId, record);
    if (isOpen(record.alert.status)) this.adjustOpen(record.alert.deviceId, 1);
  }

  private publish(prev: Alert | undefined, alert: Alert): void {
    const wasOpen = prev !== undefined && isOpen(prev.status);
    const nowOpen = isOpen(alert.status);
    if (wasOpen !== nowOpen) this.adjustOpen(alert.deviceId, nowOpen ? 1 : -1);
    this.counts.revisions++;
    this.emit(alert);
  }

  private adjustOpen(deviceId: string, delta: number): void {
    const n = (this.openByDevice.get(deviceId) ?? 0) + delta;
    if (n <= 0) this.openByDevice.delete(deviceId);
    else this.openByDevice.set(deviceId, n);
  }
}
