import { readFileSync } from 'node:fs';
import { formatReport, type Report } from './scripts/bench/report.js';
import { achievedRate } from './scripts/bench/workloads.js';
const r = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Report;
for (const w of r.workloads) w.sustainable = achievedRate(w.steps);
if (process.argv[3]) r.scaleOut = (JSON.parse(readFileSync(process.argv[3], 'utf8')) as Report).scaleOut ?? null;
process.stdout.write(formatReport(r));
