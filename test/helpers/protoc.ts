/**
 * protoc (Debian's protobuf-compiler), an independent protobuf implementation, used to check
 * our encoding. .ci/run installs it; a missing protoc fails the tests with a clear message.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const protoRoot = join(import.meta.dirname, '..', '..', 'proto');
const protoFiles = readdirSync(join(protoRoot, 'bwc', 'v1'))
  .filter((f) => f.endsWith('.proto'))
  .map((f) => `bwc/v1/${f}`);

function protoc(mode: '--encode' | '--decode', type: string, input: Buffer | string): Buffer {
  try {
    return execFileSync('protoc', [`${mode}=bwc.v1.${type}`, `-I${protoRoot}`, ...protoFiles], { input });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('protoc not found: install Debian protobuf-compiler (.ci/run does)');
    }
    throw error;
  }
}

export function protocEncode(type: string, textproto: string): Buffer {
  return protoc('--encode', type, textproto);
}

export function protocDecode(type: string, bytes: Uint8Array): string {
  return protoc('--decode', type, Buffer.from(bytes)).toString('utf8');
}
