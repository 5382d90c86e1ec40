/**
 * aedes has no packet size limit: a client can stream a 200 MB PUBLISH into memory. The
 * guard scans what the socket reads before aedes sees it, reads each MQTT fixed header (type byte plus the
 * variable-length "remaining length", MQTT-2.2.3) as bytes pass, and closes the connection as
 * soon as a packet announces more than the limit, before its body is buffered.
 */
import { isUtf8 } from 'node:buffer';
import type { Duplex } from 'node:stream';

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

/**
 * An oversize PUBLISH no larger than this is read (not buffered) and replaced, in the stream
 * aedes reads, by an empty PUBLISH on `${TOO_LARGE_PREFIX}{size}/{topic}` with the same packet id
 * and QoS: the broker refuses it with a reason (kept aside, PUBACK in order, a Nack) and the
 * connection stays up. A larger one closes the connection (nobody reads 200 MB to refuse it).
 */
export const TOO_LARGE_PREFIX = '$bwc/too-large/';

export class MqttPacketScanner {
  /** Bytes still to skip in the current packet body. */
  private remaining = 0;
  /** 0: expecting a type byte; 1..4: reading remaining-length byte n. */
  private headerByte = 0;
  private length = 0;
  private multiplier = 1;
  private typeByte = 0;
  /** The fixed header being read: held back until it is complete (then forwarded or dropped). */
  private header: number[] = [];
  /** The first bytes of the current body, kept until `need` are there to be checked. */
  private prefix: Uint8Array = new Uint8Array(64);
  private prefixLength = 0;
  private need = 0;
  /** Reading an oversize PUBLISH to refuse it: its size and the start of its body (topic, id). */
  private refusing: { size: number; head: number[] } | null = null;
  /** Set when scan() returns -2. */
  violation: Violation | null = null;
  /** What aedes should read of the last chunk scanned, in order (bytes of it, and replacements). */
  out: Uint8Array[] = [];
  /** Oversize PUBLISH packets refused in the last chunk (each replaced in `out`). */
  refused = 0;

  constructor(
    readonly maxPacketBytes: number,
    /** Oversize PUBLISH packets up to this are read and refused; larger ones close the connection. */
    readonly maxRefusedBytes = maxPacketBytes,
  ) {}

