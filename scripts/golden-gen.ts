/**
 * Fills in the `hex` (protobuf bytes) and `framedHex` (serial wire bytes) of every golden vector
 * in test/fixtures/golden/vectors.json from its `json`, using our encoder and framer.
 * The `json` and `textproto` of each vector are written by hand; test/proto/golden.test.ts checks
 * with protoc (an independent implementation) that the bytes match the text format.
 *
 *   npm run golden:gen             rewrite the file
 *   npm run golden:gen -- --check  exit 1 if the file is not up to date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODECS_BY_TYPE, type MessageTypeName } from '../gateway/decode/codec.js';
import { type FrameType, encodeFrame } from '../gateway/frame/frame-format.js';

export interface GoldenVector {
  name: string;
  type: MessageTypeName;
  frameType: FrameType | null;
  json: Record<string, unknown>;
  textproto: string;
  hex?: string;
  framedHex?: string | null;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_PATH = join(root, 'test', 'fixtures', 'golden', 'vectors.json');

export function encodeVector(v: GoldenVector): { hex: string; framedHex: string | null } {
  const codec = CODECS_BY_TYPE[v.type];
  const decoded = codec.fromJson(v.json);
  if (!decoded.ok) throw new Error(`${v.name}: ${decoded.message}`);
  const bytes = (codec.encode as (value: unknown) => Uint8Array)(decoded.value);
  return {
    hex: Buffer.from(bytes).toString('hex'),
    framedHex: v.frameType === null ? null : Buffer.from(encodeFrame(v.frameType, bytes)).toString('hex'),
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const vectors = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as GoldenVector[];
  const updated = vectors.map((v) => ({ ...v, ...encodeVector(v) }));
  const text = `${JSON.stringify(updated, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (text !== readFileSync(GOLDEN_PATH, 'utf8')) {
      console.error(`${GOLDEN_PATH} is out of date: run npm run golden:gen`);
      process.exit(1);
    }
  } else {
    writeFileSync(GOLDEN_PATH, text);
    console.log(`wrote ${updated.length} vectors to ${GOLDEN_PATH}`);
  }
}
