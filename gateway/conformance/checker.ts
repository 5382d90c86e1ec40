/**
 * The conformance rules of proto/README.md, judged from what one device sends. Pure: the probe
 * (serial or MQTT) feeds observations with their times, asks whether to acknowledge each message
 * (some acknowledgements are withheld on purpose, to see the device resend), and asks for the
 * verdict at the end.
 */
import { createHash } from 'node:crypto';
import { telemetryCodec } from '../decode/codec.js';
import type { Telemetry } from '../model/domain.js';
import type { RejectCode } from '../decode/result.js';

export const CONFORMANCE_DEFAULTS = {
  /** Expected heartbeat interval; a gap over 1.5x fails (3 missed heartbeats make a camera offline). */
  heartbeatMs: 30_000,
  /** Device clock may differ from the checker's by at most this (devices should run NTP or GPS time). */
  maxClockOffsetMs: 60_000,
  /** Acknowledgements withheld on purpose: the 2nd, 3rd and 4th new messages. */
  withhold: [2, 3, 4] as readonly number[],
};

export type RuleName = 'frames' | 'decode' | 'hello-first' | 'sequence' | 'time' | 'heartbeat' | 'retransmit' | 'ranges';
export const RULES: readonly RuleName[] = ['frames', 'decode', 'ranges', 'hello-first', 'sequence', 'time', 'heartbeat', 'retransmit'];

const DESCRIPTIONS: Record<RuleName, string> = {
  frames: 'frames are valid COBS with a correct CRC-32C, version and type',
  decode: 'payloads decode as bwc.v1 messages',
  ranges: 'fields are within their documented ranges',
  'hello-first': 'hello is the first message (seq 1) of every boot',
  sequence: 'boot_id never goes back; seq starts at 1 and goes up by 1; repeats are identical',
  time: 'time_ms is close to real time and never goes back within a boot',
  heartbeat: 'a heartbeat at least every heartbeatMs (+50%) unless the camera is off',
  retransmit: 'unacknowledged messages are sent again',
};

export interface RuleResult {
  rule: RuleName;
  pass: boolean;
  description: string;
  detail: string;
}

interface Seen {
  hash: string;
  acked: boolean;
  withheld: boolean;
  times: number;
}

const hash = (t: Telemetry): string => createHash('sha256').update(telemetryCodec.encode(t)).digest('hex');

export class ConformanceChecker {
  private readonly problems = new Map<RuleName, string[]>();
  private readonly counts = { frames: 0, discarded: 0, messages: 0, repeats: 0 };
  private readonly seen = new Map<string, Seen>();
  private readonly boots = new Map<number, { maxSeq: number; lastTime: number; sawStart: boolean }>();
  private lastBoot = -1;
  private newMessages = 0;
  private lastHeartbeat: number | null = null;
  private maxHeartbeatGap = 0;
  private mode: string = 'READY';
  private readonly started: number;

  constructor(
    readonly deviceId: string,
    now: number,
    private readonly options = CONFORMANCE_DEFAULTS,
  ) {
    this.started = now;
  }

  private fail(rule: RuleName, detail: string): void {
    const list = this.problems.get(rule) ?? [];
    if (list.length < 5) list.push(detail);
    this.problems.set(rule, list);
  }

  frameOk(): void {
    this.counts.frames++;
  }

  frameDiscarded(reason: string, bytes: number): void {
    this.counts.discarded++;
    this.fail('frames', `${reason} (${bytes} bytes)`);
  }

  /** A payload that did not decode, or had a field out of range. */
  rejected(code: RejectCode, message: string): void {
    this.fail(code === 'DECODE_FAILED' ? 'decode' : 'ranges', message);
  }

