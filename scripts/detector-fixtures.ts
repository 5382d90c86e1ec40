/**
 * Writes the detector's table-test captures, test/fixtures/detector/<case>.ndjson, from the
 * scenarios below (one per rule). The expected alerts, <case>.expect.json, are written by hand
 * from the rules in README.md; test/detector/rules.test.ts replays each capture and compares.
 *
 *   npm run fixtures:detector            rewrite the captures
 *   npm run fixtures:detector -- --check exit 1 if a capture is out of date
 *
 * Times are seconds after T0 (2024-11-28T00:00:00Z); cameras have a 50 ms network delay.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaptureBuilder, type Camera, at } from '../test/helpers/capture-builder.js';

const GIB = 1024 ** 3;

/** A camera that said hello at `from` and sends heartbeats every 30 s until `to`. */
function online(b: CaptureBuilder, id: string, from: number, to: number, options = {}): Camera {
  return b.camera(id, options).hello(from).alive(from + 1, to);
}

export const CASES: Record<string, (b: CaptureBuilder) => void> = {
  // An arrest starts at 10 s; the camera stays ready; MISSED at 10 + 30 + 2 = 42 s.
  'missed-not-started': (b) => {
    online(b, 'cam-a', 0, 300);
    b.activity(10, 'CAD-1', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(200, 'CAD-1', 'AT_LARGE_ARREST', 'END', []);
    b.tick(300);
  },
  // Recording starts 25 s after the arrest: within the 30 s grace, no alert.
  'met-within-grace': (b) => {
    online(b, 'cam-a', 0, 300).start(35).stop(190);
    b.activity(10, 'CAD-1', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(200, 'CAD-1', 'AT_LARGE_ARREST', 'END', []);
    b.tick(300);
  },
  // Already recording when the search starts: met.
  'met-recording-before': (b) => {
    online(b, 'cam-a', 0, 300).start(5).stop(250);
    b.activity(10, 'CAD-2', 'SEARCH_INCIDENT_TO_ARREST', 'START', ['cam-a']).activity(240, 'CAD-2', 'SEARCH_INCIDENT_TO_ARREST', 'END', []);
    b.tick(300);
  },
  // Recording starts 50 s in: MISSED at 42 s, then RESOLVED (LATE_ACTIVATION), lateness 50.05 s,
  // uncovered 50.05 - 30 (pre-event buffer) = 20.05 s.
  'late-activation': (b) => {
    online(b, 'cam-a', 0, 300).start(60).stop(190);
    b.activity(10, 'CAD-3', 'WARRANT_EXECUTION', 'START', ['cam-a']).activity(200, 'CAD-3', 'WARRANT_EXECUTION', 'END', []);
    b.tick(300);
  },
  // Recording starts only after the activity ended: the alert stays OPEN.
  'late-start-after-end': (b) => {
    online(b, 'cam-a', 0, 300).start(150).stop(200);
    b.activity(10, 'CAD-4', 'SUBPOENA_SERVICE', 'START', ['cam-a']).activity(100, 'CAD-4', 'SUBPOENA_SERVICE', 'END', []);
    b.tick(300);
  },
  'cause-asleep': (b) => {
    online(b, 'cam-a', 0, 300).mode(5, 'SLEEP');
    b.activity(10, 'CAD-5', 'INVESTIGATORY_DETENTION', 'START', ['cam-a']);
    b.tick(300);
  },
  'cause-off': (b) => {
    b.camera('cam-a').hello(0).heartbeat(1).mode(5, 'OFF');
    b.activity(10, 'CAD-6', 'REMOVAL_ORDER_EXECUTION', 'START', ['cam-a']);
    b.tick(300);
  },
  'cause-docked': (b) => {
    b.camera('cam-a').hello(0).heartbeat(1).mode(5, 'DOCKED');
    b.activity(10, 'CAD-7', 'FACILITY_PROTECTION', 'START', ['cam-a']);
    b.tick(300);
  },
  // Last heard at 1 s; the deadline is 130 s: silent for 129 s > 90 s. DEVICE_OFFLINE (health)
  // at 1.05 + 90 = 91.05 s, MISSED (cause DEVICE_OFFLINE) at 132 s.
  'cause-offline': (b) => {
    b.camera('cam-a').hello(0).heartbeat(1);
    b.activity(100, 'CAD-8', 'FACILITY_DISTURBANCE', 'START', ['cam-a']);
    b.tick(300);
  },
  'cause-battery-depleted': (b) => {
    online(b, 'cam-a', 0, 300).battery(5, 0);
    b.activity(10, 'CAD-9', 'EMERGENCY_RESPONSE', 'START', ['cam-a']);
    b.tick(300);
  },
  'cause-storage-full': (b) => {
    online(b, 'cam-a', 0, 300).storage(5, 64 * GIB, 64 * GIB - 1024);
    b.activity(10, 'CAD-10', 'SEARCH_SEIZURE_ORDER', 'START', ['cam-a']);
    b.tick(300);
  },
  // The activity names a camera the gateway never heard from.
  'cause-unknown-device': (b) => {
    b.activity(10, 'CAD-11', 'AT_LARGE_ARREST', 'START', ['cam-ghost']);
    b.tick(100);
  },
  // The link is down from 2 s to 200 s; the camera records from 20 s and uploads its backlog at
  // 200 s. MISSED (DEVICE_OFFLINE) at 132 s is RETRACTED (LATE_DATA) at 200 s; the offline
  // alert raised at 92.05 s resolves at 200 s.
  'late-data-retracts': (b) => {
    const c = b.camera('cam-a').hello(0).heartbeat(2);
    for (const s of [30, 60, 90, 120, 150, 180]) c.heartbeat(s, { deliverAt: 200 });
    c.start(110, { deliverAt: 200 });
    c.alive(210, 400);
    b.activity(100, 'CAD-12', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(300, 'CAD-12', 'AT_LARGE_ARREST', 'END', []);
    b.tick(400);
  },
  // seq 3 (a START at 20 s) is delivered 1 s after seq 4: within the 2 s reorder window, so it is
  // applied in order and no alert is raised.
  'reorder-within-window': (b) => {
    const c = b.camera('cam-a').hello(0).heartbeat(1);
    c.start(20, { seq: 3, deliverAt: 22 }).heartbeat(21, { seq: 4 }).lose(21, 2).alive(30, 120);
    b.activity(10, 'CAD-13', 'AT_LARGE_ARREST', 'START', ['cam-a']);
    b.tick(120);
  },
  // seq 3 (the START at 20 s) is late by 50 s: TELEMETRY_GAP at 21.05 + 2 = 23.05 s; MISSED at
  // 42 s; a heartbeat at 45 s shows recording: RESOLVED (LATE_ACTIVATION); when seq 3 arrives
  // at 70 s the gap is FILLED and the alert RETRACTED (LATE_DATA): it was met after all.
  'gap-filled-late': (b) => {
    const c = b.camera('cam-a').hello(0).heartbeat(1);
    c.start(20, { seq: 3, deliverAt: 70 }).battery(21, 80, false, { seq: 4 }).lose(21, 2).alive(45, 120);
    b.activity(10, 'CAD-14', 'AT_LARGE_ARREST', 'START', ['cam-a']);
    b.tick(120);
  },
  // A STOP reusing seq 3 (the START's) is a duplicate and is dropped. Were it applied, the
  // stop at 40 s with heartbeats resuming at 61 s would be a PREMATURE_DEACTIVATION.
  'duplicate-dropped': (b) => {
    const c = b.camera('cam-a').hello(0).heartbeat(1).start(5);
    c.send(40, { case: 'recording', value: { action: 'STOP', source: 'BUTTON', recordingId: '' } }, { seq: 3 });
    c.alive(31, 300);
    b.activity(10, 'CAD-15', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(300, 'CAD-15', 'AT_LARGE_ARREST', 'END', []);
    b.tick(300);
  },
  // The camera clock is 20 s ahead. CLOCK_SKEW (once per boot) at its first message; its START
  // (device time 65 s, true 45 s) is judged at 45.05 s: late by 35.05 s, not 55 s.
  'clock-skew-corrected': (b) => {
    b.camera('cam-a', { clockAheadMs: 20_000 }).hello(0).alive(1, 200).start(45);
    b.activity(10, 'CAD-16', 'AT_LARGE_ARREST', 'START', ['cam-a']);
    b.tick(200);
  },
  // A siren at 10 s and no recording: MISSED (trigger) at 10.05 + 10 + 2 = 22.05 s.
  'trigger-missed': (b) => {
    online(b, 'cam-a', 0, 100).trigger(10, 'SIREN');
    b.tick(100);
  },
  // A holster draw followed by recording 4 s later: met.
  'trigger-met': (b) => {
    online(b, 'cam-a', 0, 100).trigger(10, 'HOLSTER_DRAW').start(14);
    b.tick(100);
  },
  // A manual marker is not an activation trigger.
  'trigger-manual-marker': (b) => {
    online(b, 'cam-a', 0, 100).trigger(10, 'MANUAL_MARKER');
    b.tick(100);
  },
  // A light bar during an open arrest obligation opens no trigger obligation of its own.
  'trigger-inside-activity': (b) => {
    online(b, 'cam-a', 0, 200).trigger(20, 'LIGHTBAR');
    b.activity(10, 'CAD-17', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(150, 'CAD-17', 'AT_LARGE_ARREST', 'END', []);
    b.tick(200);
  },
  // Undercover work is excluded: an arrest and a trigger during it open no obligation.
  'excluded-activity': (b) => {
    online(b, 'cam-a', 0, 200).trigger(40, 'DOOR_OPEN');
    b.activity(5, 'UC-1', 'UNDERCOVER_OPERATION', 'START', ['cam-a']);
    b.activity(10, 'CAD-18', 'AT_LARGE_ARREST', 'START', ['cam-a']);
    b.tick(200);
  },
  // Recording on from the start, stopped at 60 s, activity runs to 300 s: PREMATURE_DEACTIVATION
  // at 60.05 + 15 + 2 = 77.05 s; recording restarts at 100 s: RESOLVED (RESTARTED).
  'premature-deactivation': (b) => {
    online(b, 'cam-a', 0, 360).start(8).stop(60).start(100).stop(310);
    b.activity(10, 'CAD-19', 'WARRANT_EXECUTION', 'START', ['cam-a']).activity(300, 'CAD-19', 'WARRANT_EXECUTION', 'END', []);
    b.tick(360);
  },
  // A stop followed by a restart within 15 s is forgiven.
  'restart-within-grace': (b) => {
    online(b, 'cam-a', 0, 360).start(8).stop(60).start(70).stop(310);
    b.activity(10, 'CAD-20', 'WARRANT_EXECUTION', 'START', ['cam-a']).activity(300, 'CAD-20', 'WARRANT_EXECUTION', 'END', []);
    b.tick(360);
  },
  // A stop 10 s before the activity ends is not premature.
  'stop-near-end': (b) => {
    online(b, 'cam-a', 0, 360).start(8).stop(290);
    b.activity(10, 'CAD-21', 'WARRANT_EXECUTION', 'START', ['cam-a']).activity(300, 'CAD-21', 'WARRANT_EXECUTION', 'END', []);
    b.tick(360);
  },
  // Recording a protest for more than 60 s: RECORDING_PROHIBITED at 20.05 + 60 + 2 = 82.05 s;
  // RESOLVED (RECORDING_STOPPED) when recording stops at 150 s.
  'prohibited-recording': (b) => {
    online(b, 'cam-a', 0, 400).start(20).stop(150);
    b.activity(10, 'FA-1', 'FIRST_AMENDMENT_ACTIVITY', 'START', ['cam-a']).activity(300, 'FA-1', 'FIRST_AMENDMENT_ACTIVITY', 'END', []);
    b.tick(400);
  },
  // An arrest during the protest justifies recording while it runs (40-200 s); after it ends the
  // camera records on: RECORDING_PROHIBITED for the run starting at 200 s, at 262 s.
  'prohibited-covered-by-arrest': (b) => {
    online(b, 'cam-a', 0, 400).start(45).stop(350);
    b.activity(10, 'FA-2', 'FIRST_AMENDMENT_ACTIVITY', 'START', ['cam-a']).activity(380, 'FA-2', 'FIRST_AMENDMENT_ACTIVITY', 'END', []);
    b.activity(40, 'CAD-22', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(200, 'CAD-22', 'AT_LARGE_ARREST', 'END', []);
    b.tick(400);
  },
  // As above, but the camera is heard from again more than the revision horizon (6 h) after the
  // arrest ended and less than that after FA-2 ended: the arrest's window is gone from memory,
  // yet FA-2's verdict must not change (it still depends on the arrest).
  'prohibited-verdict-outlives-required-window': (b) => {
    const c = online(b, 'cam-a', 0, 1055).start(15).stop(1050).mode(1060, 'DOCKED');
    b.activity(10, 'CAD-22', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(200, 'CAD-22', 'AT_LARGE_ARREST', 'END', []);
    b.activity(150, 'FA-2', 'FIRST_AMENDMENT_ACTIVITY', 'START', ['cam-a']).activity(1000, 'FA-2', 'FIRST_AMENDMENT_ACTIVITY', 'END', []);
    b.tick(21_700).tick(21_900);
    c.mode(22_000, 'READY').heartbeat(22_001);
    b.tick(22_080);
  },
  // Heard until 61 s: DEVICE_OFFLINE at 151.05 s, RESOLVED (BACK_ONLINE) at 200.05 s. A docked
  // camera is expected to be silent: no alert.
  'offline-health': (b) => {
    b.camera('cam-a').hello(0).alive(1, 61).alive(200, 260);
    b.camera('cam-b').hello(0).heartbeat(1).mode(5, 'DOCKED');
    b.tick(260);
  },
  // 9 % raises LOW_BATTERY; 12 % does not clear it; 15 % does. Then 8 % raises a new one, which
  // charging clears.
  'low-battery': (b) => {
    online(b, 'cam-a', 0, 300).battery(10, 9).battery(70, 12).battery(130, 15).battery(190, 8).battery(250, 8, true);
    b.tick(300);
  },
  // Under 4 GiB free raises STORAGE_LOW; 4.5 GiB free does not clear it; 5 GiB does.
  'storage-low': (b) => {
    online(b, 'cam-a', 0, 300)
      .storage(10, 64 * GIB, 61 * GIB)
      .storage(70, 64 * GIB, 59.5 * GIB)
      .storage(130, 64 * GIB, 59 * GIB);
    b.tick(300);
  },
  // 30 % -> 20 % in 10 minutes: empty in 20 minutes, within the 1 h horizon.
  'battery-exhaustion': (b) => {
    const c = online(b, 'cam-a', 0, 700);
    for (let m = 0; m <= 10; m++) c.battery(5 + m * 60, 30 - m);
    b.tick(700);
  },
  // A fault raises DEVICE_FAULT once per code per boot; a reboot resolves it.
  'device-fault': (b) => {
    const c = b.camera('cam-a').hello(0).alive(1, 61).fault(20, 'SD_WRITE_ERROR').fault(40, 'SD_WRITE_ERROR');
    c.reboot(70).hello(71).alive(72, 150);
    b.tick(150);
  },
  // An acknowledgement is a revision (ACKNOWLEDGED); a late start then resolves it, keeping who
  // acknowledged it.
  'acknowledge': (b) => {
    online(b, 'cam-a', 0, 300).start(80).stop(190);
    b.activity(10, 'CAD-23', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(200, 'CAD-23', 'AT_LARGE_ARREST', 'END', []);
    b.ack(50, 'ma:CAD-23:cam-a', 'sgt.rivera', 'SUPERVISOR_NOTIFIED');
    b.tick(300);
  },
  // An END naming no device ends the activity for all its devices; cam-b's END by name ends it
  // for cam-b only. cam-a stops at 100 s after the END (fine); cam-b stops at 60 s, before the
  // activity ends for cam-a at 150 s but after its own END at 50 s (fine too).
  'activity-end': (b) => {
    online(b, 'cam-a', 0, 200).start(8).stop(160);
    online(b, 'cam-b', 0, 200).start(8).stop(60);
    b.activity(10, 'CAD-24', 'EMERGENCY_RESPONSE', 'START', ['cam-a', 'cam-b']);
    b.activity(50, 'CAD-24', 'EMERGENCY_RESPONSE', 'END', ['cam-b']);
    b.activity(150, 'CAD-24', 'EMERGENCY_RESPONSE', 'END', []);
    b.tick(200);
  },
  // The camera reports its wearer (hello.officer_id B-7): an activity naming officer B-7 obliges
  // cam-a; MISSED at 42 s carries the officer.
  'officer-by-hello': (b) => {
    b.camera('cam-a').hello(0, 'B-7').alive(1, 200);
    b.activity(10, 'CAD-30', 'AT_LARGE_ARREST', 'START', [], undefined, ['B-7']);
    b.tick(200);
  },
  // B-7 wears cam-a until 100 s, then is assigned cam-b by an administrator. An arrest at 50 s
  // obliges cam-a; one at 150 s obliges cam-b. Neither records.
  'officer-reassigned-mid-shift': (b) => {
    b.camera('cam-a').hello(0, '').alive(1, 300);
    b.camera('cam-b').hello(0, '').alive(1, 300);
    b.assign(5, 'B-7', 'cam-a');
    b.assign(100, 'B-7', 'cam-b');
    b.activity(50, 'CAD-31', 'AT_LARGE_ARREST', 'START', [], undefined, ['B-7']);
    b.activity(150, 'CAD-32', 'AT_LARGE_ARREST', 'START', [], undefined, ['B-7']);
    b.tick(300);
  },
  // B-9 has no camera (a phased rollout): COVERAGE_GAP (INFO), no missed activation; resolved
  // when the activity ends. cam-a, named directly in the same activity, is still obliged.
  'officer-without-camera': (b) => {
    b.camera('cam-a').hello(0, '').alive(1, 200);
    b.activity(10, 'CAD-33', 'WARRANT_EXECUTION', 'START', ['cam-a'], undefined, ['B-9'], 'ERO-3');
    b.activity(100, 'CAD-33', 'WARRANT_EXECUTION', 'END', []);
    b.tick(200);
  },
  // The assignment of B-9 to cam-c (effective from 5 s) reaches the gateway at 20 s, after the
  // activity started at 10 s: the gap is retracted and cam-c obliged from 10 s (MISSED at 42 s).
  'officer-assigned-late': (b) => {
    b.camera('cam-c').hello(0, '').alive(1, 200);
    b.activity(10, 'CAD-34', 'AT_LARGE_ARREST', 'START', [], undefined, ['B-9']);
    b.add({ type: 'assignment', receivedMs: at(20), assignment: { officerId: 'B-9', deviceId: 'cam-c', action: 'ASSIGN', timeMs: at(5), source: 'admin:test', unit: '' } });
    b.tick(200);
  },
  // An arrest (10-900 s) recorded from 15 s; undercover work for the same camera from 120 to
  // 420 s. The officer stops at 125 s, inside the exclusion, and restarts at 425 s, within 15 s
  // of its end: forgiven, no alert.
  'exclusion-stop-forgiven': (b) => {
    online(b, 'cam-a', 0, 960).start(15).stop(125).start(425).stop(890);
    b.activity(10, 'CAD-50', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(900, 'CAD-50', 'AT_LARGE_ARREST', 'END', []);
    b.activity(120, 'UC-50', 'UNDERCOVER_OPERATION', 'START', ['cam-a']).activity(420, 'UC-50', 'UNDERCOVER_OPERATION', 'END', []);
    b.tick(960);
  },
  // As above, but recording restarts only at 460 s: the stop counts from the exclusion's end,
  // PREMATURE_DEACTIVATION at 420 + 15 + 2 = 437 s, RESOLVED (RESTARTED) at 460.05 s, 40.05 s
  // off while recording was required.
  'exclusion-stop-not-restarted': (b) => {
    online(b, 'cam-a', 0, 960).start(15).stop(125).start(460).stop(890);
    b.activity(10, 'CAD-51', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(900, 'CAD-51', 'AT_LARGE_ARREST', 'END', []);
    b.activity(120, 'UC-51', 'UNDERCOVER_OPERATION', 'START', ['cam-a']).activity(420, 'UC-51', 'UNDERCOVER_OPERATION', 'END', []);
    b.tick(960);
  },
  // Undercover work 10-300 s; an arrest from 60 s outlives it; the camera never records. The
  // obligation is suspended while the exclusion runs and resumes at its end: MISSED_ACTIVATION
  // (NOT_STARTED) for an obligation starting at 300 s, deadline 330 s, raised at 332 s.
  'exclusion-outlived': (b) => {
    online(b, 'cam-a', 0, 960);
    b.activity(10, 'UC-52', 'UNDERCOVER_OPERATION', 'START', ['cam-a']).activity(300, 'UC-52', 'UNDERCOVER_OPERATION', 'END', []);
    b.activity(60, 'CAD-52', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(900, 'CAD-52', 'AT_LARGE_ARREST', 'END', []);
    b.tick(960);
  },
  // The same with the policy setting resumeAfterExclusion: false: an arrest that starts during
  // undercover work obliges nothing, even after the exclusion ends.
  'exclusion-outlived-not-resumed': (b) => {
    online(b, 'cam-a', 0, 960);
    b.activity(10, 'UC-53', 'UNDERCOVER_OPERATION', 'START', ['cam-a']).activity(300, 'UC-53', 'UNDERCOVER_OPERATION', 'END', []);
    b.activity(60, 'CAD-53', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(900, 'CAD-53', 'AT_LARGE_ARREST', 'END', []);
    b.tick(960);
  },
  // CAD's END for cam-a (activity time 100 s) reaches the gateway at 101 s, before its START
  // (activity time 10 s) at 105 s. The camera records 15-98 s. The early END is kept and
  // applied when the START arrives: the window is 10-100 s, the stop at 98 s is fine, no alert.
  'cad-end-before-start': (b) => {
    online(b, 'cam-a', 0, 300).start(15).stop(98);
    b.activity(100, 'CAD-54', 'AT_LARGE_ARREST', 'END', ['cam-a'], 101);
    b.activity(10, 'CAD-54', 'AT_LARGE_ARREST', 'START', ['cam-a'], 105);
    b.tick(300);
  },
  // A second START for the same activity id is a correction: the later message wins. CAD says
  // the arrest started at 10 s (MISSED at 42 s), then corrects it at 60 s: it started at 50 s.
  // The camera records from 70 s, within 30 s of the corrected start: RETRACTED at 70.05 s.
  'cad-start-corrected': (b) => {
    online(b, 'cam-a', 0, 300).start(70).stop(250);
    b.activity(10, 'CAD-55', 'AT_LARGE_ARREST', 'START', ['cam-a']);
    b.activity(50, 'CAD-55', 'AT_LARGE_ARREST', 'START', ['cam-a'], 60);
    b.activity(260, 'CAD-55', 'AT_LARGE_ARREST', 'END', []);
    b.tick(300);
  },
  // The camera boots with its clock 10 min behind (CLOCK_SKEW at 0.05 s) and syncs (NTP) at
  // 200 s. It recorded 105-165 s during an arrest 100-160 s, before the sync. The step is found
  // at the first message after it (211.05 s): CLOCK_STEP, CLOCK_SKEW RESOLVED (CLOCK_CORRECTED),
  // and times before and after it are corrected separately: no missed activation.
  'clock-synced-forward': (b) => {
    b.camera('cam-a', { clockAheadMs: -600_000 }).hello(0).alive(1, 400).start(105).stop(165).clock(200, 0);
    b.activity(100, 'CAD-56', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(160, 'CAD-56', 'AT_LARGE_ARREST', 'END', []);
    b.tick(400);
  },
  // The camera clock steps back 10 min at 200 s while heartbeats go on every 30 s. A higher
  // (received - camera time) could be network delay, so the step is confirmed by 3 messages
  // over 60 s (211, 241, 271 s): CLOCK_STEP and CLOCK_SKEW at 271.05 s. The arrest at 300 s is
  // never recorded: MISSED (NOT_STARTED, not DEVICE_OFFLINE) at 332 s.
  'clock-stepped-back': (b) => {
    b.camera('cam-a').hello(0).alive(1, 700).clock(200, -600_000);
    b.activity(300, 'CAD-57', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(600, 'CAD-57', 'AT_LARGE_ARREST', 'END', []);
    b.tick(700);
  },
  // A camera clock running 50 ppm fast for an hour (180 ms): the offset estimate follows it,
  // but an alert is revised only when a figure moves by 1 s or more. Arrest at 600 s, recording
  // from 700 s: MISSED at 632 s, RESOLVED (LATE_ACTIVATION) at 700.05 s, and nothing more.
  'clock-drift': (b) => {
    b.camera('cam-a', { driftPpm: 50 }).hello(0).alive(1, 3600).start(700).stop(3545);
    b.activity(600, 'CAD-58', 'AT_LARGE_ARREST', 'START', ['cam-a']).activity(3550, 'CAD-58', 'AT_LARGE_ARREST', 'END', []);
    b.tick(3600);
  },
  // A battery falling 14 % -> 8 % in 2 minutes: LOW_BATTERY at 9 %, and, the drain being steep
  // (5 points over at least 60 s and 3 samples), BATTERY_EXHAUSTION_PREDICTED at 90 s without
  // waiting for 5 minutes of samples.
  'battery-steep-drain': (b) => {
    online(b, 'cam-a', 0, 300).battery(0.5, 14).battery(30.5, 12).battery(60.5, 11).battery(90.5, 9).battery(120.5, 8);
    b.tick(300);
  },
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DETECTOR_FIXTURES = join(root, 'test', 'fixtures', 'detector');

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let stale = 0;
  for (const [name, build] of Object.entries(CASES)) {
    const b = new CaptureBuilder();
    build(b);
    const path = join(DETECTOR_FIXTURES, `${name}.ndjson`);
    const text = b.ndjson();
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== text) {
        console.error(`stale: ${path}`);
        stale++;
      }
    } else writeFileSync(path, text);
  }
  if (stale > 0) process.exit(1);
  if (!process.argv.includes('--check')) console.log(`wrote ${Object.keys(CASES).length} captures to ${DETECTOR_FIXTURES}`);
}
