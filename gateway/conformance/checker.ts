/**
 * The conformance clauses (clauses.ts) judged for one device. Pure: the probe (serial or MQTT)
 * feeds it what the device did, with times, asks what to do with each message (acknowledge,
 * withhold, refuse with a Nack, or drop it because the link is "down"), and polls `actions(now)`
 * for what to send (a HelloReply, commands). The schedule drives the device: acknowledgements
 * withheld, a Nack, commands (start and stop recording, a repeated id), an outage.
 */
import { createHash } from 'node:crypto';
import { telemetryCodec } from '../decode/codec.js';
import type { RejectCode } from '../decode/result.js';
import type { Command, CommandResult, DeviceSettings, Telemetry } from '../model/domain.js';
import { CLAUSES, type ClauseId, type ClauseResult } from './clauses.js';
import { type Pics, claims } from './pics.js';

export const CONFORMANCE_DEFAULTS = {
  /** Expected heartbeat interval; a gap over 1.5x fails (3 missed heartbeats make a camera offline). */
  heartbeatMs: 30_000,
  /** Largest clock offset from the checker's clock (the gateway's CLOCK_SKEW tolerance). */
  clockToleranceMs: 2_000,
  /** Acknowledgements withheld on purpose: the 2nd, 3rd and 4th new messages. */
  withhold: [2, 3, 4] as readonly number[],
  /** The 6th new message is refused with a Nack "do not resend" (when the device claims nack). */
  nackAt: 6,
  /** Fractions of the run: commands, the repeated command, the outage. */
  startRecordingAt: 0.25,
  stopRecordingAt: 0.35,
  repeatAt: 0.45,
  outage: [0.55, 0.75] as readonly [number, number],
  /** A device has this long to act on a command (or 10 % of the run, if shorter). */
  responseMs: 5_000,
};
export type ConformanceOptions = typeof CONFORMANCE_DEFAULTS;

/** What the probe does with one message. */
export type Disposition = 'ack' | 'withhold' | 'nack' | 'drop';

export type Action = { kind: 'hello-reply'; bootId: number; settings: DeviceSettings } | { kind: 'command'; command: Command };

const hash = (t: Telemetry): string => createHash('sha256').update(telemetryCodec.encode(t)).digest('hex');

interface Boot {
  firstSeq: number;
  maxSeq: number;
  lastTime: number;
  fromStart: boolean;
  seqs: Set<number>;
  /** The last hole filled (a resend): holes must be filled in seq order. */
  lastFill: number;
}

interface Seen {
  hash: string;
  withheld: boolean;
  nacked: boolean;
  times: number;
}

export class ConformanceChecker {
  private readonly problems = new Map<ClauseId, string[]>();
  private readonly counts = { frames: 0, discarded: 0, messages: 0, repeats: 0, dropped: 0 };
  private readonly seen = new Map<string, Seen>();
  private readonly boots = new Map<number, Boot>();
  private lastBoot = -1;
  private newMessages = 0;
  private lastMessageAt: number | null = null;
  private maxGap = 0;
  private mode = 'READY';
  private minOffset = Number.POSITIVE_INFINITY;
  private readonly pending: Action[] = [];
  private replyAt: number | null = null;
  private maxGapAfterReply = 0;
  private lastAfterReply: number | null = null;
  /** Outage: when new messages came after it. */
  private afterOutage: number[] = [];
  private readonly recordingEvents: { at: number; action: string }[] = [];
  /** When each scheduled command (start, stop, repeat) was sent. */
  private readonly commandsSent = new Map<string, number>();
  private readonly results: { at: number; result: CommandResult }[] = [];
  private cleanConnects = 0;
  private connects = 0;
  private subscribedCommands = false;
  private readonly started: number;

  constructor(
    readonly deviceId: string,
    now: number,
    readonly durationMs: number,
    private readonly pics: Pics,
    private readonly options: ConformanceOptions = CONFORMANCE_DEFAULTS,
  ) {
    this.started = now;
  }

  private fail(id: ClauseId, detail: string): void {
    const list = this.problems.get(id) ?? [];
    if (list.length < 5) list.push(detail);
    this.problems.set(id, list);
  }

  private at(fraction: number): number {
    return this.started + fraction * this.durationMs;
  }

