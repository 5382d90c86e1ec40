/**
 * Device snapshots (DeviceState) go out when something a person would notice changed, at most
 * every `intervalMs` per device (a camera reporting every second does not flood subscribers),
 * plus a periodic refresh so "last seen" and "online" stay current.
 */
import type { DeviceState } from '../model/domain.js';
import type { Fanout } from './sink.js';

export const DEVICE_STATE_DEFAULTS = {
  /** 250 ms between flushes of changed devices. */
  intervalMs: 250,
  /** 30 s between full refreshes of every device (last seen, online). */
  refreshMs: 30_000,
};

export class DeviceStatePublisher {
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private refresher: NodeJS.Timeout | null = null;

  constructor(
    private readonly fanout: Fanout,
    private readonly stateOf: (deviceId: string) => DeviceState | undefined,
    private readonly allDevices: () => Iterable<string>,
    private readonly options = DEVICE_STATE_DEFAULTS,
  ) {}

  markDirty(deviceId: string): void {
    this.dirty.add(deviceId);
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), this.options.intervalMs);
    this.refresher = setInterval(() => {
      for (const id of this.allDevices()) this.dirty.add(id);
    }, this.options.refreshMs);
    this.timer.unref();
    this.refresher.unref();
  }

  flush(): void {
    for (const id of this.dirty) {
      const state = this.stateOf(id);
      if (state !== undefined) this.fanout.publish({ type: 'device', state });
    }
    this.dirty.clear();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    if (this.refresher !== null) clearInterval(this.refresher);
    this.timer = null;
    this.refresher = null;
  }
}
