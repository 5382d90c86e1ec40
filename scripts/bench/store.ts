/**
 * Benchmark W5, the store alone: telemetry inputs from 200 cameras (real-shaped messages from
 * the decode corpus, renumbered per camera) through StoreWriter's group commit with
 * synchronous=FULL, committed `perCommit` at a time, as the gateway does under load (at
 * saturation a commit holds ~1,000 writes; at half load ~100). Reports writes per second and
 * WAL bytes per stored message: the WAL is not checkpointed during the run, so its size at the
 * end is every page the commits wrote.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import type { NewInput } from '../../gateway/model/input.js';
import { openDb } from '../../gateway/store/db.js';
import { StoreWriter } from '../../gateway/store/writer.js';
import { corpus } from './decode.js';

export interface StoreBenchResult {
  perCommit: number;
  messages: number;
  writesPerSecond: number;
  walBytesPerMessage: number;
  /** Keys not yet in the index at the end (written by a later flush). */
  pendingAtEnd: number;
}

export function runStoreBench(messages: number, perCommit: number, cameras = 200): StoreBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'bwc-bench-store-'));
  const db = openDb(dir, 'full');
  db.pragma('wal_autocheckpoint = 0');
  const writer = new StoreWriter(db, { maxBatch: perCommit });
  const shapes = corpus();
  const seqs = new Array<number>(cameras).fill(0);
  const inputs: NewInput[] = [];
  for (let i = 0; i < messages; i++) {
    const cam = i % cameras;
    const deviceId = `bench-${String(cam).padStart(6, '0')}`;
    const telemetry = { ...shapes[i % shapes.length]!, deviceId, bootId: 1, seq: ++seqs[cam]! };
    const payload = telemetryCodec.encode(telemetry);
    inputs.push({
      receivedMs: 1_800_000_000_000 + i,
      kind: 'telemetry',
      transport: 'mqtt',
      topic: `bwc/v1/devices/${deviceId}/telemetry`,
      deviceId,
      payload,
      records: [{ type: 'telemetry', receivedMs: 1_800_000_000_000 + i, telemetry }],
      keys: [{ deviceId, bootId: 1, seq: telemetry.seq, item: 0 }],
    });
  }
  const walBefore = statSync(join(dir, 'gateway.db-wal')).size;
  let stored = 0;
  const started = performance.now();
  for (const input of inputs) {
    writer.submitInput(input, (error, result) => {
      if (error === null && result?.status === 'stored') stored++;
    });
  }
  writer.flush();
  const seconds = (performance.now() - started) / 1000;
  const walBytes = statSync(join(dir, 'gateway.db-wal')).size - walBefore;
  const pendingAtEnd = writer.seqIndex.pending;
  writer.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  if (stored !== messages) throw new Error(`stored ${stored} of ${messages}`);
  return { perCommit, messages, writesPerSecond: Math.round(messages / seconds), walBytesPerMessage: Math.round(walBytes / messages), pendingAtEnd };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const perCommit of [1000, 100, 10]) console.log(runStoreBench(perCommit >= 100 ? 200_000 : 20_000, perCommit));
}
