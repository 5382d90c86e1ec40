import { readdirSync, readFileSync } from 'node:fs';
import { startTarget } from './targets.js';
import { startGenerator, step } from './workloads.js';
const rate = Number(process.argv[2] ?? 25000);
const ms = Number(process.argv[3] ?? 8000);
const name = (process.argv[4] ?? 'W4a') as 'W4a';
const t = await startTarget(name, 200);
const g = await startGenerator(t, 1);
function threads(): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  for (const pid of t.pids()) for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const comm = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
    const f = s.split(') ')[1]!.split(' ');
    const prev = m.get(comm) ?? [0, 0];
    m.set(comm, [prev[0] + Number(f[11]), prev[1] + Number(f[12])]);
  }
  return m;
}
for (const r of [rate, rate]) {
  const a = threads();
  const s = await step(t, g, r, ms);
  const b = threads();
  const per: Record<string, string> = {};
  for (const [k, v] of b) { const o = a.get(k) ?? [0, 0]; const u = v[0] - o[0], sy = v[1] - o[1]; if (u + sy > 0) per[k] = `u${u} s${sy}`; }
  console.log(JSON.stringify({ rate: r, delivered: s.delivered, achieved: s.achieved, p50: s.p50Us, p99: s.p99Us, cpu: s.systemCpuPercent, gen: s.generatorCpuPercent, per }));
}
if (t.gateway) {
  const text = await (await fetch(`${t.gateway.http}/metrics`)).text();
  console.log(text.split('\n').filter((l) => /^bwc_ingest_seconds_bucket|^bwc_store_commit_seconds_bucket|^bwc_store_commit_writes_(sum|count)|^nodejs_eventloop_lag_(p99|max)|^nodejs_gc_duration_seconds_(sum|count)/.test(l)).join('\n'));
}
g.send({ cmd: 'quit' });
await g.stop();
await t.stop();