  get responseMs(): number {
    return Math.min(this.options.responseMs, this.durationMs * 0.1);
  }

  /** Is the link "down" now (the outage): the probe drops everything and refuses connections. */
  inOutage(now: number): boolean {
    return now >= this.at(this.options.outage[0]) && now < this.at(this.options.outage[1]);
  }

  frameOk(): void {
    this.counts.frames++;
  }

  frameDiscarded(reason: string, bytes: number): void {
    this.counts.discarded++;
    this.fail('BWC-FRAME-1', `${reason} (${bytes} bytes)`);
  }

  rejected(code: RejectCode, message: string): void {
    this.fail(code === 'DECODE_FAILED' ? 'BWC-MSG-1' : 'BWC-MSG-2', message);
  }

  /** MQTT: a CONNECT from the device, and its subscriptions. */
  connected(clean: boolean): void {
    this.connects++;
    if (clean) this.cleanConnects++;
  }

  subscribed(filter: string, qos: number): void {
    if (filter === `bwc/v1/devices/${this.deviceId}/commands` && qos >= 1) this.subscribedCommands = true;
  }

  commandResult(r: CommandResult, now: number): void {
    this.results.push({ at: now, result: r });
  }

  /** One message from the device; what the probe should do with it. */
  message(t: Telemetry, now: number): Disposition {
    if (t.deviceId !== this.deviceId) {
      this.fail('BWC-MSG-1', `message for ${t.deviceId}, expected ${this.deviceId}`);
      return 'ack';
    }
    if (this.inOutage(now)) {
      this.counts.dropped++;
      return 'drop';
    }
    const key = `${t.bootId}.${t.seq}`;
    const h = hash(t);
    const prior = this.seen.get(key);
    if (prior !== undefined) {
      this.counts.repeats++;
      prior.times++;
      if (prior.hash !== h) this.fail('BWC-SEQ-1', `boot ${t.bootId} seq ${t.seq} sent again with different content`);
      if (prior.nacked) {
        this.fail('BWC-NACK-1', `boot ${t.bootId} seq ${t.seq} was refused (Nack, do not resend) and sent again`);
        return 'nack';
      }
      return 'ack';
    }
    this.counts.messages++;
    if (now >= this.at(this.options.outage[1])) this.afterOutage.push(now);
    const fill = t.seq < (this.boots.get(t.bootId)?.maxSeq ?? 0); // a resend filling a hole (the outage)
    this.judgeIdentity(t);
    this.judgeTime(t, now, fill);
    this.judgeCadence(t, now);
    if (t.body.case === 'recording') this.recordingEvents.push({ at: now, action: t.body.value.action });
    if (t.seq === 1 && t.body.case === 'hello' && claims(this.pics, 'helloReply')) this.helloReply(t.bootId, now);
    this.newMessages++;
    const withheld = this.options.withhold.includes(this.newMessages);
    const nacked = !withheld && this.newMessages === this.options.nackAt && claims(this.pics, 'nack');
    this.seen.set(key, { hash: h, withheld, nacked, times: 1 });
    return withheld ? 'withhold' : nacked ? 'nack' : 'ack';
  }

  /** boot_id never back; seq from 1; a lower seq only fills a hole, and holes fill in order. */
  private judgeIdentity(t: Telemetry): void {
    if (t.bootId < this.lastBoot) this.fail('BWC-SEQ-1', `boot_id went back from ${this.lastBoot} to ${t.bootId}`);
    let boot = this.boots.get(t.bootId);
    if (boot === undefined) {
      boot = { firstSeq: t.seq, maxSeq: 0, lastTime: Number.NEGATIVE_INFINITY, fromStart: t.seq === 1, seqs: new Set(), lastFill: 0 };
      this.boots.set(t.bootId, boot);
      if (t.seq !== 1 && this.lastBoot >= 0) this.fail('BWC-SEQ-1', `boot ${t.bootId} started at seq ${t.seq}, not 1`);
    }
    if (t.bootId > this.lastBoot) this.lastBoot = t.bootId;
    boot.seqs.add(t.seq);
    if (t.seq < boot.maxSeq) {
      if (t.seq < boot.lastFill) this.fail('BWC-SEQ-1', `boot ${t.bootId}: resent seq ${t.seq} after resending ${boot.lastFill} (resend in seq order)`);
      boot.lastFill = t.seq;
    } else if (t.seq > boot.maxSeq) {
      boot.maxSeq = t.seq;
      if (this.holes(boot).length === 0) boot.lastFill = 0;
    }
    if (t.seq === 1 && t.body.case !== 'hello') this.fail('BWC-HELLO-1', `boot ${t.bootId} began with ${t.body.case}, not hello`);
  }

