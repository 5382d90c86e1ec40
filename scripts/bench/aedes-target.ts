/**
 * Bare aedes (a baseline, child process of `npm run bench`): every client accepted, publishes
 * counted in the authorizePublish hook (W3a, the transport's ceiling) and forwarded to any
 * subscriber (W3b). Prints {"event":"listening","port"} then {"count"} when asked ("count").
 */
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { Aedes } from 'aedes';

const aedes = await Aedes.createBroker({
  authorizePublish: (_client, _packet, callback) => {
    count++;
    callback(null);
  },
});
let count = 0;
const server = createServer({ noDelay: true }, (socket) => aedes.handle(socket));
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(`${JSON.stringify({ event: 'listening', port: typeof a === 'object' && a !== null ? a.port : 0 })}\n`);
});
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.includes('count')) process.stdout.write(`${JSON.stringify({ event: 'count', count })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
