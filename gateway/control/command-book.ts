/**
 * The command lifecycle (proto/README.md, "Commands"): every command has an id, an expiry and a
 * state, stored durably:
 *
 *   QUEUED --delivered--> DELIVERED --device ACCEPTED--> ACKNOWLEDGED --> SUCCEEDED | FAILED | REJECTED
 *      \____________________\____________________________\______ expiry ____> EXPIRED
 *
 * DELIVERED: the camera's MQTT client acknowledged the PUBLISH (embedded broker), or the frame
 * was written to the serial port the camera was last heard on. With an external broker the
 * gateway never sees the camera's PUBACK, so a command goes from QUEUED to ACKNOWLEDGED.
 * Commands not yet delivered are sent again when the camera says hello (MQTT) or is next heard
 * (serial; also those delivered but not acknowledged after `resendAfterMs`): the camera
 * executes an id once.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { GatewayError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Command, CommandAction, CommandResult, DeviceSettings } from '../model/domain.js';
import type { CommandRecord, CommandStore } from '../store/commands.js';

export const COMMAND_DEFAULTS = {
  /** A command not acknowledged within this long expires (per command: `ttlS`). */
  ttlMs: 10 * 60_000,
  maxTtlMs: 7 * 24 * 3_600_000,
  /** More open commands than this for one camera: the next is refused (429). */
  maxOpenPerDevice: 32,
  /** Serial: a DELIVERED command not acknowledged after this long is sent again when heard (then at doubling intervals). */
  resendAfterMs: 5_000,
  /** Finished commands are forgotten after this long. */
  keepMs: 30 * 24 * 3_600_000,
  /** How often expiry is checked. */
  sweepMs: 1_000,
};

/** The settings a camera gets when the gateway holds none for it (HelloReply, SetSettings). */
export const SETTINGS_DEFAULTS: DeviceSettings = {
  heartbeatIntervalS: 30,
  preEventBufferS: 30,
  sleepAfterIdleS: 0,
};

export interface CommandLinks {
  /** MQTT: the camera's commands topic, QoS 1. */
  publish(command: Command): Promise<void>;
  /** Serial: written to the port the camera was last heard on; false when it is on none. */
  sendSerial(command: Command): boolean;
}

export type ResultOutcome = 'applied' | 'unchanged' | 'unknown-command' | 'not-yours';

export class CommandBook {
  private links: CommandLinks = { publish: () => Promise.resolve(), sendSerial: () => false };
  /** Cameras with commands not yet acknowledged (serial resends look only at these). */
  private readonly awaiting = new Set<string>();
  private sweeper: NodeJS.Timeout | null = null;
  private lastPruneMs = 0;
  readonly counts = { issued: 0, delivered: 0, results: 0, expired: 0, refusedResults: 0 };

  constructor(
    readonly store: CommandStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options = COMMAND_DEFAULTS,
  ) {
    for (const id of store.devicesWithOpen()) this.awaiting.add(id);
  }

  connect(links: CommandLinks): void {
    this.links = links;
  }