  private holes(boot: Boot): number[] {
    const out: number[] = [];
    for (let seq = boot.firstSeq; seq < boot.maxSeq && out.length < 1000; seq++) if (!boot.seqs.has(seq)) out.push(seq);
    return out;
  }

  /** Offset bounds from every message; monotonic time_ms among messages in seq order (a fill is older by nature). */
  private judgeTime(t: Telemetry, now: number, fill: boolean): void {
    const boot = this.boots.get(t.bootId)!;
    this.minOffset = Math.min(this.minOffset, now - t.timeMs);
    if (fill) return;
    if (t.timeMs < boot.lastTime) this.fail('BWC-TIME-2', `boot ${t.bootId} seq ${t.seq}: time_ms went back by ${boot.lastTime - t.timeMs} ms`);
    boot.lastTime = Math.max(boot.lastTime, t.timeMs);
  }

  /** Gaps between messages on the checker's clock (outages excluded): the heartbeat rule. */
  private judgeCadence(t: Telemetry, now: number): void {
    if (t.body.case === 'heartbeat' || t.body.case === 'mode') this.mode = t.body.value.mode;
    const afterOutage = now >= this.at(this.options.outage[1]) && (this.lastMessageAt ?? 0) < this.at(this.options.outage[1]);
    if (!afterOutage) this.maxGap = Math.max(this.maxGap, now - (this.lastMessageAt ?? this.started));
    this.lastMessageAt = now;
    if (this.replyAt !== null && t.body.case === 'heartbeat' && !afterOutage && now < this.at(this.options.outage[0])) {
      // Grace: one old interval for the device to apply the new one.
      if (this.lastAfterReply !== null && now > this.replyAt + this.options.heartbeatMs) this.maxGapAfterReply = Math.max(this.maxGapAfterReply, now - this.lastAfterReply);
      this.lastAfterReply = now;
    }
  }

  /** The reply asks for half the expected interval, so that following it is observable. */
  private helloReply(bootId: number, now: number): void {
    this.replyAt = now;
    this.lastAfterReply = null;
    this.pending.push({ kind: 'hello-reply', bootId, settings: { heartbeatIntervalS: this.replyIntervalS, preEventBufferS: 0, sleepAfterIdleS: 0 } });
  }

  get replyIntervalS(): number {
    return Math.max(1, Math.round(this.options.heartbeatMs / 2000));
  }

  /** What to send now: HelloReplies, and the scheduled commands. */
  actions(now: number): Action[] {
    const due = this.pending.splice(0);
    if (!claims(this.pics, 'commands')) return due;
    const command = (id: string, action: Command['action']): Command => ({ commandId: id, deviceId: this.deviceId, issuedMs: now, expiresMs: now + 60_000, action });
    const schedule: [string, number, () => Command][] = [
      ['start', this.options.startRecordingAt, () => command(`conf-${this.deviceId}-start`, { case: 'startRecording', value: { reason: 'conformance BWC-CMD-1' } })],
      ['stop', this.options.stopRecordingAt, () => command(`conf-${this.deviceId}-stop`, { case: 'stopRecording', value: { reason: 'conformance BWC-CMD-1' } })],
      ['repeat', this.options.repeatAt, () => command(`conf-${this.deviceId}-start`, { case: 'startRecording', value: { reason: 'conformance BWC-CMD-3' } })],
    ];
    for (const [name, fraction, make] of schedule) {
      if (this.commandsSent.has(name) || now < this.at(fraction)) continue;
      this.commandsSent.set(name, now);
      due.push({ kind: 'command', command: make() });
    }
    return due;
  }

