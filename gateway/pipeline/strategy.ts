/**
 * What differs between a standalone gateway and a NATS worker, chosen once by the composition
 * root (app.ts) instead of flags inside the pipeline.
 */
import type { NewInput, QuarantineRow } from '../model/input.js';

export interface PipelineStrategy {
  /** Detector snapshots in the store (standalone). A NATS worker rebuilds from JetStream instead. */
  snapshots: boolean;
  /**
   * A message already in this store is applied to the detector again (NATS: after a partition
   * takeover the store and the detector can differ; the detector drops what it has seen).
   */
  reapplyDuplicates: boolean;
  /** A transport's admission rule, after decoding: null to accept, or why it is kept aside. */
  admit(input: NewInput): QuarantineRow | null;
}

const admitAll = (): null => null;

export const STANDALONE: PipelineStrategy = { snapshots: true, reapplyDuplicates: false, admit: admitAll };
export const NATS_WORKER: PipelineStrategy = { snapshots: false, reapplyDuplicates: true, admit: admitAll };

/**
 * Serial lines carry no credentials: a frame is accepted only for cameras registered (and not
 * revoked), as MQTT accepts only their connections. Others are kept aside as UNKNOWN_DEVICE,
 * with the device id, and not acknowledged.
 */
export function serialRegisteredOnly(isActiveDevice: (deviceId: string) => boolean): (input: NewInput) => QuarantineRow | null {
  return (input) => {
    if (input.transport !== 'serial' || input.keys.length === 0) return null;
    let unknown: string | undefined;
    let last = '';
    for (const k of input.keys) {
      if (k.deviceId === last) continue; // a dock's batch: one look-up per camera
      last = k.deviceId;
      if (!isActiveDevice(k.deviceId)) {
        unknown = k.deviceId;
        break;
      }
    }
    if (unknown === undefined) return null;
    return {
      receivedMs: input.receivedMs,
      transport: input.transport,
      topic: input.topic,
      clientId: input.topic,
      deviceId: unknown,
      reason: 'UNKNOWN_DEVICE',
      message: `${unknown} is not a registered camera (bwc-gateway devices add ${unknown})`,
      payload: input.payload,
    };
  };
}
