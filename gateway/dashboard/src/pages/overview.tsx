/**
 * Overview: the fleet at a glance. Open alerts over time by kind (from the alerts this view has
 * loaded: every open one and the latest 2,000), activation rate by day and by unit (the
 * compliance report's figures), and how battery and free storage are spread across the fleet.
 */
import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { api, gatewayNow } from '../api.js';
import { type Bar, BarChart } from '../components/bar-chart.js';
import { type Series, TimeChart } from '../components/time-chart.js';
import { pct } from '../format.js';
import { alerts, alertsVersion, devices, devicesVersion } from '../live.js';
import { KINDS, kindOf, num, statusOf } from '../model.js';

const COLORS = ['#c62828', '#e65100', '#6a1b9a', '#1f5fbf', '#2e7d32', '#b26a00', '#00838f', '#5d4037', '#546e7a', '#ad1457', '#283593', '#9e9d24'];
const HOUR = 3_600_000;

interface Row {
  key: string;
  obligations: number;
  activationRate: number | null;
}

export function OverviewPage() {
  const [report, setReport] = useState<{ byDay: Row[]; byUnit: Row[] } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api<{ byDay: Row[]; byUnit: Row[] }>('/api/reports/compliance')
      .then(setReport)
      .catch((e: Error) => setError(e.message));
  }, []);

  const openOverTime = useComputed((): Series[] => {
    void alertsVersion.value;
    const now = gatewayNow();
    const spans = [...alerts.values()].map((a) => ({
      kind: kindOf(a),
      from: num(a.detectedMs),
      to: statusOf(a) === 'RESOLVED' || statusOf(a) === 'RETRACTED' ? num(a.revisedMs) : Number.POSITIVE_INFINITY,
    }));
    const first = Math.min(now - HOUR, ...spans.map((s) => s.from).filter((t) => t > 0));
    const from = Math.max(first, now - 24 * HOUR);
    const steps = 60;
    const times = Array.from({ length: steps + 1 }, (_, i) => from + ((now - from) * i) / steps);
    return KINDS.filter((k) => spans.some((s) => s.kind === k))
      .map((k, i) => ({
        label: k,
        color: COLORS[i % COLORS.length]!,
        points: times.map((t) => [t, spans.filter((s) => s.kind === k && s.from <= t && t < s.to).length] as [number, number]),
      }));
  });

  const spread = useComputed(() => {
    void devicesVersion.value;
    const battery = new Array<number>(10).fill(0);
    let noBattery = 0;
    const storageEdges = [4, 8, 16, 32, Number.POSITIVE_INFINITY];
    const storage = new Array<number>(storageEdges.length).fill(0);
    for (const d of devices.values()) {
      const p = d.batteryPercent ?? 0;
      if (p < 0) noBattery++;
      else battery[Math.min(9, Math.floor(p / 10))]!++;
      const total = num(d.storageTotalBytes);
      if (total > 0) storage[storageEdges.findIndex((e) => (total - num(d.storageUsedBytes)) / 1024 ** 3 < e)]!++;
    }
    const batteryBars: Bar[] = battery.map((n, i) => ({ label: `${i * 10}–${i * 10 + 9 + (i === 9 ? 1 : 0)} %`, value: n, tone: i === 0 ? 'bad' : i === 1 ? 'warn' : '' }));
    if (noBattery > 0) batteryBars.push({ label: 'no report yet', value: noBattery });
    const labels = ['< 4 GiB', '4–8 GiB', '8–16 GiB', '16–32 GiB', '≥ 32 GiB'];
    const storageBars: Bar[] = storage.map((n, i) => ({ label: labels[i]!, value: n, tone: i === 0 ? 'bad' : '' }));
    return { batteryBars, storageBars };
  });

  const rateBars = (rows: Row[] | undefined): Bar[] =>
    (rows ?? [])
      .filter((r) => r.obligations > 0)
      .map((r) => ({ label: r.key || '(none)', value: r.activationRate ?? 0, text: `${pct(r.activationRate)} of ${r.obligations}`, tone: (r.activationRate ?? 0) < 0.85 ? 'bad' : '' }));

  return (
    <section class="overview">
      <div class="panel">
        <h3>Open alerts over time, by kind</h3>
        {openOverTime.value.length === 0 ? <p class="empty">No alerts yet.</p> : <TimeChart title="" unit="open alerts" series={openOverTime.value} width={520} height={240} testId="open-alerts-chart" />}
        <p class="muted small">From the alerts this view holds: every open one and the latest 2,000.</p>
      </div>
      <div class="panel">
        <h3>Activation rate by day (UTC)</h3>
        {error ? <p class="error">{error}</p> : <BarChart bars={rateBars(report?.byDay)} max={1} testId="rate-by-day" empty="No obligations yet." />}
      </div>
      <div class="panel">
        <h3>Activation rate by unit</h3>
        {error ? <p class="error">{error}</p> : <BarChart bars={rateBars(report?.byUnit)} max={1} testId="rate-by-unit" empty="No obligations yet." />}
        <p class="muted small">Red: under 85 %. Details and CSV on the Compliance page.</p>
      </div>
      <div class="panel">
        <h3>Battery across the fleet</h3>
        <BarChart bars={spread.value.batteryBars} testId="battery-spread" empty="No camera yet." />
      </div>
      <div class="panel">
        <h3>Free storage across the fleet</h3>
        <BarChart bars={spread.value.storageBars} testId="storage-spread" empty="No camera yet." />
      </div>
    </section>
  );
}
