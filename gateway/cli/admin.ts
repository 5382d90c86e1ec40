/** `bwc-gateway devices|accounts|tokens ...`: credentials, kept in the store of --data-dir. */
import type { Command } from 'commander';
import { GATEWAY_DEFAULTS } from '../config/gateway-config.js';
import { isDeviceId } from '../decode/validate.js';
import { describeError } from '../errors.js';
import { type AccountRole, Credentials, type TokenRole } from '../store/credentials.js';
import { openDb } from '../store/db.js';
import { importDevices, readDeviceCsv } from './devices-import.js';
import { dataDirOption, duration } from './options.js';

async function withCredentials<T>(dataDir: string, fn: (c: Credentials) => Promise<T> | T): Promise<T> {
  const db = openDb(dataDir, 'full');
  try {
    return await fn(new Credentials(db));
  } finally {
    db.close();
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const iso = (ms: number | null): string => (ms === null ? '-' : new Date(ms).toISOString());
const rotating = (until: number | null): string => (until !== null && until > Date.now() ? `\tprevious secret valid until ${iso(until)}` : '');

export function registerAdmin(program: Command): void {
  const devices = program.command('devices').description('camera credentials (MQTT username = client id = device id)');
  devices
    .command('add')
    .description('register a camera (--rotate: give a registered one a new secret); prints the secret once')
    .argument('<device-id>', '1-64 of [A-Za-z0-9_.-]')
    .option('--rotate', 'give an already registered camera a new secret (the old one stops working, or after --grace; a revoked camera is re-admitted)', false)
    .option('--grace <time>', 'with --rotate: the old secret keeps working this long (e.g. 24h, 7d) while the new one is rolled out', duration)
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (id: string, opts: { dataDir: string; rotate: boolean; grace?: number }) => {
      if (!isDeviceId(id)) fail(`device id ${JSON.stringify(id)}: expected 1-64 of [A-Za-z0-9_.-]`);
      if (opts.grace !== undefined && !opts.rotate) fail('--grace goes with --rotate');
      const secret = await withCredentials(opts.dataDir, (c) => {
        if (c.isDevice(id) && !opts.rotate) fail(`${id} is already registered: add --rotate to give it a new secret (its current one stops working; --grace 24h keeps it a day)`);
        return c.addDevice(id, Date.now(), { graceMs: opts.grace });
      }).catch((error: unknown) => fail(describeError(error)));
      process.stdout.write(`${id} ${secret}\n`);
      process.stderr.write(`(the secret is shown once; the gateway keeps only a scrypt hash)\n`);
      if (opts.grace !== undefined) process.stderr.write(`(the previous secret also works until ${iso(Date.now() + opts.grace)})\n`);
    });
  devices
    .command('import')
    .description('register a fleet from a CSV with a device_id column; writes device_id,secret for each camera registered')
    .argument('<file.csv>', 'a CSV whose first line names the columns; device_id is required, other columns are ignored')
    .option('--out <file>', 'write the secrets here (created with mode 0600; must not exist) instead of stdout')
    .option('--rotate', 'give cameras already registered a new secret too (default: skip them)', false)
    .option('--grace <time>', 'with --rotate: old secrets keep working this long (e.g. 24h)', duration)
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .addHelpText('after', '\nExample:\n  bwc-gateway devices import fleet.csv --out secrets.csv\n  bwc-gateway devices import fleet.csv --rotate --grace 7d --out new-secrets.csv')
    .action(async (file: string, opts: { dataDir: string; out?: string; rotate: boolean; grace?: number }) => {
      if (opts.grace !== undefined && !opts.rotate) fail('--grace goes with --rotate');
      const ids = await readDeviceCsv(file).catch((error: unknown) => fail(describeError(error)));
      const started = Date.now();
      const result = await withCredentials(opts.dataDir, (c) =>
        importDevices(c, ids, { rotate: opts.rotate, graceMs: opts.grace, out: opts.out, progress: (line) => process.stderr.write(`${line}\n`) }),
      ).catch((error: unknown) => fail(describeError(error)));
      process.stderr.write(
        `${result.registered} registered, ${result.rotated} given a new secret, ${result.skipped.length} already registered and skipped` +
          `${result.skipped.length > 0 ? ` (${result.skipped.slice(0, 5).join(', ')}${result.skipped.length > 5 ? ', ...' : ''}; --rotate to re-key them)` : ''}` +
          ` in ${((Date.now() - started) / 1000).toFixed(1)} s${opts.out !== undefined ? `; secrets in ${opts.out}` : ''}\n`,
      );
    });
  devices
    .command('list')
    .description('registered cameras')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .option('--json', 'JSON output', false)
    .action(async (opts: { dataDir: string; json: boolean }) => {
      const list = await withCredentials(opts.dataDir, (c) => c.listDevices());
      if (opts.json) process.stdout.write(`${JSON.stringify(list)}\n`);
      else for (const d of list) process.stdout.write(`${d.deviceId}\tcreated ${iso(d.createdMs)}\t${d.revokedMs === null ? 'active' : `revoked ${iso(d.revokedMs)}`}${rotating(d.previousSecretUntilMs)}\n`);
    });
  devices
    .command('revoke')
    .description('revoke a camera: it can no longer connect')
    .argument('<device-id>')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (id: string, opts: { dataDir: string }) => {
      const done = await withCredentials(opts.dataDir, (c) => c.revokeDevice(id, Date.now()));
      if (!done) fail(`no active device ${id}`);
      process.stdout.write(`revoked ${id} (a running gateway ends its sessions within a second)\n`);
    });

  const accounts = program.command('accounts').description('service accounts for integrations (cad: publish activities; viewer: read alerts and states)');
  accounts
    .command('add')
    .argument('<name>')
    .requiredOption('--role <role>', 'cad, viewer, sim (drives a --sim-clock gateway), or dock (authenticates a serial port with --serial-auth dock)')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (name: string, opts: { role: string; dataDir: string }) => {
      if (!['cad', 'viewer', 'sim', 'dock'].includes(opts.role)) fail(`--role ${opts.role}: expected cad, viewer, sim or dock`);
      const secret = await withCredentials(opts.dataDir, (c) => c.addAccount(name, opts.role as AccountRole, Date.now())).catch((error: unknown) =>
        fail(describeError(error)),
      );
      process.stdout.write(`${name} ${secret}\n`);
    });
  accounts
    .command('list')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (opts: { dataDir: string }) => {
      for (const a of await withCredentials(opts.dataDir, (c) => c.listAccounts())) {
        process.stdout.write(`${a.name}\t${a.role}\t${a.revokedMs === null ? 'active' : 'revoked'}\n`);
      }
    });
  accounts
    .command('revoke')
    .argument('<name>')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (name: string, opts: { dataDir: string }) => {
      if (!(await withCredentials(opts.dataDir, (c) => c.revokeAccount(name, Date.now())))) fail(`no active account ${name}`);
      process.stdout.write(`revoked ${name} (a running gateway ends its sessions within a second)\n`);
    });

  const tokens = program.command('tokens').description('HTTP API tokens (create one with `token NAME`)');
  tokens
    .command('list')
    .description('API tokens: id (first 12 hex digits of its sha256), name, role, state; never the token itself')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .option('--json', 'JSON output', false)
    .action(async (opts: { dataDir: string; json: boolean }) => {
      const list = await withCredentials(opts.dataDir, (c) => c.listTokens());
      if (opts.json) process.stdout.write(`${JSON.stringify(list)}\n`);
      else for (const t of list) process.stdout.write(`${t.id}\t${t.name}\t${t.role}\tcreated ${iso(t.createdMs)}\t${t.revokedMs === null ? 'active' : `revoked ${iso(t.revokedMs)}`}\n`);
    });
  tokens
    .command('revoke')
    .description('revoke API tokens by id, or every active token of a name; open event streams end within a second')
    .argument('<id-or-name>')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (idOrName: string, opts: { dataDir: string }) => {
      const ids = await withCredentials(opts.dataDir, (c) => c.revokeTokens(idOrName, Date.now()));
      if (ids.length === 0) fail(`no active token with id or name ${idOrName}`);
      process.stdout.write(`revoked ${ids.join(', ')}\n`);
    });

  program
    .command('token')
    .description('create an HTTP API token (admin: read and write; viewer: read); printed once')
    .argument('<name>', 'who it is for')
    .option('--role <role>', 'admin or viewer', 'viewer')
    .addOption(dataDirOption(GATEWAY_DEFAULTS.dataDir))
    .action(async (name: string, opts: { role: string; dataDir: string }) => {
      if (opts.role !== 'admin' && opts.role !== 'viewer') fail(`--role ${opts.role}: expected admin or viewer`);
      try {
        const token = await withCredentials(opts.dataDir, (c) => c.createToken(name, opts.role as TokenRole, Date.now()));
        process.stdout.write(`${token}\n`);
      } catch (error) {
        fail(describeError(error));
      }
    });
}
