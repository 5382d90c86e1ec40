/**
 * One message as a transport hands it over (MQTT publish, serial frame, NATS message), before
 * anything is decoded. Transports produce these and import nothing downstream of them.
 */
import type { FrameType } from '../frame/frame-format.js';
import type { GatewayError } from '../errors.js';
import type { TelemetryKey, Transport } from './input.js';
import type { CaptureRecord } from './capture-record.js';

export interface Received {
  receivedMs: number;
  transport: Transport;
  topic: string;
  payload: Uint8Array;
  /** Who sent it: the MQTT client id or serial port, for quarantine records. */
  clientId: string | null;
  /** The authenticated device, when the sender is one: the message must be its own. */
  deviceId: string | null;
  /** Serial only: the frame's type (the topic is then serial:{port}). */
  frameType?: FrameType;
}

/** What became of a message: stored, already stored, stored before with other content, or kept aside. */
export type Outcome = 'stored' | 'duplicate' | 'conflict' | 'quarantined';

/** Reported once the message is durable (acknowledge then) or has failed (do not). */
export interface Accepted {
  outcome: Outcome;
  /** Its dedupe keys (serial Acks name them); empty for non-telemetry or undecodable input. */
  keys: readonly TelemetryKey[];
  /** What it decoded to (the session answers a Hello in it); absent when it did not decode. */
  records?: readonly CaptureRecord[] | undefined;
  /** Quarantined: the reason code and what was wrong (a Nack tells the device). */
  reason?: string;
  detail?: string;
  /** Quarantined: the device it named, when known. */
  deviceId?: string | undefined;
}

export type AcceptDone = (error: GatewayError | null, accepted?: Accepted) => void;

/** The one callback every transport hands its messages to. */
export type Accept = (received: Received, done: AcceptDone) => void;
