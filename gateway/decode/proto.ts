/**
 * The generated bwc.v1 code (proto/gen/, from proto/bwc/v1/*.proto via `npm run proto:gen`),
 * loaded after protobuf-runtime.ts has configured protobufjs.
 */
import './protobuf-runtime.js';
import { bwc } from '../../proto/gen/bwc.js';

export const pb = bwc.v1;
export type { bwc };
