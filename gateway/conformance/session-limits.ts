/** The limits a HelloReply states (proto/README.md §7), as the checker announces them. */
import { MAX_BATCH_ITEMS } from '../decode/validate.js';
import { FRAME_OVERHEAD } from '../frame/frame-format.js';
import { FRAMER_DEFAULTS } from '../frame/framer.js';
import { BROKER_DEFAULTS } from '../transport/mqtt/embedded-broker.js';

export const SESSION_LIMITS = {
  serial: { maxBatchItems: MAX_BATCH_ITEMS, maxMessageBytes: FRAMER_DEFAULTS.maxFrameBytes - FRAME_OVERHEAD },
  mqtt: { maxBatchItems: MAX_BATCH_ITEMS, maxMessageBytes: BROKER_DEFAULTS.maxPacketBytes },
};
