/**
 * `bwc-gateway`: the command line. This file only wires commands; each lives in gateway/cli/.
 */
import { Command } from 'commander';
import { registerReplay } from './cli/replay.js';

const program = new Command()
  .name('bwc-gateway')
  .description('Body-worn camera telemetry gateway: flags missed activations in real time')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)');

registerReplay(program);

await program.parseAsync(process.argv);
