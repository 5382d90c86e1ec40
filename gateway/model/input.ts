/**
 * What the pipeline hands the store: an input (the raw message, what it decodes to, and its
 * dedupe keys) or a quarantine row naming what was wrong with it.
 */
import type { CaptureRecord } from './capture-record.js';

export type InputKind = 'telemetry' | 'batch' | 'activity' | 'tick' | 'ack' | 'assignment';
export type Transport = 'mqtt' | 'broker' | 'nats' | 'serial' | 'api' | 'gateway';

export interface TelemetryKey {
  deviceId: string;
  bootId: number;
  seq: number;
  /** Index in the input's items (0 for a single message). */
  item: number;
}

export interface NewInput {
  receivedMs: number;
  kind: InputKind;
  transport: Transport;
  topic: string | null;
  deviceId: string | null;
  payload: Uint8Array | null;
  /** What the detector is fed once it is stored (derived from payload). */
  records: CaptureRecord[];
  keys: TelemetryKey[];
}

export interface QuarantineRow {
  receivedMs: number;
  transport: Transport;
  topic: string | null;
  clientId: string | null;
  deviceId: string | null;
  reason: string;
  message: string;
  payload: Uint8Array | null;
  /** Bytes received (defaults to the payload's length; an oversize packet is not kept). */
  size?: number;
  /** Telemetry that failed validation: the (device, boot, seq) it claimed, for the Nack. Not stored. */
  keys?: TelemetryKey[];
}
