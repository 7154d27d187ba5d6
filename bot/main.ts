import { readFileSync } from 'node:fs';
import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { DEMO_PEOPLE, DEMO_TEAM_ID } from '../core/demo';
import { tellLapsedInvitations } from '../ops/invitationLapses';
import { remindMilestones } from '../ops/milestoneReminders';
import { remindMinutes } from '../ops/minutesReminders';
import { Outbox } from '../ops/outbox';
import { openStore, type Store } from '../store';
import { seedDemoIfEmpty } from '../store/seed';
import { createAdapter } from './adapter';
import { LisBot } from './bot';
import { loadCatalogs } from './catalogs';
import { type Config, ConfigError, isLoopbackHost, loadConfig, tabLink } from './config';
import { BotDeliverer } from './dispatch';
import { correlationId, createLogger, routeConsole } from './log';
import { Notifier } from './notify';
import { GraphReach } from './reach';
import { BotRoster } from './roster';
import { createApp } from './server';
import type { BotDeps } from './turn';

/** A start failure: one plain line on stderr (the console itself is routed into the JSON log once running). */
const stderr = (line: string) => process.stderr.write(`${line}\n`);

/** Installing the app for people, as the bot's own app (its secret, or its managed identity). */
function graphReach(config: Config, log: ReturnType<typeof createLogger>): GraphReach {
  const { appId, appPassword, tenantId, appType } = config.bot;
  const credential =
    appType === 'UserAssignedMSI'
      ? new ManagedIdentityCredential({ clientId: appId })
      : new ClientSecretCredential(tenantId, appId, appPassword);
  return new GraphReach(
    {
      appId,
      tenantId,
      // Validated: GRAPH_INSTALL requires it.
      catalogAppId: config.tab.catalogAppId ?? '',
      serviceUrl: config.graph.serviceUrl,
      graphUrl: config.graph.url,
      credential,
    },
    log,
  );
}

