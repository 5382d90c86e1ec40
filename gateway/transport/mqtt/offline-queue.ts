/**
 * The embedded broker's queues for persistent sessions (clean session = 0), bounded. aedes'
 * in-memory persistence keeps every QoS 1 message for an offline subscriber without limit; this
 * replaces its outgoing-queue methods with one that holds at most `maxPackets` and `maxBytes`
 * per session and drops the oldest not-yet-sent packet beyond that (counted). Device states are
 * last-value, so losing an old one loses nothing a viewer needs.
 *
 * Alerts are never queued here: persistent viewers get them from the alert outbox (see
 * viewer-sessions.ts), which survives restarts and has no per-session cost. `isOutboxAlert`
 * tells which alert packets are the outbox pump's own (those are queued while in flight).
 */
import { Readable } from 'node:stream';
import memoryModule, { type AedesMemoryPersistence } from 'aedes-persistence';

// A CommonJS module: its default export is the factory (under `default` in some loaders).
const memory = ((memoryModule as unknown as { default?: unknown }).default ?? memoryModule) as unknown as () => AedesMemoryPersistence;

export const OFFLINE_QUEUE_DEFAULTS = {
  /** 1,000 packets per persistent session: a device state per camera of a mid-size fleet. */
  maxPackets: 1000,
  /** 1 MiB per persistent session. */
  maxBytes: 1024 * 1024,
};

export type OfflineQueueOptions = typeof OFFLINE_QUEUE_DEFAULTS;

interface QueuedPacket {
  topic: string;
  payload: Buffer;
  messageId?: number | undefined;
  brokerId?: string;
  brokerCounter?: number;
  [key: string]: unknown;
}

interface Queue {
  packets: QueuedPacket[];
  bytes: number;
}

export interface OfflineQueueHooks {
  /** True for alert topics: not queued unless it is the outbox pump's packet. */
  isAlertTopic(topic: string): boolean;
  isOutboxAlert(payload: Buffer): boolean;
  onDrop(clientId: string): void;
}

type Persistence = AedesMemoryPersistence;

/** aedes' memory persistence with bounded outgoing queues. */
export function boundedPersistence(options: OfflineQueueOptions, hooks: OfflineQueueHooks): Persistence & { queuedBytes(): number; dropAlerts(clientId: string): void } {
  const p = memory() as Persistence & Record<string, unknown>;
  const queues = new Map<string, Queue>();
  const queueOf = (id: string): Queue => {
    let q = queues.get(id);
    if (q === undefined) {
      q = { packets: [], bytes: 0 };
      queues.set(id, q);
    }
    return q;
  };
  const remove = (q: Queue, i: number): QueuedPacket => {
    const [packet] = q.packets.splice(i, 1);
    q.bytes -= packet!.payload.length;
    return packet!;
  };
  const enqueue = (clientId: string, packet: QueuedPacket): void => {
    if (hooks.isAlertTopic(packet.topic) && !hooks.isOutboxAlert(packet.payload)) return;
    const q = queueOf(clientId);
    // A copy, as aedes' own queue makes (the packet object is shared between subscribers).
    q.packets.push({ ...packet, messageId: undefined });
    q.bytes += packet.payload.length;
    while (q.packets.length > options.maxPackets || q.bytes > options.maxBytes) {
      const oldest = q.packets.findIndex((x) => x.messageId === undefined); // never one in flight
      if (oldest < 0 || oldest === q.packets.length - 1) break;
      remove(q, oldest);
      hooks.onDrop(clientId);
    }
  };

  Object.assign(p, {
    outgoingEnqueue: async (sub: { clientId: string }, packet: QueuedPacket) => enqueue(sub.clientId, packet),
    outgoingEnqueueCombi: async (subs: { clientId: string }[], packet: QueuedPacket) => {
      for (const sub of subs) enqueue(sub.clientId, packet);
    },
    outgoingUpdate: async (client: { id: string }, packet: QueuedPacket) => {
      const q = queueOf(client.id);
      for (let i = 0; i < q.packets.length; i++) {
        const queued = q.packets[i]!;
        if (queued.brokerId === packet.brokerId) {
          if (queued.brokerCounter === packet.brokerCounter) {
            queued.messageId = packet.messageId;
            return;
          }
        } else if (packet.messageId !== undefined && queued.messageId === packet.messageId) {
          q.packets[i] = packet;
          return;
        }
      }
      // Dropped by the bound before it was sent: it still goes out, untracked (aedes would
      // close the connection on an error here).
    },
    outgoingClearMessageId: async (client: { id: string }, packet: { messageId?: number }) => {
      // aedes also calls this for a packet never sent (no id): that must not remove an unsent one.
      if (packet.messageId === undefined) return undefined;
      const q = queues.get(client.id);
      if (q === undefined) return undefined;
      const i = q.packets.findIndex((x) => x.messageId === packet.messageId);
      const found = i < 0 ? undefined : remove(q, i);
      if (q.packets.length === 0) queues.delete(client.id);
      return found;
    },
    outgoingStream: (client: { id: string }) => Readable.from([...(queues.get(client.id)?.packets ?? [])]),
    queuedBytes: () => {
      let n = 0;
      for (const q of queues.values()) n += q.bytes;
      return n;
    },
    /** A persistent viewer went away: its in-flight alerts come from the outbox next time. */
    dropAlerts: (clientId: string) => {
      const q = queues.get(clientId);
      if (q === undefined) return;
      for (let i = q.packets.length - 1; i >= 0; i--) if (hooks.isAlertTopic(q.packets[i]!.topic)) remove(q, i);
      if (q.packets.length === 0) queues.delete(clientId);
    },
  });
  const cleanSubscriptions = (p.cleanSubscriptions as unknown as (client: unknown) => Promise<unknown>).bind(p);
  Object.assign(p, {
    // A clean-session CONNECT (or a session taken over cleanly) discards what was queued.
    cleanSubscriptions: async (client: { id: string }) => {
      queues.delete(client.id);
      return cleanSubscriptions(client);
    },
  });
  return p as unknown as Persistence & { queuedBytes(): number; dropAlerts(clientId: string): void };
}
