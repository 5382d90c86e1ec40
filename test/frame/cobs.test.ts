import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cobsDecode, cobsEncode, cobsMaxEncodedLength } from '../../gateway/frame/cobs.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s/g, ''), 'hex'));

describe('COBS', () => {
  // Examples from the COBS paper and Wikipedia's table.
  const table: { input: string; encoded: string }[] = [
    { input: '00', encoded: '01 01' },
    { input: '00 00', encoded: '01 01 01' },
    { input: '00 11 00', encoded: '01 02 11 01' },
    { input: '11 22 00 33', encoded: '03 11 22 02 33' },
    { input: '11 22 33 44', encoded: '05 11 22 33 44' },
    { input: '11 00 00 00', encoded: '02 11 01 01 01' },
    { input: '', encoded: '01' },
  ];
  it.each(table)('encodes $input as $encoded and back', ({ input, encoded }) => {
    expect(Buffer.from(cobsEncode(hex(input))).toString('hex')).toBe(Buffer.from(hex(encoded)).toString('hex'));
    expect(Buffer.from(cobsDecode(hex(encoded))!).toString('hex')).toBe(Buffer.from(hex(input)).toString('hex'));
  });

  it('splits 254 non-zero bytes into a full block', () => {
    const input = new Uint8Array(254).map((_, i) => i + 1);
    const encoded = cobsEncode(input);
    expect(encoded[0]).toBe(0xff);
    expect(encoded.length).toBe(256);
    expect(cobsDecode(encoded)).toEqual(input);
  });

  it('rejects a zero byte and a code running past the end', () => {
    expect(cobsDecode(hex('03 11 00'))).toBeUndefined();
    expect(cobsDecode(hex('05 11 22'))).toBeUndefined();
  });

  it('round-trips any bytes, never emits 0x00 and stays within the size bound', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (input) => {
        const encoded = cobsEncode(input);
        expect(encoded.includes(0)).toBe(false);
        expect(encoded.length).toBeLessThanOrEqual(cobsMaxEncodedLength(input.length));
        expect(cobsDecode(encoded)).toEqual(input);
      }),
    );
  });
});
