/**
 * The PICS (protocol implementation conformance statement): what the device claims to support,
 * as a YAML file the vendor writes. Clauses for features it does not claim are "N/A"; those it
 * claims must pass. Without a file, a v1.0 device is assumed (core clauses only).
 *
 *   devices: [cam-0001]          # several for a multi-bay dock on one serial port
 *   transport: serial            # or mqtt
 *   contract: "1.1"
 *   supports:
 *     helloReply: true           # uses HelloReply's settings (§2a)
 *     nack: true                 # drops what a Nack says not to resend (§2b)
 *     commands: true             # subscribes to and executes commands (§2c)
 *     commandResults: true       # answers with CommandResult, dedupes by id (§2c)
 *     multiBay: false            # several cameras on one port
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEVICE_ID_PATTERN } from '../decode/validate.js';
import { GatewayError } from '../errors.js';
import type { Feature } from './clauses.js';

const PicsSchema = z
  .object({
    devices: z.array(z.string().regex(DEVICE_ID_PATTERN, 'a device id: 1-64 of [A-Za-z0-9_.-]')).min(1).max(64),
    transport: z.enum(['serial', 'mqtt']),
    contract: z.enum(['1.0', '1.1']).default('1.0'),
    vendor: z.string().max(128).optional(),
    model: z.string().max(128).optional(),
    firmware: z.string().max(128).optional(),
    supports: z
      .object({
        helloReply: z.boolean().default(false),
        nack: z.boolean().default(false),
        commands: z.boolean().default(false),
        commandResults: z.boolean().default(false),
        multiBay: z.boolean().default(false),
      })
      .strict()
      .default({ helloReply: false, nack: false, commands: false, commandResults: false, multiBay: false }),
  })
  .strict();

export type Pics = z.infer<typeof PicsSchema>;

/** A v1.0 device on this transport: the core clauses and commands (v1.0 had start/stop recording). */
export function defaultPics(devices: string[], transport: 'serial' | 'mqtt'): Pics {
  return { devices, transport, contract: '1.0', supports: { helloReply: false, nack: false, commands: true, commandResults: false, multiBay: devices.length > 1 } };
}

export function loadPics(path: string): Pics {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GatewayError('CONFIG_INVALID', `cannot read the PICS file ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = PicsSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new GatewayError('CONFIG_INVALID', `${path}: ${issues}`);
  }
  if (parsed.data.supports.commandResults && !parsed.data.supports.commands) throw new GatewayError('CONFIG_INVALID', `${path}: supports.commandResults needs supports.commands`);
  return parsed.data;
}

export function claims(pics: Pics, feature: Feature): boolean {
  if (feature === 'core') return true;
  if (feature === 'serial' || feature === 'mqtt') return pics.transport === feature;
  return pics.supports[feature];
}
