/**
 * An SSE viewer that behaves like a browser's EventSource: it reads /api/events, remembers the
 * last event id, and on any break reconnects (every `retryMs`) sending `Last-Event-ID`.
 */
export interface SseAlert {
  seq: number;
  alertId: string;
  revision: number;
}

export class SseViewer {
  readonly alerts: SseAlert[] = [];
  lastEventId = '';
  connects = 0;
  private stopped = false;
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly url: () => string,
    private readonly token: string,
    private readonly retryMs = 200,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
        if (this.lastEventId !== '') headers['last-event-id'] = this.lastEventId;
        const res = await fetch(`${this.url()}/api/events`, { headers, signal: this.controller.signal });
        if (res.ok && res.body !== null) {
          this.connects++;
          await this.read(res.body);
        }
      } catch {
        // the gateway went away: retry
      }
      if (!this.stopped) await new Promise((r) => setTimeout(r, this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      buffer += decoder.decode(r.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        this.event(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private event(block: string): void {
    let type = 'message';
    let id: string | undefined;
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (id !== undefined) this.lastEventId = id;
    if (type !== 'alert') return;
    const a = JSON.parse(data) as { alertId: string; revision: number; seq?: string | number };
    this.alerts.push({ seq: Number(a.seq ?? id), alertId: a.alertId, revision: a.revision });
  }
}
