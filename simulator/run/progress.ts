/**
 * Progress of a run: a live line on a terminal (simulated time, messages/s, cameras online,
 * alerts seen), plain periodic lines when stderr is not a terminal.
 */
export interface ProgressSnapshot {
  simulatedMs: number;
  durationMs: number;
  messages: number;
  alerts: number;
  camerasOnline: number;
  wallMs: number;
}

export class Progress {
  private lastLine = 0;
  private lastMessages = 0;
  private lastWall = 0;
  private readonly tty: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly enabled = true,
  ) {
    this.tty = out.isTTY === true;
  }

  update(p: ProgressSnapshot, force = false): void {
    if (!this.enabled) return;
    const interval = this.tty ? 200 : 10_000;
    if (!force && p.wallMs - this.lastLine < interval) return;
    const rate = p.wallMs > this.lastWall ? ((p.messages - this.lastMessages) / (p.wallMs - this.lastWall)) * 1000 : 0;
    this.lastLine = p.wallMs;
    this.lastMessages = p.messages;
    this.lastWall = p.wallMs;
    const pct = Math.min(100, (p.simulatedMs / p.durationMs) * 100);
    const speed = p.wallMs > 0 ? p.simulatedMs / p.wallMs : 0;
    const line = `sim ${clock(p.simulatedMs)} / ${clock(p.durationMs)} (${pct.toFixed(0)}%, ${speed.toFixed(1)}x) | ${Math.round(rate)} msg/s | ${p.camerasOnline} cameras online | ${p.alerts} alert revisions`;
    this.out.write(this.tty ? `\r\x1b[K${line}` : `${line}\n`);
  }

  /** A one-off line (e.g. what the run is waiting for). */
  note(text: string): void {
    if (this.enabled) this.out.write(`${text}\n`);
  }

  done(): void {
    if (this.enabled && this.tty) this.out.write('\n');
  }
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
