/** Loads a scenario (a name from simulator/scenarios/, or a path) and fills in the defaults. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadYamlFile, parseYaml } from '../../gateway/config/yaml-file.js';
import { ACTIVITY_TYPE, TRIGGER_KIND } from '../../gateway/decode/enums.js';
import type { ActivityType, TriggerKind } from '../../gateway/model/domain.js';
import { GatewayError } from '../../gateway/errors.js';
import { SCENARIO_DEFAULTS } from './defaults.js';
import { type Scenario, type ScenarioFile, scenarioSchema } from './schema.js';

export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

export function resolveScenarioPath(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  const named = `${SCENARIO_DIR}${nameOrPath}.yaml`;
  if (existsSync(named)) return named;
  throw new GatewayError('SCENARIO_INVALID', `no scenario ${nameOrPath} (neither a file nor one of simulator/scenarios/*.yaml)`);
}

export function loadScenario(nameOrPath: string): Scenario {
  return fromFile(loadYamlFile(resolveScenarioPath(nameOrPath), scenarioSchema, 'SCENARIO_INVALID'));
}

export function parseScenario(text: string, source = 'scenario'): Scenario {
  return fromFile(parseYaml(text, source, scenarioSchema, 'SCENARIO_INVALID'));
}

function fromFile(f: ScenarioFile): Scenario {
  const d = SCENARIO_DEFAULTS;
  const speed: Scenario['speed'] =
    f.speed === undefined || f.speed === 'max' ? { kind: 'max' } : f.speed === 'realtime' ? { kind: 'realtime' } : { kind: 'factor', factor: Number(f.speed.slice(1)) };
  const perHour: Partial<Record<ActivityType, number>> = {};
  for (const [k, v] of Object.entries(f.activities?.perHour ?? d.activities.perHour)) perHour[ACTIVITY_TYPE.parse(k)!] = v;
  /** The keys a file set, over the defaults. */
  const over = <T extends object>(defaults: T, o: object | undefined): T =>
    ({ ...defaults, ...Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) }) as T;
  return {
    name: f.name,
    description: f.description ?? '',
    seed: f.seed,
    startMs: f.start === undefined ? d.startMs : Date.parse(f.start),
    durationMs: f.duration,
    speed,
    stepMs: f.step ?? d.stepMs,
    fleet: {
      cameras: f.fleet.cameras,
      officersWithoutCamera: f.fleet.officersWithoutCamera ?? d.fleet.officersWithoutCamera,
      assignment: f.fleet.assignment ?? d.fleet.assignment,
      dockedAtStartMs: f.fleet.dockedAtStart ?? d.fleet.dockedAtStartMs,
      bootSpreadMs: f.fleet.bootSpread ?? d.fleet.bootSpreadMs,
    },
    officers: over(d.officers, f.officers),
    activities: {
      perHour,
      duration: f.activities?.duration ?? d.activities.duration,
      officers: f.activities?.officers ?? d.activities.officers,
      nameBy: f.activities?.nameBy ?? d.activities.nameBy,
    },
    triggers: {
      perCameraPerHour: f.triggers?.perCameraPerHour ?? d.triggers.perCameraPerHour,
      kinds: (f.triggers?.kinds ?? d.triggers.kinds).map((k) => TRIGGER_KIND.parse(k)!) as TriggerKind[],
    },
    faults: over(d.faults, f.faults),
    verify: { maxRevisionsPerAlert: f.verify?.maxRevisionsPerAlert ?? d.verify.maxRevisionsPerAlert },
  };
}
