/**
 * A corrupting relay between two pty pairs (camera <-> relay <-> gateway): flips bits and inserts
 * garbage at a set byte-error rate, and survives either side disappearing (it reopens).
 */
import { autoDetect } from '@serialport/bindings-cpp';
import { SerialPortStream } from '@serialport/stream';
import { rng } from './random-fleet.js';

export interface Faults {
  /** Probability per byte of one flipped bit. */
  bitFlip: number;
  /** Probability per byte of inserting a random garbage byte before it. */
  insert: number;
  /** Probability per byte of dropping it. */
  drop: number;
  /** Probability per chunk of a burst: 8-64 consecutive bytes replaced by noise. */
  burst?: number;
  /** Probability per chunk of losing its tail (a truncated frame). */
  truncate?: number;
}

class ReopeningPort {
  stream: SerialPortStream | null = null;
  private stopped = false;
  constructor(
    readonly path: string,
    private readonly onData: (d: Buffer) => void,
  ) {
    this.open();
  }
  private open(): void {
    if (this.stopped) return;
    const s = new SerialPortStream({ binding: autoDetect(), path: this.path, baudRate: 115200, autoOpen: false });
    s.on('data', this.onData);
    s.on('error', () => undefined);
    s.on('close', () => {
      this.stream = null;
      setTimeout(() => this.open(), 100);
    });
    s.open((e) => {
      if (e) setTimeout(() => this.open(), 100);
      else this.stream = s;
    });
  }
  write(d: Buffer): void {
    if (this.stream?.isOpen) this.stream.write(d);
  }
  async close(): Promise<void> {
    this.stopped = true;
    const s = this.stream;
    if (s?.isOpen) await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

export class SerialRelay {
  readonly counts = { bytes: 0, flipped: 0, inserted: 0, dropped: 0, bursts: 0, truncated: 0 };
  private readonly left: ReopeningPort;
  private readonly right: ReopeningPort;
  private readonly random: () => number;

  constructor(leftPath: string, rightPath: string, faults: Faults, seed = 1) {
    this.random = rng(seed);
    this.left = new ReopeningPort(leftPath, (d) => this.right.write(this.corrupt(d, faults)));
    this.right = new ReopeningPort(rightPath, (d) => this.left.write(this.corrupt(d, faults)));
  }

  private corrupt(d: Buffer, f: Faults): Buffer {
    const out: number[] = [];
    for (const byte of d) {
      this.counts.bytes++;
      if (this.random() < f.insert) {
        out.push(Math.floor(this.random() * 256));
        this.counts.inserted++;
      }
      if (this.random() < f.drop) {
        this.counts.dropped++;
        continue;
      }
      if (this.random() < f.bitFlip) {
        out.push(byte ^ (1 << Math.floor(this.random() * 8)));
        this.counts.flipped++;
      } else out.push(byte);
    }
    if (out.length > 0 && this.random() < (f.burst ?? 0)) {
      const at = Math.floor(this.random() * out.length);
      const len = 8 + Math.floor(this.random() * 57);
      for (let i = at; i < Math.min(out.length, at + len); i++) out[i] = Math.floor(this.random() * 256);
      this.counts.bursts++;
    }
    if (out.length > 1 && this.random() < (f.truncate ?? 0)) {
      out.length = Math.floor(this.random() * out.length);
      this.counts.truncated++;
    }
    return Buffer.from(out);
  }

  async close(): Promise<void> {
    await Promise.all([this.left.close(), this.right.close()]);
  }
}
