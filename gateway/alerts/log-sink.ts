/** Alert revisions in the gateway's log (one line each), for operators who read logs. */
import type { Logger } from '../log.js';
import type { Sink } from './sink.js';

export function logSink(log: Logger): Sink {
  return {
    name: 'log',
    dropped: 0,
    offer(event) {
      if (event.type !== 'alert') return;
      const a = event.alert;
      log.info({ alert: a.alertId, revision: a.revision, kind: a.kind, status: a.status, device: a.deviceId, cause: a.cause, resolution: a.resolution }, `alert ${a.kind} ${a.status}`);
    },
  };
}
