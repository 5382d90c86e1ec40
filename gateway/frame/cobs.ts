/**
 * Consistent Overhead Byte Stuffing (Cheshire & Baker, 1999): removes every 0x00 from a
 * frame so that 0x00 can delimit frames on the wire. Overhead: at most 1 byte per 254.
 *
 * Hand-written because no maintained npm package does block (non-stream) COBS with a size
 * bound; the algorithm is 40 lines and is checked by property tests and golden frames.
 */

/** Largest encoded size for `length` input bytes (without the trailing 0x00 delimiter). */
export function cobsMaxEncodedLength(length: number): number {
  return length + Math.ceil(length / 254) + 1;
}

/** COBS-encodes `input`. The result contains no 0x00 byte and no delimiter. */
export function cobsEncode(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(cobsMaxEncodedLength(input.length));
  let codeIndex = 0; // where the current block's code byte goes
  let write = 1;
  let code = 1;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    if (byte === 0) {
      out[codeIndex] = code;
      codeIndex = write++;
      code = 1;
      continue;
    }
    out[write++] = byte;
    code++;
    if (code === 0xff) {
      // A full block of 254 data bytes has no implied zero after it.
      out[codeIndex] = code;
      codeIndex = write++;
      code = 1;
    }
  }
  out[codeIndex] = code;
  return out.subarray(0, write);
}

/**
 * COBS-decodes `input` (one frame, without its 0x00 delimiter). Returns undefined when the
 * input is not valid COBS (a 0x00 inside, or a code byte that runs past the end).
 */
export function cobsDecode(input: Uint8Array): Uint8Array | undefined {
  const out = new Uint8Array(input.length);
  let read = 0;
  let write = 0;
  while (read < input.length) {
    const code = input[read]!;
    if (code === 0) return undefined;
    const end = read + code;
    if (end > input.length) return undefined;
    read++;
    for (; read < end; read++) {
      const byte = input[read]!;
      if (byte === 0) return undefined;
      out[write++] = byte;
    }
    // A code below 0xFF implies a zero, except after the last block.
    if (code !== 0xff && read < input.length) out[write++] = 0;
  }
  return out.subarray(0, write);
}
