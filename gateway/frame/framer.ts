/**
 * Streaming deframer: `push(chunk)` returns the frames (and discards) completed by that chunk.
 * A plain class with no I/O (zwave-js's SerialAPIParser and protobuf-es's size-delimited reader
 * are the models): it never throws on garbage, reports every discard as data, resynchronises at
 * the next 0x00, and drops an oversize frame before it is buffered whole.
 */
import { cobsMaxEncodedLength } from './cobs.js';
import {
  type Discarded,
  type DiscardReason,
  type Frame,
  DISCARD_REASONS,
  FRAME_DELIMITER,
  decodeFrame,
  isDiscarded,
} from './frame-format.js';

export const FRAMER_DEFAULTS = {
  /** Largest decoded frame body in bytes (65,535): a Telemetry is ~100 B and a batch of 500
   *  items ~50 KB; anything larger is garbage or an attack, and is dropped unbuffered. */
  maxFrameBytes: 65_535,
} as const;

export interface FramerOptions {
  maxFrameBytes?: number;
}

export type FramerOutput = (Frame & { ok: true }) | (Discarded & { ok: false });

export interface FramerStats {
  framesOk: number;
  discarded: Record<DiscardReason, number>;
  discardedBytes: number;
}

export function emptyFramerStats(): FramerStats {
  return {
    framesOk: 0,
    discarded: Object.fromEntries(DISCARD_REASONS.map((r) => [r, 0])) as Record<DiscardReason, number>,
    discardedBytes: 0,
  };
}

export class Framer {
  readonly maxFrameBytes: number;
  readonly stats: FramerStats = emptyFramerStats();
  /** Encoded bytes of the frame being received; preallocated once (no per-chunk concat). */
  private readonly buffer: Uint8Array;
  private length = 0;
  /** Bytes skipped since the current frame overflowed the buffer (0 = not overflowing). */
  private overflowBytes = 0;

  constructor(options: FramerOptions = {}) {
    const max = options.maxFrameBytes ?? FRAMER_DEFAULTS.maxFrameBytes;
    if (!Number.isInteger(max) || max < 6 || max > 16 * 1024 * 1024) {
      throw new RangeError(`maxFrameBytes must be an integer from 6 to 16777216, got ${String(max)}`);
    }
    this.maxFrameBytes = max;
    this.buffer = new Uint8Array(cobsMaxEncodedLength(max));
  }

  /** Bytes held for an incomplete frame. */
  get pending(): number {
    return this.length + this.overflowBytes;
  }

  push(chunk: Uint8Array): FramerOutput[] {
    const out: FramerOutput[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      const zero = chunk.indexOf(FRAME_DELIMITER, pos);
      const end = zero === -1 ? chunk.length : zero;
      this.append(chunk, pos, end);
      if (zero === -1) break;
      this.complete(out);
      pos = zero + 1;
    }
    return out;
  }

  /** End of stream: a partial frame is reported as TRUNCATED. */
  flush(): FramerOutput[] {
    const out: FramerOutput[] = [];
    if (this.pending > 0) {
      this.record(out, { reason: 'TRUNCATED', bytes: this.pending });
      this.reset();
    }
    return out;
  }

  /** Forgets a partial frame (e.g. after the port reopened). */
  reset(): void {
    this.length = 0;
    this.overflowBytes = 0;
  }

  private append(chunk: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    if (this.overflowBytes > 0 || this.length + n > this.buffer.length) {
      this.overflowBytes += n;
      return;
    }
    this.buffer.set(chunk.subarray(start, end), this.length);
    this.length += n;
  }

  private complete(out: FramerOutput[]): void {
    if (this.overflowBytes > 0) {
      this.record(out, { reason: 'OVERSIZE', bytes: this.length + this.overflowBytes });
    } else if (this.length > 0) {
      // Consecutive delimiters (an empty frame) are idle fill, not an error.
      const result = decodeFrame(this.buffer.subarray(0, this.length), this.maxFrameBytes);
      if (isDiscarded(result)) this.record(out, result);
      else {
        this.stats.framesOk++;
        out.push({ ok: true, ...result });
      }
    }
    this.reset();
  }

  private record(out: FramerOutput[], discarded: Discarded): void {
    this.stats.discarded[discarded.reason]++;
    this.stats.discardedBytes += discarded.bytes;
    out.push({ ok: false, ...discarded });
  }
}
