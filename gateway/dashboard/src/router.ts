/** Hash routes: #/fleet, #/overview, #/alerts, #/device/ID, #/compliance. */
import { signal } from '@preact/signals';

export interface Route {
  page: 'fleet' | 'overview' | 'alerts' | 'device' | 'compliance';
  id: string;
}

function parse(hash: string): Route {
  const [, page = 'fleet', id = ''] = hash.replace(/^#/, '').split('/');
  if (page === 'alerts' || page === 'compliance' || page === 'overview') return { page, id: '' };
  if (page === 'device' && id !== '') return { page, id: decodeURIComponent(id) };
  return { page: 'fleet', id: '' };
}

export const route = signal(parse(location.hash));
window.addEventListener('hashchange', () => (route.value = parse(location.hash)));

export const deviceHref = (id: string): string => `#/device/${encodeURIComponent(id)}`;
