/** Serial transport settings, and the `--serial PATH[:BAUD]` syntax. */
import { GatewayError } from '../../errors.js';

export const SERIAL_DEFAULTS = {
  /** 115,200 baud, 8N1: what docks and bench cameras commonly run. */
  baudRate: 115_200,
  /** First retry 500 ms after a port disappears... */
  reconnectMinMs: 500,
  /** ...doubling up to 30 s between retries. */
  reconnectMaxMs: 30_000,
  /** `--serial auto`: look for newly plugged ports every 2 s. */
  usbPollMs: 2_000,
  /** Stop reading a port while 64 frames wait for the store (backpressure). */
  maxPendingFrames: 64,
};

export interface SerialSpec {
  path: string;
  baudRate: number;
}

const BAUDS = new Set([1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 1000000, 2000000, 3000000]);

/** "PATH[:BAUD]" -> spec; the path may itself contain ':' only if a baud follows. */
export function parseSerialSpec(spec: string): SerialSpec {
  const m = /^(.+?)(?::(\d+))?$/.exec(spec);
  const path = m?.[1] ?? '';
  const baudRate = m?.[2] === undefined ? SERIAL_DEFAULTS.baudRate : Number(m[2]);
  if (path === '') throw new GatewayError('CONFIG_INVALID', `--serial ${spec}: expected PATH[:BAUD]`);
  if (!BAUDS.has(baudRate)) throw new GatewayError('CONFIG_INVALID', `--serial ${spec}: ${baudRate} is not a standard baud rate (${[...BAUDS].join(', ')})`);
  return { path, baudRate };
}

/** "VID:PID" in hex (e.g. 0403:6001) -> normalised lower-case pair. */
export function parseUsbId(spec: string): { vendorId: string; productId: string } {
  const m = /^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$/.exec(spec);
  if (m === null) throw new GatewayError('CONFIG_INVALID', `--serial-usb ${spec}: expected VID:PID in hex, e.g. 0403:6001`);
  return { vendorId: m[1]!.toLowerCase(), productId: m[2]!.toLowerCase() };
}
