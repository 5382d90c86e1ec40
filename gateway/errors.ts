/**
 * One error class for the whole gateway, with a closed set of string codes (fastify-style).
 * Every code is listed in README.md ("Error codes"); test/errors.test.ts checks the two agree.
 */
export const ERROR_CODES = {
  /** A configuration value (flag, env var, policy or scenario key) is invalid. */
  CONFIG_INVALID: 'a configuration value is invalid',
  /** A policy file could not be read or is not a valid policy. */
  POLICY_INVALID: 'a policy file is invalid',
  /** A scenario file could not be read or is not a valid scenario. */
  SCENARIO_INVALID: 'a scenario file is invalid',
  /** A serial frame was discarded (bad CRC, bad COBS, oversize, unknown version or type). */
  FRAME_INVALID: 'a serial frame was discarded',
  /** A payload is not valid protobuf for the expected message type. */
  DECODE_FAILED: 'a payload could not be decoded',
  /** A decoded message has a field outside its documented range. */
  INVALID_FIELD: 'a message field is out of range',
  /** A capture (NDJSON) line is not valid JSON or not a valid capture record. */
  CAPTURE_INVALID: 'a capture line is invalid',
  /** A device id does not match the topic, client id or credentials. */
  IDENTITY_MISMATCH: 'a device id does not match its topic or credentials',
  /** A message arrived on a topic the gateway does not handle. */
  UNKNOWN_TOPIC: 'unknown topic',
  /** A packet or frame is larger than the configured maximum. */
  TOO_LARGE: 'a packet is larger than the limit',
  /** Authentication or authorization refused. */
  NOT_AUTHORIZED: 'not authorized',
  /** A durable write failed (disk full, I/O error); nothing was acknowledged. */
  STORE_FAILED: 'a durable write failed',
  /** A bounded queue is full. */
  QUEUE_FULL: 'a bounded queue is full',
  /** A requested record does not exist. */
  NOT_FOUND: 'not found',
  /** A peer did not answer in time. */
  TIMEOUT: 'timed out',
  /** An I/O resource (port, socket, file) failed. */
  IO_FAILED: 'an I/O operation failed',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface GatewayErrorOptions {
  cause?: unknown;
  /** Structured context for logs, e.g. { deviceId, line }. */
  context?: Record<string, unknown>;
}

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly code: ErrorCode;
  readonly context: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.context = options.context ?? {};
  }
}

export function isGatewayError(value: unknown, code?: ErrorCode): value is GatewayError {
  return value instanceof GatewayError && (code === undefined || value.code === code);
}

/** A short description of any thrown value, for logs and messages. */
export function describeError(value: unknown): string {
  if (value instanceof Error) return value.message;
  return String(value);
}
