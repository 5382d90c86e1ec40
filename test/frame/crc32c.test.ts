import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32c } from '../../gateway/frame/crc32c.js';

/** Bit-by-bit reference (reflected polynomial 0x82F63B78), deliberately simple and slow. */
function referenceCrc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('CRC-32C', () => {
  it('has the standard check value', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });

  it('agrees with a bitwise reference on random data', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (data) => crc32c(data) === referenceCrc32c(data)));
  });
});
