/**
 * Cameras for the conformance check, built on the reference device link (serial) or MQTT.js:
 * by default they do everything proto/README.md asks of a v1.1 device (hello first, heartbeats at
 * the HelloReply's interval, commands executed once with results, Nacks honoured, store-and-
 * forward); each fault breaks one thing on purpose.
 */
import { autoDetect } from '@serialport/bindings-cpp';
import { SerialPortStream } from '@serialport/stream';
import mqtt from 'mqtt';
import { commandCodec, commandResultCodec, helloReplyCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { encodeFrame } from '../../gateway/frame/frame-format.js';
import { Framer } from '../../gateway/frame/framer.js';
import type { Command, CommandResult, Telemetry, TelemetryBody } from '../../gateway/model/domain.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { DeviceLink } from '../../simulator/link/device-link.js';

export interface CameraFaults {
  /** The camera clock is this far ahead of real time. */
  clockAheadMs?: number;
  /** Begins each boot with a heartbeat instead of hello. */
  noHello?: boolean;
  /** Keeps its own heartbeat interval whatever the HelloReply says. */
  ignoreHelloReply?: boolean;
  /** Never sees Nacks (a v1.0 link): resends what was refused. */
  ignoreNacks?: boolean;
  /** Ignores commands. */
  ignoreCommands?: boolean;
  /** Never resends what was not acknowledged. */
  noResend?: boolean;
  /** MQTT: connects with a clean session and never subscribes. */
  sloppySession?: boolean;
}

const HELLO: TelemetryBody = { case: 'hello', value: { firmwareVersion: '2.0', model: 'ref', vendor: 'test', officerId: 'B-1', preEventBufferS: 30 } };

/** What a camera does, whatever carries its messages. */
class CameraBehaviour {
  private seq = 0;
  private intervalMs: number;
  private nextBeatMs = 0;
  recording = false;

  constructor(
    readonly deviceId: string,
    heartbeatMs: number,
    private readonly faults: CameraFaults,
    private readonly emit: (t: Telemetry) => void,
    private readonly result: (r: CommandResult) => void,
  ) {
    this.intervalMs = heartbeatMs;
  }

  private send(body: TelemetryBody): void {
    this.emit({ deviceId: this.deviceId, bootId: 1, seq: ++this.seq, timeMs: Date.now() + (this.faults.clockAheadMs ?? 0), body });
  }

  start(): void {
    this.send(this.faults.noHello ? { case: 'heartbeat', value: { mode: 'READY', recording: false } } : HELLO);
    this.nextBeatMs = Date.now() + this.intervalMs;
  }

  tick(now: number): void {
    if (now < this.nextBeatMs) return;
    this.nextBeatMs = now + this.intervalMs;
    this.send({ case: 'heartbeat', value: { mode: 'READY', recording: this.recording } });
  }

  helloReply(heartbeatIntervalS: number): void {
    if (this.faults.ignoreHelloReply || heartbeatIntervalS === 0) return;
    this.intervalMs = heartbeatIntervalS * 1000;
    this.nextBeatMs = Math.min(this.nextBeatMs, Date.now() + this.intervalMs);
  }

  /** A command the link has not seen before (the link dedupes by id). */
  command(c: Command): void {
    if (this.faults.ignoreCommands) return;
    const answer = (status: CommandResult['status']) => this.result({ commandId: c.commandId, deviceId: this.deviceId, status, reason: '', timeMs: Date.now() });
    answer('ACCEPTED');
    if (c.action.case === 'startRecording' || c.action.case === 'stopRecording') {
      this.recording = c.action.case === 'startRecording';
      this.send({ case: 'recording', value: { action: this.recording ? 'START' : 'STOP', source: 'REMOTE', recordingId: `r-${c.commandId}` } });
    }
    answer('SUCCEEDED');
  }
}

/** Cameras (one, or the bays of a dock) on one serial port. Returns a stop function. */
export async function serialCameras(path: string, ids: readonly string[], heartbeatMs: number, faults: CameraFaults = {}): Promise<() => Promise<void>> {
  const port = new SerialPortStream({ binding: autoDetect(), path, baudRate: 115200, autoOpen: false });
  const link = new DeviceLink((bytes) => void (port.isOpen && port.write(Buffer.from(bytes))), { ackTimeoutMs: faults.noResend ? 3_600_000 : 300, maxAckTimeoutMs: 600 });
  const cams = new Map(ids.map((id) => [id, new CameraBehaviour(id, heartbeatMs, faults, (t) => link.send(t, Date.now()), (r) => link.sendResult(r))]));
  link.onCommand = (c) => cams.get(c.deviceId)?.command(c);
  link.onHelloReply = (h) => cams.get(h.deviceId)?.helloReply(h.settings.heartbeatIntervalS);
  const incoming = new Framer();
  port.on('data', (d: Buffer) => {
    if (!faults.ignoreNacks) return link.receive(d);
    // A v1.0 link: Nack frames never reach it.
    for (const f of incoming.push(d)) if (f.ok && f.type !== 'NACK') link.receive(encodeFrame(f.type, f.payload));
  });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  for (const c of cams.values()) c.start();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const c of cams.values()) c.tick(now);
    link.tick(now);
  }, 25);
  return async () => {
    clearInterval(timer);
    if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  };
}

/** A camera over MQTT (MQTT.js): persistent session, commands and session topics, QoS 1. */
export async function mqttCamera(url: string, id: string, secret: string, heartbeatMs: number, faults: CameraFaults = {}): Promise<() => Promise<void>> {
  const sloppy = faults.sloppySession === true;
  const client = await mqtt.connectAsync(url, { clientId: id, username: id, password: secret, clean: sloppy, reconnectPeriod: 100, connectTimeout: 2000, reconnectOnConnackError: true });
  // reconnectOnConnackError: keep retrying after CONNACK 3 (server unavailable), as §7 asks.
  client.on('error', () => undefined); // refused during the outage: it keeps trying
  const results = new Map<string, CommandResult>();
  const cam: CameraBehaviour = new CameraBehaviour(
    id,
    heartbeatMs,
    faults,
    (t) => void client.publish(topics.telemetry(id), Buffer.from(telemetryCodec.encode(t)), { qos: 1 }),
    (r) => {
      results.set(r.commandId, r);
      client.publish(topics.commandResult(id), Buffer.from(commandResultCodec.encode(r)), { qos: 1 });
    },
  );
  client.on('message', (topic, payload) => {
    if (topic === topics.helloReply(id)) {
      const h = helloReplyCodec.decode(payload);
      if (h.ok) cam.helloReply(h.value.settings.heartbeatIntervalS);
    } else if (topic === topics.commands(id)) {
      const c = commandCodec.decode(payload);
      if (!c.ok) return;
      const last = results.get(c.value.commandId);
      if (last !== undefined) client.publish(topics.commandResult(id), Buffer.from(commandResultCodec.encode(last)), { qos: 1 }); // seen: the last result again
      else cam.command(c.value);
    }
  });
  if (!sloppy) await client.subscribeAsync({ [topics.commands(id)]: { qos: 1 }, [`bwc/v1/devices/${id}/session/+`]: { qos: 1 } });
  cam.start();
  const timer = setInterval(() => cam.tick(Date.now()), 25);
  return async () => {
    clearInterval(timer);
    await client.endAsync(true);
  };
}
