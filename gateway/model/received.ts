/**
 * One message as a transport hands it over (MQTT publish, serial frame, NATS message), before
 * anything is decoded. Transports produce these and import nothing downstream of them.
 */
import type { Transport } from './input.js';

export interface Received {
  receivedMs: number;
  transport: Transport;
  topic: string;
  payload: Uint8Array;
  /** Who sent it: the MQTT client id or serial port, for quarantine records. */
  clientId: string | null;
  /** The authenticated device, when the sender is one: the message must be its own. */
  deviceId: string | null;
}
