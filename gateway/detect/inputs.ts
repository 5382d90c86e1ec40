/**
 * What goes into the detector and what comes out. Inputs are the capture format's records
 * (decode/capture.ts): the same core runs live, in `replay` and in the simulator's verifier.
 * Effects are data; the shell decides what to do with them (store, publish, print).
 */
import type { CaptureRecord } from '../decode/capture.js';
import type { Alert } from '../decode/model.js';

export type DetectorInput = CaptureRecord;

export type Effect =
  /** A new revision of an alert (revision 1 is its creation). */
  | { type: 'alert'; alert: Alert }
  /** A device's state changed; `significant` when a person would notice (mode, recording,
   *  battery percent, online, alerts), as opposed to last-seen and GPS updates. */
  | { type: 'device'; deviceId: string; significant: boolean };

export const NO_EFFECTS: readonly Effect[] = Object.freeze([]) as readonly Effect[];
