/**
 * A camera's commands (GET /api/devices/:id/commands): what was sent, by whom, and where each
 * stands (QUEUED … SUCCEEDED, FAILED with the camera's reason, EXPIRED), refreshed every 5 s;
 * and a form to send one (admin tokens; a viewer is told it may not).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api.js';
import { ago, clock, duration } from '../format.js';

interface CommandView {
  commandId: string;
  action: string;
  parameters: Record<string, unknown>;
  issuedBy: string;
  issuedMs: number;
  expiresMs: number;
  state: string;
  reason: string;
  updatedMs: number;
}

const ACTIONS: [string, string][] = [
  ['PING', 'Ping (send a heartbeat)'],
  ['REQUEST_STATUS', 'Request status (battery, storage, GPS)'],
  ['LOCATE', 'Locate (beep and flash 10 s)'],
  ['SYNC_TIME', 'Sync clock to the gateway'],
  ['START_RECORDING', 'Start recording'],
  ['STOP_RECORDING', 'Stop recording'],
  ['REBOOT', 'Reboot'],
];

/** What each state means for the person who sent it. */
const STATE_WORDS: Record<string, string> = {
  QUEUED: 'waiting for the camera',
  DELIVERED: 'the camera has it',
  ACKNOWLEDGED: 'the camera is doing it',
  SUCCEEDED: 'done',
  FAILED: 'the camera could not',
  REJECTED: 'the camera refused',
  EXPIRED: 'expired',
};

export function CommandPanel({ id, now }: { id: string; now: number }) {
  const [list, setList] = useState<CommandView[] | null>(null);
  const [error, setError] = useState('');
  const [action, setAction] = useState('PING');
  const [sending, setSending] = useState(false);
  const load = async (): Promise<void> => {
    try {
      setList((await api<{ commands: CommandView[] }>(`/api/devices/${encodeURIComponent(id)}/commands?limit=20`)).commands);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [id]);

  const send = async (e: Event): Promise<void> => {
    e.preventDefault();
    setSending(true);
    try {
      const reason = action === 'START_RECORDING' || action === 'STOP_RECORDING' ? { reason: 'from the dashboard' } : {};
      await api(`/api/devices/${encodeURIComponent(id)}/commands`, { method: 'POST', body: JSON.stringify({ action, ...reason }) });
      setError('');
      await load();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? 'Sending commands needs an admin token.' : (err as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <div class="commands" data-testid="commands">
      <form class="command-form" onSubmit={(e) => void send(e)}>
        <select value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)} aria-label="command">
          {ACTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>{' '}
        <button type="submit" disabled={sending}>
          Send
        </button>
        {error !== '' && <span class="error"> {error}</span>}
      </form>
      {list === null ? null : list.length === 0 ? (
        <p class="empty">No commands sent to this camera.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>sent</th>
              <th>command</th>
              <th>by</th>
              <th>state</th>
              <th>updated</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.commandId} class={`command-${c.state.toLowerCase()}`}>
                <td>{clock(c.issuedMs)}</td>
                <td>
                  <strong>{c.action}</strong>
                </td>
                <td>{c.issuedBy || '–'}</td>
                <td>
                  <strong>{c.state}</strong> <span class="muted">{STATE_WORDS[c.state] ?? ''}</span>
                  {c.reason !== '' && <div class="muted">{c.reason}</div>}
                  {(c.state === 'QUEUED' || c.state === 'DELIVERED' || c.state === 'ACKNOWLEDGED') && <div class="muted">{c.expiresMs > now ? `expires in ${duration(c.expiresMs - now)}` : 'expiring'}</div>}
                </td>
                <td>{ago(c.updatedMs, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
