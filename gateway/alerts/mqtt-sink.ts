/**
 * Device states (retained) and, in NATS mode, alerts out through the broker, behind the sink's
 * bounded queue. Standalone, alerts reach the broker from the outbox instead (outbox-publisher.ts),
 * so a crash between commit and publish loses none.
 */
import { alertCodec, deviceStateCodec } from '../decode/codec.js';
import type { Logger } from '../log.js';
import type { GatewayMetrics } from '../metrics.js';
import { alertTopic, topics } from '../transport/mqtt/topics.js';
import { QueuedSink } from './sink.js';

export interface Publisher {
  publish(topic: string, payload: Uint8Array, options: { retain: boolean }): Promise<void>;
}

export function mqttSink(broker: Publisher, options: { liveAlerts: boolean }, metrics: GatewayMetrics, log: Logger): QueuedSink {
  return new QueuedSink(
    'mqtt',
    async (event) => {
      if (event.type === 'alert') {
        if (options.liveAlerts) await broker.publish(alertTopic(event.alert), alertCodec.encode(event.alert), { retain: false });
      } else await broker.publish(topics.state(event.state.deviceId), deviceStateCodec.encode(event.state), { retain: true });
    },
    (sink) => metrics.sinkDropped.inc({ sink }),
    undefined,
    (error) => log.warn({ err: (error as Error).message }, 'mqtt sink: publish failed'),
  );
}
