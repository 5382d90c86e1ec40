/**
 * `bwc-sim`: run simulated camera fleets against the gateway (or the detector in-process) and
 * verify what the gateway flagged against the truth of what happened.
 */
import { Command } from 'commander';
import { EXIT_HELP, usageExits2 } from '../gateway/cli/exit.js';
import { registerRun, registerScenarios } from './cli/run.js';
import { registerVerify } from './cli/verify.js';

const program = new Command()
  .name('bwc-sim')
  .description('Body-worn camera fleet simulator: scenarios, virtual time, faults, and a QA verdict')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText('after', `\n${EXIT_HELP}`);
usageExits2(program);

registerRun(program);
registerVerify(program);
registerScenarios(program);

await program.parseAsync(process.argv);