  verdict(now: number): ClauseResult[] {
    const summary = this.judgeEnd(now);
    return CLAUSES.map((c) => {
      if (!claims(this.pics, c.feature)) return { id: c.id, rule: c.rule, section: c.section, verdict: 'N/A' as const, detail: `not claimed in the PICS (${c.feature})` };
      const problems = this.problems.get(c.id);
      return { id: c.id, rule: c.rule, section: c.section, verdict: problems === undefined ? ('PASS' as const) : ('FAIL' as const), detail: problems?.join('; ') ?? summary[c.id] ?? '' };
    });
  }

  /** The clauses judged only at the end; returns what a passing clause reports. */
  private judgeEnd(now: number): Partial<Record<ClauseId, string>> {
    const o = this.options;
    const gap = Math.max(this.maxGap, this.mode === 'OFF' ? 0 : now - (this.lastMessageAt ?? this.started));
    if (this.mode !== 'OFF' && gap > o.heartbeatMs * 1.5) this.fail('BWC-HB-1', `${(gap / 1000).toFixed(1)} s without a message (limit ${(o.heartbeatMs * 1.5) / 1000} s)`);
    if (this.replyAt === null && claims(this.pics, 'helloReply')) this.fail('BWC-HELLO-2', 'no hello seen: no HelloReply could be sent (restart the device during the check)');
    else if (this.replyAt !== null && this.maxGapAfterReply > this.replyIntervalS * 1500) {
      this.fail('BWC-HELLO-2', `asked for a heartbeat every ${this.replyIntervalS} s; saw a ${(this.maxGapAfterReply / 1000).toFixed(1)} s gap`);
    }
    const withheld = [...this.seen.entries()].filter(([, s]) => s.withheld);
    if (withheld.length === 0) this.fail('BWC-ACK-1', `fewer than ${Math.max(...o.withhold)} messages seen: nothing could be withheld`);
    for (const [key, s] of withheld) if (s.times < 2) this.fail('BWC-ACK-1', `seq ${key} was not acknowledged and never sent again`);
    if (![...this.boots.values()].some((b) => b.fromStart)) this.fail('BWC-HELLO-1', 'no boot observed from seq 1: restart the device during the check');
    if (this.counts.messages === 0) this.fail('BWC-MSG-1', 'no message received');
    const offset = this.clockOffset();
    if (offset !== null && Math.abs(offset) > o.clockToleranceMs) {
      this.fail('BWC-TIME-1', `the device clock is ${(Math.abs(offset) / 1000).toFixed(1)} s ${offset > 0 ? 'behind' : 'ahead of'} the checker's (tolerance ${o.clockToleranceMs / 1000} s)`);
    }
    this.judgeOutage(now);
    this.judgeMqtt();
    this.judgeCommands();
    if (this.counts.messages === 0) this.fail('BWC-DOCK-1', `${this.deviceId} was not heard on the port`);
    return {
      'BWC-FRAME-1': `${this.counts.frames} frames, ${this.counts.discarded} discarded`,
      'BWC-MSG-1': `${this.counts.messages} messages (${this.counts.repeats} repeats)`,
      'BWC-MSG-2': 'all fields in range',
      'BWC-HELLO-1': `${this.boots.size} boot(s)`,
      'BWC-HELLO-2': `asked for ${this.replyIntervalS} s; longest gap ${(this.maxGapAfterReply / 1000).toFixed(1)} s`,
      'BWC-SEQ-1': `boots ${[...this.boots.keys()].join(', ') || '-'}`,
      'BWC-TIME-1': `clock offset ${offset === null ? '-' : `${offset} ms`}`,
      'BWC-TIME-2': 'monotonic',
      'BWC-HB-1': `longest gap ${(gap / 1000).toFixed(1)} s`,
      'BWC-ACK-1': `${withheld.length} withheld, ${withheld.filter(([, s]) => s.times >= 2).length} sent again`,
      'BWC-ACK-2': `${this.counts.dropped} dropped in the outage; ${this.afterOutage.length} new after it`,
      'BWC-MQTT-1': `${this.connects} connect(s), all persistent`,
      'BWC-MQTT-2': 'subscribed',
      'BWC-NACK-1': 'not sent again',
      'BWC-CMD-1': 'recording started and stopped on command',
      'BWC-CMD-2': 'ACCEPTED and SUCCEEDED',
      'BWC-CMD-3': 'executed once',
      'BWC-DOCK-1': 'heard on the port',
    };
  }

