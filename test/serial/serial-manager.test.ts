/** `--serial auto`: ports with a listed USB id are opened, also when plugged in later. */
import { MockBinding } from '@serialport/binding-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../gateway/clock.js';
import { silentLogger } from '../../gateway/log.js';
import { createMetrics } from '../../gateway/metrics.js';
import { AckTracker } from '../../gateway/transport/serial/ack-tracker.js';
import { parseSerialSpec } from '../../gateway/transport/serial/serial-config.js';
import { NO_SESSION } from '../helpers/serial-session.js';
import { SerialManager } from '../../gateway/transport/serial/serial-manager.js';

describe('SerialManager', () => {
  let manager: SerialManager | undefined;
  afterEach(async () => {
    await manager?.close();
    manager = undefined;
    MockBinding.reset();
  });

  it('opens ports whose USB id is listed, at start and when plugged in later', async () => {
    MockBinding.createPort('/dev/ttyUSB0', { vendorId: '0403', productId: '6001' });
    MockBinding.createPort('/dev/ttyUSB1', { vendorId: '1a86', productId: '7523' });
    manager = new SerialManager(
      { serial: ['auto'], usb: ['0403:6001'], pollMs: 20 },
      MockBinding,
      { clock: new ManualClock(0), log: silentLogger, metrics: createMetrics(), acks: new AckTracker(() => 0), accept: () => undefined, session: NO_SESSION },
      silentLogger,
    );
    await manager.start();
    expect([...manager.links.keys()]).toEqual(['/dev/ttyUSB0']);
    MockBinding.createPort('/dev/ttyUSB2', { vendorId: '0403', productId: '6001' }); // plugged in later
    for (let i = 0; i < 50 && manager.links.size < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect([...manager.links.keys()].sort()).toEqual(['/dev/ttyUSB0', '/dev/ttyUSB2']);
  });

  it('parses PATH[:BAUD] and refuses nonsense, naming the option', () => {
    expect(parseSerialSpec('/dev/ttyACM0')).toEqual({ path: '/dev/ttyACM0', baudRate: 115200 });
    expect(parseSerialSpec('/dev/ttyACM0:9600')).toEqual({ path: '/dev/ttyACM0', baudRate: 9600 });
    expect(() => parseSerialSpec('/dev/ttyACM0:12345')).toThrow(/--serial \/dev\/ttyACM0:12345: 12345 is not a standard baud rate/);
    expect(() => new SerialManager({ serial: ['auto'], usb: ['nope'] }, MockBinding, {} as never, silentLogger)).toThrow(/--serial-usb nope: expected VID:PID/);
  });
});
