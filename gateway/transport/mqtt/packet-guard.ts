/**
 * aedes has no packet size limit: a client can stream a 200 MB PUBLISH into memory. This
 * stream sits between the socket and aedes, reads each MQTT fixed header (type byte plus the
 * variable-length "remaining length", MQTT-2.2.3) as bytes pass, and closes the connection as
 * soon as a packet announces more than the limit, before its body is buffered.
 */
import { isUtf8 } from 'node:buffer';
import { Duplex } from 'node:stream';

/** A rule of MQTT 3.1.1 a packet broke (aedes lets these through; the guard closes the connection). */
export interface Violation {
  clause: string;
  message: string;
  /** Sent before closing (CONNACK return code), for a CONNECT the server must answer. */
  connack?: number;
}

const CONNECT = 1;
const PUBLISH = 3;
const UNSUBSCRIBE = 10;

export class MqttPacketScanner {
  /** Bytes still to skip in the current packet body. */
  private remaining = 0;
  /** 0: expecting a type byte; 1..4: reading remaining-length byte n. */
  private headerByte = 0;
  private length = 0;
  private multiplier = 1;
  private typeByte = 0;
  /** The first bytes of the current body, kept until `need` are there to be checked. */
  private prefix: number[] = [];
  private need = 0;
  /** Set when scan() returns -2. */
  violation: Violation | null = null;

  constructor(readonly maxPacketBytes: number) {}

  /**
   * Returns the size of the first packet over the limit in this chunk, or 0. -1: malformed
   * length; -2: a protocol rule broken (see `violation`).
   */
  scan(chunk: Uint8Array): number {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        if (this.prefix.length < this.need) {
          const take = Math.min(this.need - this.prefix.length, this.remaining, chunk.length - i);
          for (let k = 0; k < take; k++) this.prefix.push(chunk[i + k]!);
          this.remaining -= take;
          i += take;
          if (this.prefix.length >= this.need && this.checkPrefix()) return -2;
          continue;
        }
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
        this.typeByte = byte;
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
      if (this.startPacket()) return -2;
    }
    return 0;
  }

  private fail(clause: string, message: string, connack?: number): true {
    this.violation = connack === undefined ? { clause, message } : { clause, message, connack };
    return true;
  }

  /** A fixed header is complete: what to collect of the body, or a violation already. */
  private startPacket(): boolean {
    const type = this.typeByte >> 4;
    this.prefix = [];
    this.need = 0;
    if (type === UNSUBSCRIBE && this.length <= 2) return this.fail('MQTT-3.10.3-2', 'UNSUBSCRIBE with no topic filter');
    if (type === PUBLISH) {
      if (((this.typeByte >> 1) & 3) === 3) return this.fail('MQTT-3.3.1-4', 'PUBLISH with QoS 3');
      this.need = Math.min(2, this.length);
    }
    if (type === CONNECT) this.need = Math.min(10, this.length); // name length, "MQTT"/"MQIsdp", level, flags
    return this.need > 0 && this.remaining === 0 ? this.checkPrefix() : false;
  }

  /** The collected body prefix is complete: check it (a PUBLISH may ask for more first). */
  private checkPrefix(): boolean {
    const p = this.prefix;
    const type = this.typeByte >> 4;
    if (type === PUBLISH) {
      const qos = (this.typeByte >> 1) & 3;
      const topicLength = (p[0]! << 8) | p[1]!;
      const want = Math.min(2 + topicLength + (qos > 0 ? 2 : 0), this.prefix.length + this.remaining);
      if (p.length < want) {
        this.need = want;
        return false;
      }
      const topic = Buffer.from(p.slice(2, 2 + topicLength));
      if (!isUtf8(topic)) return this.fail('MQTT-1.5.3-1', 'topic name is not valid UTF-8');
      if (topic.includes(0)) return this.fail('MQTT-1.5.3-2', 'topic name contains U+0000');
      if (qos > 0 && p.length >= 2 + topicLength + 2 && ((p[2 + topicLength]! << 8) | p[3 + topicLength]!) === 0) {
        return this.fail('MQTT-2.3.1-1', 'QoS 1 PUBLISH with packet identifier 0');
      }
      this.need = 0;
      return false;
    }
    if (type === CONNECT) {
      const nameLength = (p[0]! << 8) | p[1]!;
      const name = Buffer.from(p.slice(2, 2 + nameLength)).toString('latin1');
      const level = p[2 + nameLength];
      const flags = p[3 + nameLength];
      if (name === 'MQTT' && level !== 4) return this.fail('MQTT-3.1.2-2', `protocol level ${String(level)} with name MQTT (3.1.1 is level 4)`, 1);
      if (name === 'MQIsdp' && level !== 3) return this.fail('MQTT-3.1.2-2', `protocol level ${String(level)} with name MQIsdp`, 1);
      if (name !== 'MQTT' && name !== 'MQIsdp') return this.fail('MQTT-3.1.2-1', `protocol name ${JSON.stringify(name)}`);
      if (flags !== undefined && (flags & 0x01) !== 0) return this.fail('MQTT-3.1.2-3', 'CONNECT reserved flag set');
      if (flags !== undefined && ((flags >> 3) & 3) === 3) return this.fail('MQTT-3.1.2-14', 'Will QoS 3');
    }
    this.need = 0;
    return false;
  }
}

export interface GuardEvents {
  onOversize(size: number): void;
  onViolation?(violation: Violation): void;
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
    if (over === -2) {
      const v = scanner.violation!;
      events.onViolation?.(v);
      // [MQTT-3.1.2-2]: a CONNACK with the return code, then the close; otherwise just the close.
      if (v.connack !== undefined) socket.end(Buffer.from([0x20, 0x02, 0x00, v.connack]));
      else socket.destroy();
      guarded.destroy();
      return;
    }
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
