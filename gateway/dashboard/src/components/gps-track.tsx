/**
 * A GPS track drawn as SVG (no map tiles: the gateway may have no network). Equirectangular
 * projection around the track's middle latitude, scaled to fit, north up, with a scale bar.
 */
export interface Fix {
  t: number;
  lat: number;
  lon: number;
}

const M_PER_DEG = 111_320;

export function GpsTrack(props: { fixes: Fix[]; width?: number; height?: number }) {
  const w = props.width ?? 360;
  const h = props.height ?? 260;
  const pad = 16;
  const fixes = props.fixes;
  if (fixes.length === 0) return <div class="empty" data-testid="gps-track">No GPS fixes in the recent telemetry.</div>;
  const midLat = (Math.min(...fixes.map((f) => f.lat)) + Math.max(...fixes.map((f) => f.lat))) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const xs = fixes.map((f) => f.lon * k * M_PER_DEG);
  const ys = fixes.map((f) => f.lat * M_PER_DEG);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x1 - x0, y1 - y0, 50); // metres
  const s = (Math.min(w, h) - 2 * pad) / span;
  const px = (x: number): number => pad + (x - x0) * s + (w - 2 * pad - (x1 - x0) * s) / 2;
  const py = (y: number): number => h - pad - (y - y0) * s - (h - 2 * pad - (y1 - y0) * s) / 2;
  const path = xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${px(x).toFixed(1)},${py(ys[i]!).toFixed(1)}`).join(' ');
  const bar = niceMetres(span / 4);
  const last = fixes.length - 1;
  return (
    <svg width={w} height={h} class="gps" data-testid="gps-track" role="img" aria-label={`GPS track, ${fixes.length} fixes`}>
      <rect x={0} y={0} width={w} height={h} class="gps-bg" />
      <path d={path} class="gps-path" />
      <circle cx={px(xs[0]!)} cy={py(ys[0]!)} r={4} class="gps-start" />
      <circle cx={px(xs[last]!)} cy={py(ys[last]!)} r={5} class="gps-end" />
      <line x1={pad} y1={h - 6} x2={pad + bar * s} y2={h - 6} class="gps-scale" />
      <text x={pad + bar * s + 4} y={h - 3} class="gps-label">{bar >= 1000 ? `${bar / 1000} km` : `${bar} m`}</text>
      <text x={w - pad} y={pad} class="gps-label" text-anchor="end">N ↑</text>
    </svg>
  );
}

function niceMetres(m: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(m, 1)));
  for (const f of [5, 2, 1]) if (f * p <= m) return f * p;
  return p;
}
