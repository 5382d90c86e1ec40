/**
 * Regenerates proto/gen/ (static protobufjs code and its TypeScript declarations) from
 * proto/bwc/v1/*.proto. Generated code is committed and never edited by hand;
 * test/proto/generated.test.ts fails when it is out of date.
 *
 *   npm run proto:gen            write proto/gen/bwc.js, bwc.d.ts and bwc.json
 *   npm run proto:gen -- --out DIR   write them elsewhere (used by the freshness test)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function generateProto(outDir: string): void {
  const protoDir = join(root, 'proto', 'bwc', 'v1');
  const files = readdirSync(protoDir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => join(protoDir, f));
  mkdirSync(outDir, { recursive: true });
  const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
  const js = join(outDir, 'bwc.js');
  execFileSync(
    bin('pbjs'),
    ['-t', 'static-module', '-w', 'es6', '--es6', '--force-number', '-p', join(root, 'proto'), '-o', js, ...files],
    { stdio: 'inherit' },
  );
  execFileSync(bin('pbts'), ['-o', join(outDir, 'bwc.d.ts'), js], { stdio: 'inherit' });
  // The schema as JSON, for the proto3 JSON reader (field names and enum types by path).
  execFileSync(bin('pbjs'), ['-t', 'json', '-p', join(root, 'proto'), '-o', join(outDir, 'bwc.json'), ...files], {
    stdio: 'inherit',
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const out = outFlag >= 0 ? resolve(process.argv[outFlag + 1] ?? '') : join(root, 'proto', 'gen');
  generateProto(out);
  console.log(`generated ${join(out, 'bwc.js')} and bwc.d.ts`);
}
