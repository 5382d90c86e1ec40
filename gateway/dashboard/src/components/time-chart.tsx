/** A time series chart (uPlot, canvas) of one or more series sharing a time axis. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  label: string;
  color: string;
  /** [Unix ms, value] pairs, oldest first. */
  points: [number, number][];
}

export function TimeChart(props: { title: string; unit: string; series: Series[]; width?: number; height?: number; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (el.current === null) return;
    // One shared x axis (seconds, as uPlot wants): the union of every series' times.
    const times = [...new Set(props.series.flatMap((s) => s.points.map(([t]) => t)))].sort((a, b) => a - b);
    const index = new Map(times.map((t, i) => [t, i]));
    const columns = props.series.map((s) => {
      const col: (number | null)[] = new Array(times.length).fill(null);
      for (const [t, v] of s.points) col[index.get(t)!] = v;
      return col;
    });
    const data = [times.map((t) => t / 1000), ...columns] as uPlot.AlignedData;
    const plot = new uPlot(
      {
        title: props.title,
        width: props.width ?? 520,
        height: props.height ?? 200,
        scales: { x: { time: true } },
        series: [{}, ...props.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true }))],
        axes: [{}, { label: props.unit }],
        legend: { show: true },
      },
      data,
      el.current,
    );
    return () => plot.destroy();
  }, [props.series, props.title, props.unit, props.width, props.height]);
  return <div ref={el} class="chart" data-testid={props.testId} />;
}
