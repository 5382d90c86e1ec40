/**
 * When the camera should have been recording against when it was: activity windows on the top
 * lanes (required in red, prohibited-solely in purple, others grey), recording below (green),
 * unknown (no data) hatched, on one time axis. Each lane is labelled with the activity type and
 * its CAD id.
 */
import type { Window } from '../model.js';

export interface Interval {
  from: number;
  to: number;
}

export function RecordingTimeline(props: { windows: Window[]; recording: Interval[]; from: number; to: number; width?: number }) {
  const w = props.width ?? 900;
  const left = 230;
  const laneH = 22;
  const lanes = props.windows.length + 1;
  const h = lanes * (laneH + 6) + 28;
  const span = Math.max(1, props.to - props.from);
  const x = (t: number): number => left + ((Math.min(Math.max(t, props.from), props.to) - props.from) / span) * (w - left - 10);
  const ticks = Array.from({ length: 7 }, (_, i) => props.from + (span * i) / 6);
  return (
    <svg width={w} height={h} class="timeline" data-testid="recording-timeline" role="img" aria-label="recording timeline">
      {props.windows.map((win, i) => {
        const y = i * (laneH + 6) + 4;
        const cls = win.recording === 'required' ? 'tl-required' : win.recording === 'prohibited_solely' ? 'tl-prohibited' : 'tl-other';
        return (
          <g key={win.activityId}>
            <text x={4} y={y + 15} class="tl-label">
              {win.type.replace(/^ACTIVITY_TYPE_/, '')} {win.activityId}
            </text>
            <rect x={x(win.startMs)} y={y} width={Math.max(2, x(win.endMs ?? props.to) - x(win.startMs))} height={laneH} class={cls}>
              <title>{`${win.type} (${win.recording})`}</title>
            </rect>
          </g>
        );
      })}
      <text x={4} y={props.windows.length * (laneH + 6) + 19} class="tl-label">
        recording
      </text>
      {props.recording.map((r, i) => (
        <rect key={i} x={x(r.from)} y={props.windows.length * (laneH + 6) + 4} width={Math.max(2, x(r.to) - x(r.from))} height={laneH} class="tl-recording" />
      ))}
      {ticks.map((t, i) => (
        <text key={i} x={x(t)} y={h - 6} class="tl-tick" text-anchor={i === 0 ? 'start' : i === 6 ? 'end' : 'middle'}>
          {new Date(t).toISOString().slice(11, 16)}
        </text>
      ))}
    </svg>
  );
}
