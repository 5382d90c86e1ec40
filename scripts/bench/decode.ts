/**
 * Benchmark W1, the decode limit: a corpus of real-shaped telemetry (a simulated shift's
 * messages, every kind in its real proportion) decoded by protobufjs alone, by our codec
 * (protobufjs plus validation into domain types), and, for reference, JSON.parse of the same
 * messages as proto3 JSON.
 */
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { pb } from '../../gateway/decode/proto.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import type { Telemetry } from '../../gateway/model/domain.js';
import { World } from '../../simulator/world/world.js';
import { loadScenario } from '../../simulator/scenario/load.js';

export interface DecodeBenchResult {
  messages: number;
  meanBytes: number;
  protobufjsPerSecond: number;
  codecPerSecond: number;
  jsonParsePerSecond: number;
}

/** The corpus: every telemetry message of a 2-hour, 50-camera shift. */
export function corpus(): Telemetry[] {
  const base = loadScenario('shift');
  const world = new World({ ...base, durationMs: 2 * 3_600_000, fleet: { ...base.fleet, cameras: 50 } }, loadPolicy(), 0);
  const out: Telemetry[] = [];
  world.advanceTo(base.startMs + 2 * 3_600_000, (m) => {
    if (m.type === 'telemetry') out.push(m.telemetry);
  });
  return out;
}

function rate(n: number, fn: () => void, minMs: number): number {
  let runs = 0;
  const start = performance.now();
  do {
    fn();
    runs++;
  } while (performance.now() - start < minMs);
  return Math.round((n * runs) / ((performance.now() - start) / 1000));
}

export function runDecodeBench(minMs = 2000): DecodeBenchResult {
  const messages = corpus();
  const bytes = messages.map((t) => telemetryCodec.encode(t));
  const json = messages.map((t) => JSON.stringify(telemetryCodec.toJson(t)));
  let sink = 0;
  const protobufjsPerSecond = rate(bytes.length, () => {
    for (const b of bytes) sink += pb.Telemetry.decode(b).seq as number;
  }, minMs);
  const codecPerSecond = rate(bytes.length, () => {
    for (const b of bytes) if (telemetryCodec.decode(b).ok) sink++;
  }, minMs);
  const jsonParsePerSecond = rate(json.length, () => {
    for (const s of json) sink += (JSON.parse(s) as { bootId: number }).bootId;
  }, minMs);
  if (sink === 0) throw new Error('nothing decoded');
  return {
    messages: messages.length,
    meanBytes: Math.round(bytes.reduce((s, b) => s + b.length, 0) / bytes.length),
    protobufjsPerSecond,
    codecPerSecond,
    jsonParsePerSecond,
  };
}
