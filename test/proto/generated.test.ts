/** proto/gen/ must be what `npm run proto:gen` makes of proto/bwc/v1/*.proto today. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProto } from '../../scripts/proto-gen.js';

describe('generated protobuf code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bwc-proto-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is up to date with the .proto files (run npm run proto:gen)', () => {
    generateProto(dir);
    const committed = join(import.meta.dirname, '..', '..', 'proto', 'gen');
    for (const file of ['bwc.js', 'bwc.d.ts', 'bwc.json']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
    }
  });
});
