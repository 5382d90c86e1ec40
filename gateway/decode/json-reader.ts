/**
 * Strict proto3 JSON reading, before protobufjs's fromObject (which silently drops unknown keys
 * and unknown enum names). Walks the JSON by the schema (proto/gen/bwc.json) and:
 * - accepts lowerCamelCase and original proto field names, as proto3 JSON requires;
 * - rejects unknown fields, naming them;
 * - accepts enum values as proto names, short names without the prefix, or numbers;
 * - accepts 64-bit integers as numbers or decimal strings; rejects wrong JSON types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs/light.js';
import { FieldError } from './result.js';

const descriptor = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'proto', 'gen', 'bwc.json'), 'utf8'),
) as protobuf.INamespace;
const root = protobuf.Root.fromJSON(descriptor);
root.resolveAll();

const INTEGER_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const FLOAT_TYPES = new Set(['float', 'double']);

interface TypeInfo {
  type: protobuf.Type;
  byName: Map<string, protobuf.Field>;
}
const infoCache = new Map<protobuf.Type, TypeInfo>();

function info(type: protobuf.Type): TypeInfo {
  let found = infoCache.get(type);
  if (found === undefined) {
    const byName = new Map<string, protobuf.Field>();
    for (const field of type.fieldsArray) {
      byName.set(field.name, field);
      const protoName = (field.options as Record<string, unknown> | undefined)?.['protoName'];
      const snake = typeof protoName === 'string' ? protoName : field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      byName.set(snake, field);
    }
    found = { type, byName };
    infoCache.set(type, found);
  }
  return found;
}

function enumPrefix(e: protobuf.Enum): string {
  return `${e.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_`;
}

function readEnum(e: protobuf.Enum, value: unknown, path: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value; // unknown numbers: checked by validate.ts
  if (typeof value === 'string') {
    const prefix = enumPrefix(e);
    const full = value.startsWith(prefix) ? value : prefix + value;
    const n = e.values[full];
    if (n !== undefined) return n;
    throw new FieldError(path, `${value} is not a known value; expected one of ${Object.keys(e.values).join(', ')}`);
  }
  throw new FieldError(path, `${JSON.stringify(value)} is not an enum name or number`);
}

function readScalar(field: protobuf.Field, value: unknown, path: string): unknown {
  const t = field.type;
  if (t === 'string') {
    if (typeof value !== 'string') throw new FieldError(path, `${JSON.stringify(value)} is not a string`);
  } else if (t === 'bool') {
    if (typeof value !== 'boolean') throw new FieldError(path, `${JSON.stringify(value)} is not true or false`);
  } else if (INTEGER_TYPES.has(t)) {
    const ok = (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
    if (!ok) throw new FieldError(path, `${JSON.stringify(value)} is not an integer`);
  } else if (FLOAT_TYPES.has(t)) {
    const ok = typeof value === 'number' || (typeof value === 'string' && ['NaN', 'Infinity', '-Infinity'].includes(value));
    if (!ok) throw new FieldError(path, `${JSON.stringify(value)} is not a number`);
  }
  return value;
}

function readValue(field: protobuf.Field, value: unknown, path: string): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) return readEnum(resolved, value, path);
  if (resolved instanceof protobuf.Type) return readMessage(resolved, value, path);
  return readScalar(field, value, path);
}

function readMessage(type: protobuf.Type, json: unknown, path: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FieldError(path || type.name, 'must be a JSON object');
  }
  const { byName } = info(type);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const at = path === '' ? key : `${path}.${key}`;
    const field = byName.get(key);
    if (field === undefined) {
      throw new FieldError(at, `unknown field; ${type.name} has ${type.fieldsArray.map((f) => f.name).join(', ')}`);
    }
    if (value === null) continue; // proto3 JSON: null means the default value
    if (field.repeated) {
      if (!Array.isArray(value)) throw new FieldError(at, 'must be a JSON array');
      out[field.name] = value.map((item, i) => readValue(field, item, `${at}[${i}]`));
    } else {
      out[field.name] = readValue(field, value, at);
    }
  }
  return out;
}

/** Checks and normalises proto3 JSON for message `typeName` (e.g. 'Telemetry'). Throws FieldError. */
export function readProtoJson(typeName: string, json: unknown): Record<string, unknown> {
  return readMessage(root.lookupType(`bwc.v1.${typeName}`), json, '');
}
