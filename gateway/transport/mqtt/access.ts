/**
 * Who may do what on the embedded broker. Devices publish only under their own
 * bwc/v1/devices/{id}/ (never its state, commands or session topics) and subscribe only to their own commands
 * and session replies; `cad`
 * accounts publish activities; `viewer` (and `cad`) accounts subscribe to alerts and device
 * state. Everything else is refused and audit-logged.
 */
import type { Principal } from '../../store/credentials.js';
import { parseTopic } from './topics.js';

const DEVICE_ID = '[A-Za-z0-9_.-]{1,64}';
const READABLE = [
  new RegExp(`^bwc/v1/alerts/(#|\\+|${DEVICE_ID})$`),
  new RegExp(`^bwc/v1/alerts/officers/(#|\\+|${DEVICE_ID})$`),
  new RegExp(`^bwc/v1/devices/(\\+|${DEVICE_ID})/state$`),
];

export function mayPublish(principal: Principal, topic: string): boolean {
  if (topic.startsWith('$')) return false; // $SYS and other reserved topics
  const t = parseTopic(topic);
  // Anything under its own prefix is the camera's: an unknown subtopic is quarantined, not refused.
  if (principal.role === 'device') return topic.startsWith(`bwc/v1/devices/${principal.name}/`) && t.kind !== 'state' && t.kind !== 'commands' && t.kind !== 'session';
  if (principal.role === 'cad') return t.kind === 'activity';
  if (principal.role === 'sim') return t.kind === 'simClock' || t.kind === 'activity';
  return false;
}

export function maySubscribe(principal: Principal, filter: string): boolean {
  if (principal.role === 'device') return deviceFilters(principal.name).includes(filter);
  if (principal.role === 'dock') return false; // a dock account only authenticates serial ports
  return READABLE.some((re) => re.test(filter));
}

/** What a camera may subscribe to: its commands, and (v1.1) its session replies. */
function deviceFilters(id: string): string[] {
  const d = `bwc/v1/devices/${id}`;
  return [`${d}/commands`, `${d}/session/hello`, `${d}/session/nack`, `${d}/session/+`, `${d}/session/#`];
}
