import { readFileSync } from 'node:fs';
import { formatReport } from './scripts/bench/report.js';
process.stdout.write(formatReport(JSON.parse(readFileSync(process.argv[2]!, 'utf8'))));
