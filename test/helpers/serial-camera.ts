/** A camera on a real serial port (one end of a pty pair), speaking through the DeviceLink. */
import { autoDetect } from '@serialport/bindings-cpp';
import { SerialPortStream } from '@serialport/stream';
import type { Command, HelloReply, Nack, Telemetry, TelemetryBody } from '../../gateway/model/domain.js';
import { DeviceLink, type DeviceLinkOptions } from '../../simulator/link/device-link.js';

export class SerialCamera {
  readonly link: DeviceLink;
  readonly commands: Command[] = [];
  readonly helloReplies: HelloReply[] = [];
  readonly nacks: Nack[] = [];
  private port: SerialPortStream;
  private seq = 0;
  private timer: NodeJS.Timeout;

  private constructor(
    path: string,
    readonly deviceId: string,
    options: DeviceLinkOptions,
  ) {
    this.port = new SerialPortStream({ binding: autoDetect(), path, baudRate: 115200, autoOpen: false });
    this.link = new DeviceLink((bytes) => {
      if (this.port.isOpen) this.port.write(Buffer.from(bytes));
    }, options);
    this.link.onCommand = (c) => this.commands.push(c);
    this.link.onHelloReply = (h) => this.helloReplies.push(h);
    this.link.onNack = (n) => this.nacks.push(n);
    this.port.on('data', (d: Buffer) => this.link.receive(d));
    this.timer = setInterval(() => this.link.tick(Date.now()), 50);
  }

  static async open(path: string, deviceId: string, options: DeviceLinkOptions = {}): Promise<SerialCamera> {
    const c = new SerialCamera(path, deviceId, options);
    await new Promise<void>((resolve, reject) => c.port.open((e) => (e ? reject(e) : resolve())));
    return c;
  }

  send(body: TelemetryBody, bootId = 1, deviceId = this.deviceId): Telemetry {
    const t: Telemetry = { deviceId, bootId, seq: ++this.seq, timeMs: Date.now(), body };
    this.link.send(t, Date.now());
    return t;
  }

  async until(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; link ${JSON.stringify(this.link.stats)}, pending ${this.link.pending}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.port.isOpen) await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }
}
