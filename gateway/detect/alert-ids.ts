/**
 * Deterministic alert ids: the same input always yields the same id, so a replay reproduces a
 * live run and a restart never duplicates an alert. Activity ids are URI-encoded so that ':'
 * only ever separates parts. `{key}` is `{boot_id}.{seq}` of the message that caused it.
 *
 *   ma:{activity}:{device}            MISSED_ACTIVATION of an activity obligation
 *   ma:trg:{device}:{key}             MISSED_ACTIVATION of a trigger obligation
 *   pd:{activity}:{device}:{key}      PREMATURE_DEACTIVATION (key of the stop)
 *   rp:{activity}:{device}:{start}    RECORDING_PROHIBITED ({start}: "start", a key, or "after:" + obligation id)
 *   off:{device}:{key}                DEVICE_OFFLINE (key of the last message before silence)
 *   bat:{device}:{key}  sto:{device}:{key}  exh:{device}:{key}   battery, storage, exhaustion
 *   flt:{device}:{boot}:{code}        DEVICE_FAULT (once per code per boot)
 *   skw:{device}:{boot}               CLOCK_SKEW (once per boot)
 *   stp:{device}:{key}                CLOCK_STEP (key of the first message after the step)
 *   gap:{device}:{boot}:{first seq}   TELEMETRY_GAP
 *   cg:{activity}:{officer}           COVERAGE_GAP (activities.ts)
 */
const act = (activityId: string): string => encodeURIComponent(activityId);
export const key = (boot: number, seq: number): string => `${boot}.${seq}`;

export const alertIds = {
  missedActivity: (activityId: string, deviceId: string) => `ma:${act(activityId)}:${deviceId}`,
  missedTrigger: (deviceId: string, boot: number, seq: number) => `ma:trg:${deviceId}:${key(boot, seq)}`,
  premature: (activityId: string, deviceId: string, boot: number, seq: number) =>
    `pd:${act(activityId)}:${deviceId}:${key(boot, seq)}`,
  prohibited: (activityId: string, deviceId: string, start: string) => `rp:${act(activityId)}:${deviceId}:${start}`,
  offline: (deviceId: string, boot: number, seq: number) => `off:${deviceId}:${key(boot, seq)}`,
  lowBattery: (deviceId: string, boot: number, seq: number) => `bat:${deviceId}:${key(boot, seq)}`,
  storageLow: (deviceId: string, boot: number, seq: number) => `sto:${deviceId}:${key(boot, seq)}`,
  exhaustion: (deviceId: string, boot: number, seq: number) => `exh:${deviceId}:${key(boot, seq)}`,
  fault: (deviceId: string, boot: number, code: string) => `flt:${deviceId}:${boot}:${encodeURIComponent(code)}`,
  clockSkew: (deviceId: string, boot: number) => `skw:${deviceId}:${boot}`,
  clockStep: (deviceId: string, boot: number, seq: number) => `stp:${deviceId}:${key(boot, seq)}`,
  gap: (deviceId: string, boot: number, from: number) => `gap:${deviceId}:${boot}:${from}`,
};
