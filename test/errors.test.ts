/** Every error code is documented in the README, and the README lists no code that does not exist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, GatewayError, isGatewayError } from '../gateway/errors.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('\n## ', readme.indexOf('## Error codes') + 5));

describe('error codes', () => {
  it('are exactly the ones in the README table', () => {
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('GatewayError carries its code, context and cause', () => {
    const cause = new Error('disk');
    const e = new GatewayError('STORE_FAILED', 'commit failed', { cause, context: { batch: 3 } });
    expect(isGatewayError(e, 'STORE_FAILED')).toBe(true);
    expect(isGatewayError(e, 'TIMEOUT')).toBe(false);
    expect(e).toMatchObject({ code: 'STORE_FAILED', context: { batch: 3 }, cause, name: 'GatewayError' });
  });
});
