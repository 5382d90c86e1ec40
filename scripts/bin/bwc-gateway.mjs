#!/usr/bin/env node
// `bwc-gateway` (and `npx bwc-gateway`): runs the TypeScript sources through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../../gateway/main.ts');
