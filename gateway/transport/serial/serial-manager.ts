/**
 * All serial ports of a gateway: the ones named with --serial PATH[:BAUD], and with
 * `--serial auto` every port whose USB vendor/product id is listed (--serial-usb VID:PID), found
 * with SerialPort.list() at start and every few seconds after, so docks plugged in later are
 * picked up.
 */
import type { Logger } from '../../log.js';
import { SERIAL_DEFAULTS, type SerialSpec, parseSerialSpec, parseUsbId } from './serial-config.js';
import { SerialLink, type SerialLinkDeps } from './serial-link.js';
import type { Binding } from './serial-port.js';

export interface SerialManagerOptions {
  /** PATH[:BAUD] specs, or 'auto'. */
  serial: readonly string[];
  /** VID:PID pairs for auto. */
  usb: readonly string[];
  pollMs?: number;
}

export class SerialManager {
  readonly links = new Map<string, SerialLink>();
  private readonly fixed: SerialSpec[];
  private readonly auto: boolean;
  private readonly usb: { vendorId: string; productId: string }[];
  private poller: NodeJS.Timeout | null = null;
  /** Which link each camera was last heard on (for commands). */
  private readonly lastLink = new Map<string, SerialLink>();

  constructor(
    options: SerialManagerOptions,
    private readonly binding: Binding,
    private readonly deps: Omit<SerialLinkDeps, 'heard'>,
    private readonly log: Logger,
  ) {
    this.auto = options.serial.includes('auto');
    this.fixed = options.serial.filter((s) => s !== 'auto').map(parseSerialSpec);
    this.usb = options.usb.map(parseUsbId);
    this.pollMs = options.pollMs ?? SERIAL_DEFAULTS.usbPollMs;
  }

  private readonly pollMs: number;

  get enabled(): boolean {
    return this.fixed.length > 0 || this.auto;
  }

  async start(): Promise<void> {
    for (const spec of this.fixed) this.add(spec);
    if (this.auto) {
      if (this.usb.length === 0) this.log.warn('--serial auto without --serial-usb VID:PID: no port will match');
      await this.scan();
      this.poller = setInterval(() => void this.scan(), this.pollMs);
      this.poller.unref();
    }
  }

  private add(spec: SerialSpec): void {
    if (this.links.has(spec.path)) return;
    const link = new SerialLink(spec, this.binding, { ...this.deps, heard: (deviceId, l) => this.lastLink.set(deviceId, l) });
    this.links.set(spec.path, link);
    link.start();
  }

  private async scan(): Promise<void> {
    let ports: Awaited<ReturnType<Binding['list']>>;
    try {
      ports = await this.binding.list();
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'cannot list serial ports');
      return;
    }
    for (const p of ports) {
      const vid = p.vendorId?.toLowerCase();
      const pid = p.productId?.toLowerCase();
      if (this.usb.some((u) => u.vendorId === vid && u.productId === pid) && !this.links.has(p.path)) {
        this.log.info({ port: p.path, vendorId: vid, productId: pid }, 'serial port found');
        this.add({ path: p.path, baudRate: SERIAL_DEFAULTS.baudRate });
      }
    }
  }

  /** The link a camera was last heard on, if any. */
  linkOf(deviceId: string): SerialLink | undefined {
    return this.lastLink.get(deviceId);
  }

  async close(): Promise<void> {
    if (this.poller !== null) clearInterval(this.poller);
    await Promise.all([...this.links.values()].map((l) => l.stop()));
  }
}
