/**
 * Revocation takes effect on live sessions. `bwc-gateway devices|accounts|tokens revoke` runs in
 * its own process and only marks the store, so the gateway looks for newly revoked credentials
 * every `intervalMs` (and at once when revoked through the API) and ends their sessions: the
 * MQTT connections of a revoked camera or account, the event streams of a revoked token.
 */
import type { Credentials, Revoked } from '../store/credentials.js';

export const REVOCATION_DEFAULTS = {
  /** 1 s between looks at the store (three small indexed queries). */
  intervalMs: 1000,
};

export interface RevocationTargets {
  /** Ends the MQTT sessions of these usernames (devices or accounts); returns how many. */
  endMqtt(names: ReadonlySet<string>): number;
  /** Ends the event streams opened with this token id; returns how many. */
  endToken(id: string): number;
  ended(kind: 'mqtt' | 'sse', n: number): void;
}

export class RevocationWatch {
  private known: { names: Set<string>; tokens: Set<string> };
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly credentials: Credentials,
    private readonly targets: RevocationTargets,
    private readonly intervalMs = REVOCATION_DEFAULTS.intervalMs,
  ) {
    this.known = this.read();
  }

  private read(): { names: Set<string>; tokens: Set<string> } {
    const r: Revoked = this.credentials.revoked();
    return { names: new Set([...r.devices, ...r.accounts]), tokens: new Set(r.tokens) };
  }

  start(): void {
    this.timer = setInterval(() => this.check(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Ends the sessions of credentials revoked since the last look. */
  check(): void {
    const now = this.read();
    const names = new Set([...now.names].filter((n) => !this.known.names.has(n)));
    if (names.size > 0) this.targets.ended('mqtt', this.targets.endMqtt(names));
    for (const id of now.tokens) if (!this.known.tokens.has(id)) this.targets.ended('sse', this.targets.endToken(id));
    this.known = now;
  }
}
