/**
 * The conformance clauses: each a numbered rule of proto/README.md, the feature it needs (core:
 * every device; otherwise a capability the device declares in its PICS file), and the section it
 * comes from. A clause a device does not claim is reported "N/A", not passed.
 */
export type Feature = 'core' | 'serial' | 'mqtt' | 'helloReply' | 'nack' | 'commands' | 'commandResults' | 'multiBay';

export interface Clause {
  id: string;
  feature: Feature;
  section: string;
  rule: string;
}

export const CLAUSES = [
  { id: 'BWC-FRAME-1', feature: 'serial', section: '§3', rule: 'frames are valid COBS with a correct CRC-32C, version 0x01 and a known type' },
  { id: 'BWC-MSG-1', feature: 'core', section: '§1', rule: 'payloads decode as bwc.v1 messages of the declared device' },
  { id: 'BWC-MSG-2', feature: 'core', section: '§1', rule: 'fields are within their documented ranges' },
  { id: 'BWC-HELLO-1', feature: 'core', section: '§1, §2a', rule: 'hello is the first message (seq 1) of every boot, and a boot is seen from seq 1' },
  { id: 'BWC-HELLO-2', feature: 'helloReply', section: '§2a', rule: "after a HelloReply the device heartbeats at the reply's heartbeat_interval_s" },
  { id: 'BWC-SEQ-1', feature: 'core', section: '§1, §3', rule: 'boot_id never goes back; seq starts at 1 and rises by 1 with no gaps; resends go in seq order; a repeat is identical' },
  { id: 'BWC-TIME-1', feature: 'core', section: '§1 Time', rule: "the device clock is within the tolerance of the checker's (NTP or GPS time)" },
  { id: 'BWC-TIME-2', feature: 'core', section: '§1 Time', rule: 'time_ms never goes back within a boot' },
  { id: 'BWC-HB-1', feature: 'core', section: '§2a', rule: 'a message at least every heartbeat interval (+50 %) while the camera is on' },
  { id: 'BWC-ACK-1', feature: 'core', section: '§2, §3', rule: 'a message not acknowledged is sent again' },
  { id: 'BWC-ACK-2', feature: 'core', section: '§3, §7', rule: 'store-and-forward: what the device produced while the link was down arrives after it, none missing' },
  { id: 'BWC-MQTT-1', feature: 'mqtt', section: '§2', rule: 'the device connects with a persistent session (clean session 0)' },
  { id: 'BWC-MQTT-2', feature: 'mqtt', section: '§2', rule: 'the device subscribes to its commands topic with QoS 1 (MQTT)' },
  { id: 'BWC-NACK-1', feature: 'nack', section: '§2b', rule: 'a message refused with a Nack that says "do not resend" is not sent again' },
  { id: 'BWC-CMD-1', feature: 'commands', section: '§2c', rule: 'a command is executed: start_recording and stop_recording are followed by a recording START and STOP within 5 s' },
  { id: 'BWC-CMD-2', feature: 'commandResults', section: '§2c', rule: 'a command is answered with CommandResult ACCEPTED, then SUCCEEDED, naming its id' },
  { id: 'BWC-CMD-3', feature: 'commandResults', section: '§2c', rule: 'a command id seen twice is executed once: the copy gets the first result again' },
  { id: 'BWC-DOCK-1', feature: 'multiBay', section: '§3', rule: 'every camera declared on the dock is heard on the one port, and each is judged by the clauses above' },
] as const satisfies readonly Clause[];

export type ClauseId = (typeof CLAUSES)[number]['id'];

export type Verdict = 'PASS' | 'FAIL' | 'N/A';

export interface ClauseResult {
  id: ClauseId;
  rule: string;
  section: string;
  verdict: Verdict;
  detail: string;
}
