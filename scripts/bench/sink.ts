/**
 * A no-op subscriber (child process of `npm run bench`): MQTT.js subscribed to every camera's
 * telemetry at QoS 0, counting what the broker forwards. Prints {"count"} when asked.
 */
import { createInterface } from 'node:readline';
import mqtt from 'mqtt';

const url = process.argv[2]!;
let count = 0;
const client = await mqtt.connectAsync(url, { clientId: `bench-sink-${process.pid}`, clean: true, reconnectPeriod: 0 });
(client.stream as { setNoDelay?: (v: boolean) => void }).setNoDelay?.(true);
client.on('message', () => count++);
await client.subscribeAsync('bwc/v1/devices/+/telemetry', { qos: 0 });
process.stdout.write(`${JSON.stringify({ event: 'subscribed' })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.includes('count')) process.stdout.write(`${JSON.stringify({ event: 'count', count })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
