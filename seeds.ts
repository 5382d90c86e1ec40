import { loadScenario } from './simulator/scenario/load.js';
import { runSimulation } from './simulator/run/runner.js';
import { InProcessTarget } from './simulator/run/in-process.js';
import { verify } from './simulator/verify/verify.js';
import { loadPolicy } from './gateway/detect/policy.js';
const name = process.argv[2] ?? 'chaos'; let bad = 0;
for (let seed = 1; seed <= Number(process.argv[3] ?? 20); seed++) {
  const sc = { ...loadScenario(name), seed };
  const target = new InProcessTarget(loadPolicy());
  const r = await runSimulation(sc, target, {});
  const v = verify(r.truth.expected, target.alerts);
  if (!v.passed) { bad++; console.log(seed, v.kinds.filter(k => k.falsePositives + k.falseNegatives > 0).map(k => `${k.kind} FP ${k.falsePositiveIds.join(',')} FN ${k.falseNegativeIds.join(',')}`).join(' | ')); }
}
console.log(name, 'bad', bad);