  /**
   * Returns the size of the first packet over the limit in this chunk that closes the
   * connection, or 0. -1: malformed length; -2: a protocol rule broken (see `violation`).
   * Fills `out` with what to pass on.
   */
  scan(chunk: Uint8Array): number {
    this.out.length = 0;
    this.refused = 0;
    let from = 0; // start of the chunk's bytes still to pass on
    // Where the fixed header being read began in this chunk; -1: in an earlier chunk (its bytes
    // are held in `header`). A header inside one chunk is passed on with the chunk, not copied.
    let headerStart = -1;
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0 && this.refusing !== null) {
        i = this.skipRefused(chunk, i);
        from = i;
        continue;
      }
      if (this.remaining > 0) {
        if (this.prefixLength < this.need) {
          const take = Math.min(this.need - this.prefixLength, this.remaining, chunk.length - i);
          if (this.prefix.length < this.prefixLength + take) this.prefix = growTo(this.prefix, this.prefixLength + take);
          this.prefix.set(chunk.subarray(i, i + take), this.prefixLength);
          this.prefixLength += take;
          this.remaining -= take;
          i += take;
          if (this.prefixLength >= this.need && this.checkPrefix()) return -2;
          continue;
        }
        const skip = Math.min(this.remaining, chunk.length - i);
        this.remaining -= skip;
        i += skip;
        continue;
      }
      if (this.headerByte === 0) headerStart = i;
      const byte = chunk[i++]!;
      if (headerStart < 0) {
        this.header.push(byte); // the rest of a header begun in an earlier chunk
        from = i;
      }
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
      const held = headerStart < 0 ? this.header : null;
      if (held !== null) this.header = [];
      if (total > this.maxPacketBytes) {
        if (this.typeByte >> 4 !== PUBLISH || total > this.maxRefusedBytes || this.length < 2) return total;
        if (headerStart >= 0) this.pass(chunk, from, headerStart); // what came before goes on; this header does not
        from = i;
        headerStart = -1;
        this.refusing = { size: total, head: [] };
        this.remaining = this.length;
        continue;
      }
      if (held !== null) this.out.push(Uint8Array.from(held)); // a header split across chunks
      headerStart = -1;
      this.remaining = this.length;
      if (this.startPacket()) return -2;
    }
    if (this.headerByte > 0 && headerStart >= 0) {
      // A header cut by the end of the chunk: held back until we know what the packet is.
      this.pass(chunk, from, headerStart);
      this.header = Array.from(chunk.subarray(headerStart, i));
      from = i;
    }
    this.pass(chunk, from, i);
    return 0;
  }

  /** Bytes [from, end) of the chunk go on to aedes (the chunk itself when that is all of it). */
  private pass(chunk: Uint8Array, from: number, end: number): void {
    if (end > from) this.out.push(from === 0 && end === chunk.length ? chunk : chunk.subarray(from, end));
  }

  /** Reads an oversize PUBLISH's body without keeping it (only its topic and packet id). */
  private skipRefused(chunk: Uint8Array, i: number): number {
    const r = this.refusing!;
    const qos = (this.typeByte >> 1) & 3;
    while (i < chunk.length && this.remaining > 0) {
      const topicLength = r.head.length >= 2 ? (r.head[0]! << 8) | r.head[1]! : 0;
      const want = r.head.length < 2 ? 2 : Math.min(2 + topicLength + (qos > 0 ? 2 : 0), 2 + 1024 + 2);
      if (r.head.length < want) {
        r.head.push(chunk[i++]!);
        this.remaining--;
        continue;
      }
      const skip = Math.min(this.remaining, chunk.length - i);
      this.remaining -= skip;
      i += skip;
    }
    if (this.remaining === 0) {
      this.out.push(this.replacement(r.size, r.head, qos));
      this.refused++;
      this.refusing = null;
    }
    return i;
  }

  /** An empty PUBLISH on $bwc/too-large/{size}/{topic}, same QoS and packet id. */
  private replacement(size: number, head: number[], qos: number): Uint8Array {
    const topicLength = (head[0]! << 8) | head[1]!;
    const topic = Buffer.from(head.slice(2, 2 + Math.min(topicLength, 1024))).toString('utf8');
    const name = Buffer.from(`${TOO_LARGE_PREFIX}${size}/${topic}`);
    const id = qos > 0 ? head.slice(2 + topicLength, 4 + topicLength) : [];
    const body = [name.length >> 8, name.length & 0xff, ...name, ...id];
    const length: number[] = [];
    let n = body.length;
    do {
      let digit = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) digit |= 0x80;
      length.push(digit);
    } while (n > 0);
    return Uint8Array.from([this.typeByte & 0xf6, ...length, ...body]); // retain cleared
  }

  private fail(clause: string, message: string, connack?: number): true {
    this.violation = connack === undefined ? { clause, message } : { clause, message, connack };
    return true;
  }

  /** A fixed header is complete: what to collect of the body, or a violation already. */
  private startPacket(): boolean {
    const type = this.typeByte >> 4;
    this.prefixLength = 0;
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
    const n = this.prefixLength;
    const type = this.typeByte >> 4;
    if (type === PUBLISH) {
      const qos = (this.typeByte >> 1) & 3;
      const topicLength = n >= 2 ? (p[0]! << 8) | p[1]! : 0;
      const want = Math.min(2 + topicLength + (qos > 0 ? 2 : 0), n + this.remaining);
      if (n < want) {
        this.need = want;
        return false;
      }
      const topic = p.subarray(2, Math.min(n, 2 + topicLength));
      if (!isAsciiWithoutNul(topic)) {
        if (!isUtf8(topic)) return this.fail('MQTT-1.5.3-1', 'topic name is not valid UTF-8');
        if (topic.includes(0)) return this.fail('MQTT-1.5.3-2', 'topic name contains U+0000');
      }
      if (qos > 0 && n >= 2 + topicLength + 2 && ((p[2 + topicLength]! << 8) | p[3 + topicLength]!) === 0) {
        return this.fail('MQTT-2.3.1-1', 'QoS 1 PUBLISH with packet identifier 0');
      }
      this.need = 0;
      return false;
    }
    if (type === CONNECT) {
      const nameLength = (p[0]! << 8) | p[1]!;
      const name = Buffer.from(p.subarray(2, Math.min(n, 2 + nameLength))).toString('latin1');
      const level = 2 + nameLength < n ? p[2 + nameLength] : undefined;
      const flags = 3 + nameLength < n ? p[3 + nameLength] : undefined;
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

/** The common topic: printable ASCII, valid UTF-8 without a NUL (checked without a copy). */
function isAsciiWithoutNul(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0 || b > 0x7f) return false;
  }
  return true;
}

function growTo(buffer: Uint8Array, size: number): Uint8Array {
  const grown = new Uint8Array(Math.max(size, buffer.length * 2));
  grown.set(buffer);
  return grown;
}

export interface GuardEvents {
  onOversize(size: number): void;
  onViolation?(violation: Violation): void;
}

/**
 * Guards a socket-like duplex in place: every chunk the socket reads is scanned before the
 * stream takes it (its `push`, which Node's socket, TLS and WebSocket streams all call with what
 * they read), so what aedes reads has passed the checks. The socket itself goes to aedes: no
 * second stream in between (a wrapping Duplex cost a second readable buffer, a tick per chunk
 * and a copy of every write, ~10 % of the gateway's CPU under load). Writes go straight to the
 * socket: aedes' own (mqtt-packet corks until the next tick) and the PUBACKs of a group commit,
 * one buffer per connection (puback-batch.ts).
 */
export function guardConnection<S extends Duplex>(socket: S, maxPacketBytes: number, events: GuardEvents, maxRefusedBytes = maxPacketBytes): S {
  const scanner = new MqttPacketScanner(maxPacketBytes, maxRefusedBytes);
  const push = socket.push.bind(socket);
  let closed = false;
  socket.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (closed) return false;
    if (chunk === null || !(chunk instanceof Uint8Array)) return push(chunk, encoding);
    const over = scanner.scan(chunk);
    if (over === -2) {
      closed = true;
      const v = scanner.violation!;
      events.onViolation?.(v);
      // [MQTT-3.1.2-2]: a CONNACK with the return code, then the close; otherwise just the close.
      if (v.connack !== undefined) socket.end(Buffer.from([0x20, 0x02, 0x00, v.connack]), () => socket.destroy());
      else socket.destroy();
      return false;
    }
    if (over !== 0) {
      closed = true;
      events.onOversize(over);
      socket.destroy();
      return false;
    }
    const out = scanner.out;
    if (out.length === 1 && out[0] === chunk) return push(chunk);
    let more = true;
    for (const part of out) more = push(part) && more;
    return more;
  };
  return socket;
}