  start(): void {
    this.sweeper = setInterval(() => this.sweep(), this.options.sweepMs);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper !== null) clearInterval(this.sweeper);
    this.sweeper = null;
  }

  /** Stores the command (QUEUED), then sends it on the camera's serial port if it is on one, and over MQTT. */
  async issue(deviceId: string, action: CommandAction, by: string, ttlMs = this.options.ttlMs): Promise<CommandRecord> {
    if (this.store.openCount(deviceId) >= this.options.maxOpenPerDevice) {
      throw new GatewayError('QUEUE_FULL', `${deviceId} has ${this.options.maxOpenPerDevice} commands not yet finished; wait for them or for their expiry`);
    }
    const now = this.clock.now();
    const command: Command = { commandId: randomUUID(), deviceId, issuedMs: now, expiresMs: now + Math.min(ttlMs, this.options.maxTtlMs), action };
    if (action.case === 'setSettings') this.store.saveSettings(deviceId, mergeSettings(this.settingsOf(deviceId), action.value.settings), now);
    this.store.insert(command, by, now);
    this.counts.issued++;
    this.awaiting.add(deviceId);
    this.links.sendSerial(command); // marks it DELIVERED when written
    await this.links.publish(command);
    return this.store.get(command.commandId)!;
  }

  /** The settings the gateway holds for a camera (defaults when none were ever set). */
  settingsOf(deviceId: string): DeviceSettings {
    return this.store.settings(deviceId) ?? SETTINGS_DEFAULTS;
  }

  /** At a camera's first Hello: what it reported (its pre-event buffer) becomes what the gateway holds. */
  adoptSettings(deviceId: string, reported: Partial<DeviceSettings>): DeviceSettings {
    const settings = { ...SETTINGS_DEFAULTS, ...reported };
    return this.safely('settings not read or saved', settings, () => {
      const held = this.store.settings(deviceId);
      if (held !== undefined) return held;
      this.store.saveSettings(deviceId, settings, this.clock.now());
      return settings;
    });
  }

  /** Store trouble on a transport's path is logged, never thrown into it (the next message tries again). */
  private safely<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, `commands: ${what} (store failing)`);
      return fallback;
    }
  }

  /** Written to the camera's port, or acknowledged by its MQTT client (again on a resend). */
  delivered(commandId: string): void {
    if (this.safely('delivery not recorded', false, () => this.store.delivered(commandId, this.clock.now()))) this.counts.delivered++;
  }

  /** MQTT, after a hello: commands never delivered (broker restart, clean session) go again. */
  undelivered(deviceId: string): Command[] {
    if (!this.awaiting.has(deviceId)) return [];
    return this.safely('queued commands not read', [], () => this.store.unacknowledged(deviceId).filter((r) => r.state === 'QUEUED').map((r) => r.command));
  }

  /** Serial, when the camera is heard: commands to write now (queued, or delivered and not acknowledged). */
  dueOnSerial(deviceId: string): Command[] {
    if (!this.awaiting.has(deviceId)) return [];
    return this.safely('queued commands not read', [], () => this.due(deviceId));
  }

  private due(deviceId: string): Command[] {
    const now = this.clock.now();
    const due = this.store.unacknowledged(deviceId).filter(
      // A DELIVERED one not acknowledged goes again after 5 s, then at doubling intervals (a v1.0
      // camera never answers: it gets a few copies, which it executes once, not one every 5 s).
      (r) => r.state === 'QUEUED' || (r.state === 'DELIVERED' && now - (r.deliveredMs ?? 0) >= Math.max(this.options.resendAfterMs, (now - r.command.issuedMs) / 2)),
    );
    if (due.length === 0 && this.store.openCount(deviceId) === 0) this.awaiting.delete(deviceId);
    return due.map((r) => r.command);
  }

  /**
   * A CommandResult from `sender` (the authenticated camera, or the serial frame's device).
   * Throws STORE_FAILED when it cannot be recorded (then do not acknowledge it: it comes again).
   */
  result(r: CommandResult, sender: string): ResultOutcome {
    try {
      return this.applyResult(r, sender);
    } catch (error) {
      throw new GatewayError('STORE_FAILED', `command result not recorded: ${(error as Error).message}`, { cause: error });
    }
  }

  private applyResult(r: CommandResult, sender: string): ResultOutcome {
    const record = this.store.get(r.commandId);
    if (record === undefined) return this.refused(r, sender, 'unknown-command');
    if (record.command.deviceId !== r.deviceId || r.deviceId !== sender) return this.refused(r, sender, 'not-yours');
    const now = this.clock.now();
    const changed = r.status === 'ACCEPTED' ? this.store.acknowledged(r.commandId, now) : this.store.done(r.commandId, r.status, r.reason, now);
    if (!changed) return 'unchanged';
    this.counts.results++;
    if (r.status !== 'ACCEPTED' && this.store.openCount(r.deviceId) === 0) this.awaiting.delete(r.deviceId);
    return 'applied';
  }

  private refused(r: CommandResult, sender: string, outcome: ResultOutcome): ResultOutcome {
    this.counts.refusedResults++;
    this.log.warn({ command: r.commandId, device: r.deviceId, sender, outcome }, 'command result refused');
    return outcome;
  }

  list(deviceId: string, limit: number, offset: number): { total: number; commands: CommandRecord[] } {
    return this.store.ofDevice(deviceId, limit, offset);
  }

  /**
   * Expires what is overdue; forgets what finished long ago. Writes only when something is due
   * (a read decides), and a failing store is logged and tried again on the next sweep.
   */
  sweep(): void {
    const now = this.clock.now();
    try {
      const next = this.store.nextExpiry();
      if (next !== null && next <= now) {
        const expired = this.store.expire(now);
        this.counts.expired += expired.length;
        for (const e of expired) this.log.info({ command: e.commandId, device: e.deviceId }, 'command expired');
      }
      if (now - this.lastPruneMs >= 3_600_000) {
        this.lastPruneMs = now;
        this.store.prune(now - this.options.keepMs);
      }
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'commands: expiry not recorded now; retrying');
    }
  }
}

/** SetSettings: a 0 keeps the current value. */
export function mergeSettings(current: DeviceSettings, update: DeviceSettings): DeviceSettings {
  return {
    heartbeatIntervalS: update.heartbeatIntervalS || current.heartbeatIntervalS,
    preEventBufferS: update.preEventBufferS || current.preEventBufferS,
    sleepAfterIdleS: update.sleepAfterIdleS || current.sleepAfterIdleS,
  };
}
