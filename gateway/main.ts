/**
 * `bwc-gateway`: the command line. This file only wires commands; each lives in gateway/cli/.
 */
import './transport/mqtt/quiet-debug.js'; // before anything loads mqtt-packet
import { Command } from 'commander';
import { EXIT_HELP, usageExits2 } from './cli/exit.js';
import { registerAdmin } from './cli/admin.js';
import { registerAssign } from './cli/assign.js';
import { registerConformance } from './cli/conformance.js';
import { registerExport } from './cli/export.js';
import { registerReplay } from './cli/replay.js';
import { registerServe } from './cli/serve.js';

const program = new Command()
  .name('bwc-gateway')
  .description('Body-worn camera telemetry gateway: flags missed activations in real time')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText('after', `\n${EXIT_HELP}`);
usageExits2(program);

registerServe(program);
registerReplay(program);
registerExport(program);
registerAdmin(program);
registerAssign(program);
registerConformance(program);

await program.parseAsync(process.argv);
