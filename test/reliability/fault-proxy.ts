/**
 * A small fault-injecting TCP proxy for the tests: pass, blackhole (connections stay open, bytes
 * vanish), reset (every connection dropped with RST), latency (each chunk delayed), throttle
 * (each direction limited to N bytes/s per connection).
 */
import { type AddressInfo, createServer, type Server, type Socket, connect } from 'node:net';

export type Mode = { kind: 'pass' } | { kind: 'blackhole' } | { kind: 'latency'; ms: number } | { kind: 'throttle'; bytesPerSecond: number };

export class FaultProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<[Socket, Socket]>();
  mode: Mode = { kind: 'pass' };
  port = 0;
  readonly counts = { connections: 0, resets: 0, bytesDropped: 0 };

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      this.counts.connections++;
      const upstream = connect(this.targetPort, this.targetHost);
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      const close = (): void => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
      this.pipe(client, upstream);
      this.pipe(upstream, client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  private pipe(from: Socket, to: Socket): void {
    // A queue per direction, so latency and throttling keep the byte order.
    const queue: Buffer[] = [];
    let busy = false;
    const pump = (): void => {
      if (busy) return;
      const chunk = queue.shift();
      if (chunk === undefined) return;
      const m = this.mode;
      if (m.kind === 'blackhole') {
        this.counts.bytesDropped += chunk.length;
        return pump();
      }
      if (m.kind === 'pass') {
        if (!to.destroyed) to.write(chunk);
        return pump();
      }
      busy = true;
      if (m.kind === 'latency') {
        setTimeout(() => {
          busy = false;
          if (!to.destroyed) to.write(chunk);
          pump();
        }, m.ms);
        return;
      }
      // throttle: send a slice each 100 ms
      const slice = Math.max(1, Math.floor(m.bytesPerSecond / 10));
      if (chunk.length > slice) queue.unshift(chunk.subarray(slice));
      setTimeout(() => {
        busy = false;
        if (!to.destroyed) to.write(chunk.subarray(0, slice));
        pump();
      }, 100);
    };
    from.on('data', (chunk: Buffer) => {
      queue.push(chunk);
      pump();
    });
  }

  /** Drops every connection with a TCP reset. */
  reset(): void {
    for (const [a, b] of this.pairs) {
      this.counts.resets++;
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    this.pairs.clear();
  }

  async stop(): Promise<void> {
    this.reset();
    await new Promise<void>((resolve) => (this.server === null ? resolve() : this.server.close(() => resolve())));
  }
}
