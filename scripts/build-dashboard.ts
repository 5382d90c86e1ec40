/**
 * Builds the dashboard (gateway/dashboard/ -> gateway/dashboard/dist/) with Vite.
 * `--if-needed` skips the build when dist/ is newer than every source file (npm start, tests).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '..', 'gateway', 'dashboard');
const DIST = join(ROOT, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'screenshots') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function dashboardIsFresh(): boolean {
  const index = join(DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= newest(ROOT);
}

export async function buildDashboard(options: { ifNeeded?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (options.ifNeeded && dashboardIsFresh()) return false;
  const started = Date.now();
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: options.quiet ? 'silent' : 'warn' });
  if (!options.quiet) process.stdout.write(`dashboard built into ${DIST} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    process.stdout.write('usage: build-dashboard [--if-needed]\n  --if-needed  skip when gateway/dashboard/dist is newer than its sources\n');
  } else {
    await buildDashboard({ ifNeeded: args.includes('--if-needed') });
  }
}
