/** The gateway serves the built dashboard at `/`, or says how to build it (never a blank page). */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_DIST, registerDashboard } from '../../gateway/api/dashboard.js';
import { silentLogger } from '../../gateway/log.js';

describe('dashboard serving', () => {
  it('serves the built dashboard and its assets', async () => {
    const app = Fastify();
    await registerDashboard(app, silentLogger, DASHBOARD_DIST);
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<div id="app"></div>');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)![1]!;
    const js = await app.inject({ method: 'GET', url: `/${script}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    await app.close();
  });

  it('says how to build it when it is not built', async () => {
    const app = Fastify();
    await registerDashboard(app, silentLogger, '/nonexistent/dist');
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('The dashboard is not built');
    expect(res.body).toContain('npm run build:dashboard');
    await app.close();
  });
});
