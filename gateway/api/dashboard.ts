/**
 * The dashboard (gateway/dashboard/, built by Vite into gateway/dashboard/dist/) served at `/`.
 * When it has not been built, `/` says how to build it instead of showing a blank page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../log.js';

export const DASHBOARD_DIST = join(import.meta.dirname, '..', 'dashboard', 'dist');

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>bwc-gateway</title>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto">
<h1>The dashboard is not built</h1>
<p>The gateway is running; its web dashboard has not been built yet. Build it with</p>
<pre>npm run build:dashboard</pre>
<p>(<code>npm start</code> does this by itself) and reload this page. The HTTP API is at
<a href="/api/openapi.json">/api/openapi.json</a>.</p></body>`;

export async function registerDashboard(app: FastifyInstance, log: Logger, dist = DASHBOARD_DIST): Promise<void> {
  if (existsSync(join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', index: ['index.html'], wildcard: false, cacheControl: false });
    // Browsers and bookmarks that ask for /favicon.ico get the dashboard's icon, not a 404.
    app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) => reply.redirect('./favicon.svg', 301));
    return;
  }
  log.warn({ dist }, 'dashboard not built: run npm run build:dashboard');
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
}
