/**
 * The SQLite schema. The input log (`inputs`) is the source of truth: every accepted message
 * exactly as received, plus the clock ticks and acknowledgements the detector saw, in the order
 * it saw them. Everything else (alerts, device state) can be rebuilt by replaying it.
 */
export const SCHEMA_VERSION = 2;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Detector inputs in order: telemetry (single or batch, raw bytes), activities, ticks, acks.
CREATE TABLE IF NOT EXISTS inputs (
  id INTEGER PRIMARY KEY,
  received_ms INTEGER NOT NULL,
  kind TEXT NOT NULL,            -- telemetry | batch | activity | tick | ack | assignment
  transport TEXT NOT NULL,       -- mqtt | broker | nats | serial | api | gateway
  topic TEXT,
  device_id TEXT,                -- the sender for telemetry, null for batches from docks
  payload BLOB
);
-- No index on received_ms: ids follow arrival, and an index cost ~1.6 KB of WAL per commit.
DROP INDEX IF EXISTS inputs_received;

-- The dedupe index (store/seq-index.ts): per (device, boot) and block of 64 seqs, where each
-- stored seq is (64 little-endian doubles: input id * 65536 + item + 1; 0 = not stored).
-- Written behind the input log in sorted slices; meta.seq_index_input_id = W says every key of
-- inputs <= W is here (the inputs after W are decoded back into memory on start).
CREATE TABLE IF NOT EXISTS seq_blocks (
  device_id TEXT NOT NULL,
  boot_id INTEGER NOT NULL,
  block INTEGER NOT NULL,        -- seq / 64
  locs BLOB NOT NULL,
  PRIMARY KEY (device_id, boot_id, block)
) WITHOUT ROWID;

-- Bad input, kept aside with the reason (never silently dropped).
CREATE TABLE IF NOT EXISTS quarantine (
  id INTEGER PRIMARY KEY,
  received_ms INTEGER NOT NULL,
  transport TEXT NOT NULL,
  topic TEXT,
  client_id TEXT,
  device_id TEXT,
  reason TEXT NOT NULL,          -- an error code: DECODE_FAILED, INVALID_FIELD, IDENTITY_MISMATCH, UNKNOWN_TOPIC, SEQ_CONFLICT...
  message TEXT NOT NULL,
  size INTEGER NOT NULL,
  payload BLOB                   -- at most the first 64 KiB
);
CREATE INDEX IF NOT EXISTS quarantine_received ON quarantine(received_ms);

-- Every alert revision, and the latest revision of each alert.
CREATE TABLE IF NOT EXISTS alert_revisions (
  alert_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  revised_ms INTEGER NOT NULL,
  payload BLOB NOT NULL,         -- bwc.v1.Alert
  PRIMARY KEY (alert_id, revision)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alerts (
  alert_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  device_id TEXT NOT NULL,
  officer_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  detected_ms INTEGER NOT NULL,
  revised_ms INTEGER NOT NULL,
  payload BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS alerts_revised ON alerts(revised_ms);
CREATE INDEX IF NOT EXISTS alerts_device ON alerts(device_id, revised_ms);
CREATE INDEX IF NOT EXISTS alerts_officer ON alerts(officer_id, revised_ms);

-- Triage notes on alerts, by people (not revisions of the alert itself): an assignment (assignee
-- set; '' unassigns) and/or a comment. Append-only: the audit trail of who did what, when.
CREATE TABLE IF NOT EXISTS alert_notes (
  id INTEGER PRIMARY KEY,
  alert_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  by_name TEXT NOT NULL,
  assignee TEXT,                 -- NULL: not an assignment
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS alert_notes_alert ON alert_notes(alert_id, id);

-- The alert outbox: every stored revision in the order it was committed. seq is what viewers
-- resume from (SSE Last-Event-ID, GET /api/alerts?since=, an MQTT viewer's cursor).
CREATE TABLE IF NOT EXISTS alert_outbox (
  seq INTEGER PRIMARY KEY,
  alert_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  revised_ms INTEGER NOT NULL
);

-- Where each persistent MQTT viewer session (clean session = 0) is in the outbox: the highest
-- seq it acknowledged (PUBACK). A clean-session CONNECT with the same client id removes it.
CREATE TABLE IF NOT EXISTS viewer_cursors (
  client_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- Every decided obligation, met ones too (they raise no alert): the compliance report's rows.
CREATE TABLE IF NOT EXISTS obligations (
  obligation_id TEXT PRIMARY KEY,  -- the MISSED_ACTIVATION alert id it would have
  device_id TEXT NOT NULL,
  officer_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,       -- '' for a signal trigger
  activity_type TEXT NOT NULL,     -- UNSPECIFIED for a signal trigger
  trigger_kind TEXT NOT NULL,
  start_ms INTEGER NOT NULL,
  deadline_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL,           -- ON_TIME | LATE | MISSED
  lateness_ms INTEGER NOT NULL,
  uncovered_ms INTEGER NOT NULL,
  premature_stops INTEGER NOT NULL,
  revised_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS obligations_start ON obligations(start_ms);

-- Detector state at an input id, so a restart replays only the tail.
CREATE TABLE IF NOT EXISTS snapshots (
  id INTEGER PRIMARY KEY,
  input_id INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  data BLOB NOT NULL             -- gzip'd JSON
);

-- Credentials: only scrypt hashes of secrets; api tokens as sha256.
CREATE TABLE IF NOT EXISTS devices (
  device_id TEXT PRIMARY KEY,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  scrypt_n INTEGER NOT NULL DEFAULT 16384,  -- cost it was hashed with (simulated fleets use less)
  created_ms INTEGER NOT NULL,
  revoked_ms INTEGER,
  prev_salt BLOB,                -- a rotation with a grace period: the previous secret...
  prev_hash BLOB,
  prev_scrypt_n INTEGER,
  prev_until_ms INTEGER          -- ...is accepted until then
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,            -- cad | viewer
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  created_ms INTEGER NOT NULL,
  revoked_ms INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS api_tokens (
  hash TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,            -- admin | viewer
  created_ms INTEGER NOT NULL,
  revoked_ms INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS commands (
  command_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  action TEXT NOT NULL,          -- startRecording | stopRecording | reboot | ping | setSettings | syncTime | locate | requestStatus
  payload BLOB NOT NULL,         -- bwc.v1.Command exactly as sent
  issued_by TEXT NOT NULL,
  issued_ms INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL,
  state TEXT NOT NULL,           -- QUEUED | DELIVERED | ACKNOWLEDGED | SUCCEEDED | FAILED | REJECTED | EXPIRED
  reason TEXT NOT NULL DEFAULT '',
  delivered_ms INTEGER,
  acknowledged_ms INTEGER,
  done_ms INTEGER,               -- when it reached its final state
  updated_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS commands_device ON commands(device_id, issued_ms);
CREATE INDEX IF NOT EXISTS commands_open ON commands(state, expires_ms);

CREATE TABLE IF NOT EXISTS device_settings (
  device_id TEXT PRIMARY KEY,
  heartbeat_interval_s INTEGER NOT NULL,
  pre_event_buffer_s INTEGER NOT NULL,
  sleep_after_idle_s INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
`;
