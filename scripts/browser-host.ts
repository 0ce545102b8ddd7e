/**
 * The browser host: serves the built renderer (out/renderer) over loopback HTTP with the same
 * Content-Security-Policy the Electron shell applies, so the whole app runs and is tested in a
 * plain Chromium where the Electron runtime is not available.
 */
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { buildContentSecurityPolicy } from '../shared/security/csp';

export interface BrowserHostOptions {
  root?: string;
  host?: string;
  port?: number;
  hubUrl: string;
}

export interface RunningBrowserHost {
  url: string;
  close(): Promise<void>;
}

export function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const root = options.root ?? resolve(import.meta.dirname, '../out/renderer');
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No built renderer in ${root}: run \`npm run build\` first.`);
  }
  const csp = buildContentSecurityPolicy({ connectSources: [options.hubUrl] });
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  // The renderer asks its host where the hub is (HostApi.info().hubUrl).
  app.get('/config.json', (c) => c.json({ hubUrl: options.hubUrl }));
  app.use('/*', serveStatic({ root, index: 'index.html' }));
  app.notFound((c) => c.text('Not found', 404));
  return new Promise((resolvePromise) => {
    const server = serve({ fetch: app.fetch, hostname: options.host ?? '127.0.0.1', port: options.port ?? 0 }, (info: AddressInfo) => {
      resolvePromise({
        url: `http://${info.address}:${info.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
