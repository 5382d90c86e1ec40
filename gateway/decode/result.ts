/** Decoding never throws: it returns a value or a rejection that names what was wrong. */
export type RejectCode = 'DECODE_FAILED' | 'INVALID_FIELD' | 'TOO_LARGE';

export interface Rejection {
  ok: false;
  code: RejectCode;
  /** Names the field and the problem, e.g. "battery.percent: 140 is above 100". */
  message: string;
}

export type Result<T> = { ok: true; value: T } | Rejection;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function reject(code: RejectCode, message: string): Rejection {
  return { ok: false, code, message };
}

/** Thrown inside validators only; turned into a Rejection at the decode seam. */
export class FieldError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** A message with more items than allowed (a batch): refused as TOO_LARGE, "split and resend". */
export class TooLargeError extends FieldError {}
