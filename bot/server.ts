import type { AddressInfo } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import restify, { type Server } from 'restify';
import { createAuthenticator, registerTabApi, registerTabStatic, type TabAuthOptions } from '../tab/server';
import { checkActivityShape } from './activityShape';
import type { LisBot } from './bot';
import { correlationId, type Logger } from './log';
import type { Notifier } from './notify';
import type { BotDeps } from './turn';

/** What the tab needs from the server's wiring. */
export interface TabOptions {
  auth: TabAuthOptions;
  notifier: Notifier;
}

export interface App {
  server: Server;
  /** Resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, lets running ones finish. */
  close(): Promise<void>;
}

/** The HTTP surface: the Bot Framework endpoint, the tab (page and API) and the health check. */
export function createApp(deps: BotDeps, adapter: CloudAdapter, bot: LisBot, tab?: TabOptions): App {
  const { log, store } = deps;
  const server = restify.createServer({ name: 'lis-teams', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }));
  if (tab) {
    registerTabStatic(server);
    registerTabApi(server, {
      ops: deps,
      authenticate: createAuthenticator(tab.auth),
      devIdentity: tab.auth.devIdentity,
    });
  }

  server.post('/api/messages', async (req, res) => {
    const check = checkActivityShape(req.body);
    if (!check.ok) {
      log.warn({ route: 'messages', problem: check.problem.split(':')[0] }, 'bad activity refused');
      res.send(400, { error: 'bad_request', message: check.problem });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      failed(log, res, err, { route: 'messages', activityId: (req.body as { id?: string }).id });
    }
  });

  server.get('/healthz', async (_req, res) => {
    try {
      await withDeadline(store.ping(), 3000);
      res.send(200, { status: 'ok', store: store.mode });
    } catch (err) {
      log.warn({ err, route: 'healthz' }, 'store not reachable');
      res.send(503, { status: 'unavailable', store: store.mode });
    }
  });

  if (deps.benchMode && tab) {
    // Benchmark only: the store requests so far (after background work is done) and this process's memory.
    server.get('/bench/metrics', async (_req, res) => {
      await tab.notifier.idle();
      const m = process.memoryUsage();
      res.send(200, { storeRequests: store.metrics.requests, rss: m.rss });
    });
  }

  server.on('restifyError', (req, _res, err, callback) => {
    log.warn(
      { route: req.getPath(), status: (err as { statusCode?: number }).statusCode, code: err.name },
      'request refused',
    );
    return callback();
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((resolve) => {
        server.server.close(() => resolve());
        server.server.closeIdleConnections();
        // Keep-alive sockets that stay idle would hold the close open.
        setTimeout(() => server.server.closeAllConnections(), 2000).unref();
      }),
  };
}

function failed(log: Logger, res: restify.Response, err: unknown, ids: Record<string, unknown>): void {
  const id = correlationId();
  log.error({ err, correlationId: id, ...ids }, 'request failed');
  if (!res.headersSent) res.send(500, { error: 'internal', correlationId: id });
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('deadline')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
