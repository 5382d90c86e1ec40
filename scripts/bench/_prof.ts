import { startTarget } from './targets.js';
import { startGenerator, step } from './workloads.js';
const rate = Number(process.argv[2] ?? 60000);
const name = (process.argv[3] ?? 'W4a') as 'W4a';
console.log(name);
const t = await startTarget(name, 200);
const gen = await startGenerator(t, 1);
for (let i = 0; i < 3; i++) {
  const s = await step(t, gen, rate, 4000);
  console.log(JSON.stringify({ offered: s.offered, achieved: s.achieved, keptUp: s.keptUp, p50: s.p50Us, p99: s.p99Us, sys: s.systemCpuPercent, gen: s.generatorCpuPercent }));
}
gen.send({ cmd: 'quit' });
await gen.stop();
await t.stop();
