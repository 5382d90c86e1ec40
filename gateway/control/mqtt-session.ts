/**
 * The device session over MQTT (embedded or external broker): a CommandResult goes to the
 * command book; everything else to the pipeline. Once the pipeline has stored a Hello the camera
 * gets a HelloReply (and commands it never received go again); once it has kept a message aside
 * the camera gets a Nack saying not to resend it. Serial does the same in serial-link.ts.
 */
import { commandCodec, commandResultCodec, helloReplyCodec, nackCodec } from '../decode/codec.js';
import type { GatewayError } from '../errors.js';
import type { Logger } from '../log.js';
import type { QuarantineRow } from '../model/input.js';
import type { Accept, Accepted } from '../model/received.js';
import { parseTopic, topics } from '../transport/mqtt/topics.js';
import type { CommandBook } from './command-book.js';
import type { DeviceSession } from './device-session.js';

export interface MqttSessionDeps {
  accept: Accept;
  quarantine(row: QuarantineRow, done: (error: Error | null) => void): void;
  session: DeviceSession;
  book: CommandBook;
  /** QoS 1, not retained; resolves when the broker took it. */
  publish(topic: string, payload: Uint8Array): Promise<void>;
  log: Logger;
}

export function mqttSessionAccept(deps: MqttSessionDeps): Accept {
  const send = (topic: string, payload: Uint8Array): void => {
    deps.publish(topic, payload).catch((error: Error) => deps.log.warn({ err: error.message, topic }, 'session reply not sent'));
  };
  /** After the pipeline: a Nack for what was kept aside, a HelloReply for each hello stored. */
  const after = (r: { deviceId: string | null; topic: string }, accepted: Accepted): void => {
    if (accepted.outcome === 'quarantined') {
      const to = r.deviceId ?? accepted.deviceId ?? topicDevice(r.topic);
      if (to !== undefined) send(topics.nack(to), nackCodec.encode(deps.session.nack(accepted, false)));
      return;
    }
    for (const hello of deps.session.hellosIn(accepted.records)) {
      send(topics.helloReply(hello.deviceId), helloReplyCodec.encode(deps.session.accepted(hello, 'mqtt')));
      for (const command of deps.book.undelivered(hello.deviceId)) send(topics.commands(command.deviceId), commandCodec.encode(command));
    }
  };
  return (r, done) => {
    // The hot path (telemetry) costs one string test here; the topic is parsed in decode/.
    const topic = r.topic.endsWith(RESULT_SUFFIX) ? parseTopic(r.topic) : undefined;
    if (topic?.kind === 'commandResult') {
      const decoded = commandResultCodec.decode(r.payload);
      const sender = r.deviceId ?? topic.deviceId;
      if (decoded.ok && decoded.value.deviceId === sender) {
        try {
          deps.book.result(decoded.value, sender);
        } catch (error) {
          return done(error as GatewayError); // no PUBACK: the camera sends it again
        }
        return done(null, { outcome: 'stored', keys: [] });
      }
      const reason = decoded.ok ? 'IDENTITY_MISMATCH' : decoded.code;
      const message = decoded.ok ? `result for ${decoded.value.deviceId} on ${r.topic}` : decoded.message;
      const row: QuarantineRow = { ...r, deviceId: sender, reason, message };
      return deps.quarantine(row, (error) => {
        const accepted: Accepted = { outcome: 'quarantined', keys: [], reason, detail: message, deviceId: sender };
        done(error === null ? null : (error as never), accepted);
        if (error === null) after({ deviceId: sender, topic: r.topic }, accepted);
      });
    }
    deps.accept(r, (error, accepted) => {
      done(error, accepted);
      if (error === null && accepted !== undefined) after(r, accepted);
    });
  };
}

const RESULT_SUFFIX = '/commands/result';

/** The device a topic under bwc/v1/devices/{id}/ names (an external broker's sender). */
function topicDevice(topic: string): string | undefined {
  const t = parseTopic(topic);
  return t.kind === 'telemetry' || t.kind === 'batch' || t.kind === 'commandResult' ? t.deviceId : undefined;
}

/** Embedded broker: a camera's client acknowledged a PUBLISH on its commands topic. */
export function commandDelivered(book: CommandBook): (topic: string, payload: Uint8Array) => void {
  return (topic, payload) => {
    const t = parseTopic(topic);
    if (t.kind !== 'commands') return;
    const decoded = commandCodec.decode(payload);
    if (decoded.ok) book.delivered(decoded.value.commandId);
  };
}
