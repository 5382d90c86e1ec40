/**
 * A gateway over a serial line (a dock carrying the whole fleet): every message goes through the
 * DeviceLink (framing, store-and-forward, resends), activities as Activity frames, with bit flips
 * at the scenario's byte-error rate. The gateway keeps its own (real) clock, so this target runs
 * at real time only.
 */
import { autoDetect } from '@serialport/bindings-cpp';
import { SerialPortStream } from '@serialport/stream';
import { activityCodec } from '../../gateway/decode/codec.js';
import type { Alert } from '../../gateway/model/domain.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { GatewayError } from '../../gateway/errors.js';
import { DeviceLink } from '../link/device-link.js';
import { Random } from '../model/random.js';
import type { Outgoing } from './network.js';
import type { SimTarget } from './target.js';

export class SerialTarget implements SimTarget {
  readonly name = 'serial';
  readonly alerts: Alert[] = [];
  private port: SerialPortStream | null = null;
  readonly link: DeviceLink;
  private timer: NodeJS.Timeout | null = null;
  private readonly random: Random;
  readonly counts = { bytes: 0, flipped: 0 };

  constructor(
    private readonly path: string,
    private readonly byteErrorRate: number,
    seed: number,
  ) {
    this.random = Random.forked(seed, `serial:${path}`);
    this.link = new DeviceLink((bytes) => this.write(bytes));
  }

  private write(bytes: Uint8Array): void {
    const out = Buffer.from(bytes);
    for (let i = 0; i < out.length; i++) {
      this.counts.bytes++;
      if (this.byteErrorRate > 0 && this.random.chance(this.byteErrorRate)) {
        out[i]! ^= 1 << this.random.int(0, 7);
        this.counts.flipped++;
      }
    }
    if (this.port?.isOpen) this.port.write(out);
  }

  async start(): Promise<void> {
    const port = new SerialPortStream({ binding: autoDetect(), path: this.path, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(new GatewayError('IO_FAILED', `cannot open ${this.path}: ${e.message}`)) : resolve())));
    port.on('data', (d: Buffer) => this.link.receive(d));
    this.port = port;
    this.timer = setInterval(() => this.link.tick(Date.now()), 100);
  }

  async clock(): Promise<void> {}

  async deliver(out: readonly Outgoing[]): Promise<void> {
    const now = Date.now();
    for (const o of out) {
      if (o.type === 'telemetry') this.link.send(o.telemetry, now);
      else if (o.type === 'batch') for (const t of o.items) this.link.send(t, now);
      else if (o.type === 'activity') this.write(encodeFrame('ACTIVITY', activityCodec.encode(o.activity)));
      else throw new GatewayError('CONFIG_INVALID', 'administrators\' assignments cannot go over a serial line; use assignment: hello');
    }
  }

  async close(): Promise<void> {
    for (let i = 0; i < 300 && this.link.pending > 0; i++) await new Promise((r) => setTimeout(r, 100));
    if (this.timer !== null) clearInterval(this.timer);
    const port = this.port;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
