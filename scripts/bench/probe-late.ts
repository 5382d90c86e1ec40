/**
 * Alert lateness at one rate, with the gateway's GC pauses and commits (a probe for tuning). Not
 * the event-loop lag: prom-client resets that histogram at every scrape, and the step itself
 * scrapes /metrics until everything is stored, so it would show only the last few milliseconds.
 */
import { startTarget } from './targets.js';
import { alertLateness, startGenerator } from './workloads.js';
const rate = Number(process.argv[2] ?? 25000);
const t = await startTarget('W4a', 200);
const g = await startGenerator(t, 1);
const metrics = async (): Promise<string[]> =>
  (await (await fetch(`${t.gateway!.http}/metrics`)).text()).split('\n').filter((l) => /^nodejs_gc_duration_seconds_(sum|count)|^bwc_store_commit/.test(l));
for (let i = 0; i < 2; i++) {
  console.log(JSON.stringify(await alertLateness(t, g, rate, 10000, 100)));
  console.log((await metrics()).join('\n'));
}
g.send({ cmd: 'quit' });
await g.stop();
await t.stop();
