/**
 * Loads a YAML file and validates it with a zod schema. Every problem is reported as one
 * GatewayError whose message names the file, the line and the key, e.g.
 *   policy.yaml:14: activities.AT_LARGE_ARREST.recording: expected one of required, optional, ...
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ErrorCode, GatewayError } from '../errors.js';

type Path = readonly PropertyKey[];

function dotted(path: Path): string {
  return path.length === 0 ? '(top level)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** Parses YAML text and validates it; `source` names the file in messages. */
export function parseYaml<S extends z.ZodType>(text: string, source: string, schema: S, code: ErrorCode): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new GatewayError(code, `${source}:${lineOf(first.pos[0])}: not valid YAML: ${first.message.split('\n')[0]}`, {
      context: { source },
    });
  }
  const data: unknown = doc.toJS();
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    let path: Path = issue.path as Path;
    // An unknown key is reported on its parent object: point at the key itself.
    if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path = [...path, issue.keys[0]!];
    let node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (issue.code === 'unrecognized_keys') {
      const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
        if (pair && isScalar(pair.key)) node = pair.key as { range?: [number, number, number] };
      }
    }
    // Missing keys have no node: fall back to the nearest existing parent.
    for (let n = path.length - 1; node?.range === undefined && n >= 0; n--) {
      node = doc.getIn(path.slice(0, n) as unknown[], true) as typeof node;
    }
    // A record key that fails its own check carries the useful message one level down.
    const nested = 'issues' in issue && Array.isArray(issue.issues) ? (issue.issues[0] as { message?: string } | undefined) : undefined;
    const message = issue.code === 'unrecognized_keys' ? 'unknown key' : (nested?.message ?? issue.message);
    return `${source}:${lineOf(node?.range?.[0])}: ${dotted(path)}: ${message}`;
  });
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  throw new GatewayError(code, problems.join('\n') + more, { context: { source } });
}

export function loadYamlFile<S extends z.ZodType>(path: string, schema: S, code: ErrorCode): z.output<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GatewayError(code, `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseYaml(text, path, schema, code);
}
