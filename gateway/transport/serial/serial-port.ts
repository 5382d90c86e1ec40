/**
 * One serial port, kept open: opened with @serialport/stream on an injected binding
 * (@serialport/bindings-cpp in production, @serialport/binding-mock in unit tests), reopened with
 * backoff when it disappears (unplugged, socat killed), paused on demand for backpressure.
 */
import { EventEmitter } from 'node:events';
import { type OpenOptions, SerialPortStream } from '@serialport/stream';
import { SERIAL_DEFAULTS, type SerialSpec } from './serial-config.js';

/** A serialport binding (bindings-cpp's autoDetect(), or binding-mock's MockBinding). */
export type Binding = OpenOptions['binding'];

export interface SerialPortEvents {
  open: [];
  data: [chunk: Buffer];
  close: [reason: string];
}

export class SerialConnection extends EventEmitter<SerialPortEvents> {
  private port: SerialPortStream | null = null;
  private retryMs: number = SERIAL_DEFAULTS.reconnectMinMs;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private paused = false;
  reconnects = 0;

  constructor(
    readonly spec: SerialSpec,
    private readonly binding: Binding,
    private readonly options = { reconnectMinMs: SERIAL_DEFAULTS.reconnectMinMs, reconnectMaxMs: SERIAL_DEFAULTS.reconnectMaxMs },
  ) {
    super();
    this.retryMs = options.reconnectMinMs;
  }

  /** The open stream, for tests that drive a mock binding. */
  get stream(): SerialPortStream | null {
    return this.port;
  }

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  private open(): void {
    if (this.stopped) return;
    const port = new SerialPortStream({ binding: this.binding, path: this.spec.path, baudRate: this.spec.baudRate, autoOpen: false });
    this.port = port;
    port.on('data', (chunk: Buffer) => this.emit('data', chunk));
    port.on('error', () => undefined); // surfaced through close / open failure
    port.on('close', () => this.lost('closed'));
    port.open((error) => {
      if (error) return this.lost(error.message);
      this.retryMs = this.options.reconnectMinMs;
      if (this.paused) port.pause();
      this.emit('open');
    });
  }

  private lost(reason: string): void {
    if (this.port === null) return;
    const port = this.port;
    this.port = null;
    port.removeAllListeners('data');
    if (port.isOpen) port.close(() => undefined);
    this.emit('close', reason);
    if (this.stopped) return;
    this.reconnects++;
    this.timer = setTimeout(() => this.open(), this.retryMs);
    this.retryMs = Math.min(this.options.reconnectMaxMs, this.retryMs * 2);
  }

  /** Writes bytes; false when the port is not open (the bytes are dropped: acks are re-sent later). */
  write(bytes: Uint8Array): boolean {
    const port = this.port;
    if (port === null || !port.isOpen) return false;
    port.write(Buffer.from(bytes));
    return true;
  }

  pause(): void {
    this.paused = true;
    this.port?.pause();
  }

  resume(): void {
    this.paused = false;
    this.port?.resume();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
