/**
 * `npm run reliability-report`: runs the reliability suite (test/reliability, and test/scale for scale-out) and prints one
 * table: each test, the load it held, the faults injected, the inputs tried, its must-be-0
 * figures and its other figures. Exits non-zero if a test failed or a must-be-0 figure is not 0.
 * `npm run soak` does the same with the long versions (BWC_SOAK=1: 30 minutes of load, ...).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReliabilityRow } from '../test/reliability/figures.js';

if (process.argv.includes('--help')) {
  process.stdout.write('usage: npm run reliability-report [-- --soak]\n  runs test/reliability and prints the table (Markdown); --soak: the long versions\n');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'bwc-reliability-'));
const out = join(dir, 'rows.jsonl');
const soak = process.argv.includes('--soak') || process.env['BWC_SOAK'] === '1';
const root = join(import.meta.dirname, '..');
const run = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/reliability', 'test/scale'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, BWC_RELIABILITY_OUT: out, ...(soak ? { BWC_SOAK: '1' } : {}) },
});
const rows = existsSync(out)
  ? readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ReliabilityRow)
      .sort((a, b) => parseInt(a.test, 10) - parseInt(b.test, 10))
  : [];
rmSync(dir, { recursive: true, force: true });
const cell = (s: string): string => s.replace(/\|/g, '\\|');
const lines = [
  `Reliability suite${soak ? ' (soak)' : ''}, ${new Date().toISOString().slice(0, 10)}: ${rows.length} tests`,
  '',
  '| test | load held | faults injected | inputs tried | must be 0 | figures |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) =>
    [
      r.test,
      r.load,
      r.faults,
      r.inputs,
      Object.entries(r.mustBeZero)
        .map(([k, v]) => `${k} = ${v}`)
        .join('; '),
      Object.entries(r.figures)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    ]
      .map((c) => cell(String(c)))
      .join(' | '),
  ).map((l) => `| ${l} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
const nonZero = rows.flatMap((r) => Object.entries(r.mustBeZero).filter(([, v]) => v !== 0).map(([k]) => `${r.test}: ${k}`));
if (nonZero.length > 0) process.stderr.write(`must be 0 but are not: ${nonZero.join(', ')}\n`);
process.exit(run.status !== 0 || nonZero.length > 0 ? 1 : 0);
