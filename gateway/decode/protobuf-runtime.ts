/**
 * Configures protobufjs before any generated code is loaded: 64-bit integers decode as JS
 * numbers, not Long objects (seq, time_ms and byte counts fit in 2^53; the validator rejects
 * larger values). Imported first by proto.ts; nothing else should import protobufjs directly.
 */
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

export { protobuf };
