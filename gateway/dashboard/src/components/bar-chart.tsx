/** Horizontal bars (SVG): one row per label, the value as text at the end of the bar. */
export interface Bar {
  label: string;
  value: number;
  /** Shown instead of the value (e.g. "92.1% of 38"). */
  text?: string;
  tone?: 'bad' | 'warn' | '';
}

export function BarChart(props: { bars: Bar[]; max?: number; width?: number; testId?: string; empty?: string }) {
  const w = props.width ?? 500;
  const left = 130;
  const rowH = 20;
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => b.value));
  if (props.bars.length === 0) return <p class="empty">{props.empty ?? 'No data yet.'}</p>;
  return (
    <svg width={w} height={props.bars.length * rowH + 6} class="bars" data-testid={props.testId} role="img">
      {props.bars.map((b, i) => {
        const y = i * rowH + 3;
        const len = Math.max(1, ((w - left - 90) * b.value) / max);
        return (
          <g key={b.label}>
            <text x={left - 6} y={y + 13} text-anchor="end">
              {b.label}
            </text>
            <rect x={left} y={y + 2} width={len} height={rowH - 6} class={b.tone ?? ''} />
            <text x={left + len + 6} y={y + 13}>
              {b.text ?? String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
