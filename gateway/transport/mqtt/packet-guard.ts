/**
 * aedes has no packet size limit: a client can stream a 200 MB PUBLISH into memory. This
 * stream sits between the socket and aedes, reads each MQTT fixed header (type byte plus the
 * variable-length "remaining length", MQTT-2.2.3) as bytes pass, and closes the connection as
 * soon as a packet announces more than the limit, before its body is buffered.
 */
import { Duplex } from 'node:stream';

export class MqttPacketScanner {
  /** Bytes still to skip in the current packet body. */
  private remaining = 0;
  /** 0: expecting a type byte; 1..4: reading remaining-length byte n. */
  private headerByte = 0;
  private length = 0;
  private multiplier = 1;

  constructor(readonly maxPacketBytes: number) {}

  /** Returns the size of the first packet over the limit in this chunk, or 0. -1: malformed. */
  scan(chunk: Uint8Array): number {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const skip = Math.min(this.remaining, chunk.length - i);
        this.remaining -= skip;
        i += skip;
        continue;
      }
      const byte = chunk[i++]!;
      if (this.headerByte === 0) {
        this.headerByte = 1;
        this.length = 0;
        this.multiplier = 1;
        continue;
      }
      this.length += (byte & 0x7f) * this.multiplier;
      this.multiplier *= 128;
      if ((byte & 0x80) !== 0) {
        if (++this.headerByte > 4) return -1; // [MQTT-2.2.3] at most four length bytes
        continue;
      }
      const total = 1 + this.headerByte + this.length;
      this.headerByte = 0;
      if (total > this.maxPacketBytes) return total;
      this.remaining = this.length;
    }
    return 0;
  }
}

export interface GuardEvents {
  onOversize(size: number): void;
}

/** Wraps a socket-like duplex; what aedes reads has passed the size check. */
export function guardConnection(socket: Duplex, maxPacketBytes: number, events: GuardEvents): Duplex {
  const scanner = new MqttPacketScanner(maxPacketBytes);
  // Everything written in one turn of the event loop (the PUBACKs of a group commit) leaves in
  // one system call per socket rather than one per packet.
  let corked = false;
  const flush = (): void => {
    if (!corked) return;
    corked = false;
    socket.uncork();
  };
  const coalesce = (): void => {
    if (corked) return;
    corked = true;
    socket.cork();
    setImmediate(flush);
  };
  const guarded = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      coalesce();
      socket.write(chunk, callback);
    },
    writev(chunks, callback) {
      coalesce();
      socket.write(Buffer.concat(chunks.map((c) => c.chunk as Buffer)), callback);
    },
    final(callback) {
      flush();
      socket.end(callback);
    },
    destroy(error, callback) {
      flush(); // a refusal (CONNACK with an error) goes out before the close
      socket.destroy(error ?? undefined);
      callback(error);
    },
  });
  socket.on('data', (chunk: Buffer) => {
    const over = scanner.scan(chunk);
    if (over !== 0) {
      events.onOversize(over);
      socket.destroy();
      guarded.destroy();
      return;
    }
    if (!guarded.push(chunk)) socket.pause();
  });
  socket.on('end', () => guarded.push(null));
  socket.on('error', (error) => guarded.destroy(error));
  socket.on('close', () => {
    if (!guarded.destroyed) guarded.destroy();
  });
  socket.on('drain', () => guarded.emit('drain'));
  return guarded;
}