  /** One message; returns whether the probe should acknowledge it now. */
  message(t: Telemetry, now: number): boolean {
    if (t.deviceId !== this.deviceId) {
      this.fail('decode', `message for ${t.deviceId}, expected ${this.deviceId}`);
      return true;
    }
    const key = `${t.bootId}.${t.seq}`;
    const h = hash(t);
    const prior = this.seen.get(key);
    if (prior !== undefined) {
      this.counts.repeats++;
      prior.times++;
      if (prior.hash !== h) this.fail('sequence', `boot ${t.bootId} seq ${t.seq} sent again with different content`);
      prior.acked = true;
      return true;
    }
    this.counts.messages++;
    // Boots and sequence numbers.
    if (t.bootId < this.lastBoot) this.fail('sequence', `boot_id went back from ${this.lastBoot} to ${t.bootId}`);
    let boot = this.boots.get(t.bootId);
    if (boot === undefined) {
      boot = { maxSeq: 0, lastTime: Number.NEGATIVE_INFINITY, sawStart: t.seq === 1 };
      this.boots.set(t.bootId, boot);
      if (t.seq !== 1 && this.lastBoot >= 0) this.fail('sequence', `boot ${t.bootId} started at seq ${t.seq}, not 1`);
    }
    if (t.bootId > this.lastBoot) this.lastBoot = t.bootId;
    if (t.seq <= boot.maxSeq) this.fail('sequence', `boot ${t.bootId}: new seq ${t.seq} after ${boot.maxSeq} (went backwards)`);
    else if (boot.maxSeq > 0 && t.seq !== boot.maxSeq + 1) this.fail('sequence', `boot ${t.bootId}: seq jumped from ${boot.maxSeq} to ${t.seq}`);
    boot.maxSeq = Math.max(boot.maxSeq, t.seq);
    if (t.seq === 1 && t.body.case !== 'hello') this.fail('hello-first', `boot ${t.bootId} began with ${t.body.case}, not hello`);
    // Time.
    if (Math.abs(t.timeMs - now) > this.options.maxClockOffsetMs) {
      this.fail('time', `boot ${t.bootId} seq ${t.seq}: time_ms is ${Math.round((t.timeMs - now) / 1000)} s from real time`);
    }
    if (t.timeMs < boot.lastTime) this.fail('time', `boot ${t.bootId} seq ${t.seq}: time_ms went back by ${boot.lastTime - t.timeMs} ms`);
    boot.lastTime = Math.max(boot.lastTime, t.timeMs);
    // Heartbeat cadence (measured on our clock, from the first message).
    if (t.body.case === 'heartbeat' || t.body.case === 'mode') this.mode = t.body.value.mode;
    if (t.body.case === 'heartbeat') {
      const last = this.lastHeartbeat ?? this.started;
      this.maxHeartbeatGap = Math.max(this.maxHeartbeatGap, now - last);
      this.lastHeartbeat = now;
    }
    this.newMessages++;
    const withhold = this.options.withhold.includes(this.newMessages);
    this.seen.set(key, { hash: h, acked: !withhold, withheld: withhold, times: 1 });
    return !withhold;
  }

  verdict(now: number): RuleResult[] {
    const limit = this.options.heartbeatMs * 1.5;
    if (this.mode !== 'OFF') {
      const gap = Math.max(this.maxHeartbeatGap, now - (this.lastHeartbeat ?? this.started));
      if (this.lastHeartbeat === null) this.fail('heartbeat', `no heartbeat in ${Math.round((now - this.started) / 1000)} s`);
      else if (gap > limit) this.fail('heartbeat', `${Math.round(gap / 1000)} s without a heartbeat (limit ${Math.round(limit / 1000)} s)`);
    }
    const withheld = [...this.seen.entries()].filter(([, s]) => s.withheld);
    if (withheld.length === 0) this.fail('retransmit', `fewer than ${Math.max(...this.options.withhold)} messages seen: nothing could be withheld`);
    for (const [key, s] of withheld) if (s.times < 2) this.fail('retransmit', `seq ${key} was not acknowledged and never sent again`);
    if (![...this.boots.values()].some((b) => b.sawStart)) {
      this.fail('hello-first', 'no boot observed from seq 1: restart the device during the check');
    }
    if (this.counts.messages === 0) this.fail('decode', 'no message received');
    const summary: Record<RuleName, string> = {
      frames: `${this.counts.frames} frames, ${this.counts.discarded} discarded`,
      decode: `${this.counts.messages} messages (${this.counts.repeats} repeats)`,
      ranges: 'all fields in range',
      'hello-first': `${this.boots.size} boot(s)`,
      sequence: `boots ${[...this.boots.keys()].join(', ') || '-'}`,
      time: 'within range, monotonic',
      heartbeat: `longest gap ${Math.round(Math.max(this.maxHeartbeatGap, now - (this.lastHeartbeat ?? this.started)) / 1000)} s`,
      retransmit: `${withheld.length} withheld, ${withheld.filter(([, s]) => s.times >= 2).length} sent again`,
    };
    return RULES.map((rule) => {
      const problems = this.problems.get(rule);
      return { rule, pass: problems === undefined, description: DESCRIPTIONS[rule], detail: problems?.join('; ') ?? summary[rule] };
    });
  }
}
