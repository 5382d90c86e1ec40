/**
 * Commands for cameras (start/stop recording, reboot, ping): published on the camera's MQTT
 * commands topic (QoS 1; a persistent session gets it on reconnect), and queued for serial
 * ports, where it is sent as a Command frame when the camera is next heard. Not durable: a
 * command is a request of the moment. Bounded per device.
 */
import { randomUUID } from 'node:crypto';
import type { Command, CommandAction } from '../model/domain.js';
import type { Clock } from '../clock.js';
import { SERIAL_DEFAULTS } from '../transport/serial/serial-config.js';

export class CommandQueue {
  private readonly pending = new Map<string, Command[]>();
  dropped = 0;

  constructor(
    private readonly clock: Clock,
    private readonly publish: (command: Command) => Promise<void>,
    /** Sends on the serial link the camera was last heard on; false if none (then it waits). */
    private readonly sendSerial: (command: Command) => boolean = () => false,
    private readonly maxPerDevice = SERIAL_DEFAULTS.maxQueuedCommands,
  ) {}

  async issue(deviceId: string, action: CommandAction): Promise<Command> {
    const command: Command = { commandId: randomUUID(), deviceId, issuedMs: this.clock.now(), action };
    if (!this.sendSerial(command)) {
      const queue = this.pending.get(deviceId) ?? [];
      if (queue.length >= this.maxPerDevice) {
        queue.shift();
        this.dropped++;
      }
      queue.push(command);
      this.pending.set(deviceId, queue);
    }
    await this.publish(command);
    return command;
  }

  /** Commands waiting for a device heard on a serial port (removed: they are being sent). */
  take(deviceId: string): Command[] {
    const queue = this.pending.get(deviceId);
    if (queue === undefined) return [];
    this.pending.delete(deviceId);
    return queue;
  }
}
