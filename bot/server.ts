import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import restify, { type Server } from 'restify';
import { createAuthenticator, registerTabApi, registerTabStatic, type TabAuthOptions } from '../tab/server';
import { checkActivityShape } from './activityShape';
import type { LisAdapter } from './adapter';
import type { LisBot } from './bot';
import {
  clientOf,
  DEFAULT_LIMITS,
  type EdgeLimits,
  encodingProblem,
  isJson,
  ReadGate,
  readJson,
} from './edge';
import { correlationId, type Logger } from './log';
import type { BotDeps } from './turn';

/** What the tab needs from the server's wiring. */
export interface TabOptions {
  auth: TabAuthOptions;
  /** Resolves when no delivery is under way (the benchmark's figures wait for it). */
  idle(): Promise<void>;
}

export interface App {
  server: Server;
  /** Resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, lets running ones finish. */
  close(): Promise<void>;
}

/** The HTTP surface: the Bot Framework endpoint, the tab (page and API) and the health check. */
/** The edge's settings: limits on bodies, and the Bot Framework token check that runs before a body is read. */
export interface EdgeOptions {
  limits?: EdgeLimits;
  /** Verifies the bot endpoint's `Authorization` header (set when a bot app id is configured). */
  authenticate?: (header: string) => Promise<unknown>;
}

export function createApp(
  deps: BotDeps,
  adapter: LisAdapter,
  bot: LisBot,
  tab?: TabOptions,
  edge?: EdgeOptions,
): App {
  const { log, store } = deps;
  const server = restify.createServer({ name: 'lis-teams', handleUncaughtExceptions: false });
  const limits = edge?.limits ?? DEFAULT_LIMITS;
  const gate = new ReadGate(limits);
  // Before routing, for every route: a compressed body is refused unread (restify's parser crashed on gzip).
  server.pre((req, res, next) => {
    const problem = encodingProblem(req.headers);
    if (!problem || problem.ok) return next();
    res.send(problem.status, { error: problem.error, message: problem.message });
    return next(false);
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Bodies are read here, within limits, and for the bot endpoint only after its token is verified.
  server.use((req, res, next) => {
    if (req.method !== 'POST') return next();
    void (async () => {
      const refuse = (status: number, body: { error: string; message?: string }) => {
        log.warn({ route: req.getPath(), status, error: body.error }, 'request refused at the edge');
        res.send(status, body);
        next(false);
      };
      if (req.getPath() === '/api/messages' && edge?.authenticate) {
        const ok = await withDeadline(edge.authenticate(req.header('authorization') ?? ''), 5000).then(
          () => true,
          (err: unknown) => {
            log.debug({ err, route: 'messages' }, 'token refused');
            return false;
          },
        );
        if (!ok) {
          log.warn({ route: 'messages' }, 'request not authenticated');
          return refuse(401, { error: 'unauthorized' });
        }
      }
      if (!isJson(req.headers))
        return refuse(415, { error: 'unsupported_media_type', message: 'expected application/json' });
      const client = clientOf(req);
      if (!gate.enter(client)) return refuse(429, { error: 'too_many_requests' });
      try {
        const r = await readJson(req, limits);
        if (!r.ok) return refuse(r.status, { error: r.error, message: r.message });
        req.body = r.body;
        next();
      } finally {
        gate.leave(client);
      }
    })();
  });
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
    const activity = req.body as Activity;
    let started = false;
    try {
      const invoke = await adapter.handle(req.header('authorization') ?? '', activity, (context) => {
        started = true;
        return bot.run(context);
      });
      if (invoke) res.send(invoke.status, invoke.body);
      else res.send(200);
    } catch (err) {
      // Every failure to authenticate is 401, whatever the cause (the adapter throws plain errors for
      // a bad signature or algorithm); its text stays in the log, never in the answer.
      if ((!started && edge?.authenticate) || (err as { statusCode?: number }).statusCode === 401) {
        log.warn(
          { route: 'messages', activityId: activity.id, code: (err as Error).name },
          'request not authenticated',
        );
        res.send(401, { error: 'unauthorized' });
        return;
      }
      failed(log, res, err, { route: 'messages', activityId: activity.id });
    }
  });

  const health: restify.RequestHandlerType = async (_req, res) => {
    try {
      await withDeadline(store.ping(), 3000);
      res.send(200, { status: 'ok', store: store.mode });
    } catch (err) {
      log.warn({ err, route: 'healthz' }, 'store not reachable');
      res.send(503, { status: 'unavailable', store: store.mode });
    }
  };
  // A probe may ask with HEAD: the same status, no body.
  server.get('/healthz', health);
  server.head('/healthz', health);

  if (deps.benchMode && tab) {
    // Benchmark only: the store requests so far (after background work is done), this process's CPU time and memory.
    server.get('/bench/metrics', async (_req, res) => {
      await tab.idle();
      const m = process.memoryUsage();
      const cpu = process.cpuUsage();
      res.send(200, {
        storeRequests: store.metrics.requests,
        requestUnits: store.metrics.requestUnits,
        requestUnitsByKind: store.metrics.byKind,
        cpuMicros: cpu.user + cpu.system,
        bytes: store.metrics.bytesRead + store.metrics.bytesWritten,
        rss: m.rss,
      });
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