  /** The smallest (receive − device) time bounds the offset; delay only adds to it. */
  private clockOffset(): number | null {
    if (!Number.isFinite(this.minOffset)) return null;
    return this.minOffset;
  }

  private judgeOutage(now: number): void {
    const [from, to] = this.options.outage.map((f) => this.at(f)) as [number, number];
    if (now < to) return this.fail('BWC-ACK-2', 'the check ended before the outage did');
    if (this.afterOutage.length === 0) return this.fail('BWC-ACK-2', 'nothing new arrived after the outage');
    for (const [bootId, boot] of this.boots) {
      const holes = this.holes(boot);
      if (holes.length === 0) continue;
      const what = `boot ${bootId}: seq ${holes.slice(0, 5).join(', ')}${holes.length > 5 ? ` and ${holes.length - 5} more` : ''} never arrived`;
      this.fail('BWC-SEQ-1', what);
      if (this.counts.dropped > 0) this.fail('BWC-ACK-2', `${what} (the link was down from ${(from - this.started) / 1000} s to ${(to - this.started) / 1000} s)`);
    }
    const expected = Math.floor((to - from) / this.options.heartbeatMs) - 1;
    const soon = this.afterOutage.filter((t) => t < to + this.options.heartbeatMs * 2).length;
    if (expected > 0 && soon < expected) this.fail('BWC-ACK-2', `${soon} messages within ${(this.options.heartbeatMs * 2) / 1000} s of the outage's end; expected at least ${expected} produced during it`);
  }

  private judgeMqtt(): void {
    if (this.pics.transport !== 'mqtt') return;
    if (this.connects === 0) this.fail('BWC-MQTT-1', 'the device never connected');
    else if (this.cleanConnects > 0) this.fail('BWC-MQTT-1', `${this.cleanConnects} of ${this.connects} connects used a clean session: commands queued while it was away are lost`);
    if (!this.subscribedCommands) this.fail('BWC-MQTT-2', `never subscribed to bwc/v1/devices/${this.deviceId}/commands with QoS 1`);
  }

  private judgeCommands(): void {
    if (!claims(this.pics, 'commands')) return;
    const within = (sent: number | undefined, action: string): boolean => sent !== undefined && this.recordingEvents.some((e) => e.action === action && e.at > sent && e.at <= sent + this.responseMs);
    const start = this.commandsSent.get('start');
    const stop = this.commandsSent.get('stop');
    const repeat = this.commandsSent.get('repeat');
    if (start === undefined || stop === undefined || repeat === undefined) this.fail('BWC-CMD-1', 'the check ended before the commands were sent');
    else {
      if (!within(start, 'START')) this.fail('BWC-CMD-1', `no recording START within ${this.responseMs / 1000} s of start_recording`);
      if (!within(stop, 'STOP')) this.fail('BWC-CMD-1', `no recording STOP within ${this.responseMs / 1000} s of stop_recording`);
      if (within(repeat, 'START')) this.fail('BWC-CMD-3', 'start_recording sent again with the same command_id: the device started recording again');
    }
    if (!claims(this.pics, 'commandResults') || repeat === undefined) return;
    const startId = `conf-${this.deviceId}-start`;
    const of = (id: string) => this.results.filter((r) => r.result.commandId === id);
    const first = of(startId).filter((r) => r.at < repeat);
    const statuses = first.map((r) => r.result.status);
    if (!statuses.includes('ACCEPTED') || !statuses.includes('SUCCEEDED') || statuses.indexOf('ACCEPTED') > statuses.indexOf('SUCCEEDED')) {
      this.fail('BWC-CMD-2', `start_recording answered with [${statuses.join(', ') || 'nothing'}], expected ACCEPTED then SUCCEEDED`);
    }
    const last = first[first.length - 1]?.result;
    const again = of(startId).filter((r) => r.at >= repeat);
    if (again.length === 0) this.fail('BWC-CMD-3', 'the repeated command_id got no CommandResult (send the last result again)');
    else if (last !== undefined && (again[0]!.result.status !== last.status || again[0]!.result.timeMs !== last.timeMs)) {
      this.fail('BWC-CMD-3', `the repeated command_id got ${again[0]!.result.status} at ${again[0]!.result.timeMs}, not the first result again (${last.status} at ${last.timeMs})`);
    }
  }
}
