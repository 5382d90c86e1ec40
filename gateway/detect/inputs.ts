/**
 * What goes into the detector and what comes out. Inputs are the capture format's records
 * (decode/capture.ts): the same core runs live, in `replay` and in the simulator's verifier.
 * Effects are data; the shell decides what to do with them (store, publish, print).
 */
import type { AlertAck, CaptureRecord } from '../model/capture-record.js';
import type { Alert } from '../model/domain.js';
import type { Outcome } from './obligations.js';

/** A decided obligation of one device, for the compliance report (`retracted`: it no longer exists). */
export type ObligationRecord = Omit<Outcome, 'finalAt'> & { deviceId: string; revisedMs: number; retracted: boolean };

export type DetectorInput = CaptureRecord;

export type Effect =
  /** A new revision of an alert (revision 1 is its creation). */
  | { type: 'alert'; alert: Alert }
  /** A device's state changed; `significant` when a person would notice (mode, recording,
   *  battery percent, online, alerts), as opposed to last-seen and GPS updates. */
  | { type: 'device'; deviceId: string; significant: boolean }
  /** An obligation was decided, or its outcome changed (late data), or it was retracted. */
  | { type: 'obligation'; obligation: ObligationRecord }
  /** An acknowledgement for an alert the detector does not hold (evicted, or another worker's):
   *  the shell revises the stored alert if it has one. */
  | { type: 'ack-unknown'; ack: AlertAck; receivedMs: number };

export const NO_EFFECTS: readonly Effect[] = Object.freeze([]) as readonly Effect[];
