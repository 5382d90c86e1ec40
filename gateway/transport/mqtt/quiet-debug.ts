/**
 * mqtt-packet logs through `debug` several times per packet parsed or written. debug 4's logger
 * takes `...args`, so each call allocates an array even when logging is off: 13 % of everything
 * the gateway allocated per message under load (a sampling heap profile at 19k msg/s), and the
 * scavenges that follow. Imported before anything loads mqtt-packet (first in gateway/main.ts,
 * and in both broker transports), it hands mqtt-packet a no-op logger for each of its namespaces
 * that DEBUG does not enable when the process starts (`DEBUG=mqtt-packet:*` still works).
 */
import { createRequire } from 'node:module';

type CreateDebug = ((namespace: string) => unknown) & { enabled(namespace: string): boolean };

const MQTT_PACKET = /^mqtt-packet:/;

function quiet(): void {
  const fromHere = createRequire(import.meta.url);
  const fromMqttPacket = createRequire(fromHere.resolve('mqtt-packet'));
  const path = fromMqttPacket.resolve('debug');
  const createDebug = fromMqttPacket('debug') as CreateDebug;
  const cached = fromMqttPacket.cache[path];
  if (cached === undefined || cached.exports !== createDebug) return;
  const off = Object.assign(() => undefined, { enabled: false, namespace: '', extend: () => off, log: () => undefined });
  const wrapped = Object.assign((namespace: string) => (MQTT_PACKET.test(namespace) && !createDebug.enabled(namespace) ? off : createDebug(namespace)), createDebug);
  cached.exports = wrapped;
}

quiet();
