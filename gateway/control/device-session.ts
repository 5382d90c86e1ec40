/**
 * The device-facing side of a session (proto/README.md, "Session"): the answer to a Hello and
 * the refusal of a message, the same on MQTT and serial. Pure: builds messages from what the
 * pipeline reported; the transports send them (MQTT session topics, serial frames).
 */
import { MAX_BATCH_ITEMS } from '../decode/validate.js';
import type { CaptureRecord } from '../model/capture-record.js';
import type { HelloReply, Nack, NackReason, Telemetry } from '../model/domain.js';
import type { Accepted } from '../model/received.js';
import type { CommandBook } from './command-book.js';

export interface SessionDeps {
  book: CommandBook;
  nowMs(): number;
  /** The policy's offline timeout: no message for this long and a camera is offline. */
  offlineAfterMs: number;
  /** Largest message on each transport (MQTT packet, serial frame body), bytes. */
  maxMessageBytes: { mqtt: number; serial: number };
}

export type SessionTransport = 'mqtt' | 'serial';

/** Quarantine reasons -> what the device should do about it. */
const NACK_BY_REASON: Record<string, NackReason> = {
  UNKNOWN_DEVICE: 'UNKNOWN_DEVICE',
  TOO_LARGE: 'TOO_LARGE',
  STORE_FAILED: 'RETRY_LATER',
};

function nackReasonOf(quarantineReason: string): NackReason {
  return NACK_BY_REASON[quarantineReason] ?? 'INVALID';
}

export class DeviceSession {
  constructor(private readonly deps: SessionDeps) {}

  /** Every Hello in what was just stored (each is answered). */
  hellosIn(records: readonly CaptureRecord[] | undefined): Telemetry[] {
    if (records === undefined) return [];
    const out: Telemetry[] = [];
    for (const r of records) if (r.type === 'telemetry' && r.telemetry.body.case === 'hello') out.push(r.telemetry);
    return out;
  }

  /** The reply to a stored Hello: accepted, gateway time, the offline timeout, settings, limits. */
  accepted(hello: Telemetry, transport: SessionTransport): HelloReply {
    const reported = hello.body.case === 'hello' ? { preEventBufferS: hello.body.value.preEventBufferS } : {};
    return this.reply(hello.deviceId, hello.bootId, 'ACCEPTED', '', transport, this.deps.book.adoptSettings(hello.deviceId, reported));
  }

  /** The reply to a Hello the gateway will not take (serial: an unregistered camera). */
  rejected(hello: Telemetry, transport: SessionTransport, reason: string): HelloReply {
    return this.reply(hello.deviceId, hello.bootId, 'REJECTED', reason, transport, this.deps.book.settingsOf(hello.deviceId));
  }

  private reply(deviceId: string, bootId: number, status: HelloReply['status'], reason: string, transport: SessionTransport, settings: HelloReply['settings']): HelloReply {
    return {
      deviceId,
      bootId,
      status,
      reason,
      serverTimeMs: this.deps.nowMs(),
      offlineTimeoutS: Math.ceil(this.deps.offlineAfterMs / 1000),
      settings,
      maxBatchItems: MAX_BATCH_ITEMS,
      maxMessageBytes: this.deps.maxMessageBytes[transport],
    };
  }

  nack(accepted: Accepted | undefined, failed: boolean, frameCrc = 0): Nack {
    return nackFor(accepted, failed, frameCrc);
  }
}

/** A refusal the device can act on: kept aside (do not resend), unknown camera, or try later. */
export function nackFor(accepted: Accepted | undefined, failed: boolean, frameCrc = 0): Nack {
  const reason: NackReason = failed ? 'RETRY_LATER' : nackReasonOf(accepted?.reason ?? '');
  const first = accepted?.keys[0];
  return {
    deviceId: accepted?.deviceId ?? first?.deviceId ?? '',
    bootId: first?.bootId ?? 0,
    seqs: (accepted?.keys ?? []).filter((k) => k.bootId === first?.bootId && k.deviceId === first?.deviceId).map((k) => k.seq),
    reason,
    resend: reason === 'RETRY_LATER' || reason === 'TOO_LARGE',
    detail: failed ? 'the gateway could not store it now; send it again later' : (accepted?.detail ?? ''),
    frameCrc,
  };
}
