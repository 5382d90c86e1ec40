/** `--in-process`: drives the detector core directly, no gateway, no sockets: the fastest run. */
import type { CaptureRecord } from '../../gateway/model/capture-record.js';
import type { Alert } from '../../gateway/model/domain.js';
import { Detector } from '../../gateway/detect/detector.js';
import type { Policy } from '../../gateway/detect/policy.js';
import type { Outgoing } from './network.js';
import type { SimTarget } from './target.js';

export function recordsOf(out: readonly Outgoing[], T: number): CaptureRecord[] {
  const records: CaptureRecord[] = [];
  for (const o of out) {
    if (o.type === 'telemetry') records.push({ type: 'telemetry', receivedMs: T, telemetry: o.telemetry });
    else if (o.type === 'batch') for (const telemetry of o.items) records.push({ type: 'telemetry', receivedMs: T, telemetry });
    else if (o.type === 'activity') records.push({ type: 'activity', receivedMs: T, activity: o.activity });
    else records.push({ type: 'assignment', receivedMs: T, assignment: o.assignment });
  }
  return records;
}

export class InProcessTarget implements SimTarget {
  readonly name = 'in-process';
  readonly alerts: Alert[] = [];
  readonly detector: Detector;

  constructor(policy: Policy) {
    this.detector = new Detector(policy);
  }

  async start(): Promise<void> {}

  async clock(T: number): Promise<void> {
    this.apply({ type: 'tick', receivedMs: T });
  }

  async deliver(out: readonly Outgoing[], T: number): Promise<void> {
    for (const r of recordsOf(out, T)) this.apply(r);
  }

  private apply(r: CaptureRecord): void {
    for (const e of this.detector.step(r)) if (e.type === 'alert') this.alerts.push(e.alert);
  }

  async close(): Promise<void> {}
}
