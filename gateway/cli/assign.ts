/**
 * `bwc-gateway assign OFFICER DEVICE`, `unassign OFFICER [DEVICE]`, `officers`: through a running
 * gateway's HTTP API (the assignment must enter its input log, in order).
 */
import { type Command, Option } from 'commander';
import { GatewayError, describeError } from '../errors.js';
import { exitCodeOf } from './exit.js';

interface ApiOptions {
  url: string;
  token?: string;
}

function apiOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--url <url>', 'the gateway HTTP API').env('BWC_URL').default('http://localhost:8080'))
    .addOption(new Option('--token <token>', 'an admin API token').env('BWC_TOKEN'));
}

async function call(opts: ApiOptions, method: string, path: string, body?: unknown): Promise<unknown> {
  if (opts.token === undefined || opts.token === '') throw new GatewayError('CONFIG_INVALID', '--token (or BWC_TOKEN) is required: an admin API token');
  const res = await fetch(`${opts.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${opts.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as { error?: { message: string } };
  // A request the gateway refused (4xx) is the user's input to fix: exit 2; anything else exits 1.
  if (!res.ok) throw new GatewayError(res.status < 500 ? 'CONFIG_INVALID' : 'IO_FAILED', `${res.status}: ${json.error?.message ?? 'failed'}`);
  return json;
}

function run(fn: () => Promise<void>): Promise<void> {
  return fn().catch((error: unknown) => {
    process.stderr.write(`${describeError(error)}\n`);
    process.exitCode = exitCodeOf(error);
  });
}

export function registerAssign(program: Command): void {
  apiOptions(
    program
      .command('assign')
      .description('assign a camera to an officer, effective now (ends their previous assignments)')
      .argument('<officer-id>')
      .argument('<device-id>')
      .option('--unit <unit>', "the officer's unit"),
  ).action((officerId: string, deviceId: string, opts: ApiOptions & { unit?: string }) =>
    run(async () => {
      await call(opts, 'POST', '/api/assignments', { officerId, deviceId, action: 'ASSIGN', ...(opts.unit ? { unit: opts.unit } : {}), by: 'cli' });
      process.stdout.write(`${officerId} wears ${deviceId}\n`);
    }),
  );
  apiOptions(
    program
      .command('unassign')
      .description("end an officer's assignment (to DEVICE, or to any camera)")
      .argument('<officer-id>')
      .argument('[device-id]'),
  ).action((officerId: string, deviceId: string | undefined, opts: ApiOptions) =>
    run(async () => {
      await call(opts, 'POST', '/api/assignments', { officerId, deviceId: deviceId ?? '', action: 'UNASSIGN', by: 'cli' });
      process.stdout.write(`${officerId} unassigned\n`);
    }),
  );
  apiOptions(program.command('officers').description('officers and the camera each wears')).action((opts: ApiOptions) =>
    run(async () => {
      const { officers } = (await call(opts, 'GET', '/api/officers')) as { officers: { officerId: string; unit: string; deviceId: string | null; sinceMs: number | null }[] };
      for (const o of officers) {
        process.stdout.write(`${o.officerId}\t${o.unit || '-'}\t${o.deviceId ?? '(no camera)'}\t${o.sinceMs === null ? '' : new Date(o.sinceMs).toISOString()}\n`);
      }
    }),
  );
}
