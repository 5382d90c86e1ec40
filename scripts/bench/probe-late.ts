import { startTarget } from './targets.js';
import { alertLateness, startGenerator } from './workloads.js';
const rate = Number(process.argv[2] ?? 25000);
const t = await startTarget('W4a', 200);
const g = await startGenerator(t, 1);
for (let i = 0; i < 2; i++) console.log(JSON.stringify(await alertLateness(t, g, rate, 10000, 20)));
g.send({ cmd: 'quit' });
await g.stop();
await t.stop();
