/**
 * Reading JetStream for a NATS worker: subjects back to the gateway's MQTT topics, and a range
 * of a stream read in order (an ordered consumer, nothing acknowledged) to rebuild detector state.
 */
import { DeliverPolicy, type JetStreamClient, type JsMsg } from 'nats';
import type { Received } from '../../model/received.js';
import { topics } from '../mqtt/topics.js';
import { SUBJECTS, fromSubjectToken } from './nats-config.js';

/** A JetStream message as the gateway's transports hand messages over; null if not ours. */
export function toReceived(m: JsMsg): Received | null {
  const t = m.subject.split('.');
  let topic: string;
  if (t[0] === 'bwc' && t[1] === 'part' && t.length === 5) {
    const deviceId = fromSubjectToken(t[3]!);
    if (t[4] === 'telemetry') topic = topics.telemetry(deviceId);
    else if (t[4] === 'batch') topic = topics.batch(deviceId);
    else return null;
  } else if (m.subject === SUBJECTS.activities) topic = topics.activities;
  else return null;
  // Time is when JetStream stored it: a replay of the stream sees exactly the same times.
  return { receivedMs: Math.floor(m.info.timestampNanos / 1e6), transport: 'nats', topic, payload: m.data, clientId: null, deviceId: null };
}

/** Messages of `stream` with stream sequence in [from, to], in order. */
export async function* readRange(js: JetStreamClient, stream: string, from: number, to: number): AsyncGenerator<JsMsg> {
  if (to < from) return;
  const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from });
  for (;;) {
    const batch = await consumer.fetch({ max_messages: 2000, expires: 2000 });
    let seen = 0;
    for await (const m of batch) {
      seen++;
      yield m;
      if (m.info.streamSequence >= to) {
        await consumer.delete().catch(() => undefined);
        return;
      }
    }
    if (seen === 0) break; // the rest aged out of the stream meanwhile
  }
  await consumer.delete().catch(() => undefined);
}

