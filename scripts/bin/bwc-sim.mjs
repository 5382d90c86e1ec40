#!/usr/bin/env node
// `bwc-sim` (and `npx bwc-sim`): runs the TypeScript sources through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../../simulator/main.ts');
