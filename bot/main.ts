import { readFileSync } from 'node:fs';
import { openStore, type Store } from '../store';
import { seedDemoIfEmpty } from '../store/seed';
import { createAdapter } from './adapter';
import { LisBot } from './bot';
import { loadCatalogs } from './catalogs';
import { type Config, ConfigError, isLoopbackHost, loadConfig } from './config';
import { BotDispatcher } from './dispatch';
import { createLogger } from './log';
import { Notifier } from './notify';
import { createApp } from './server';
import type { BotDeps } from './turn';

/** The server entry: config → store → demo data → HTTP. Any failure at start is one clear line and exit ≠ 0. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.lines) console.error(line);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  let catalogs: ReturnType<typeof loadCatalogs>;
  try {
    catalogs = loadCatalogs(config.catalogDir);
  } catch (err) {
    console.error((err as Error).message);
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
    console.error(
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

  const tabUrl = config.tab.teamsAppId
    ? `https://teams.microsoft.com/l/entity/${config.tab.teamsAppId}/progress`
    : undefined;
  const adapter = createAdapter(config, log);
  const notifier = new Notifier(adapter, config.bot.appId, log);
  const dispatcher = new BotDispatcher(notifier);
  const deps: BotDeps = {
    store,
    catalogs,
    log,
    now,
    dispatcher,
    ...(tabUrl ? { tabUrl } : {}),
    benchMode: config.benchMode,
    allowedTenants: config.bot.appType === 'MultiTenant' ? [] : config.tab.tenants,
  };
  dispatcher.attach(deps);
  const app = createApp(deps, adapter, new LisBot(deps), {
    notifier,
    auth: {
      clientId: config.tab.clientId,
      appIdUri: config.tab.appIdUri,
      tenants: config.tab.tenants,
      jwksUrl: config.tab.jwksUrl,
      // The development identity only ever on this machine, and only in development mode.
      devIdentity: config.devMode && isLoopbackHost(config.host),
    },
  });
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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    // Let notifications already promised to people go out before the store closes.
    await Promise.race([notifier.idle(), new Promise((r) => setTimeout(r, 5000))]);
    await store.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(`Start failed: ${(err as Error).message}`);
  process.exit(1);
});
