/**
 * Writes lines to a stream with backpressure (waits for 'drain' past the high-water mark) and
 * treats a closed reader (EPIPE, e.g. `| head`) as the end, not a crash.
 */
import type { Writable } from 'node:stream';

export class LineWriter {
  private buffer: string[] = [];
  private size = 0;
  private closed = false;

  constructor(
    private readonly stream: Writable,
    private readonly chunkChars = 64 * 1024,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else throw error;
    });
  }

  /** Queues a line; resolves once it may be followed by more (after 'drain' if needed). */
  async write(line: string): Promise<void> {
    if (this.closed) return;
    this.buffer.push(line);
    this.size += line.length + 1;
    if (this.size >= this.chunkChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0 || this.closed) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }

  async end(): Promise<void> {
    await this.flush();
  }
}
