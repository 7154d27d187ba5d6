import { Writable } from 'node:stream';
import { createAdapter } from '../../bot/adapter';
import { LisBot } from '../../bot/bot';
import { loadConfig } from '../../bot/config';
import { BotDeliverer } from '../../bot/dispatch';
import { createLogger } from '../../bot/log';
import { Notifier } from '../../bot/notify';
import { GraphReach } from '../../bot/reach';
import { BotRoster } from '../../bot/roster';
import { createApp } from '../../bot/server';
import type { BotDeps } from '../../bot/turn';
import { type Catalog, CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE, DEMO_TEAM_ID } from '../../core/demo';
import { Outbox, type OutboxOptions } from '../../ops/outbox';
import type { Store } from '../../store';
import { seedDemoIfEmpty } from '../../store/seed';
import type { TabAuthOptions } from '../../tab/server/auth';
import { ConnectorRecorder } from './connector';
import { openTestStore } from './store';

/** Log lines the app wrote during a test, parsed. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

export interface TestApp {
  baseUrl: string;
  store: Store;
  connector: ConnectorRecorder;
  logs: LogCapture;
  deps: BotDeps;
  notifier: Notifier;
  /** Delivers what changes caused; `idle()` waits until nothing is under way. */
  outbox: Outbox;
  /** What the outbox delivers with (to start a second instance on the same store, as after a restart). */
  deliverer: BotDeliverer;
  /** POSTs an activity to /api/messages. */
  post(activity: unknown, init?: { raw?: string; contentType?: string }): Promise<Response>;
  stop(): Promise<void>;
}

export const TEST_TODAY = new Date('2026-11-26T09:00:00Z');

/** The real server on port 0, the real store, demo data seeded, a recorder as Bot Connector. */
export async function startTestApp(
  opts: {
    seed?: boolean;
    /** The app's clock (default `TEST_TODAY`). */
    now?: () => Date;
    tab?: Partial<TabAuthOptions>;
    allowedTenants?: string[];
    /** A bot registration: the app id, and where the channel's keys are published. */
    bot?: { appId: string; openIdMetadataUrl: string };
    outboundTimeoutMs?: number;
    /** Microsoft Graph (a local stand-in): the bot may install the app for people it cannot reach. */
    graph?: { url: string; catalogAppId: string };
    /** The outbox's pauses between attempts (short ones in tests). */
    outbox?: OutboxOptions;
    /** The plans the app knows (the demo catalogs unless given). */
    catalogs?: readonly Catalog[];
  } = {},
): Promise<TestApp> {
  const store = await openTestStore();
  const catalogs = new CatalogSet(opts.catalogs ?? DEMO_CATALOGS);
  if (opts.seed !== false) await seedDemoIfEmpty(store, catalogs, TEST_TODAY);
  const logs = new LogCapture();
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'info', logs);
  const config = loadConfig(
    opts.bot
      ? {
          MICROSOFT_APP_ID: opts.bot.appId,
          MICROSOFT_APP_PASSWORD: 'test-secret',
          MICROSOFT_APP_TYPE: 'SingleTenant',
          MICROSOFT_APP_TENANT_ID: '11111111-2222-3333-4444-555555555555',
          AAD_APP_CLIENT_ID: opts.bot.appId,
        }
      : {},
  );
  const { adapter, auth } = createAdapter(config, log, {
    ...(opts.outboundTimeoutMs ? { outboundTimeoutMs: opts.outboundTimeoutMs } : {}),
    ...(opts.bot ? { openIdMetadataUrl: opts.bot.openIdMetadataUrl } : {}),
  });
  const notifier = new Notifier(adapter, '', log);
  const connector = await new ConnectorRecorder().start();
  const graph =
    opts.graph &&
    new GraphReach(
      {
        appId: 'test-bot',
        tenantId: '11111111-2222-3333-4444-555555555555',
        catalogAppId: opts.graph.catalogAppId,
        serviceUrl: connector.url,
        graphUrl: opts.graph.url,
        // A real credential would ask Entra; the stand-in is plain http, where the client sends no token anyway.
        credential: {
          getToken: async () => ({ token: 'graph-test-token', expiresOnTimestamp: Date.now() + 3600_000 }),
        },
      },
      log,
    );
  const deliverer = new BotDeliverer(notifier, graph);
  const outbox = new Outbox(opts.outbox);
  const roster = new BotRoster(adapter, config.bot.appId, log);
  const deps: BotDeps = {
    store,
    catalogs,
    log,
    now: opts.now ?? (() => TEST_TODAY),
    dispatcher: outbox,
    roster,
    notifier,
    ...(opts.allowedTenants ? { allowedTenants: opts.allowedTenants } : {}),
    ...(graph ? { canInstallForPeople: true, graph } : {}),
  };
  deliverer.attach(deps);
  outbox.attach(deps, deliverer);
  roster.attach(deps);
  const tab: TabAuthOptions = {
    tenants: [],
    jwksUrl: 'http://127.0.0.1:9/none',
    devIdentity: false,
    ...opts.tab,
  };
  const app = createApp(
    deps,
    adapter,
    new LisBot(deps),
    { idle: () => outbox.idle(), auth: tab },
    opts.bot ? { authenticate: (header) => auth.authenticateStreamingRequest(header, 'msteams') } : {},
  );
  const port = await app.listen(0, '127.0.0.1');
  if (opts.seed !== false) {
    // The demo team, as if the bot were installed there: Teams (the recorder) answers for its members.
    await store.units.rememberTeam(DEMO_TEAM_ID, { serviceUrl: connector.url });
    for (const p of Object.values(DEMO_PEOPLE))
      connector.members.set(p.aadObjectId, {
        id: `29:${p.aadObjectId}`,
        name: p.name,
        aadObjectId: p.aadObjectId,
      });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    store,
    connector,
    logs,
    deps,
    notifier,
    outbox,
    deliverer,
    post: (activity, init = {}) =>
      fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': init.contentType ?? 'application/json' },
        body: init.raw ?? JSON.stringify(activity),
      }),
    async stop() {
      outbox.stop();
      await outbox.idle();
      await app.close();
      await connector.stop();
      await store.close();
    },
  };
}
