/** A serial link's session hooks with no command book (unit tests of framing, Acks, Nacks and backpressure). */
import { nackFor } from '../../gateway/control/device-session.js';
import type { SerialSession } from '../../gateway/transport/serial/serial-link.js';

export const NO_SESSION: SerialSession = {
  commandsFor: () => [],
  commandSent: () => undefined,
  commandResult: () => undefined,
  helloAccepted: () => {
    throw new Error('no session in this test');
  },
  helloRejected: () => {
    throw new Error('no session in this test');
  },
  hellosIn: () => [],
  nack: nackFor,
};
