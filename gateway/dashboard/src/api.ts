/**
 * The gateway's HTTP API from the browser: the token (kept in localStorage, or taken once from
 * `#token=…` in the address), fetch with errors that say what went wrong, and the connection
 * state every page shows (ok, unreachable, unauthorized).
 */
import { signal } from '@preact/signals';

const KEY = 'bwc-token';

export type Connection = 'ok' | 'unreachable' | 'unauthorized' | 'unknown';
export const connection = signal<Connection>('unknown');
export const lastContactMs = signal(0);
export const token = signal(localStorage.getItem(KEY) ?? '');

/** Gateway time minus browser time (the gateway may run on a simulated clock). */
export const clockSkewMs = signal(0);
export const gatewayNow = (): number => Date.now() + clockSkewMs.value;

export function setToken(value: string): void {
  token.value = value.trim();
  if (token.value === '') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, token.value);
}

/**
 * A link like http://gateway:8080/#token=bwc_… signs in, then the token leaves the address. Read
 * at load and on every hash change: a sign-in link pasted into a tab that is already open (even
 * one showing the token prompt, or signed in as someone else) takes effect at once.
 */
export function tokenFromHash(): boolean {
  const fromHash = /[#&]token=([^&]+)/.exec(location.hash);
  if (fromHash === null) return false;
  setToken(decodeURIComponent(fromHash[1]!));
  connection.value = 'unknown';
  history.replaceState(null, '', location.pathname + location.search + (location.hash.replace(/[#&]token=[^&]+/, '').replace(/^#?$/, '') || '#/fleet'));
  return true;
}
tokenFromHash();
window.addEventListener('hashchange', () => void tokenFromHash());

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${token.value}`, ...init.headers },
    });
  } catch (e) {
    connection.value = 'unreachable';
    throw new ApiError(0, 'UNREACHABLE', `cannot reach the gateway (${(e as Error).message})`);
  }
  lastContactMs.value = Date.now();
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (res.status === 401) {
    connection.value = 'unauthorized';
    throw new ApiError(401, 'NOT_AUTHORIZED', body?.error?.message ?? 'not authorized');
  }
  connection.value = 'ok';
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** A URL a link or EventSource can use (they cannot send headers). */
export function withToken(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token.value)}`;
}

export interface Status {
  nowMs: number;
  simClock: boolean;
  policy: string;
  devices: number;
  openAlerts: number;
  store: string;
}

/** Polls /api/status: the connection banner and the gateway's clock. */
export function watchStatus(onStatus: (s: Status) => void): () => void {
  let stopped = false;
  let timer = 0;
  const poll = async (): Promise<void> => {
    const sent = Date.now();
    try {
      const s = await api<Status>('/api/status');
      clockSkewMs.value = s.nowMs - Math.round((sent + Date.now()) / 2);
      onStatus(s);
    } catch {
      // the banner shows it
    }
    if (!stopped) timer = window.setTimeout(poll, connection.value === 'ok' ? 5000 : 3000);
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
