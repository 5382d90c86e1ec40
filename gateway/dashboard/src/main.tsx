/**
 * The dashboard shell: navigation, the banner for open missed activations (on every page), the
 * connection banner (a clear message, never a blank page, when the gateway is unreachable), and
 * the token prompt.
 */
import { useComputed, useSignal } from '@preact/signals';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { connection, lastContactMs, setToken, type Status, token, watchStatus } from './api.js';
import { clock } from './format.js';
import { alerts, alertsVersion, startLive, stream } from './live.js';
import { AlertsPage, isCriticalOpen } from './pages/alerts.js';
import { CompliancePage } from './pages/compliance.js';
import { DevicePage } from './pages/device.js';
import { FleetPage } from './pages/fleet.js';
import { OverviewPage } from './pages/overview.js';
import { route } from './router.js';
import './style.css';

function App() {
  const status = useSignal<Status | null>(null);
  useEffect(() => {
    if (token.value === '') return;
    startLive();
    return watchStatus((s) => (status.value = s));
  }, [token.value]);
  const critical = useComputed(() => {
    void alertsVersion.value;
    return [...alerts.values()].filter(isCriticalOpen).length;
  });
  if (token.value === '' || connection.value === 'unauthorized') return <TokenPrompt rejected={connection.value === 'unauthorized'} />;
  const r = route.value;
  return (
    <>
      <header>
        <h1>BWC fleet</h1>
        <nav>
          <a href="#/fleet" class={r.page === 'fleet' ? 'active' : ''}>
            Fleet
          </a>
          <a href="#/overview" class={r.page === 'overview' ? 'active' : ''}>
            Overview
          </a>
          <a href="#/alerts" class={r.page === 'alerts' ? 'active' : ''}>
            Alerts
          </a>
          <a href="#/compliance" class={r.page === 'compliance' ? 'active' : ''}>
            Compliance
          </a>
        </nav>
        <span class="status muted">
          {status.value && `${status.value.policy} · ${status.value.devices} cameras · ${status.value.openAlerts} open alerts`}
          {status.value?.simClock && ' · SIMULATED TIME'} · <span class={`stream ${stream.value}`}>{stream.value === 'live' ? 'live' : stream.value}</span>
        </span>
        <button class="link" onClick={() => setToken('')}>
          Sign out
        </button>
      </header>
      {connection.value === 'unreachable' && (
        <div class="banner unreachable" role="alert" data-testid="unreachable">
          Cannot reach the gateway at {location.host}. Retrying every few seconds
          {lastContactMs.value > 0 ? `; last contact ${clock(lastContactMs.value)} (browser time)` : ''}. What is shown below may be out of date.
        </div>
      )}
      {critical.value > 0 && (
        <a class="banner critical" href="#/alerts" aria-live="assertive" data-testid="critical-banner">
          {critical.value} open CRITICAL {critical.value === 1 ? 'alert' : 'alerts'}: a camera that must be recording is not.
        </a>
      )}
      <main>
        {r.page === 'alerts' ? <AlertsPage /> : r.page === 'device' ? <DevicePage id={r.id} /> : r.page === 'compliance' ? <CompliancePage /> : r.page === 'overview' ? <OverviewPage /> : <FleetPage />}
      </main>
    </>
  );
}

function TokenPrompt({ rejected }: { rejected: boolean }) {
  const value = useSignal('');
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        connection.value = 'unknown';
        setToken(value.value);
      }}
    >
      <h1>BWC fleet</h1>
      {rejected && <p class="error">The gateway refused that token. It may have been revoked or mistyped.</p>}
      <p>
        Paste an API token, or open the sign-in link the gateway printed (<code>…/#token=…</code>) in this tab. The gateway prints an admin token the
        first time it starts; make more with <code>npx bwc-gateway token NAME</code> (read-only; add <code>--role admin</code> to acknowledge
        alerts).
      </p>
      <input value={value.value} onInput={(e) => (value.value = e.currentTarget.value)} placeholder="bwc_…" aria-label="token" autoFocus />
      <button type="submit">Open the dashboard</button>
    </form>
  );
}

render(<App />, document.getElementById('app')!);