/** The server entry: config → store → demo data → HTTP. Any failure at start is one clear line and exit ≠ 0. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.lines) stderr(line);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  routeConsole(log);
  let catalogs: ReturnType<typeof loadCatalogs>;
  try {
    catalogs = loadCatalogs(config.catalogDir);
  } catch (err) {
    stderr((err as Error).message);
    process.exit(2);
  }

  let store: Store;
  try {
    store = await openStore({
      endpoint: config.cosmos.endpoint,
      key: config.cosmos.key,
      database: config.cosmos.database,
      caCertPem: config.cosmos.caCertPath ? readFileSync(config.cosmos.caCertPath, 'utf8') : undefined,
    });
  } catch (err) {
    const where = config.cosmos.endpoint ?? 'the embedded store';
    stderr(
      `Store error: cannot open the Cosmos DB store at ${where}: ${(err as Error).message}. Check COSMOS_ENDPOINT, COSMOS_KEY and COSMOS_CA_CERT.`,
    );
    process.exit(3);
  }

  const now = () => new Date();
  if (config.devMode) {
    const started = Date.now();
    const seeded = await seedDemoIfEmpty(store, catalogs, now());
    log.info(
      { seeded, ms: Date.now() - started },
      seeded ? 'demo municipality seeded' : 'store has data; demo not seeded',
    );
  }

  const tabUrl = tabLink(config);
  const { adapter, auth } = createAdapter(config, log);
  const notifier = new Notifier(adapter, config.bot.appId, log);
  const graph = config.graph.install ? graphReach(config, log) : undefined;
  const deliverer = new BotDeliverer(notifier, graph);
  const outbox = new Outbox({ leaseMs: config.outboxLeaseSeconds * 1000 });
  // In development mode with no Teams behind the demo team (a plain browser), its members are the demo people.
  const devTeams = config.devMode
    ? new Map([[DEMO_TEAM_ID, new Set(Object.values(DEMO_PEOPLE).map((p) => p.aadObjectId))]])
    : new Map<string, Set<string>>();
  const roster = new BotRoster(adapter, config.bot.appId, log, devTeams);
  const deps: BotDeps = {
    store,
    catalogs,
    log,
    now,
    dispatcher: outbox,
    roster,
    notifier,
    ...(tabUrl ? { tabUrl } : {}),
    benchMode: config.benchMode,
    allowedTenants: config.bot.appType === 'MultiTenant' ? [] : config.tab.tenants,
    canInstallForPeople: graph !== undefined,
    ...(graph ? { graph } : {}),
  };
  deliverer.attach(deps);
  outbox.attach(deps, deliverer);
  roster.attach(deps);
  const app = createApp(
    deps,
    adapter,
    new LisBot(deps),
    {
      idle: () => outbox.idle(),
      auth: {
        clientId: config.tab.clientId,
        appIdUri: config.tab.appIdUri,
        tenants: config.tab.tenants,
        jwksUrl: config.tab.jwksUrl,
        // The development identity only ever on this machine, only in development mode, never beside a bot registration.
        devIdentity: config.devMode && isLoopbackHost(config.host) && !config.bot.appId,
      },
    },
    {
      // With a bot app id, the token is verified before the body is read (Teams is the only channel).
      ...(config.bot.appId
        ? { authenticate: (header: string) => auth.authenticateStreamingRequest(header, 'msteams') }
        : {}),
    },
  );
  // Whatever a crash or a restart left undelivered goes out (the look happens before the app answers).
  await outbox.start();
  // Milestones due soon or overdue: the LIS, leader and advisor are reminded (at most once a day each);
  // advisors of sessions held without finalised minutes (weekly, for four weeks); a LIS of invitations
  // that ran out unanswered (once).
  const sweeps = [
    ['milestone reminders', remindMilestones],
    ['minutes reminders', remindMinutes],
    ['lapsed invitations told', tellLapsedInvitations],
  ] as const;
  // One after the other, each on its own: one that fails is logged and the next still runs.
  const sweepReminders = async () => {
    for (const [what, sweep] of sweeps) {
      try {
        const n = await sweep(deps, deps.now());
        if (n > 0) log.info({ count: n }, what);
      } catch (err) {
        log.warn({ err, sweep: what }, 'sweep failed');
      }
    }
  };
  // The first look a minute after the start (not while it starts or may be stopped again), then every period.
  let milestoneSweep: NodeJS.Timeout | undefined;
  const firstSweep =
    config.milestoneSweepMinutes > 0 && !config.benchMode
      ? setTimeout(() => {
          void sweepReminders();
          milestoneSweep = setInterval(
            () => void sweepReminders(),
            config.milestoneSweepMinutes * 60_000,
          ).unref();
        }, 60_000).unref()
      : undefined;
  // The handlers before the app answers: a SIGTERM right after "ready" must stop it cleanly, not kill it.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    if (firstSweep) clearTimeout(firstSweep);
    if (milestoneSweep) clearInterval(milestoneSweep);
    // Let deliveries under way finish before the store closes; the rest stay stored for the next start.
    outbox.stop();
    await Promise.race([outbox.idle(), new Promise((r) => setTimeout(r, 5000))]);
    await store.close();
    log.info('stopped');
    // Should the log's destination write asynchronously, its last lines reach stdout before the
    // process ends.
    await new Promise<void>((done) => log.flush(() => done()));
    process.exit(0);
  };
  // No request may end the process: anything that escapes is logged (as JSON, with its stack) and serving goes on.
  process.on('uncaughtException', (err) =>
    log.error({ err, correlationId: correlationId() }, 'uncaught exception'),
  );
  process.on('unhandledRejection', (err) =>
    log.error({ err, correlationId: correlationId() }, 'unhandled rejection'),
  );
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  const port = await app.listen(config.port, config.host);
  log.info(
    {
      url: `http://${config.host}:${port}/api/messages`,
      tab: `http://${config.host}:${port}/tab/`,
      store: store.mode,
      devMode: config.devMode,
      catalogs: catalogs.all().length,
    },
    'ready',
  );
}

main().catch((err: unknown) => {
  stderr(`Start failed: ${(err as Error).message}`);
  process.exit(1);
});
