/**
 * An acknowledgement of an alert the detector no longer holds (it is final, and was evicted
 * from memory): the revision is built from its latest stored revision, the same way the
 * detector's alert book would (detect/alert-book.ts, `ack`). `replay` does the same.
 */
import type { AlertAck } from '../model/capture-record.js';
import type { Alert } from '../model/domain.js';

export function ackRevision(latest: Alert, ack: AlertAck, nowMs: number): Alert | undefined {
  if (latest.ackBy === ack.by && latest.ackReason === ack.reason) return undefined;
  return {
    ...latest,
    status: latest.status === 'OPEN' ? 'ACKNOWLEDGED' : latest.status,
    ackBy: ack.by,
    ackReason: ack.reason,
    revision: latest.revision + 1,
    revisedMs: nowMs,
  };
}
