/**
 * Streams a capture file (or standard input) line by line. A bad line either stops the read
 * with CAPTURE_INVALID naming the line and the problem, or (skipBad) is reported as data.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { GatewayError } from '../errors.js';
import { parseCaptureLine } from './capture.js';
import { type CaptureRecord } from '../model/capture-record.js';

export type CaptureItem = { ok: true; line: number; record: CaptureRecord } | { ok: false; line: number; message: string };

export async function* readCapture(path: string, options: { skipBad?: boolean } = {}): AsyncGenerator<CaptureItem> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') resolve();
    input.once('open', () => resolve());
    input.once('error', (error: Error) => reject(new GatewayError('IO_FAILED', `cannot read ${path}: ${error.message}`, { cause: error })));
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      const parsed = parseCaptureLine(text);
      if (parsed.ok) {
        yield { ok: true, line, record: parsed.value };
      } else if (options.skipBad) {
        yield { ok: false, line, message: parsed.message };
      } else {
        throw new GatewayError('CAPTURE_INVALID', `${path === '-' ? 'stdin' : path}: line ${line}: ${parsed.message}`, {
          context: { line },
        });
      }
    }
  } finally {
    lines.close();
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
  }
}
