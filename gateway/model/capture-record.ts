/**
 * The capture record: one detector input, as stored in the input log, exported as NDJSON
 * (decode/capture.ts reads and writes the text form) and replayed. receivedMs is gateway time.
 */
import type { Activity, Assignment, Telemetry } from './domain.js';

/** A person acknowledged an alert (an input, so that a replay reproduces the revision). */
export interface AlertAck {
  alertId: string;
  by: string;
  reason: string;
}

export type CaptureRecord =
  | { type: 'telemetry'; receivedMs: number; telemetry: Telemetry }
  | { type: 'activity'; receivedMs: number; activity: Activity }
  | { type: 'ack'; receivedMs: number; ack: AlertAck }
  | { type: 'assignment'; receivedMs: number; assignment: Assignment }
  | { type: 'tick'; receivedMs: number };
