/** Where a simulation's messages go: the detector in-process, a gateway over MQTT, or a serial line. */
import type { Alert } from '../../gateway/model/domain.js';
import type { Outgoing } from './network.js';

export interface SimTarget {
  readonly name: string;
  /** Connects (and provisions) before the run; `deviceIds` are the fleet's cameras. */
  start(deviceIds: readonly string[]): Promise<void>;
  /** Moves the receiver's clock to T (simulated time), once everything before is acknowledged. */
  clock(T: number): Promise<void>;
  /** Delivers one step's messages, received at T; resolves when all are acknowledged. */
  deliver(out: readonly Outgoing[], T: number): Promise<void>;
  /** Every alert revision seen, in order. */
  readonly alerts: Alert[];
  /** Waits for alerts still in flight, then disconnects. */
  close(): Promise<void>;
}
